// The meter counts every call and models its cost: Sheets calls in a loop must look expensive.
import { LATENCY, SHEETS_ROUND_TRIPS, createRuntime, loadBundle, callEntry } from '../../local/runtime';

const BUNDLE = `
function loop(n) {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  for (var i = 1; i <= n; i++) sheet.getRange(i, 1).setValue(i);
}
function batch(n) {
  var rows = [];
  for (var i = 1; i <= n; i++) rows.push([i]);
  SpreadsheetApp.getActive().getActiveSheet().getRange(1, 1, n, 1).setValues(rows);
}
function readWriteLoop(n) {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  for (var i = 1; i <= n; i++) sheet.getRange(i, 2).setValue(sheet.getRange(i, 1).getValue());
}
function readAll() { return SpreadsheetApp.getActive().getActiveSheet().getDataRange().getValues().length; }
`;

function boot() {
  const rt = createRuntime();
  const fns = loadBundle(rt, BUNDLE);
  return { rt, fns };
}

describe('meter', () => {
  it('counts calls per service and method, and by prefix', () => {
    const { rt, fns } = boot();
    callEntry(rt, fns, 'loop', 3);
    expect(rt.meter.snapshot().calls['Spreadsheet.Range.setValue']).toBe(3);
    expect(rt.meter.snapshot().calls['Spreadsheet.Sheet.getRange']).toBe(3);
    expect(rt.meter.count('Spreadsheet.Range')).toBe(3);
    expect(rt.meter.count('Spreadsheet')).toBe(3 + 3 + 2);
    expect(rt.meter.sheetsCalls()).toBe(3);
    expect(rt.meter.cellsWritten).toBe(3);
    rt.meter.reset();
    expect(rt.meter.count()).toBe(0);
    expect(rt.meter.estimateMs()).toBe(0);
  });

  it('makes 100 setValue calls cost far more than one setValues of 100 rows', () => {
    const a = boot();
    callEntry(a.rt, a.fns, 'loop', 100);
    const b = boot();
    callEntry(b.rt, b.fns, 'batch', 100);
    expect(a.rt.meter.sheetsCalls()).toBe(100);
    expect(b.rt.meter.sheetsCalls()).toBe(1);
    expect(a.rt.meter.estimateMs()).toBeGreaterThan(20 * b.rt.meter.estimateMs());
  });

  it('charges a flush and a cold read when reads follow writes', () => {
    const { rt, fns } = boot();
    callEntry(rt, fns, 'batch', 50);
    rt.meter.reset();
    callEntry(rt, fns, 'readWriteLoop', 50);
    // every read after a write commits the write cache and misses the look-ahead cache
    expect(rt.meter.estimateMs()).toBeGreaterThan(50 * (LATENCY.FLUSH_MS + LATENCY.READ_COLD_MS) * 0.9);
    expect(rt.meter.snapshot().breakdownMs['sheets.flush']).toBeGreaterThan(0);
  });

  it('makes reading a whole large sheet expensive by the cell', () => {
    const { rt, fns } = boot();
    const sheet = rt.spreadsheet.getActiveSheet();
    sheet.insertRowsAfter(1000, 49_000);
    sheet.getRange(1, 1, 50_000, 1).setValues(Array.from({ length: 50_000 }, (_, i) => [i]));
    rt.meter.reset();
    expect(callEntry(rt, fns, 'readAll')).toBe(50_000);
    expect(rt.meter.cellsRead).toBe(50_000);
    expect(rt.meter.estimateMs()).toBeGreaterThanOrEqual(50_000 * LATENCY.READ_PER_CELL_MS + LATENCY.READ_COLD_MS);
  });

  it('lists the round-trip methods explicitly, and getRange is not one', () => {
    expect(SHEETS_ROUND_TRIPS['Spreadsheet.Range.getValues']).toBe('read');
    expect(SHEETS_ROUND_TRIPS['Spreadsheet.Range.setValues']).toBe('write');
    expect(SHEETS_ROUND_TRIPS['Spreadsheet.Sheet.appendRow']).toBe('commit');
    expect(SHEETS_ROUND_TRIPS['Spreadsheet.Sheet.getRange']).toBeUndefined();
  });

  it('charges other services their own cost', () => {
    const rt = createRuntime();
    loadBundle(
      rt,
      `function mail() { MailApp.sendEmail('a@example.org', 's', 'b'); PropertiesService.getScriptProperties().setProperty('k', 'v'); }`,
    );
    rt.run('mail');
    const b = rt.meter.snapshot().breakdownMs;
    expect(b['Mail']).toBeGreaterThanOrEqual(1000);
    expect(b['Properties']).toBeGreaterThan(0);
  });
});
