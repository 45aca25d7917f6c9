// The Sheets advanced service fake: creates spreadsheets, writes RAW (text stays text), reaches only its own files.
import { createRuntime, loadBundle, callEntry } from '../../local/runtime';

const SCRIPT = `
function archive() {
  var made = Sheets.Spreadsheets.create({ properties: { title: 'Lưu trữ 2025' }, sheets: [{ properties: { title: 'Việc tốt' } }] });
  Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Việc tốt'!A1", values: [['Mã', 'Tên'], ['VT-1', '=1+1'], ['VT-2', '0912']] }] }, made.spreadsheetId);
  return made.spreadsheetId;
}
function grid(rows, columns, range, height, width) {
  var tab = { title: 'T' };
  if (rows) tab.gridProperties = { rowCount: rows, columnCount: columns };
  var id = Sheets.Spreadsheets.create({ properties: { title: 'G' }, sheets: [{ properties: tab }] }).spreadsheetId;
  var values = [];
  for (var r = 0; r < height; r++) { values.push([]); for (var c = 0; c < width; c++) values[r].push('x'); }
  try {
    Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'T'!A1", values: [['first']] }, { range: range, values: values }] }, id);
    return 'ok';
  } catch (e) { return e.message; }
}
function readBack(range) {
  var id = archive();
  Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Việc tốt'!A5", values: [[7, true]] }] }, id);
  return Sheets.Spreadsheets.Values.get(id, range);
}
function foreign() { return Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [] }, 'someone-elses-file'); }
`;

describe('Sheets advanced service', () => {
  it('creates a spreadsheet and stores RAW values as they are', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, SCRIPT);
    const id = callEntry(rt, fns, 'archive') as string;
    expect(rt.archives.rows(id, 'Việc tốt')).toEqual([
      ['Mã', 'Tên'],
      ['VT-1', '=1+1'],
      ['VT-2', '0912'],
    ]);
    expect(rt.meter.snapshot().calls).toEqual(
      expect.objectContaining({ 'Sheets.Spreadsheets.create': 1, 'Sheets.Values.batchUpdate': 1 }),
    );
    expect(rt.meter.estimateMs()).toBe(600);
  });

  it('reads a range back as text, without trailing empty rows and cells, and no values when none is left', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, SCRIPT);
    expect(callEntry(rt, fns, 'readBack', "'Việc tốt'!A2:A9")).toEqual({
      range: "'Việc tốt'!A2:A9",
      values: [['VT-1'], ['VT-2'], [], ['7']],
    });
    expect(callEntry(rt, fns, 'readBack', "'Việc tốt'!C1:C9")).toEqual({ range: "'Việc tốt'!C1:C9" });
  });

  it('gives a new sheet 1,000 × 26 cells and refuses a write past its grid, whole', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, SCRIPT);
    const run = (...args: unknown[]) => callEntry(rt, fns, 'grid', ...args);
    const exceeds = (range: string, rows: number, columns: number) =>
      `API call to sheets.spreadsheets.values.batchUpdate failed with error: Range (${range}) exceeds grid limits. Max rows: ${rows}, max columns: ${columns}`;
    expect(run(0, 0, "'T'!A1000", 1, 26)).toBe('ok');
    expect(run(0, 0, "'T'!A2001", 1, 1)).toBe(exceeds("'T'!A2001", 1000, 26));
    expect(run(0, 0, "'T'!A2", 1000, 1)).toBe(exceeds("'T'!A2", 1000, 26)); // runs past the last row
    expect(run(0, 0, "'T'!B1", 1, 26)).toBe(exceeds("'T'!B1", 1000, 26)); // past column Z
    expect(run(2001, 27, "'T'!A2001", 1, 27)).toBe('ok');
    expect(run(5, 3, "'T'!A6", 1, 1)).toBe(exceeds("'T'!A6", 5, 3));
    const refused = [...rt.archives.files.keys()].at(-1)!;
    expect(rt.archives.rows(refused, 'T')).toEqual([]); // the request's first range was not written either
  });

  it('cannot reach a file it did not create (drive.file)', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, SCRIPT);
    expect(() => callEntry(rt, fns, 'foreign')).toThrow('Requested entity was not found.');
  });
});
