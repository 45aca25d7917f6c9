// Set-up's migration of an older Sheet to today's narrower rows (issue 12: the cell limit): each fold of
// domain/layoutFolds.ts carried out in place, under set-up's lock; a fold cut off part-way is finished by the next run.
import { AUDIT, DEED } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';
import { AUDIT_FOLDS, DEED_FOLDS } from '../domain/layoutFolds';
import type { ColumnFold } from '../domain/layoutFolds';
import * as MSG_STRUCTURE from '#shared/messages/structure';
import { tab } from '../gas/sheets';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Cells one set-up reads and writes folding, at most: ≈ 240 s at the pessimistic 0.1 ms a cell (LATENCY.md), inside
 * the 6-minute limit of a menu's execution with the rest of set-up (≈ 65,000 deeds and 130,000 «Nhật ký» rows).
 */
export const FOLD_CELLS = 2_400_000;

/** Why a tab cannot be folded now, in Vietnamese: set-up stops with it and changes nothing more. */
export class FoldStop extends Error {}

const headerRow = (sheet: Sheet): string[] =>
  (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map((h) => String(h).trim());

/** 1-based positions of a fold's old columns still in the header row (0: gone). */
const positions = (headers: readonly string[], fold: ColumnFold): number[] =>
  fold.from.map((h) => headers.indexOf(h) + 1);

/**
 * Folds the older layout's columns of every tab that still has them: the tab's names of the folded columns, one
 * Vietnamese line each for set-up's report. Stops (FoldStop) before any change when the work would not fit one
 * execution, and at a fold whose new column is missing while some of its old ones are gone (a person deleted one).
 */
export function foldOlderLayouts(archiveUnderWay: boolean): string[] {
  const done: string[] = [];
  const work = (
    [
      [DEED, DEED_FOLDS],
      [AUDIT, AUDIT_FOLDS],
    ] as const
  ).flatMap(([schema, folds]) => {
    // Folded once (or made narrow): a column a person adds later under an old header is theirs, never folded away.
    const key = `folds:${schema.name}`;
    const sheet = folds.length > 0 && getDocumentProperty(key) !== String(folds.length) ? tab(schema.name, true) : null;
    return sheet ? [{ schema, folds, sheet, key, headers: headerRow(sheet) }] : [];
  });
  const pending = work.filter((w) => w.folds.some((f) => positions(w.headers, f).some((p) => p > 0)));
  const finished = () => work.forEach((w) => setDocumentProperty(w.key, String(w.folds.length)));
  if (pending.length === 0) {
    finished();
    return done;
  }
  if (archiveUnderWay) throw new FoldStop(MSG_STRUCTURE.foldArchiveBusy);
  // Each fold into a column reads the span of its old columns and writes the new one: rows × (span + 1) cells.
  const cells = pending.reduce((n, w) => {
    const rows = w.sheet.getLastRow() - 1;
    const spans = w.folds.map((f) => {
      const at = positions(w.headers, f).filter((p) => p > 0);
      return f.into && at.length > 0 ? Math.max(...at) - Math.min(...at) + 2 : 0;
    });
    return n + rows * spans.reduce((a, b) => a + b, 0);
  }, 0);
  if (cells > FOLD_CELLS) throw new FoldStop(MSG_STRUCTURE.foldTooBig(pending.map((w) => w.schema.name)));
  for (const { schema, folds, sheet } of pending) {
    const folded = folds.flatMap((fold) => foldOne(sheet, schema, fold));
    if (folded.length > 0) done.push(MSG_STRUCTURE.folded(schema.name, folded));
  }
  finished();
  return done;
}

/** One fold: the new column written whole before any old one is deleted. The old headers it took away. */
function foldOne(sheet: Sheet, schema: TabSchema, fold: ColumnFold): string[] {
  const headers = headerRow(sheet);
  const at = positions(headers, fold);
  if (at.every((p) => p === 0)) return [];
  if (fold.into !== undefined) {
    const header = schema.headers[schema.col[fold.into] ?? -1];
    if (header === undefined || fold.from.includes(header) || !fold.encode)
      throw new Error(`Fold into ${fold.into}: a new column of the schema, with an encoder`);
    const present = headers.indexOf(header) + 1;
    if (at.some((p) => p === 0)) {
      // Some old columns gone: a run cut off while deleting them finished its new column first, or a person deleted one.
      if (present === 0) throw new FoldStop(MSG_STRUCTURE.foldBroken(schema.name, fold.from));
    } else writeFolded(sheet, fold.encode, header, present, at);
  }
  deleteColumns(sheet, positions(headerRow(sheet), fold));
  return fold.from.filter((_, i) => at[i]! > 0);
}

/** The new column (inserted before the first old one unless a cut-off run left it) filled from the old cells. */
function writeFolded(
  sheet: Sheet,
  encode: NonNullable<ColumnFold['encode']>,
  header: string,
  present: number,
  at: number[],
): void {
  let column = present;
  if (column === 0 && headerRow(sheet)[Math.min(...at) - 2] === '') column = Math.min(...at) - 1; // cut off: inserted
  if (column === 0) {
    column = Math.min(...at);
    sheet.insertColumnsAfter(column - 1, 1);
    at = at.map((p) => (p >= column ? p + 1 : p));
  }
  const rows = sheet.getLastRow() - 1;
  // Inserted columns may take their neighbour's format and checkboxes: the new one is plain text, its header bold.
  const whole = sheet.getRange(1, column, rows + 1, 1);
  whole.clearDataValidations().setNumberFormat('@');
  sheet.getRange(1, column).setValue(header).setFontWeight('bold');
  if (rows < 1) return;
  const first = Math.min(...at);
  const span = sheet.getRange(2, first, rows, Math.max(...at) - first + 1).getValues();
  const cells = span.map((row) => [encode(at.map((p) => row[p - first]))]);
  sheet.getRange(2, column, rows, 1).setValues(cells);
}

/** Deletes these columns (0: gone), the rightmost first so the others keep their places; adjacent ones in one call. */
function deleteColumns(sheet: Sheet, at: readonly number[]): void {
  const cols = at.filter((p) => p > 0).sort((a, b) => b - a);
  for (let i = 0; i < cols.length;) {
    let j = i + 1;
    while (j < cols.length && cols[j] === cols[j - 1]! - 1) j++;
    sheet.deleteColumns(cols[j - 1]!, j - i);
    i = j;
  }
}
