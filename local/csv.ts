// Writes the emulated spreadsheet's tabs as CSV (RFC 4180): values as the cells hold them, formulas as their text,
// and no cell that a spreadsheet program opening the file would evaluate (CSV injection).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Text as a spreadsheet program must keep it: a leading =, +, -, @, tab or CR would start a formula, so such text
 * gets a single quote in front (OWASP, "CSV Injection"; ASVS 5.0 V1.2.10 adds NUL to the list).
 */
export const inert = (text: string): string => (/^[=+\-@\t\r\0]/.test(text) ? `'${text}` : text);

/** yyyy-MM-dd HH:mm:ss in the given zone (the Swedish locale writes exactly that order). */
function formatInstant(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(d);
}

/** A cell's text: a number as it is (-5 stays the number -5), a date in the zone, anything else made inert. */
function show(value: unknown, formula: string, timeZone: string): string {
  if (formula) return inert(formula);
  if (typeof value === 'number') return String(value);
  // Dates come from the script's realm, where `instanceof Date` is false in Node: test the tag.
  if (Object.prototype.toString.call(value) === '[object Date]') return formatInstant(value as Date, timeZone);
  return inert(String(value ?? ''));
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
