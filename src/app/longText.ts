// «Văn bản dài»: an edited deed's parts of a column replace those its earlier version left, never added to them.
import { LONG_TEXT } from '../domain/tabs';
import { rowsMatching, tab } from '../gas/sheets';

/** Deletes the deed's parts of `column` (the caller holds the document lock): one search, one read, a delete each. */
export function dropParts(id: string, column: string): void {
  const sheet = tab(LONG_TEXT.name);
  const rows = sheet ? rowsMatching(sheet, 'A:A', id) : [];
  const lo = rows[0];
  if (!sheet || lo === undefined) return;
  const columns = sheet.getRange(lo, LONG_TEXT.col.column + 1, rows[rows.length - 1]! - lo + 1, 1).getValues();
  for (const r of rows.reverse()) if (columns[r - lo]?.[0] === column) sheet.deleteRow(r);
}
