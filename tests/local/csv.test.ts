// The CLI's CSV export (local/csv.ts): RFC 4180 quoting, and no cell that a spreadsheet program would evaluate.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inert, sheetToCsv, writeTabs } from '../../local/csv';
import { createRuntime } from '../../local/runtime';

/** A tab holding what a respondent or a hand edit could put in the Sheet. */
function hostileSheet() {
  const ss = createRuntime().spreadsheet;
  const sheet = ss.insertSheet('Xuất');
  sheet.getRange(1, 1, 1, 3).setValues([['Tiêu đề', 'Số', 'Ghi chú']]);
  sheet.getRange(2, 1, 5, 3).setValues([
    ['\'=HYPERLINK("http://evil.example","bấm, nhé")', -5, "'+84 912 345 678"],
    ["'@SUM(1,2)", 3.5, "'-2+3"],
    ["'\tcmd", 0, 'Giúp bà cụ'],
    ['=1+1', -0.25, "'-5"],
    ['', 12, "'\r=1"],
  ]);
  return { ss, sheet };
}

describe('inert', () => {
  test('puts a single quote before text that starts with =, +, -, @, tab, CR or NUL', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\0']) expect(inert(`${lead}1+1`)).toBe(`'${lead}1+1`);
  });

  test('leaves other text alone, the quote included', () => {
    for (const text of ['', 'Giúp bà cụ', '0912345678', "'=1+1", ' =1+1', 'a=b', '2026-11-27'])
      expect(inert(text)).toBe(text);
  });
});

describe('sheetToCsv', () => {
  test('writes formula-like text and formulas as text, numbers (negative ones too) as numbers', () => {
    const { sheet } = hostileSheet();
    expect(sheet.getRange('A5').getFormula()).toBe('=1+1'); // a real formula, as a form answer "=1+1" becomes
    expect(sheetToCsv(sheet, 'Asia/Ho_Chi_Minh').split('\r\n')).toEqual([
      'Tiêu đề,Số,Ghi chú',
      `"'=HYPERLINK(""http://evil.example"",""bấm, nhé"")",-5,'+84 912 345 678`,
      `"'@SUM(1,2)",3.5,'-2+3`,
      "'\tcmd,0,Giúp bà cụ",
      "'=1+1,-0.25,'-5",
      `,12,"'\r=1"`,
    ]);
  });

  test('writeTabs writes the same text, a file per tab', () => {
    const { ss } = hostileSheet();
    const dir = mkdtempSync(path.join(tmpdir(), 'csv-'));
    try {
      const files = writeTabs(ss, dir);
      const file = files.find((f) => path.basename(f) === 'Xuất.csv');
      expect(file).toBeDefined();
      const text = readFileSync(file!, 'utf8');
      expect(text).toBe(`${sheetToCsv(ss.getSheetByName('Xuất')!, ss.getSpreadsheetTimeZone())}\r\n`);
      expect(text).toContain(`"'=HYPERLINK(`);
      expect(text).toContain("'=1+1,-0.25,'-5\r\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
