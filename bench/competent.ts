// The competent peer: what good Apps Script code does — one getValues of the whole tab per job, all the work in
// memory, one setValues for what it writes. Written here only, run on the same emulated runtime as the bundle.
import { gas } from '../local/runtime';
import type { Runtime } from '../local/runtime';
import { DEED } from '../src/domain/tabs';
import { isoWeekKey } from '../src/domain/calendar';

type Row = unknown[];

const book = (rt: Runtime) => gas(rt).SpreadsheetApp.getActiveSpreadsheet();
const deeds = (rt: Runtime) => book(rt).getSheetByName('Việc tốt')!;
/** The whole tab in one read: getDataRange() then getValues(). */
const everything = (rt: Runtime): Row[] => deeds(rt).getDataRange().getValues();

/** What a job writes, in one setValues to the naive peer's output tab (the sheet is near its cell limit at 250,000). */
function writeOut(rt: Runtime, rows: Row[]): void {
  const name = 'Naive';
  const sheet = book(rt).getSheetByName(name) ?? book(rt).insertSheet(name);
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
}

function countBy(rows: Row[], keep: (r: Row) => boolean, key: (r: Row) => string): Row[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (keep(r)) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return [...counts].map(([k, n]) => [k, n]);
}

/** A submission: the whole tab read for a duplicate check, then the row written with one setValues. */
export function competentSubmit(rt: Runtime, row: Row): void {
  const all = everything(rt);
  if (all.some((r) => r[DEED.col.title] === row[DEED.col.title] && r[DEED.col.doneOn] === row[DEED.col.doneOn])) return;
  deeds(rt)
    .getRange(all.length + 1, 1, 1, row.length)
    .setValues([row]);
}

/** A sidebar page: the whole tab read, the month filtered and searched in memory. */
export function competentPage(rt: Runtime, month: string, word: string): Row[] {
  return everything(rt)
    .filter((r) => r[DEED.col.month] === month && String(r[DEED.col.description]).toLowerCase().includes(word))
    .slice(0, 20);
}

/** A reviewer action: the whole tab read to find the deed, its changed cells written in one call. */
export function competentAction(rt: Runtime, id: string): void {
  const i = everything(rt).findIndex((r) => r[DEED.col.id] === id);
  deeds(rt)
    .getRange(i + 1, DEED.col.honours + 1, 1, 2)
    .setValues([['Thư khen', '']]);
}

/** The ISO week of a day cell (midnight in Hồ Chí Minh City, UTC+7). */
function weekOf(v: unknown): string {
  if (!(v instanceof Date)) return '';
  const t = new Date(v.getTime() + 7 * 3_600_000);
  return isoWeekKey({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** The monthly summary (`month`) or the weekly digest (`week`): the period's deeds per unit. */
export function competentSummary(rt: Runtime, key: 'month' | 'week', period: string): void {
  const rows = countBy(
    everything(rt),
    (r) => (key === 'month' ? r[DEED.col.month] : weekOf(r[DEED.col.doneOn])) === period,
    (r) => String(r[DEED.col.unitName]),
  );
  writeOut(rt, rows);
}

/** The commendation ladder: every performer's deeds across all months, counted in memory. */
export function competentLadder(rt: Runtime): void {
  const rows = countBy(
    everything(rt),
    () => true,
    (r) => `${String(r[DEED.col.unitCode])}|${String(r[DEED.col.performerName])}`,
  );
  writeOut(rt, rows.slice(0, 1000));
}

/** The retry of queued submissions: the whole tab read once for the ids, the new rows written in one setValues. */
export function competentRetry(rt: Runtime, rows: Row[]): void {
  const all = everything(rt);
  const known = new Set(all.map((r) => r[DEED.col.id]));
  const fresh = rows.filter((r) => !known.has(r[DEED.col.id]));
  if (fresh.length > 0)
    deeds(rt)
      .getRange(all.length + 1, 1, fresh.length, fresh[0]!.length)
      .setValues(fresh);
}

/**
 * The yearly archive: the whole tab read, the rows that stay written back in one setValues, the tail deleted (the
 * copy into a spreadsheet of its own, one Sheets API request as ours makes it, is left out).
 */
export function competentArchive(rt: Runtime, year: number): void {
  const [header, ...rows] = everything(rt);
  const keep = rows.filter((r) => !String(r[DEED.col.month]).startsWith(`${year}-`));
  const sheet = deeds(rt);
  if (keep.length > 0) sheet.getRange(2, 1, keep.length, header!.length).setValues(keep);
  if (rows.length > keep.length) sheet.deleteRows(keep.length + 2, rows.length - keep.length);
}
