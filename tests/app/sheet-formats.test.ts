// What people read in the Sheet (issue 14): dates as dd/MM/yyyy in every owned tab, recognitions as checkboxes —
// set at set-up over every row, kept by the hourly sweep on the rows the Sheet grew since, with spare rows ready.
import type { AddOn } from '../../local/addon';
import { submitAnswers } from '../../local/flows';
import { AUDIT, DEED } from '../../src/domain/tabs';
import { columnLetter } from '../../src/domain/structure';
import { GOOD, freshAddOn, getDeed, okValue, review } from '../helpers';

const deedSheet = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
const criteria = (addOn: AddOn, row: number, key: keyof typeof DEED.col) =>
  deedSheet(addOn)
    .getRange(row, DEED.col[key] + 1)
    .getDataValidation()
    ?.getCriteriaType()
    .toString() ?? null;

describe('dates and checkboxes in the Sheet', () => {
  it('shows a deed’s days as dd/MM/yyyy and its moments with the time, in «Việc tốt» and «Nhật ký»', () => {
    const addOn = freshAddOn();
    const { id } = submitAnswers(addOn, { ...GOOD, doneOn: '2026-11-05' });
    okValue(review(addOn, id!, { kind: 'accept' }));
    const shown = deedSheet(addOn).getRange(2, 1, 1, DEED.width).getDisplayValues()[0]!;
    expect(shown[DEED.col.doneOn]).toBe('05/11/2026');
    expect(shown[DEED.col.receivedAt]).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d$/);
    expect(shown[DEED.col.reviewedAt]).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d$/);
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    expect(audit.getRange(2, AUDIT.col.at + 1).getDisplayValue()).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d$/);
  });

  it('the field flag is a checkbox that holds true/false; the recognitions are two text cells with no checkbox', () => {
    const addOn = freshAddOn();
    const { id } = submitAnswers(addOn, GOOD);
    expect(criteria(addOn, 2, 'flagged')).toBe('CHECKBOX');
    expect([criteria(addOn, 2, 'honours'), criteria(addOn, 2, 'media')]).toEqual([null, null]);
    okValue(review(addOn, id!, { kind: 'accept' }));
    okValue(review(addOn, id!, { kind: 'mark', recognition: 'thu_khen', on: true }));
    expect(
      deedSheet(addOn)
        .getRange(2, DEED.col.honours + 1)
        .getValue(),
    ).toBe('Thư khen');
    expect(getDeed(addOn, id!).recognitions).toContain('thu_khen');
    // A value that is not a boolean is refused in a checkbox cell.
    expect(() =>
      deedSheet(addOn)
        .getRange(2, DEED.col.flagged + 1)
        .setValue('x'),
    ).toThrow(/data validation/);
  });

  it('a person may tick the field flag’s box but not type something else into it', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, GOOD);
    const cell = `${columnLetter(DEED.col.flagged + 1)}2`;
    expect(() => addOn.runtime.userEdit(DEED.name, cell, 'x')).toThrow(/data validation/);
    expect(deedSheet(addOn).getRange(cell).getValue()).toBe(false);
    addOn.runtime.userEdit(DEED.name, cell, true);
    expect(deedSheet(addOn).getRange(cell).getValue()).toBe(true);
  });

  it('rows the Sheet grew since set-up get their formats from the hourly sweep, with spare rows kept below', () => {
    const addOn = freshAddOn();
    const sheet = deedSheet(addOn);
    const before = sheet.getMaxRows();
    sheet.insertRowsAfter(before, 600); // as appendRow grows a full sheet, one bare row at a time
    expect(criteria(addOn, before + 300, 'flagged')).toBeNull();
    addOn.runtime.clock.advance(3600_000);
    addOn.runtime.triggers.runDue();
    expect(criteria(addOn, before + 300, 'flagged')).toBe('CHECKBOX');
    expect(sheet.getRange(before + 300, DEED.col.doneOn + 1).getNumberFormat()).toBe('dd/mm/yyyy');
    expect(sheet.getMaxRows()).toBe(before + 600); // enough spare rows already: none added
  });
});
