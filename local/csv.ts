// Writes the emulated spreadsheet's tabs as CSV (RFC 4180): values as the cells hold them, formulas as formulas.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** yyyy-MM-dd HH:mm:ss in the given zone (the Swedish locale writes exactly that order). */
function formatInstant(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(d);
}

function show(value: unknown, formula: string, timeZone: string): string {
  if (formula) return formula;
  // Dates come from the script's realm, where `instanceof Date` is false in Node: test the tag.
  if (Object.prototype.toString.call(value) === '[object Date]') return formatInstant(value as Date, timeZone);
  return String(value ?? '');
}

export function sheetToCsv(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): string {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  return values
    .map((row, r) => row.map((v, c) => quote(show(v, formulas[r]?.[c] ?? '', timeZone))).join(','))
    .join('\r\n');
}

/** DIR/<tab name>.csv for every tab. */
export function writeTabs(spreadsheet: Spreadsheet, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const tz = spreadsheet.getSpreadsheetTimeZone();
  return spreadsheet.getSheets().map((sheet) => {
    const file = path.join(dir, `${sheet.getName()}.csv`);
    writeFileSync(file, sheetToCsv(sheet, tz) + '\r\n');
    return file;
  });
}
