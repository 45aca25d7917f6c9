// The near-duplicate index, kept in a hidden tab that no cache eviction loses, and the check a valid submission
// goes through before its row is written: a few bucket cells read (not the tab), the candidates' texts compared
// exactly, then the new deed filed in its slot and its buckets.
// Layout: a header row; column A, rows 2..BUCKETS+1, the buckets ("slot.day" entries); column B, rows 2..SLOTS+1,
// the deeds' texts in a ring of SLOTS slots (60,000 > 41,000 deeds in 60 days at 250,000 a year); C2 the next slot
// and the tab's row count (in B1, with no header, before: such a tab is given its header when next used).
import { dayNumber, parseLocalDate } from '../domain/calendar';
import { BUCKETS, addToBucket, bucketsOf, candidates, indexedFromCell, indexedToCell } from '../domain/duplicateBands';
import type { IndexedText } from '../domain/duplicateBands';
import { compare, profile } from '../domain/similarity';
import { DEED, DUPLICATE_INDEX } from '../domain/tabs';
import { headerDrift, headerMatches } from '../domain/structure';
import { checked } from './structureGuard';
import { NO_DETAILS, decodeDetails } from '../domain/detailsCell';
import { localDateOf, today } from '../gas/clock';
import { newSheet, removeSheet, rowsContaining, tab, toCell } from '../gas/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Deeds done this many days before today or earlier leave the buckets. */
export const WINDOW_DAYS = 60;
/** Slots in the ring: more than the window holds at 250,000 deeds a year (~41,000). */
export const SLOTS = 60_000;
/** Rows added at once when the ring reaches the end of the tab. */
const GROW_ROWS = 5_000;
/** A new index (a new document, or one upgraded from the cache index) starts with this many last deeds. */
export const BACKFILL_ROWS = 1_000;

export interface DuplicateCheck {
  /** The id of the earlier deed this one repeats, '' when none. */
  earlierId: string;
  /** Files the deed in the index (after its row is written: a deed never written is never a candidate). */
  file: () => void;
}

/** Checks a deed against the index (the caller holds the document lock until `file` has run). */
export function checkDuplicate(deed: IndexedText, deeds: Sheet): DuplicateCheck {
  const found = tab(DUPLICATE_INDEX.name);
  const sheet = found ?? createIndex(deeds);
  const head = found ? headed(found) : String(sheet.getRange(2, 3).getValue());
  const [next = 0, rows = BUCKETS + 1] = head.split(' ').map(Number);
  const mine = profile(deed);
  const buckets = bucketsOf(mine);
  const cells = buckets.map((b) => String(sheet.getRange(b + 2, 1).getValue()));
  let best = { id: '', score: -Infinity };
  for (const slot of candidates(cells, mine.day)) {
    const other = indexedFromCell(String(sheet.getRange(slot + 2, 2).getValue()));
    if (!other || other.id === deed.id) continue;
    const c = compare(mine, profile(other));
    if (c.duplicate && c.score > best.score) best = { id: other.id, score: c.score };
  }
  const file = () => {
    const slot = next % SLOTS;
    let height = rows;
    if (slot + 2 > height) {
      sheet.insertRowsAfter(height, GROW_ROWS);
      height += GROW_ROWS;
    }
    sheet.getRange(slot + 2, 2).setValue(toCell(indexedToCell(deed)));
    const from = dayNumber(today()) - WINDOW_DAYS;
    buckets.forEach((b, i) =>
      sheet.getRange(b + 2, 1).setValue(toCell(addToBucket(cells[i]!, { slot, day: mine.day }, from))),
    );
    sheet.getRange(2, 3).setValue(toCell(`${next + 1} ${height}`));
  };
  return { earlierId: best.id, file };
}

/**
 * The id the index holds for a «Việc tốt» row's text — the add-on's own copy, which only admins may edit, of each deed
 * of the last WINDOW_DAYS days — or '' when it holds none (an older deed) or several (the same text twice).
 */
export function indexedId(row: readonly unknown[]): string {
  const deed = fromRow(row);
  const sheet = deed && tab(DUPLICATE_INDEX.name);
  if (!sheet) return '';
  const rest = indexedToCell({ ...deed, id: '' }).slice(3); // what follows the id: ,"unit",day,…]
  const ids = new Set(
    rowsContaining(sheet, 'B:B', rest).map((r) => indexedFromCell(String(sheet.getRange(r, 2).getValue()))?.id),
  );
  return ids.size === 1 ? ([...ids][0] ?? '') : '';
}

/**
 * The head cell (C2: the next slot and the tab's rows) once the header row matches, both in one read; an index made
 * before it had a header is given it first.
 */
function headed(sheet: Sheet): string {
  const [header = [], second = []] = sheet.getRange('1:2').getValues();
  if (headerMatches(headerDrift(DUPLICATE_INDEX, header))) return String(second[2]);
  const [a1, b1] = header.map(String);
  if (a1 === '' && /^\d+ \d+$/.test(b1!)) {
    if (sheet.getMaxColumns() < 3) sheet.insertColumnsAfter(2, 1);
    sheet.getRange('C2').setValue(toCell(b1!));
    sheet.getRange('A1:C1').setValues([DUPLICATE_INDEX.headers.map(toCell)]);
  }
  return String(checked(sheet, DUPLICATE_INDEX).getRange(2, 3).getValue());
}

/** The columns of «Việc tốt» the index needs, from the first up to «Ngày thực hiện» (one read per backfill). */
const READ_WIDTH =
  Math.max(
    ...(['id', 'unitCode', 'performerName', 'title', 'description', 'doneOn', 'details'] as const).map(
      (k) => DEED.col[k],
    ),
  ) + 1;

/** The deed as the index keeps it, from its «Việc tốt» row. */
function fromRow(row: readonly unknown[]): IndexedText | null {
  const done = row[DEED.col.doneOn];
  const local = done instanceof Date ? localDateOf(done) : parseLocalDate(String(done ?? ''));
  if (!local) return null;
  const text = (key: keyof typeof DEED.col) => String(row[DEED.col[key]] ?? '');
  const details = decodeDetails(row[DEED.col.details]) ?? NO_DETAILS; // edited out of its lines: compared on its texts
  return {
    id: text('id'),
    unit: text('unitCode'),
    day: dayNumber(local),
    title: text('title'),
    description: text('description'),
    place: details.place,
    beneficiaries: details.beneficiaries,
    performer: text('performerName'),
  };
}

/**
 * The hidden tab, three columns wide (the workbook holds 10,000,000 cells in all), filled with the last
 * BACKFILL_ROWS deeds of the window; deleted again if it cannot be made whole. `deeds` comes header-checked from
 * intake (structureGuard.ts), since the backfill reads it by column position.
 */
function createIndex(deeds: Sheet): Sheet {
  const last = deeds.getLastRow();
  const first = Math.max(2, last - BACKFILL_ROWS + 1);
  const from = dayNumber(today()) - WINDOW_DAYS;
  const kept =
    last < 2
      ? []
      : deeds
          .getRange(first, 1, last - first + 1, READ_WIDTH)
          .getValues()
          .flatMap((row) => fromRow(row) ?? [])
          .filter((d) => d.day > from);
  const buckets: string[] = Array.from({ length: BUCKETS }, () => '');
  kept.forEach((d, slot) => {
    for (const b of bucketsOf(profile(d))) buckets[b] = addToBucket(buckets[b]!, { slot, day: d.day }, from);
  });
  const height = Math.max(BUCKETS + 1, kept.length + 1);
  const sheet = newSheet(DUPLICATE_INDEX.name);
  try {
    sheet.hideSheet();
    const [rows, columns] = [sheet.getMaxRows(), sheet.getMaxColumns()];
    if (columns > 3) sheet.deleteColumns(4, columns - 3);
    if (rows < height) sheet.insertRowsAfter(rows, height - rows);
    sheet
      .getRange('A1:C2')
      .setValues([DUPLICATE_INDEX.headers.map(toCell), ['', '', toCell(`${kept.length} ${height}`)]]);
    sheet.getRange(2, 1, BUCKETS, 1).setValues(buckets.map((b) => [toCell(b)]));
    if (kept.length > 0) sheet.getRange(2, 2, kept.length, 1).setValues(kept.map((d) => [toCell(indexedToCell(d))]));
  } catch (err) {
    removeSheet(sheet);
    throw err;
  }
  return sheet;
}
