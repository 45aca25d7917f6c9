// A1 notation: 'B2', 'A1:C3', 'A:A', 'A2:C', '3:5', "'Sheet name'!A1:B2" ↔ 1-based coordinates.
// https://developers.google.com/sheets/api/guides/concepts#cell

export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  /** null: to the sheet's last row ('A2:C') */
  numRows: number | null;
  /** null: to the sheet's last column ('3:5') */
  numColumns: number | null;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses A1 notation; null if it is not valid. */
export function parseA1(text: string): A1Range | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [startText, endText, extra] = rest.split(':');
  if (startText === undefined || extra !== undefined) return null;
  const start = CELL.exec(startText);
  const end = endText === undefined ? start : CELL.exec(endText);
  if (!start || !end) return null;
  const [, c1 = '', r1 = ''] = start;
  const [, c2 = '', r2 = ''] = end;
  if ((!c1 && !r1) || (!c2 && !r2)) return null;
  if (endText === undefined && (!c1 || !r1)) return null;
  const col1 = c1 ? columnNumber(c1) : 1;
  const row1 = r1 ? Number(r1) : 1;
  if (row1 < 1) return null;
  const range: A1Range = { row: row1, column: col1, numRows: null, numColumns: null };
  if (sheetName !== undefined) range.sheetName = sheetName;
  const col2 = c2 ? columnNumber(c2) : null;
  const row2 = r2 ? Number(r2) : null;
  // A missing end row means "to the last row" unless the start has none either ('A:C').
  if (row2 !== null) range.numRows = Math.abs(row2 - row1) + 1;
  else if (!r1) range.numRows = null;
  if (col2 !== null) range.numColumns = Math.abs(col2 - col1) + 1;
  if (row2 !== null && row2 < row1) range.row = row2;
  if (col2 !== null && col2 < col1) range.column = col2;
  return range;
}

export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
