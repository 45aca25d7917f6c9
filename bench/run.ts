// `npm run bench [-- --json] [-- --sizes 1000,10000]`: the built bundle on the emulated runtime at growing sizes,
// against a naive peer; prints a table (or JSON lines), writes docs/benchmarks.md, exits 1 if a target is missed.
import { writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parseArgs } from 'node:util';
import { bootAddOn, DIST } from '../local/addon';
import type { AddOn } from '../local/addon';
import { LABELLED, SAMPLE_UNITS, demoSubmission, rng } from '../local/demo';
import { REVIEWER, runTrigger, setUpSheet, submitAnswers } from '../local/flows';
import { categorise } from '../src/domain/categorise';
import { DEED } from '../src/domain/tabs';
import type { DeedDetail, DeedPage, Result } from '../src/shared/contract';
import { growDeeds } from './data';
import { naiveAction, naiveMonthly, naivePage, naiveSubmit } from './naive';
import { chartSvg } from './chart';

interface Measure {
  op: string;
  rows: number;
  impl: 'ours' | 'naive';
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modelledMs: number;
  cpuMs: number;
  heapMB: number;
}

const { values } = parseArgs({ options: { json: { type: 'boolean' }, sizes: { type: 'string' } } });
const SIZES = (values.sizes ?? '1000,10000,100000,250000').split(',').map(Number);
const MONTH = '2026-11';

function measure(addOn: AddOn, op: string, rows: number, impl: Measure['impl'], work: () => void): Measure {
  const { meter } = addOn.runtime;
  meter.reset();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  const s = meter.snapshot();
  return {
    op,
    rows,
    impl,
    sheetsCalls: s.sheetsCalls,
    cellsRead: s.cellsRead,
    cellsWritten: s.cellsWritten,
    modelledMs: Math.round(s.estimateMs),
    cpuMs: Math.round((used.user + used.system) / 1000),
    heapMB: Math.round(getHeapStatistics().used_heap_size / 1_048_576),
  };
}

function ok<T>(r: unknown): T {
  const result = r as Result<T>;
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.value;
}

/** Fires a job's installed trigger as one execution; a failure is a failed benchmark, not a figure. */
function job(addOn: AddOn, handler: string): void {
  runTrigger(addOn, handler);
}

function runSize(rows: number): Measure[] {
  const addOn = bootAddOn();
  setUpSheet(addOn);
  growDeeds(addOn, rows);
  const rt = addOn.runtime;
  const random = rng(rows);
  const out: Measure[] = [];
  const submission = () => demoSubmission(random, SAMPLE_UNITS, rt.clock.now());
  submitAnswers(addOn, submission()); // the config cache is warm in production: a form is busy
  out.push(measure(addOn, 'submission', rows, 'ours', () => void submitAnswers(addOn, submission())));
  rt.setUser(REVIEWER);
  const page = () =>
    ok<DeedPage>(rt.scriptRun('listDeeds', { filter: { month: MONTH, search: 'hộ nghèo' }, offset: 0, limit: 20 }));
  out.push(measure(addOn, 'sidebar page', rows, 'ours', () => void page()));
  const target = ok<DeedPage>(
    rt.scriptRun('listDeeds', { filter: { month: MONTH }, offset: 0, limit: 100 }),
  ).items.find((d) => d.status === 'moi');
  if (!target) throw new Error('no deed to review');
  const accepted = ok<DeedDetail>(
    rt.scriptRun('reviewDeed', { id: target.id, row: target.row, version: target.version, action: { kind: 'accept' } }),
  );
  const recognition = accepted.nature === 'dot_xuat' ? 'thu_khen' : 'phat_thanh';
  out.push(
    measure(addOn, 'reviewer action', rows, 'ours', () =>
      ok(
        rt.scriptRun('reviewDeed', {
          id: accepted.id,
          row: accepted.row,
          version: accepted.version,
          action: { kind: 'mark', recognition, on: true },
        }),
      ),
    ),
  );
  out.push(measure(addOn, 'ladder rebuild', rows, 'ours', () => void ok(rt.scriptRun('refreshLadder'))));
  const sheet = rt.spreadsheet.getSheetByName('Việc tốt')!;
  const sample = sheet.getRange(sheet.getLastRow(), 1, 1, DEED.col.version + 1).getValues()[0]!;
  out.push(measure(addOn, 'submission', rows, 'naive', () => naiveSubmit(rt, [...sample.slice(0, -1), 'x'])));
  out.push(measure(addOn, 'sidebar page', rows, 'naive', () => void naivePage(rt, MONTH, 'hộ nghèo')));
  out.push(measure(addOn, 'reviewer action', rows, 'naive', () => naiveAction(rt, accepted.id)));
  out.push(measure(addOn, 'monthly summary', rows, 'naive', () => naiveMonthly(rt, MONTH)));
  // The jobs as their triggers run them: Monday's digest, then the 1st of the month for November.
  rt.clock.set(new Date('2026-11-30T07:00:00+07:00'));
  out.push(measure(addOn, 'weekly digest', rows, 'ours', () => job(addOn, 'weeklyReport')));
  rt.clock.set(new Date('2026-12-01T06:00:00+07:00'));
  out.push(measure(addOn, 'monthly summary', rows, 'ours', () => job(addOn, 'monthlyReport')));
  return out;
}

function classifyThroughput(): { perSecond: number; measure: Measure } {
  const n = 10_000;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const d = LABELLED[i % LABELLED.length]!;
    categorise({ unitType: d.unitType, title: d.title, description: d.description });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const perSecond = Math.round(n / seconds);
  return {
    perSecond,
    measure: {
      op: 'classify 10,000',
      rows: 0,
      impl: 'ours',
      sheetsCalls: 0,
      cellsRead: 0,
      cellsWritten: 0,
      modelledMs: 0,
      cpuMs: Math.round((used.user + used.system) / 1000),
      heapMB: Math.round(getHeapStatistics().used_heap_size / 1_048_576),
    },
  };
}

const results: Measure[] = [];
for (const size of SIZES) {
  const rows = runSize(size);
  results.push(...rows);
  if (values.json) for (const r of rows) console.log(JSON.stringify(r));
  else process.stderr.write(`measured ${size.toLocaleString('en')} rows\n`);
}
const classify = classifyThroughput();
results.push(classify.measure);
if (values.json) console.log(JSON.stringify({ ...classify.measure, perSecond: classify.perSecond }));
const bundleBytes = statSync(path.join(DIST, 'Code.js')).size;

const ours = results.filter((r) => r.impl === 'ours');
const peer = (r: Measure) => results.find((p) => p.impl === 'naive' && p.op === r.op && p.rows === r.rows);
const ratio = (r: Measure) => {
  const p = peer(r);
  return p && p.modelledMs > 0 ? `${((r.modelledMs / p.modelledMs) * 100).toFixed(1)} %` : '—';
};

const checks: [string, boolean][] = [
  [
    'a submission costs ≤ 6 Sheets calls at every size, the same at each',
    new Set(ours.filter((r) => r.op === 'submission').map((r) => r.sheetsCalls)).size === 1 &&
      ours.filter((r) => r.op === 'submission').every((r) => r.sheetsCalls <= 6),
  ],
  [
    'a sidebar page costs ≤ 3 Sheets calls',
    ours.filter((r) => r.op === 'sidebar page').every((r) => r.sheetsCalls <= 3),
  ],
  [
    'the monthly job at 250,000 rows fits in 60 s of modelled time',
    ours.filter((r) => r.op === 'monthly summary' && r.rows >= 250_000).every((r) => r.modelledMs <= 60_000),
  ],
  [
    'the ladder rebuild and the weekly job (which includes it) fit in 6 minutes of modelled time at every size',
    ours.filter((r) => r.op === 'ladder rebuild' || r.op === 'weekly digest').every((r) => r.modelledMs <= 360_000),
  ],
  ['the categoriser classifies ≥ 2,000 descriptions a second', classify.perSecond >= 2000],
  ['the bundle is ≤ 250 KB (scripts/build.mjs)', bundleBytes <= 250 * 1024],
];

const header =
  '| operation | rows | Sheets calls | cells read | cells written | modelled ms | CPU ms | heap MB | ours ÷ naive (modelled) |';
const table = [
  header,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.op}${r.impl === 'naive' ? ' (naive peer)' : ''} | ${r.rows.toLocaleString('en')} | ${r.sheetsCalls} | ${r.cellsRead.toLocaleString('en')} | ${r.cellsWritten.toLocaleString('en')} | ${r.modelledMs.toLocaleString('en')} | ${r.cpuMs} | ${r.heapMB} | ${r.impl === 'ours' ? ratio(r) : ''} |`,
  ),
].join('\n');
const verdicts = checks.map(([name, pass]) => `- ${pass ? '✅' : '❌'} ${name}`).join('\n');

if (!values.json) {
  console.log(table);
  console.log(
    `\nclassify: ${classify.perSecond.toLocaleString('en')} descriptions/s · bundle ${(bundleBytes / 1024).toFixed(1)} KB\n${verdicts}`,
  );
}
const full = SIZES.join(',') === '1000,10000,100000,250000';
if (full) {
  writeFileSync(path.join(__dirname, '../docs/benchmark-chart.svg'), chartSvg(results));
  writeFileSync(
    path.join(__dirname, '../docs/benchmarks.md'),
    `# Benchmarks\n\nMade by \`npm run bench\` (this file and [benchmark-chart.svg](benchmark-chart.svg) are rewritten by a full run).\n` +
      `The built bundle runs on the emulated runtime; "modelled ms" is the latency model of local/runtime/LATENCY.md ` +
      `applied to the calls counted; CPU ms is this machine's JavaScript time (noisy, for orientation only).\n\n` +
      `![modelled time against rows](benchmark-chart.svg)\n\n${table}\n\nClassification: ${classify.perSecond.toLocaleString('en')} descriptions a second. ` +
      `Bundle: ${(bundleBytes / 1024).toFixed(1)} KB.\n\n## Targets\n\n${verdicts}\n\n## Reproduce\n\n\`\`\`sh\nnpm ci\nnpm run bench            # table; add -- --json for JSON lines\n\`\`\`\n`,
  );
}
if (checks.some(([, pass]) => !pass)) process.exitCode = 1;
