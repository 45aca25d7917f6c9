// The emulator's basic filters (local/runtime/filter.ts): what they hide, from whom, and how they move rows.
import { createRuntime, gas } from '../../local/runtime';
import { FILTER_EXISTS } from '../../local/runtime/filter';
import { PROTECTED_CELL } from '../../local/runtime/protection';

const OWNER = 'owner@example.org';
const OTHER = 'other@example.org';

function fresh() {
  const rt = createRuntime({ user: OWNER });
  const { SpreadsheetApp } = gas(rt);
  const sheet = rt.spreadsheet.insertSheet('T');
  sheet.getRange('A1:B5').setValues([
    ['key', 'unit'],
    ['k3', 'An Phú'],
    ['k1', 'Tân Thông'],
    ['k2', 'An Phú'],
    ['k4', ''],
  ]);
  return { rt, sheet, app: SpreadsheetApp };
}

describe('basic filters', () => {
  it('hide rows from TextFinder only: getValues, getLastRow and writes still see them (the stricter reading)', () => {
    const { sheet, app } = fresh();
    const filter = sheet.getRange('A1:B5').createFilter();
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['An Phú']).build());
    expect([2, 3, 4, 5].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([true, false, true, false]);
    expect(sheet.getRange('A:A').createTextFinder('k3').findNext()).toBeNull();
    expect(
      sheet
        .getRange('A:A')
        .createTextFinder('k')
        .findAll()
        .map((r) => r.getRow()),
    ).toEqual([1, 3, 5]);
    expect(sheet.getRange('A2:A5').getValues().flat()).toEqual(['k3', 'k1', 'k2', 'k4']);
    expect(sheet.getLastRow()).toBe(5);
    sheet.getRange('A2').setValue('k3b');
    expect(sheet.getRange('A2').getValue()).toBe('k3b');
    expect(sheet.getFilter()!.getColumnFilterCriteria(2)!.getHiddenValues()).toEqual(['An Phú']);
    filter.removeColumnFilterCriteria(2);
    expect(sheet.getRange('A:A').createTextFinder('k3b').findNext()?.getRow()).toBe(2);
  });

  it('a condition shows only the rows meeting it; one filter a sheet; remove ends it', () => {
    const { sheet, app } = fresh();
    const filter = sheet.getRange('A1:B5').createFilter();
    expect(() => sheet.getRange('A1:A2').createFilter()).toThrow(FILTER_EXISTS);
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().whenCellEmpty().build());
    expect([2, 3, 4, 5].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([true, true, true, false]);
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().whenTextEqualTo('Tân Thông').build());
    expect([2, 3, 4, 5].map((r) => sheet.isRowHiddenByFilter(r))).toEqual([true, false, true, true]);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:B5');
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.isRowHiddenByFilter(2)).toBe(false);
    expect(() => filter.removeColumnFilterCriteria(2)).toThrow('removed');
  });

  it('sorts the rows below the header, each row whole, blanks last; follows a deleted row', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B5').createFilter().sort(2, true);
    expect(sheet.getRange('A1:B5').getValues()).toEqual([
      ['key', 'unit'],
      ['k3', 'An Phú'],
      ['k2', 'An Phú'],
      ['k1', 'Tân Thông'],
      ['k4', ''],
    ]);
    sheet.getFilter()!.sort(1, false);
    expect(sheet.getRange('A2:A5').getValues().flat()).toEqual(['k4', 'k3', 'k2', 'k1']);
    sheet.deleteRows(2, 1);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:B4');
  });

  it('a person filters and sorts by hand; a protection that does not list them refuses the sort', () => {
    const { rt, sheet } = fresh();
    rt.userFilter('T', { hide: { 2: ['Tân Thông'] } }, { user: OTHER });
    expect(sheet.isRowHiddenByFilter(3)).toBe(true);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:B5');
    sheet.protect().removeEditors([OTHER]);
    expect(() => rt.userFilter('T', { sortBy: { column: 1 } }, { user: OTHER })).toThrow(PROTECTED_CELL);
    rt.userFilter('T', { sortBy: { column: 1 } });
    expect(sheet.getRange('A2:A5').getValues().flat()).toEqual(['k1', 'k2', 'k3', 'k4']);
    rt.userFilter('T', { remove: true });
    expect(sheet.getFilter()).toBeNull();
  });
});
