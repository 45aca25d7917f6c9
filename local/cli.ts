// Command line over the built add-on on the emulated runtime: `classify` and `submit` (see README).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { categorise } from '../src/domain/categorise';
import { UNIT_TYPE_CODES } from '../src/domain/codes';
import type { UnitType } from '../src/domain/codes';
import { bootAddOn } from './addon';
import { writeTabs } from './csv';
import { setUpSheet, submitKeyed } from './flows';

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

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  switch (positionals[0]) {
    case 'classify':
      return classify();
    case 'submit':
      return submit(values.out);
    default:
      process.stderr.write('usage: npm run cli -- classify | submit [--out DIR]\n');
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
