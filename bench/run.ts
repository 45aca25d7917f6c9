// `npm run bench [-- --json] [-- --sizes 1000,10000] [-- --write-docs]`: the built bundle on the emulated runtime at
// growing sizes, beside a naive and a competent peer; prints a table (or JSON lines), exits 1 if a target is missed.
// docs/benchmarks.md and its chart are rewritten only with --write-docs (after a full run).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootAddOn } from '../local/addon';
import type { AddOn } from '../local/addon';
import { LABELLED, SAMPLE_UNITS, demoSubmission, rng } from '../local/demo';
import { ADMIN, REVIEWER, fireTrigger, setUpSheet, submitAnswers } from '../local/flows';
import { LATENCY } from '../local/runtime/meter';
import { categorise } from '../src/domain/categorise';
import { DEED } from '../src/domain/tabs';
import type { DeedDetail, DeedPage, Result } from '../src/shared/contract';
import { growDeeds } from './data';
import { naiveAction, naiveMonthly, naivePage, naiveSubmit } from './naive';
import {
  competentAction,
  competentArchive,
  competentLadder,
  competentPage,
  competentRetry,
  competentSubmit,
  competentSummary,
} from './competent';
import { bundleLoadMs, bytesPerCell } from './memory';
import { cellsPerTab } from './cells';
import { NOTICE_DAYS } from '../src/domain/settings';
import type { Cells } from './cells';
import { chartSvg } from './chart';

export interface Measure {
  op: string;
  rows: number;
  impl: 'ours' | 'naive' | 'competent';
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modelledMs: number;
  pessimisticMs: number;
  /**
   * The values one execution read, at the V8 size of a cell of this tab (bench/memory.ts), in MB; for the ladder's
   * pass, plus its saved aggregates (the largest execution's).
   */
  heapMB: number;
  /** Executions the job took (a resuming job: the line is its costliest one). */
  executions: number;
  /** The ladder's pass: characters of saved aggregates its largest execution read, and the most held at once. */
  charsRead?: number;
  charsHeld?: number;
  /** A job that ended in an incident («Sự cố») or on the Sheet's cell limit instead of its result: judged ❌. */
  stopped?: 'incident' | 'cell limit';
  cpuMs: number;
}

const { values } = parseArgs({
  options: { json: { type: 'boolean' }, sizes: { type: 'string' }, 'write-docs': { type: 'boolean' } },
});
const SIZES = (values.sizes ?? '1000,10000,100000,250000').split(',').map(Number);
const MONTH = '2026-11';
const INTERACTIVE_MS = 3_000;
const TRIGGER_MS = 120_000;
const INTERACTIVE = new Set([
  'submission',
  'sidebar page (month index rebuilt)',
  'sidebar page',
  'sidebar page (old month)',
  'open deed',
  'reviewer action',
]);
const LADDER = 'ladder rebuild («Làm mới»)';
const LADDER_PASS = 'ladder rebuild (follow-up trigger)';

let cellBytes = 0;
/** The ladder's saved aggregates at their largest (JSON characters, all partitions), across sizes. */
let ladderStateChars = 0;
/** Their largest partition (what an execution holds at once), across sizes. */
let ladderPartChars = 0;

/** What the emulator says, as Sheets does, when a write would pass the 10,000,000 cells (local/runtime). */
const CELL_LIMIT_ERROR = 'above the limit of 10000000 cells';

function measure(addOn: AddOn, op: string, rows: number, impl: Measure['impl'], work: () => unknown): Measure {
  const { meter } = addOn.runtime;
  meter.reset();
  const cpu = process.cpuUsage();
  let executions: unknown;
  let stopped: Pick<Measure, 'stopped'> = {};
  try {
    executions = work();
  } catch (err) {
    // The Sheet is full (at 250,000 deeds «Việc tốt» alone is 97.5 % of it): said on the line, judged ❌.
    if (!String(err).includes(CELL_LIMIT_ERROR)) throw err;
    stopped = { stopped: 'cell limit' };
  }
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
    pessimisticMs: Math.round(s.pessimisticMs),
    heapMB: Math.round((s.cellsRead * cellBytes) / 104_857.6) / 10,
    executions: typeof executions === 'number' ? executions : 1,
    cpuMs: Math.round((used.user + used.system) / 1000),
    ...stopped,
  };
}

function ok<T>(r: unknown): T {
  const result = r as Result<T>;
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.value;
}

/** Fires a job's installed trigger as one execution; a failure is a failed benchmark, not a figure. */
function job(addOn: AddOn, handler: string): void {
  const fired = fireTrigger(addOn, handler);
  if (fired.error) throw fired.error as Error;
}

/** Characters of each row of a tab (a partition of the ladder's hidden one). */
function rowChars(addOn: AddOn, name: string): number[] {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet
    .getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn())
    .getValues()
    .map((r) => r.reduce<number>((n, c) => n + String(c).length, 0));
}

const MB = (chars: number) => (chars * 2) / 1_048_576; // V8 holds accented text at 2 bytes a character

/**
 * The ladder's pass: its follow-up trigger fired until it is gone, each execution measured; the costliest one. An
 * execution holds the rows it read, one partition of the aggregates at a time (it reads and writes every partition
 * its rows touch), and, when it completes the pass, the tabs it writes. A pass ending in an incident is reported as
 * such and judged ❌.
 */
function resuming(addOn: AddOn, op: string, rows: number, handler: string): Measure[] {
  const runs: Measure[] = [];
  const incidents = () => addOn.runtime.spreadsheet.getSheetByName('Sự cố')?.getLastRow() ?? 0;
  const before = incidents();
  let parts: number[] = [];
  while (addOn.runtime.triggers.list().some((t) => t.handler === handler)) {
    const run = measure(addOn, op, rows, 'ours', () => job(addOn, handler));
    const read = parts.reduce((a, b) => a + b, 0);
    const done = !addOn.runtime.triggers.list().some((t) => t.handler === handler);
    // The partitions as this execution left them; the last one held the tabs it wrote instead.
    const held = done ? ['Hồ sơ khen thưởng', 'Đề xuất khen thưởng'].flatMap((t) => rowChars(addOn, t)) : [];
    parts = done ? parts : rowChars(addOn, 'Khen thưởng (đang tính)');
    const part = Math.max(0, ...parts);
    ladderStateChars = Math.max(
      ladderStateChars,
      read,
      parts.reduce((a, b) => a + b, 0),
    );
    ladderPartChars = Math.max(ladderPartChars, part);
    const heldChars = part + held.reduce((a, b) => a + b, 0);
    runs.push({
      ...run,
      heapMB: Math.round((run.heapMB + MB(heldChars)) * 10) / 10,
      charsRead: read,
      charsHeld: heldChars,
    });
  }
  const incident = incidents() > before ? { stopped: 'incident' as const } : {};
  if (runs.length === 0) return []; // «Làm mới» finished the pass itself
  const costliest = runs.reduce((a, b) => (b.pessimisticMs > a.pessimisticMs ? b : a));
  const largest = runs.reduce((a, b) => (b.heapMB > a.heapMB ? b : a));
  return [
    {
      ...costliest,
      heapMB: largest.heapMB,
      charsRead: Math.max(...runs.map((r) => r.charsRead ?? 0)),
      charsHeld: largest.charsHeld,
      executions: runs.length,
      ...incident,
    },
  ];
}

function runSize(rows: number): Measure[] {
  const addOn = bootAddOn();
  setUpSheet(addOn);
  const auditRows = growDeeds(addOn, rows);
  const rt = addOn.runtime;
  cellBytes = bytesPerCell(rt, 'Việc tốt');
  const random = rng(rows);
  const out: Measure[] = [];
  const submission = () => demoSubmission(random, SAMPLE_UNITS, rt.clock.now());
  submitAnswers(addOn, submission()); // the config cache is warm in production: a form is busy
  out.push(measure(addOn, 'submission', rows, 'ours', () => void submitAnswers(addOn, submission())));
  // A minute later: the notices the submissions queued (the 200 of the bench's data too) go from their trigger.
  out.push(measure(addOn, 'notices (one-time trigger)', rows, 'ours', () => job(addOn, 'sendNotices')));
  rt.setUser(REVIEWER);
  const list = (month: string, search?: string) =>
    ok<DeedPage>(rt.scriptRun('listDeeds', { filter: { month, ...(search ? { search } : {}) }, offset: 0, limit: 20 }));
  out.push(measure(addOn, 'sidebar page (month index rebuilt)', rows, 'ours', () => void list(MONTH, 'hộ nghèo')));
  out.push(measure(addOn, 'sidebar page', rows, 'ours', () => void list(MONTH, 'hộ nghèo')));
  out.push(measure(addOn, 'sidebar page (old month)', rows, 'ours', () => void list('2024-03')));
  const target = ok<DeedPage>(
    rt.scriptRun('listDeeds', { filter: { month: MONTH }, offset: 0, limit: 100 }),
  ).items.find((d) => d.status === 'moi');
  if (!target) throw new Error('no deed to review');
  out.push(measure(addOn, 'open deed', rows, 'ours', () => ok(rt.scriptRun('getDeed', { id: target.id }))));
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
  out.push(measure(addOn, LADDER, rows, 'ours', () => void ok(rt.scriptRun('refreshLadder'))));
  out.push(...resuming(addOn, LADDER_PASS, rows, 'ladderFollowUp'));
  const sheet = rt.spreadsheet.getSheetByName('Việc tốt')!;
  const sample = sheet.getRange(sheet.getLastRow(), 1, 1, DEED.col.version + 1).getValues()[0]!;
  const fresh = () => [...sample.slice(0, -1), 'x'];
  out.push(measure(addOn, 'submission', rows, 'naive', () => naiveSubmit(rt, fresh())));
  out.push(measure(addOn, 'sidebar page', rows, 'naive', () => void naivePage(rt, MONTH, 'hộ nghèo')));
  out.push(measure(addOn, 'reviewer action', rows, 'naive', () => naiveAction(rt, accepted.id)));
  out.push(measure(addOn, 'monthly summary', rows, 'naive', () => naiveMonthly(rt, MONTH)));
  out.push(measure(addOn, 'submission', rows, 'competent', () => competentSubmit(rt, fresh())));
  out.push(measure(addOn, 'sidebar page', rows, 'competent', () => void competentPage(rt, MONTH, 'hộ nghèo')));
  out.push(measure(addOn, 'sidebar page (old month)', rows, 'competent', () => void competentPage(rt, '2024-03', '')));
  out.push(measure(addOn, 'open deed', rows, 'competent', () => void competentPage(rt, MONTH, accepted.id)));
  out.push(measure(addOn, 'reviewer action', rows, 'competent', () => competentAction(rt, accepted.id)));
  out.push(measure(addOn, LADDER, rows, 'competent', () => competentLadder(rt)));
  out.push(measure(addOn, 'weekly digest', rows, 'competent', () => competentSummary(rt, 'week', '2026-W48')));
  out.push(measure(addOn, 'monthly summary', rows, 'competent', () => competentSummary(rt, 'month', MONTH)));
  // The jobs as their triggers run them: Monday's digest, then the 1st of the month for November.
  rt.clock.set(new Date('2026-11-30T07:00:00+07:00'));
  out.push(measure(addOn, 'weekly digest', rows, 'ours', () => job(addOn, 'weeklyReport')));
  rt.clock.set(new Date('2026-12-01T06:00:00+07:00'));
  out.push(measure(addOn, 'monthly summary', rows, 'ours', () => job(addOn, 'monthlyReport')));
  out.push(measure(addOn, 'outbox', rows, 'ours', () => job(addOn, 'sendQueuedMail')));
  out.push(measure(addOn, 'sweep', rows, 'ours', () => job(addOn, 'sweepResponses')));
  out.push(...retry(addOn, rows, submission));
  out.push(...archive(addOn, rows));
  cells.push(cellsPerTab(addOn, rows));
  if (!values.json) process.stderr.write(`  (${auditRows.toLocaleString('en')} «Nhật ký» rows fitted)\n`);
  return out;
}

/** Submissions queued while another execution held the document lock (an outage), as the retry finds them. */
const RETRY_BACKLOG = 100;

/** The retry of RETRY_BACKLOG queued submissions, beside the competent peer recording the same rows. */
function retry(addOn: AddOn, rows: number, submission: () => Record<string, unknown>): Measure[] {
  const rt = addOn.runtime;
  rt.setUser(ADMIN);
  rt.faults.holdLock('document');
  for (let i = 0; i < RETRY_BACKLOG; i++) submitAnswers(addOn, submission());
  rt.faults.holdLock('document', false);
  const pending = rt.spreadsheet.getSheetByName('Chờ xử lý')!;
  if (pending.getLastRow() - 1 !== RETRY_BACKLOG) throw new Error('the backlog was not queued');
  const sheet = rt.spreadsheet.getSheetByName('Việc tốt')!;
  const sample = sheet.getRange(sheet.getLastRow(), 1, 1, DEED.width).getValues()[0]!;
  const fresh = Array.from({ length: RETRY_BACKLOG }, (_, i) => [`VT-retry${i}`, ...sample.slice(1)]);
  const ours = measure(addOn, 'retry', rows, 'ours', () => job(addOn, 'retryPending'));
  if (pending.getLastRow() > 1) throw new Error('the retry left queued submissions');
  return [ours, measure(addOn, 'retry', rows, 'competent', () => competentRetry(rt, fresh))];
}

const cells: Cells[] = [];

/** The archive's executions at the largest size: their pessimistic ms summed, against the daily trigger quota. */
let archiveTotalMs = 0;

/**
 * The yearly archive of 2024 (a third of the bench's months) from the menu, then its one-time trigger until it is
 * gone: the costliest execution and how many; beside the competent peer's of 2023.
 */
function archive(addOn: AddOn, rows: number): Measure[] {
  const rt = addOn.runtime;
  rt.setUser(ADMIN);
  rt.ui.alertResponses.push({ button: 'OK', text: '2024' });
  const runs = [measure(addOn, 'archive (a closed year)', rows, 'ours', () => void addOn.call('menuArchiveYear'))];
  while (rt.triggers.list().some((t) => t.handler === 'archiveFollowUp'))
    runs.push(measure(addOn, 'archive (a closed year)', rows, 'ours', () => job(addOn, 'archiveFollowUp')));
  const said = runs.length > 1 ? (rt.mail.sent.at(-1)?.body ?? '') : (rt.ui.alerts.at(-1)?.prompt ?? '');
  if (!said.includes('Đã chuyển')) throw new Error(`archive: ${said}`);
  archiveTotalMs = runs.reduce((n, r) => n + r.pessimisticMs, 0);
  const costliest = runs.reduce((a, b) => (b.pessimisticMs > a.pessimisticMs ? b : a));
  const ours = { ...costliest, heapMB: Math.max(...runs.map((r) => r.heapMB)), executions: runs.length };
  return [ours, measure(addOn, 'archive (a closed year)', rows, 'competent', () => competentArchive(rt, 2023))];
}

function classifyThroughput(): number {
  const n = 10_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const d = LABELLED[i % LABELLED.length]!;
    categorise({ unitType: d.unitType, title: d.title, description: d.description });
  }
  return Math.round(n / (Number(process.hrtime.bigint() - start) / 1e9));
}

const results: Measure[] = [];
for (const size of SIZES) {
  if (!values.json) process.stderr.write(`measuring ${size.toLocaleString('en')} rows\n`);
  const rows = runSize(size);
  results.push(...rows);
  if (values.json) for (const r of rows) console.log(JSON.stringify(r));
}
const perSecond = classifyThroughput();
// The build's own figures (scripts/build.mjs writes them): the bundle's size and its ceiling.
const {
  codeBytes: bundleBytes,
  budgetBytes,
  targetBytes,
} = JSON.parse(readFileSync(path.join(__dirname, '../out/bundle.json'), 'utf8')) as {
  codeBytes: number;
  budgetBytes: number;
  targetBytes: number;
};
const load = bundleLoadMs();
if (values.json) {
  console.log(JSON.stringify({ op: 'classify', perSecond }));
  console.log(JSON.stringify({ op: 'bundle load', bytes: bundleBytes, budgetBytes, parseAndInitMs: load }));
  for (const c of cells) console.log(JSON.stringify(c));
}

const ours = results.filter((r) => r.impl === 'ours');
const competent = (r: Measure) => results.find((p) => p.impl === 'competent' && p.op === r.op && p.rows === r.rows);
const ratio = (r: Measure) => {
  const p = competent(r);
  return p && p.pessimisticMs > 0 ? `${((r.pessimisticMs / p.pessimisticMs) * 100).toFixed(1)} %` : '—';
};
/** A submission's Sheets calls at most: 16 fixed + 2 × 8 bucket reads and writes + 12 candidate reads. */
const SUBMISSION_CALLS = 16 + 2 * 8 + 12;
const biggest = Math.max(...SIZES);
const atBiggest = ours.filter((r) => r.rows === biggest);

/** The deeds a Sheet of this size holds at most, and how many more than it has, in words. */
const room = (rows: number) => {
  const most = cells.find((c) => c.rows === rows)?.deedsAtMost ?? 0;
  return `${most.toLocaleString('en')} deeds at most: ${Math.round((most / rows - 1) * 1000) / 10} % more`;
};
const checks: [string, boolean][] = [
  [
    // Was "≤ 6, the same at each size", set before issue 13's filter questions and issue 18's near-duplicate index:
    // now 16 fixed calls, plus up to 8 bucket reads and 8 writes and 12 candidate reads of the index, which depend on
    // the text and what the index holds, never on the rows (docs/how-it-works.md, what a submission does).
    `a submission costs ≤ ${SUBMISSION_CALLS} Sheets calls at every size, however many rows`,
    ours.filter((r) => r.op === 'submission').every((r) => r.sheetsCalls <= SUBMISSION_CALLS),
  ],
  [
    `every interactive call fits ${INTERACTIVE_MS / 1000} s at the pessimistic cost at ${biggest.toLocaleString('en')} rows`,
    atBiggest.filter((r) => INTERACTIVE.has(r.op)).every((r) => r.pessimisticMs <= INTERACTIVE_MS),
  ],
  [
    `«Làm mới» of the ladder fits ${INTERACTIVE_MS / 1000} s at the pessimistic cost at ${biggest.toLocaleString('en')} rows`,
    atBiggest.filter((r) => r.op === LADDER).every((r) => r.pessimisticMs <= INTERACTIVE_MS),
  ],
  [
    `every trigger job's execution fits ${TRIGGER_MS / 1000} s at the pessimistic cost at ${biggest.toLocaleString('en')} rows`,
    atBiggest.filter((r) => !INTERACTIVE.has(r.op) && r.op !== LADDER).every((r) => r.pessimisticMs <= TRIGGER_MS),
  ],
  [
    `no execution holds more than 50 MB of values at ${biggest.toLocaleString('en')} rows`,
    atBiggest.every((r) => r.heapMB <= 50),
  ],
  [
    `the archive's executions fit the daily trigger quota (90 min) at ${biggest.toLocaleString('en')} rows (${Math.round(archiveTotalMs / 1000)} s in all)`,
    archiveTotalMs <= 90 * 60_000,
  ],
  [
    `the Sheet holds ${biggest.toLocaleString('en')} deeds, «Nhật ký» at two rows a deed, their notices and every other tab under the 10,000,000-cell limit (with them it holds ${room(biggest)})`,
    cells.filter((c) => c.rows === biggest).every((c) => c.deedsAtMost >= biggest),
  ],
  [
    `every job finishes, without an incident («Sự cố») or the cell limit, at ${biggest.toLocaleString('en')} rows`,
    results.filter((r) => r.rows === biggest).every((r) => !r.stopped),
  ],
  ['the categoriser classifies ≥ 2,000 descriptions a second', perSecond >= 2000],
  [
    `the bundle is ≤ ${targetBytes.toLocaleString('en')} bytes (${targetBytes / 1000} KB, issue 12's target, read as 1,000 bytes a KB)`,
    bundleBytes <= targetBytes,
  ],
];

const header =
  '| operation | rows | Sheets calls | cells read | cells written | modelled ms | pessimistic ms | values MB | executions | ours ÷ competent (pessimistic) |';
const table = [
  header,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.op}${r.impl === 'ours' ? '' : ` (${r.impl} peer)`}${r.stopped ? ` — **stopped: ${r.stopped}**` : ''} | ${r.rows.toLocaleString('en')} | ${r.sheetsCalls} | ${r.cellsRead.toLocaleString('en')} | ${r.cellsWritten.toLocaleString('en')} | ${r.modelledMs.toLocaleString('en')} | ${r.pessimisticMs.toLocaleString('en')} | ${r.heapMB} | ${r.executions} | ${r.impl === 'ours' ? ratio(r) : ''} |`,
  ),
].join('\n');
const cellTable = [
  `| deeds | «Việc tốt» cells | «Nhật ký» cells (2 rows a deed) | units' notices (2 a deed, kept ${NOTICE_DAYS} days) | other tabs | total | of 10,000,000 | deeds it holds at most |`,
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...cells.map(
    (c) =>
      [c.rows, c.deeds, c.audit, c.notices, c.rest, c.total]
        .map((n) => n.toLocaleString('en'))
        .join(' | ')
        .replace(/^/, '| ') + ` | ${c.share} % | ${c.deedsAtMost.toLocaleString('en')} |`,
  ),
].join('\n');
const verdicts = checks.map(([name, pass]) => `- ${pass ? '✅' : '❌'} ${name}`).join('\n');
const footer =
  `Classification: ${perSecond.toLocaleString('en')} descriptions a second. Bundle: ${bundleBytes.toLocaleString('en')} bytes ` +
  `(ceiling ${budgetBytes.toLocaleString('en')}), ` +
  `parsed and initialised in ${load} ms on this machine (Apps Script does this at the start of every execution). ` +
  `The ladder's saved aggregates: ${(ladderStateChars / 1_048_576).toFixed(1)} M characters of JSON at their largest, ` +
  `in 64 partitions by a hash of the performer; an execution reads and writes the partitions its rows touch, one at a ` +
  `time, so it holds at most the largest (${(ladderPartChars / 1_048_576).toFixed(2)} M characters), counted in its ` +
  `line's «values MB» at 2 bytes a character with the rows it read (and, for the execution completing the pass, ` +
  `the tabs it writes).`;

if (!values.json) console.log(`${table}\n\n${cellTable}\n\n${footer}\n${verdicts}`);
const full = SIZES.join(',') === '1000,10000,100000,250000';
if (values['write-docs'] && full) {
  writeFileSync(path.join(__dirname, '../docs/benchmark-chart.svg'), chartSvg(results));
  writeFileSync(
    path.join(__dirname, '../docs/benchmarks.md'),
    `# Benchmarks\n\nMade by \`npm run bench -- --write-docs\` (this file and [benchmark-chart.svg](benchmark-chart.svg)).\n` +
      `The built bundle runs on the emulated runtime beside two peers written in bench/: the naive one (a whole-sheet ` +
      `read per call, cell-by-cell summaries) and the competent one (one getValues of the whole tab per job, all the ` +
      `work in memory). "Modelled ms" is the latency model of [LATENCY.md](../LATENCY.md) at the calibrated read cost ` +
      `(${LATENCY.READ_PER_CELL_MS} ms a cell), "pessimistic ms" at a formatted sheet's (${LATENCY.PESSIMISTIC_READ_PER_CELL_MS} ms a cell). ` +
      `"Values MB" is what one execution reads, at the V8 size of a cell of the tab measured in bench/memory.ts. ` +
      `The sheet carries «Nhật ký» rows too, as many as the 10,000,000-cell limit leaves room for.\n\n` +
      `![modelled time against rows](benchmark-chart.svg)\n\n${table}\n\n## Cells per tab\n\n${cellTable}\n\n${footer}\n\n## Targets\n\n${verdicts}\n\n` +
      `## Reproduce\n\n\`\`\`sh\nnpm ci\nnpm run bench            # table; -- --json for JSON lines; -- --write-docs to rewrite this file\n\`\`\`\n`,
  );
}
if (checks.some(([, pass]) => !pass)) process.exitCode = 1;
