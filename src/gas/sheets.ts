// Thin adapter over SpreadsheetApp: the add-on's tabs (as domain/tabs.ts describes them), safe cell values, batched reads and appends.
import type { CellValue } from '../domain/deed';
import type { TabSchema } from '../domain/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * A value as it must be written so that Sheets keeps it as typed: every non-empty string gets a leading
 * apostrophe, so "=HYPERLINK(…)" stays text (never a formula) and "0912345678" keeps its leading zero.
 * Sheets hides the apostrophe and getValues() returns the string without it.
 */
export function toCell(value: CellValue): CellValue {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** The schema's tab, created with its bold frozen header row when missing. */
export function ensureTab({ name, headers }: TabSchema): Sheet {
  const ss = spreadsheet();
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = ss.insertSheet(name);
  fitColumns(sheet, headers.length);
  sheet
    .getRange(1, 1, 1, headers.length)
    .setValues([headers.map(toCell)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

export function tab(name: string): Sheet | null {
  return spreadsheet().getSheetByName(name);
}

/**
 * A new sheet has 26 columns: make room for a wider header, or drop the columns a narrow tab never uses —
 * every empty cell of the grid counts against the spreadsheet's 10,000,000 (see domain/capacity.ts).
 */
function fitColumns(sheet: Sheet, width: number): void {
  const max = sheet.getMaxColumns();
  if (width > max) sheet.insertColumnsAfter(max, width - max);
  else if (width < max) sheet.deleteColumns(width + 1, max - width);
}

/** Appends rows below the last one in one write. */
export function appendRows(sheet: Sheet, rows: readonly (readonly CellValue[])[]): void {
  if (rows.length === 0) return;
  if (rows.length === 1) {
    // appendRow is one atomic call that also grows the sheet when it is full.
    sheet.appendRow(rows[0]!.map(toCell));
    return;
  }
  const first = sheet.getLastRow() + 1;
  const width = rows[0]!.length;
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, rows.length, width).setValues(rows.map((r) => r.map(toCell)));
}

/**
 * Replaces everything below the header with these rows in one write, growing the sheet when needed and clearing
 * the rows left over from a longer body.
 */
export function replaceBody(sheet: Sheet, rows: readonly (readonly CellValue[])[], width: number): void {
  const old = sheet.getLastRow() - 1;
  const missing = rows.length + 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, width).setValues(rows.map((r) => r.map(toCell)));
  if (old > rows.length) sheet.getRange(rows.length + 2, 1, old - rows.length, width).clearContent();
}

/** Every row below the header, as getValues() gives them: one read. */
export function readBody(sheet: Sheet): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
}

/** A search for cells holding exactly `value` (whole cell, same case) in a column ('A:A'): one server-side scan. */
function exactly(sheet: Sheet, column: string, value: string): GoogleAppsScript.Spreadsheet.TextFinder {
  return sheet.getRange(column).createTextFinder(value).matchEntireCell(true).matchCase(true);
}

/** The first row (1-based) where a cell of the column holds exactly `value`, or null: the same cost at any size. */
export function firstRowMatching(sheet: Sheet, column: string, value: string): number | null {
  return exactly(sheet, column, value).findNext()?.getRow() ?? null;
}

/** Every row (1-based, top down) where a cell of the column holds exactly `value`. */
export function rowsMatching(sheet: Sheet, column: string, value: string): number[] {
  return exactly(sheet, column, value)
    .findAll()
    .map((r) => r.getRow());
}
