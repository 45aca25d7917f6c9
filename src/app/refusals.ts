// «Báo cáo bị trả lại»: a refused submission's row, replaced when the unit edits that same response and still gets
// it wrong, closed when the edited response — or the same deed sent again — is recorded; and how many wait.
import type { CellValue } from '../domain/deed';
import { fold } from '../domain/text';
import { NEEDS_FIX } from '../domain/tabs';
import * as MSG_NOTICE from '#shared/messages/notice';
import { appendRows, rowsContaining, rowsMatching, tab, toCell } from '../gas/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A refused row's status until it is closed. */
export const NEEDS_FIX_OPEN = 'Chờ bổ sung';
/** The open rows of one unit looked at when a deed of it is recorded (the newest): a bound on the reads. */
const SAME_DEED_LOOK = 10;
const STATUS_COLUMN = NEEDS_FIX.col.status + 1;
const col = (index: number) => String.fromCharCode(65 + index);

/** The raw answers' JSON: the response id first, so it stays in the cell's first 50,000 characters. */
export const refusalJson = (parts: {
  responseId?: string;
  editUrl?: string;
  answers: unknown;
  extra: unknown;
}): string => JSON.stringify(parts);

/** The search text that finds a response's refused row in the JSON column. */
const responseMark = (responseId: string) => `"responseId":${JSON.stringify(responseId)}`;

/**
 * Writes a refused submission: over its own open row when the unit edited that response (one setValues), else a
 * new row. The caller holds the document lock.
 */
export function writeRefusal(sheet: Sheet, row: readonly CellValue[], responseId: string | undefined): void {
  const open = responseId ? openRowsOf(sheet, responseId) : [];
  const at = open[open.length - 1];
  if (at === undefined) appendRows(sheet, [row]);
  else sheet.getRange(at, 1, 1, row.length).setValues([row.map(toCell)]);
}

/** Open rows holding this response: a TextFinder over the JSON column, then their status cells. */
function openRowsOf(sheet: Sheet, responseId: string): number[] {
  const c = col(NEEDS_FIX.col.answers);
  const rows = rowsContaining(sheet, `${c}2:${c}`, responseMark(responseId));
  return rows.filter((r) => sheet.getRange(r, STATUS_COLUMN).getValue() === NEEDS_FIX_OPEN);
}

/**
 * A deed about to be recorded: its response's refused row (the unit fixed it through the edit link) and the unit's
 * open rows with the same title, accents and case aside (the unit sent the deed again, corrected) — the rows that
 * closeRefusals closes. Found before the deed is written, so the searches are not the first reads after a commit.
 */
export function refusalsToClose(
  sheet: Sheet,
  recorded: { responseId?: string; unitName: string; title: string },
): number[] {
  const done = new Set(recorded.responseId ? openRowsOf(sheet, recorded.responseId) : []);
  const u = col(NEEDS_FIX.col.unit);
  const sameUnit = rowsMatching(sheet, `${u}2:${u}`, recorded.unitName).slice(-SAME_DEED_LOOK);
  const title = fold(recorded.title);
  for (const r of sameUnit) {
    if (done.has(r)) continue;
    const [cells] = sheet.getRange(r, NEEDS_FIX.col.title + 1, 1, STATUS_COLUMN - NEEDS_FIX.col.title).getValues();
    if (cells && fold(String(cells[0])) === title && cells[cells.length - 1] === NEEDS_FIX_OPEN) done.add(r);
  }
  return [...done];
}

/** Closes these rows (refusalsToClose's) with the recorded deed's id. */
export function closeRefusals(sheet: Sheet, rows: readonly number[], deedId: string): void {
  for (const r of rows) sheet.getRange(r, STATUS_COLUMN).setValue(MSG_NOTICE.fixed(deedId));
}

/** Refused submissions still waiting for the unit: one search of the status column (0 before the tab exists). */
export function openRefusalCount(): number {
  const sheet = tab(NEEDS_FIX.name);
  const c = col(NEEDS_FIX.col.status);
  return sheet ? rowsMatching(sheet, `${c}2:${c}`, NEEDS_FIX_OPEN).length : 0;
}
