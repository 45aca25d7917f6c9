// The month index: for each month, the blocks of «Việc tốt» rows that hold its deeds and its deeds per status, in
// one document property, up to an indexed row — so a sidebar page or a report reads its month's rows, never the
// whole tab. Intake does not touch it: rows below the indexed one (the tail) are read when a reader comes and folded
// in. A review moves a status count; a hand edit of a month or a status drops the index. A month missing or
// distrusted (its first or last row no longer holds it: rows sorted, inserted or deleted by hand) is rebuilt from
// one server-side search of the month column and one of the status column per status.
import { STATUSES, codeByLabel } from '#shared/codes';
import type { Status } from '#shared/codes';
import { DEED } from '../../domain/tabs';
import { columnLetter } from '../../domain/structure';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../../gas/properties';
import { rowsMatching } from '../../gas/sheets';
import { LockBusy, withDocumentLock } from '../../gas/lock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** Inclusive [first, last] sheet rows. */
export type Block = [number, number];
export interface MonthEntry {
  /** Ascending, disjoint; they may hold other months' rows too (late reports interleave): readers check. */
  b: Block[];
  /** Deeds per status code. */
  s: Partial<Record<Status, number>>;
}
interface Index {
  /** Rows up to this one are in the entries; those below are the tail, folded in by the next reader. */
  r: number;
  m: Record<string, MonthEntry>;
}

const KEY = 'index:months';
/** Rows of other months between two of a month's deeds that still count as one block. */
const GAP = 300;
/** A month's blocks beyond this are merged across their smallest gaps. */
const MAX_BLOCKS = 24;
/** A tail longer than this (a first run on a full sheet, an import) is not read: the months are searched for instead. */
const FOLD_MAX_ROWS = 5_000;
/** Property values hold 9 KB: the oldest months are dropped (and rebuilt on demand) beyond this. */
const MAX_CHARS = 8_500;

/** One column's cells over rows a..z in A1 notation: (26, 5, 9) → 'AA5:AA9'. */
const cells = (c: number, a: number, z: number) => `${columnLetter(c + 1)}${a}:${columnLetter(c + 1)}${z}`;

function load(): Index {
  try {
    const parsed = JSON.parse(getDocumentProperty(KEY) ?? '{}') as Partial<Index>;
    return { r: Number(parsed.r) || 1, m: parsed.m && typeof parsed.m === 'object' ? parsed.m : {} };
  } catch {
    return { r: 1, m: {} };
  }
}

function save(index: Index): void {
  const months = Object.keys(index.m).sort();
  while (months.length > 0 && JSON.stringify(index).length > MAX_CHARS) delete index.m[months.shift()!];
  setDocumentProperty(KEY, JSON.stringify(index));
}

/** Blocks (in any order) sorted and joined when closer than GAP, then the closest merged down to `max`. */
export function mergeBlocks(input: readonly Block[], max = MAX_BLOCKS): Block[] {
  const blocks: Block[] = [];
  for (const [a, z] of [...input].sort((x, y) => x[0] - y[0])) {
    const last = blocks[blocks.length - 1];
    if (last && a - last[1] <= GAP) last[1] = Math.max(last[1], z);
    else blocks.push([a, z]);
  }
  while (blocks.length > max) {
    let k = 0;
    for (let i = 1; i < blocks.length - 1; i++)
      if (blocks[i + 1]![0] - blocks[i]![1] < blocks[k + 1]![0] - blocks[k]![1]) k = i;
    blocks.splice(k, 2, [blocks[k]![0], blocks[k + 1]![1]]);
  }
  return blocks;
}

const statusOf = (label: unknown): Status | undefined => codeByLabel(STATUSES, String(label));

/** The month's entry over rows 2..upTo: its rows from one search of the month column, its statuses one search each. */
function rebuild(sheet: Sheet, month: string, upTo: number): MonthEntry {
  const rows = upTo < 2 ? [] : rowsMatching(sheet, cells(DEED.col.month, 2, upTo), month);
  const b = mergeBlocks(rows.map((r): Block => [r, r]));
  const mine = new Set(rows);
  const s: MonthEntry['s'] = {};
  for (const status of Object.keys(STATUSES) as Status[]) {
    let n = 0;
    for (const [a, z] of b)
      for (const r of rowsMatching(sheet, cells(DEED.col.status, a, z), STATUSES[status])) if (mine.has(r)) n++;
    if (n > 0) s[status] = n;
  }
  return { b, s };
}

/** Whether the entry's first and last rows still hold the month (two one-cell reads). */
function trusted(sheet: Sheet, month: string, entry: MonthEntry): boolean {
  const first = entry.b[0];
  const last = entry.b[entry.b.length - 1];
  if (!first || !last) return true; // no deed that month up to the indexed row, as the last search found
  const at = (row: number) => sheet.getRange(row, DEED.col.month + 1).getValue();
  return at(first[0]) === month && at(last[1]) === month;
}

/** The tail's rows folded into the entries of the months they belong to (two column reads). */
function fold(sheet: Sheet, index: Index, last: number): (into: Index) => void {
  const from = index.r + 1;
  if (last < from) return () => undefined;
  if (last - from + 1 > FOLD_MAX_ROWS)
    return (into) => {
      into.m = {};
      into.r = last;
    };
  const read = (c: number) => sheet.getRange(from, c + 1, last - from + 1, 1).getValues();
  const months = read(DEED.col.month);
  const statuses = read(DEED.col.status);
  return (into) => {
    months.forEach(([m], i) => {
      const entry = into.m[String(m)];
      if (!entry) return; // a month not yet known is searched for, these rows with it, when first read
      entry.b = mergeBlocks([...entry.b, [from + i, from + i]]);
      const status = statusOf(statuses[i]?.[0]) ?? 'moi';
      entry.s[status] = (entry.s[status] ?? 0) + 1;
    });
    into.r = last;
  };
}

/**
 * Saves under the document lock, waiting at most a second (a reader never waits for a writer): when it is busy the
 * index is not saved, and the next reader does the same work.
 */
function underLock(work: () => void): void {
  try {
    withDocumentLock(work, 1_000);
  } catch (err) {
    if (!(err instanceof LockBusy)) throw err;
  }
}

/**
 * The month's row blocks (the tail's rows in them) and its deeds per status, the index brought up to date and saved
 * — unless another execution moved it meanwhile (it then stays theirs; this answer is still right). Not to be called
 * under the document lock (its release would end the caller's).
 */
export function monthEntry(sheet: Sheet, month: string): MonthEntry {
  const index = load();
  const last = sheet.getLastRow();
  // Rows deleted by hand below the indexed one: nothing below it can be trusted.
  const base: Index = index.r > last ? { r: 1, m: {} } : index;
  const folding = fold(sheet, base, last);
  const next: Index = JSON.parse(JSON.stringify(base)) as Index;
  folding(next);
  const cached = next.m[month];
  const rebuilt = !cached || !trusted(sheet, month, cached);
  const entry = rebuilt ? rebuild(sheet, month, next.r) : cached;
  next.m[month] = entry;
  if (!rebuilt && next.r === index.r) return entry; // nothing new to save
  underLock(() => {
    const now = load();
    if (now.r !== index.r) return;
    if (base !== index) return save(next);
    folding(now);
    if (rebuilt) now.m[month] = entry;
    save(now);
  });
  return entry;
}

/** A review or a hand edit's re-review, under the document lock: the deed at `row` moved from one status to another. */
export function noteStatusChange(month: string, row: number, fromLabel: unknown, toLabel: unknown): void {
  const from = statusOf(fromLabel);
  const to = statusOf(toLabel);
  const index = load();
  const entry = index.m[month];
  if (!entry || row > index.r || from === to) return; // the tail is counted as it is when folded
  if (from) entry.s[from] = Math.max(0, (entry.s[from] ?? 0) - 1);
  if (to) entry.s[to] = (entry.s[to] ?? 0) + 1;
  save(index);
}

/** A hand edit of the month or status column: the index is dropped, each month rebuilt when next read. */
export function forgetMonths(): void {
  deleteDocumentProperty(KEY);
}

/** Months the index knows, ascending. */
export function indexedMonths(): string[] {
  return Object.keys(load().m).sort();
}
