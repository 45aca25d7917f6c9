// The Sheets advanced service fake: creates spreadsheets, writes RAW (text stays text), reaches only its own files.
import { createRuntime, loadBundle, callEntry } from '../../local/runtime';

const SCRIPT = `
function archive() {
  var made = Sheets.Spreadsheets.create({ properties: { title: 'Lưu trữ 2025' }, sheets: [{ properties: { title: 'Việc tốt' } }] });
  Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [{ range: "'Việc tốt'!A1", values: [['Mã', 'Tên'], ['VT-1', '=1+1'], ['VT-2', '0912']] }] }, made.spreadsheetId);
  return made.spreadsheetId;
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

  it('cannot reach a file it did not create (drive.file)', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, SCRIPT);
    expect(() => callEntry(rt, fns, 'foreign')).toThrow('Requested entity was not found.');
  });
});
