// The emulated Spreadsheet service behaves like Sheets: 1-based ranges, real error texts, value coercion, limits.
import { createRuntime, gas } from '../../local/runtime';

function fresh(spreadsheetLocale: 'en_US' | 'vi_VN' = 'vi_VN') {
  const rt = createRuntime({ spreadsheetLocale });
  const ss = rt.spreadsheet;
  const sheet = ss.insertSheet('Data');
  return { rt, ss, sheet };
}

describe('ranges', () => {
  it('are 1-based and reject rows, columns and sizes below 1 with the real messages', () => {
    const { sheet } = fresh();
    sheet.getRange(1, 1).setValue('first');
    expect(sheet.getRange('A1').getValue()).toBe('first');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('throws an Exception named like Apps Script errors', () => {
    const { sheet } = fresh();
    try {
      sheet.getRange(0, 1);
      throw new Error('no throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
    }
  });

  it('cannot reach past the sheet: code must insert rows or use appendRow', () => {
    const { sheet } = fresh();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange('A1001')).toThrow('Range not found');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1005, 1).setValue('x');
    expect(sheet.getLastRow()).toBe(1005);
  });

  it('reads A1 notation, open-ended ranges and offsets', () => {
    const { sheet } = fresh();
    const r = sheet.getRange('B2:D4');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 3, 3]);
    expect(r.getA1Notation()).toBe('B2:D4');
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('C:C').getNumRows()).toBe(1000);
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
  });
});

describe('getValues / setValues', () => {
  it('returns a fresh 2-D array with "" for empty cells', () => {
    const { sheet } = fresh();
    sheet.getRange('B2').setValue(5);
    const values = sheet.getRange('A1:B2').getValues();
    expect(values).toEqual([
      ['', ''],
      ['', 5],
    ]);
    values[1]![1] = 'changed';
    expect(sheet.getRange('B2').getValue()).toBe(5);
  });

  it('keeps numbers, booleans and Dates, returning a new Date each time', () => {
    const { sheet } = fresh();
    const d = new Date('2026-03-01T02:00:00Z');
    sheet.getRange(1, 1, 1, 3).setValues([[1.5, true, d]]);
    const first = sheet.getRange(1, 1, 1, 3).getValues()[0]!;
    expect(first[0]).toBe(1.5);
    expect(first[1]).toBe(true);
    expect(first[2]).toBeInstanceOf(Date);
    expect((first[2] as Date).getTime()).toBe(d.getTime());
    (first[2] as Date).setFullYear(1999);
    const second = sheet.getRange(1, 3).getValue() as Date;
    expect(second).not.toBe(first[2]);
    expect(second.getTime()).toBe(d.getTime());
  });

  it('rejects a wrongly shaped array with the real messages and changes nothing', () => {
    const { sheet } = fresh();
    const range = sheet.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('getLastRow / getLastColumn / getDataRange follow the content', () => {
    const { sheet } = fresh();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C5').setValue('x');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.getRange('C5').clearContent();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('strings are coerced like typed input', () => {
  function written(value: unknown, format?: string, locale: 'en_US' | 'vi_VN' = 'vi_VN') {
    const { sheet } = fresh(locale);
    const cell = sheet.getRange('A1');
    if (format) cell.setNumberFormat(format);
    cell.setValue(value);
    return { value: cell.getValue(), formula: cell.getFormula(), display: cell.getDisplayValue() };
  }

  it('turns number-like strings into numbers (leading zeros are lost)', () => {
    expect(written('0912345678').value).toBe(912345678);
    expect(written('+84').value).toBe(84);
    expect(written('-5').value).toBe(-5);
    expect(written('1e3').value).toBe(1000);
    expect(written('12.5').value).toBe(12.5);
    expect(written('12.5').display).toBe('12,5');
    expect(written('12,5').value).toBe(12.5); // the vi_VN decimal mark
  });

  it('reads and shows dates and numbers in the spreadsheet locale: en_US is month first, "." decimal', () => {
    // https://developers.google.com/apps-script/guides/triggers/events shows e.values as '6/7/2015 20:54:13'.
    expect((written('11/5/2026', undefined, 'en_US').value as Date).toISOString()).toBe('2026-11-04T17:00:00.000Z');
    expect((written('11/5/2026', undefined, 'vi_VN').value as Date).toISOString()).toBe('2026-05-10T17:00:00.000Z');
    expect(written('27/11/2026', undefined, 'en_US').value).toBe('27/11/2026'); // no 27th month: stays text
    expect(written('2026-05-11', undefined, 'en_US').display).toBe('5/11/2026');
    expect(written(new Date('2026-11-27T02:05:09Z'), undefined, 'en_US').display).toBe('11/27/2026 9:05:09');
    expect(written(new Date('2026-11-27T02:05:09Z'), undefined, 'vi_VN').display).toBe('27/11/2026 9:05:09');
    expect(written(1234.5, '#,##0.00', 'en_US').display).toBe('1,234.50');
    expect(written('12,5', undefined, 'en_US').value).toBe('12,5');
    expect(written(12.5, undefined, 'en_US').display).toBe('12.5');
  });

  it('keeps text after a leading apostrophe, and anything in a plain-text (@) cell', () => {
    expect(written("'0912345678").value).toBe('0912345678');
    expect(written('0912345678', '@').value).toBe('0912345678');
    expect(written('2026-11-27', '@').value).toBe('2026-11-27');
  });

  it('treats a leading = as a formula, even in a text cell; unknown formulas read #NAME?', () => {
    const sum = written('=SUM(A2:A9)');
    expect(sum.formula).toBe('=SUM(A2:A9)');
    expect(sum.value).toBe('#NAME?');
    expect(written('=1+1', '@').formula).toBe('=1+1');
    expect(written('=HYPERLINK("https://x.test","mở")').value).toBe('mở');
  });

  it('parses ISO and vi_VN dates into Dates at midnight in the sheet time zone, and TRUE/FALSE', () => {
    const iso = written('2026-11-27').value as Date;
    expect(iso).toBeInstanceOf(Date);
    expect(iso.toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect((written('27/11/2026').value as Date).toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(written('2026-11-27').display).toBe('27/11/2026');
    expect(written('TRUE').value).toBe(true);
    expect(written('hello 12').value).toBe('hello 12');
  });

  it('refuses more than 50,000 characters in a cell with the real message', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  it('formats display values with number formats', () => {
    expect(written(1234.5, '#,##0.00').display).toBe('1.234,50');
    expect(written(0.25, '0%').display).toBe('25%');
    expect(written(new Date('2026-01-31T16:30:00Z'), 'dd/mm/yyyy hh:mm').display).toBe('31/01/2026 23:30');
  });
});

describe('sheets and the spreadsheet', () => {
  it('starts with one default sheet and knows its id, url, time zone and locale', () => {
    const rt = createRuntime();
    const ss = rt.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Trang tính1']);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    // A new spreadsheet takes its creator's locale, not the campaign's: en_US unless the runtime says otherwise.
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(createRuntime({ spreadsheetLocale: 'vi_VN' }).spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
    ss.setSpreadsheetLocale('vi_VN');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(() => ss.setSpreadsheetLocale('fr_FR')).toThrow('not emulated');
    expect(ss.getName()).toBe('Mỗi tuần làm một việc tốt');
  });

  it('refuses a duplicate sheet name with the real message', () => {
    const { ss, sheet } = fresh();
    expect(() => ss.insertSheet('Data')).toThrow(
      'A sheet with the name "Data" already exists. Please enter another name.',
    );
    const other = ss.insertSheet('Other', 0);
    expect(ss.getSheets()[0]!.getName()).toBe('Other');
    expect(() => other.setName('Data')).toThrow('already exists');
    ss.deleteSheet(sheet);
    expect(ss.getSheetByName('Data')).toBeNull();
  });

  it('appendRow writes after the last row and grows a full sheet', () => {
    const { sheet } = fresh();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['a', '007', 3]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 3).getValues()).toEqual([['a', 7, 3]]);
  });

  it('inserts and deletes rows, moving the data', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([1, '', '', 2, 3]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual([1, 2, 3]);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('enforces the 10,000,000-cell limit', () => {
    const { sheet } = fresh();
    expect(() => sheet.insertRowsAfter(1, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  it('finds ids with a TextFinder in one call', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B3').setValues([
      ['id', 'name'],
      ['R-1', 'An'],
      ['R-10', 'Bình'],
    ]);
    const exact = sheet.createTextFinder('r-1').matchEntireCell(true).findNext();
    expect(exact?.getA1Notation()).toBe('A2');
    expect(
      sheet
        .createTextFinder('R-1')
        .matchCase(true)
        .findAll()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A2', 'A3']);
    expect(sheet.createTextFinder('nobody').findNext()).toBeNull();
    const finder = sheet.createTextFinder('R-1');
    expect(finder.findNext()?.getRow()).toBe(2);
    expect(finder.findNext()?.getRow()).toBe(3);
    expect(finder.findNext()).toBeNull();
  });

  it('records a dropdown and rejects invalid input when the rule says so', () => {
    const { rt, sheet } = fresh();
    const rule = gas(rt)
      .SpreadsheetApp.newDataValidation()
      .requireValueInList(['Có', 'Không'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    expect(sheet.getRange('A5').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Có', 'Không']);
    sheet.getRange('A2').setValue('Có');
    expect(() => sheet.getRange('A3').setValue('Maybe')).toThrow('violates the data validation rules');
  });

  it('records charts and protections', () => {
    const { rt, sheet } = fresh();
    const Charts = rt.globals.Charts as { ChartType: Record<string, unknown> };
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE as never)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'T')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A1:B5');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toHaveLength(0);
    const p = sheet.protect().setDescription('locked').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
  });

  it('says "not emulated" for Apps Script methods it does not have', () => {
    const { sheet } = fresh();
    const range = sheet.getRange('A1') as unknown as { setBorder(...a: unknown[]): void };
    expect(() => range.setBorder(true, true, true, true, null, null)).toThrow(
      'not emulated: Spreadsheet.Range.setBorder',
    );
  });
});

describe('storage', () => {
  it('holds and reads back a large block whole', () => {
    const { sheet } = fresh();
    const rows = 20_000;
    sheet.insertRowsAfter(1000, rows);
    sheet.insertColumnsAfter(26, 9);
    const data = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 35 }, (_, c) => (c === 0 ? `ID-${r}` : r * c)),
    );
    sheet.getRange(1, 1, rows, 35).setValues(data);
    const back = sheet.getRange(1, 1, rows, 35).getValues();
    expect(back[rows - 1]![0]).toBe(`ID-${rows - 1}`);
    expect(back[rows - 1]![34]).toBe((rows - 1) * 34);
    expect(sheet.getLastRow()).toBe(rows);
    // How fast the emulator holds it is the bench's business (shared machines): no wall-clock bound here.
  });
});

describe('large sheets', () => {
  it('inserts 250,000 rows above existing data in one call', () => {
    const rt = createRuntime();
    const sheet = gas(rt).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:A2').setValues([['đầu'], ['cuối']]);
    sheet.insertRowsBefore(2, 250_000);
    expect(sheet.getLastRow()).toBe(250_002);
    expect(sheet.getRange(250_002, 1).getValue()).toBe('cuối');
  });
});
