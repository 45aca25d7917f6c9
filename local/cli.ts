// Command line over the built add-on on the emulated runtime: `classify`, `submit`, `simulate`, `selfcheck` (see README).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { categorise } from '../src/domain/categorise';
import { UNIT_TYPE_CODES } from '../src/shared/codes';
import type { UnitType } from '../src/shared/codes';
import * as MSG_REPORT from '../src/shared/messages/report';
import { monthLabel } from '../src/ui/reportText';
import { bootAddOn } from './addon';
import { sheetToCsv, writeTabs } from './csv';
import { setUpSheet, submitKeyed } from './flows';
import { monthlyMailOf, simulateMonth } from './simulate';
import { compareReports, emulatedSelfCheck } from './selfCheck';
import { calibrate } from './calibration';
import type { SelfCheckReport } from '../src/app/selfCheck';

async function* jsonLines(): AsyncGenerator<{ line: number; value: unknown; error?: string }> {
  let line = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (err) {
      yield { line, value: undefined, error: `line ${line}: not JSON (${(err as Error).message})` };
    }
  }
}

const print = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');
const text = (v: unknown) => (typeof v === 'string' ? v : '');

async function classify(): Promise<void> {
  for await (const { value, error } of jsonLines()) {
    if (error) {
      print({ error });
      continue;
    }
    const input = (value ?? {}) as Record<string, unknown>;
    const unitType = UNIT_TYPE_CODES.includes(input.unitType as UnitType) ? (input.unitType as UnitType) : undefined;
    const result = categorise({ unitType, title: text(input.title), description: text(input.description) });
    print({ field: result.field, confidence: result.confidence, matched: result.matched });
  }
}

async function submit(out: string | undefined): Promise<void> {
  const addOn = bootAddOn();
  setUpSheet(addOn);
  for await (const { value, error } of jsonLines()) {
    if (error) {
      print({ status: 'error', reasons: [error] });
      continue;
    }
    print(submitKeyed(addOn, (value ?? {}) as Record<string, unknown>));
  }
  if (out) for (const file of writeTabs(addOn.runtime.spreadsheet, out)) process.stderr.write(`wrote ${file}\n`);
}

/** A month through the bundle; the summary tab as CSV and the leadership email as .html and .txt in `out`. */
function simulate(values: Record<string, string | undefined>): void {
  const month = values.month;
  const out = values.out;
  if (!month || !out)
    throw new Error('usage: npm run cli -- simulate --month YYYY-MM [--units N --deeds M --seed S] --out DIR');
  const number = (name: string, fallback: number) => {
    const n = Number(values[name] ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return n;
  };
  const { addOn, counts } = simulateMonth({
    month,
    units: number('units', 48),
    deeds: number('deeds', 300),
    seed: number('seed', 1),
  });
  mkdirSync(out, { recursive: true });
  const ss = addOn.runtime.spreadsheet;
  const tab = ss.getSheetByName(MSG_REPORT.tabName(monthLabel(month)));
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(path.join(out, name), text);
    written.push(path.join(out, name));
  };
  if (tab) write(`${tab.getName().replace('/', '-')}.csv`, sheetToCsv(tab, ss.getSpreadsheetTimeZone()) + '\r\n');
  const mail = monthlyMailOf(addOn.runtime.mail.sent);
  if (mail) {
    write('email-monthly.html', mail.htmlBody ?? '');
    write('email-monthly.txt', `${mail.subject}\n\n${mail.body}\n`);
  }
  for (const file of written) process.stderr.write(`wrote ${file}\n`);
  print(counts);
}

/**
 * The emulator's self-check as JSON, or, with --compare FILE (a real run's JSON), a row per probe and the measured
 * read and Forms costs beside the latency model's (local/calibration.ts).
 */
function selfCheck(compare: string | undefined): void {
  const emulated = emulatedSelfCheck();
  if (!compare) {
    print(emulated);
    return;
  }
  const real = JSON.parse(readFileSync(compare, 'utf8')) as SelfCheckReport;
  for (const c of compareReports(emulated, real))
    print({
      key: c.key,
      agree: c.agree,
      sameObservation: c.sameObservation,
      emulated: c.emulated && { ok: c.emulated.ok, observed: c.emulated.observed, ms: c.emulated.ms },
      real: c.real && { ok: c.real.ok, observed: c.real.observed, ms: c.real.ms },
    });
  for (const c of calibrate(real)) print({ calibration: c });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      month: { type: 'string' },
      units: { type: 'string' },
      deeds: { type: 'string' },
      seed: { type: 'string' },
      compare: { type: 'string' },
    },
  });
  switch (positionals[0]) {
    case 'classify':
      return classify();
    case 'submit':
      return submit(values.out);
    case 'simulate':
      return simulate(values);
    case 'selfcheck':
      return selfCheck(values.compare);
    default:
      process.stderr.write(
        'usage: npm run cli -- classify | submit [--out DIR] | simulate --month YYYY-MM [--units N --deeds M --seed S] --out DIR | selfcheck [--compare REAL.json]\n',
      );
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
