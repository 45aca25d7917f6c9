// The sidebar's list of one month's deeds (or of every month's: the whole tab) under a fixed read budget at any size:
// the month's rows from the month index, scanned newest first reading only the columns the filters and the search look at, until the budget is
// spent («Tìm tiếp» carries on from where it stopped); then only the page's rows read whole.
import { STATUSES, fieldByLabel } from '#shared/codes';
import type { Status } from '#shared/codes';
import { DEED } from '../domain/tabs';
import { columnRuns } from '../domain/columnRuns';
import { RECOGNITION_COLUMNS } from '../domain/review';
import { matchesQuery, parseQuery } from '../domain/search';
import { monthKey, parseMonthKey, previousMonthKey } from '../domain/calendar';
import { ALL_MONTHS } from '#contract';
import type { DeedFilter, DeedPage } from '#contract';
import { cellText, isoLocal, toSummary, weekOfDay } from './deedRows';
import { unitTypeOf } from './config';
import { cellOf, holds } from '../domain/recognitionCells';
import { deedsSheet } from './server';
import { monthEntry } from './indexes/months';
import type { Block } from './indexes/months';
import { today } from '../gas/clock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** Cells one page may read while scanning: 20,000 × 0.1 ms (a formatted sheet) = 2 s, within the 3-s budget. */
export const SCAN_CELLS = 20_000;
/** Rows read whole for a page in one call when they lie this close together (a page reads at most 40 rows). */
const NEAR = 2;

/** The 0-based columns a filter needs, each with the test its cell must pass; `units`: a base reviewer's only. */
function tests(filter: DeedFilter, units?: ReadonlySet<string>): [number, (v: unknown) => boolean][] {
  const is = (label: string | undefined) => (v: unknown) => v === label;
  const out: [number, (v: unknown) => boolean][] = [];
  if (filter.month !== ALL_MONTHS) out.push([DEED.col.month, is(filter.month)]);
  if (filter.week)
    out.push([DEED.col.doneOn, (v) => weekOfDay(v instanceof Date ? isoLocal(v) : cellText(v)) === filter.week]);
  if (filter.status) out.push([DEED.col.status, is(STATUSES[filter.status])]);
  if (filter.field) out.push([DEED.col.field, (v) => fieldByLabel(String(v)) === filter.field]);
  if (filter.unitCode) out.push([DEED.col.unitCode, is(filter.unitCode)]);
  if (units) out.push([DEED.col.unitCode, (v) => units.has(String(v))]);
  const type = filter.unitType;
  if (type) out.push([DEED.col.unitCode, (v) => unitTypeOf(String(v)) === type]);
  const mark = filter.recognition && RECOGNITION_COLUMNS[filter.recognition];
  if (mark) out.push([DEED.col[cellOf(mark)], (v) => holds(mark, v)]);
  return out;
}

const SEARCHED = [DEED.col.title, DEED.col.unitName, DEED.col.performerName, DEED.col.description];

/** Rows of the blocks, newest first, below `from` when given: [first, last] pieces of at most `size` rows. */
function* slices(blocks: readonly Block[], from: number | undefined, size: number): Generator<Block> {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const [a, z] = blocks[k]!;
    for (let hi = Math.min(z, (from ?? Infinity) - 1); hi >= a; hi -= size) yield [Math.max(a, hi - size + 1), hi];
  }
}

/** Rows (newest first) of the month that pass the filter and the search, scanned within the budget. */
function scan(
  sheet: Sheet,
  blocks: readonly Block[],
  filter: DeedFilter,
  from: number | undefined,
  units: ReadonlySet<string> | undefined,
) {
  const checks = tests(filter, units);
  const query = parseQuery(filter.search ?? '');
  const searching = query.words.length > 0;
  const columns = [...checks.map(([c]) => c), ...(searching ? SEARCHED : [])];
  const spans = columnRuns(columns);
  const width = spans.reduce((n, [a, z]) => n + z - a + 1, 0);
  const size = Math.max(1, Math.floor(SCAN_CELLS / width));
  const matches: number[] = [];
  let budget = SCAN_CELLS;
  let more: number | null = null;
  for (const [a, z] of slices(blocks, from, size)) {
    if (budget < width) {
      more = z + 1;
      break;
    }
    const rows = Math.min(z - a + 1, Math.floor(budget / width));
    const top = z - rows + 1;
    budget -= rows * width;
    const read = spans.map(([c0, c1]) => ({
      c0,
      c1,
      values: sheet.getRange(top, c0 + 1, rows, c1 - c0 + 1).getValues(),
    }));
    const at = (i: number, c: number) => {
      const block = read.find((r) => c >= r.c0 && c <= r.c1)!;
      return block.values[i]?.[c - block.c0];
    };
    for (let i = rows - 1; i >= 0; i--) {
      if (!checks.every(([c, pass]) => pass(at(i, c)))) continue;
      if (searching && !matchesQuery(SEARCHED.map((c) => String(at(i, c) ?? '')).join(' '), query)) continue;
      matches.push(top + i);
    }
    if (top > a) {
      more = top;
      break;
    }
  }
  return { matches, more };
}

/** The page's rows read whole: one call for each run of rows close together. */
function readRows(sheet: Sheet, rows: readonly number[]): Map<number, unknown[]> {
  const out = new Map<number, unknown[]>();
  const sorted = [...rows].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]! - sorted[j]! <= NEAR) j++;
    const first = sorted[i]!;
    const values = sheet.getRange(first, 1, sorted[j]! - first + 1, DEED.width).getValues();
    for (let k = i; k <= j; k++) out.set(sorted[k]!, values[sorted[k]! - first] ?? []);
    i = j + 1;
  }
  return out;
}

export function listDeeds(
  filter: DeedFilter,
  offset: number,
  limit: number,
  from?: number,
  units?: ReadonlySet<string>,
): DeedPage {
  const sheet = deedsSheet();
  // Every month at once: the whole tab, newest first, within the same budget per call («Tìm tiếp» goes on).
  const last = sheet.getLastRow();
  const entry =
    filter.month === ALL_MONTHS ? { b: last < 2 ? [] : [[2, last] as Block], s: {} } : monthEntry(sheet, filter.month);
  const { matches, more } = scan(sheet, entry.b, filter, from, units);
  const page = matches.slice(offset, offset + limit);
  const rows = readRows(sheet, page);
  const items = page.map((r) => toSummary(rows.get(r) ?? [], r));
  if (units || filter.month === ALL_MONTHS) return { items, total: matches.length, offset, more };
  const statusCounts = Object.fromEntries(
    (Object.keys(STATUSES) as Status[]).map((s) => [s, entry.s[s] ?? 0]),
  ) as Record<Status, number>;
  return { items, total: matches.length, offset, more, statusCounts };
}

/**
 * Every month from the first deed's to the current one, newest first: the sidebar's month list. The first deed is
 * the top row's (intake appends) or an older month the index knows (rows sorted by hand): one cell read.
 */
export function monthsSinceFirst(known: readonly string[]): string[] {
  const top = String(
    deedsSheet()
      .getRange(2, DEED.col.month + 1)
      .getValue(),
  );
  const current = monthKey(today());
  const oldest = [top, ...known].filter((m) => parseMonthKey(m) && m <= current).sort()[0] ?? current;
  const out: string[] = [];
  for (let m = current; m >= oldest;) {
    out.push(m);
    const { year, month } = parseMonthKey(m)!;
    m = previousMonthKey({ year, month, day: 1 });
  }
  return out;
}
