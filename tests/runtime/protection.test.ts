// The emulator's protections (local/runtime/protection.ts): stricter than Sheets, never kinder.
import { createRuntime, gas } from '../../local/runtime';
import { PROTECTED_CELL } from '../../local/runtime/protection';

const OWNER = 'owner@example.org';
const STAFF = 'staff@example.org';
const OTHER = 'other@example.org';

function fresh() {
  const rt = createRuntime({ user: OWNER });
  const { SpreadsheetApp } = gas(rt);
  const sheet = rt.spreadsheet.insertSheet('T');
  sheet.getRange('A1:C3').setValues([
    ['a', 'b', 'c'],
    ['1', '2', '3'],
    ['4', '5', '6'],
  ]);
  return { rt, sheet, types: SpreadsheetApp.ProtectionType };
}

const as = <T>(rt: ReturnType<typeof fresh>['rt'], user: string, fn: () => T): T => {
  rt.setUser(user);
  try {
    return fn();
  } finally {
    rt.setUser(OWNER);
  }
};

describe('protections', () => {
  it('a new protection mirrors the file (open to every editor) until an editor is removed', () => {
    const { rt, sheet } = fresh();
    const p = sheet.protect();
    as(rt, OTHER, () => sheet.getRange('A2').setValue('x'));
    p.addEditor(STAFF); // adding alone keeps everyone
    as(rt, OTHER, () => sheet.getRange('A2').setValue('y'));
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]); // the owner (and the caller) stay
    expect(() => as(rt, OTHER, () => sheet.getRange('A2').setValue('z'))).toThrow(PROTECTED_CELL);
    expect(sheet.getRange('A2').getValue()).toBe('y');
    as(rt, STAFF, () => expect(p.canEdit()).toBe(false));
    p.addEditor(STAFF);
    as(rt, STAFF, () => sheet.getRange('A2').setValue('z'));
    expect(sheet.getRange('A2').getValue()).toBe('z');
  });

  it('refuses a person, a script as them, appends, clears, row and column changes and renames; warning-only lets all by', () => {
    const { rt, sheet } = fresh();
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    const refused = [
      () => sheet.getRange('B2').setValue('x'),
      () => sheet.getRange('B2:C3').clearContent(),
      () => sheet.appendRow(['x']),
      () => sheet.deleteRow(2),
      () => sheet.insertRowBefore(2),
      () => sheet.insertColumnsAfter(1, 1),
      () => sheet.deleteColumns(2, 1),
      () => sheet.setName('U'),
      () => p.remove(),
      () => p.addEditor(OTHER),
    ];
    for (const act of refused) expect(() => as(rt, OTHER, act)).toThrow(PROTECTED_CELL);
    expect(() => rt.userEdit('T', 'B2', 'x', { user: OTHER })).toThrow(PROTECTED_CELL);
    expect(sheet.getRange('A1:C3').getValues()[1]).toEqual([1, 2, 3]);
    p.setWarningOnly(true);
    as(rt, OTHER, () => sheet.getRange('B2').setValue('x'));
    expect(rt.userEdit('T', 'C2', 'y', { user: OTHER })[0]?.error).toBeUndefined();
  });

  it('a range protection covers its cells only (whole columns as rows are added), listed by type', () => {
    const { rt, sheet, types } = fresh();
    const p = sheet.getRange(1, 2, sheet.getMaxRows(), 1).protect().setDescription('B');
    p.removeEditors(p.getEditors());
    as(rt, OTHER, () => sheet.getRange('A2').setValue('x'));
    expect(() => as(rt, OTHER, () => sheet.getRange('A2:B2').setValues([['x', 'y']]))).toThrow(PROTECTED_CELL);
    sheet.insertRowsAfter(sheet.getMaxRows(), 5); // the owner grows the sheet
    expect(() => as(rt, OTHER, () => sheet.getRange(sheet.getMaxRows(), 2).setValue('x'))).toThrow(PROTECTED_CELL);
    expect(sheet.getProtections(types.RANGE).map((r) => r.getDescription())).toEqual(['B']);
    expect(sheet.getProtections(types.SHEET)).toEqual([]);
    expect(p.getProtectionType()).toBe(types.RANGE);
  });
});

describe('a range protection follows its cells (Protection.getRange, as in Sheets)', () => {
  const rangeOf = (sheet: ReturnType<typeof fresh>['sheet'], types: ReturnType<typeof fresh>['types']) =>
    sheet
      .getProtections(types.RANGE)
      .map((p) => p.getRange().getA1Notation())
      .join();

  it('moves with columns and rows inserted or deleted before it, grows and shrinks with those inside it', () => {
    const { rt, sheet, types } = fresh();
    sheet.getRange('B2:C3').protect().removeEditors([STAFF, OTHER]);
    sheet.insertColumnsAfter(1, 2); // before B: B:C → D:E
    expect(rangeOf(sheet, types)).toBe('D2:E3');
    sheet.insertColumnsAfter(4, 1); // between D and E: the range grows
    expect(rangeOf(sheet, types)).toBe('D2:F3');
    sheet.insertRowsBefore(1, 1);
    expect(rangeOf(sheet, types)).toBe('D3:F4');
    sheet.deleteColumns(1, 4); // A:D, the range's first column with them
    expect(rangeOf(sheet, types)).toBe('A3:B4');
    // Still enforced where its cells went: an editor not listed cannot type there, and can beside it.
    expect(() => as(rt, OTHER, () => sheet.getRange('B4').setValue('x'))).toThrow(PROTECTED_CELL);
    as(rt, OTHER, () => sheet.getRange('C4').setValue('x'));
    sheet.deleteRows(3, 2); // every row it covered: the protection is gone
    expect(rangeOf(sheet, types)).toBe('');
  });
});
