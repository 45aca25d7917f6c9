// A person's filter on «Việc tốt» (issue 13), through the bundle: rows hidden by it — which TextFinder does not find
// in the emulator's stricter reading — then intake, a reviewer's action, the monthly and weekly jobs, the archive; a
// sort through the filter. The right result every time: no deed recorded twice, none left out of a report.
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import { SAMPLE_UNITS } from '../../local/demo';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows, titledAnswers } from '../helpers';
import { WEEKLY_HANDLER, figure, fire, monthlyAt, putDeeds, sheetAt } from './reporting-fixtures';
import { acceptedInClosedYear } from './hostile-fixtures';

const unitColumn = DEED.col.unitName + 1;
/** A reviewer filters «Việc tốt» to hide a unit's rows, as the Sheets UI does. */
const hideUnit = (addOn: AddOn, unit: string) =>
  addOn.runtime.userFilter(DEED.name, { hide: { [unitColumn]: [unit] } }, { user: REVIEWER });
const deeds = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;

describe('a filter hiding rows of «Việc tốt»', () => {
  it('a second delivery of a response whose deed is hidden is still recognised: the deed is recorded once', () => {
    const addOn = freshAddOn();
    const fired = addOn.runtime.submitForm(addOn.runtime.forms[0]!, titledAnswers());
    hideUnit(addOn, GOOD.unit);
    expect(deeds(addOn).isRowHiddenByFilter(2)).toBe(true);
    const again = addOn.runtime.triggers.fire(fired[0]!.trigger, fired[0]!.event);
    expect(again.result).toEqual(expect.objectContaining({ status: 'duplicate' }));
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('a reviewer opens and accepts a hidden deed; a new submission lands below, found again', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    hideUnit(addOn, GOOD.unit);
    expect(okValue(review(addOn, id, { kind: 'accept' })).status).toBe('da_duyet');
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    expect(getDeed(addOn, second).status).toBe('moi');
    expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.status])).toEqual(['Đã duyệt', 'Mới']);
  });

  it('the monthly summary counts the hidden deeds', () => {
    const addOn = sheetAt('2026-11-20T09:00:00+07:00');
    putDeeds(addOn, [{ doneOn: '2026-11-03', unit: 0 }, { doneOn: '2026-11-04', unit: 1 }, { doneOn: '2026-11-05' }]);
    hideUnit(addOn, SAMPLE_UNITS[0]!.name);
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(figure(addOn, 'Tổng hợp 11/2026', 'Việc tốt trong tháng')).toBe(3);
    expect(figure(addOn, 'Tổng hợp 11/2026', 'Đã duyệt')).toBe(3);
  });

  it('the weekly digest names the hidden radio picks', () => {
    const addOn = sheetAt('2026-11-23T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-11-24', unit: 0, title: 'Sửa nhà cho cụ bà neo đơn', radioWeek: '2026-W49' },
      { doneOn: '2026-11-25', unit: 1, title: 'Trả lại ví nhặt được', radioWeek: '2026-W49' },
    ]);
    hideUnit(addOn, SAMPLE_UNITS[0]!.name);
    addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    const digest = addOn.runtime.mail.sent.find((m) => m.to.includes(REVIEWER) && m.subject.includes('Bản tin'))!;
    expect(digest.subject).toContain('2/2 mô hình phát thanh');
    expect(digest.htmlBody).toContain('Sửa nhà cho cụ bà neo đơn');
  });

  it('the archive moves the closed year’s hidden deed out and keeps this year’s', () => {
    const { addOn, id } = acceptedInClosedYear();
    hideUnit(addOn, SAMPLE_UNITS[1]!.name);
    addOn.runtime.setUser(ADMIN);
    addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '2025' });
    addOn.call('menuArchiveYear');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã chuyển 1 việc tốt năm 2025');
    expect(tabRows(addOn, DEED.name).map((r) => r[DEED.col.id])).toEqual([id]);
  });
});

describe('a sort through the filter', () => {
  it('moves rows between the sidebar’s read and the review: the review writes the deed it names', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD).id!;
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    const hint = getDeed(addOn, first).row;
    addOn.runtime.userFilter(DEED.name, { sortBy: { column: DEED.col.title + 1, ascending: false } }, { user: ADMIN });
    expect(
      deeds(addOn)
        .getRange(hint, DEED.col.id + 1)
        .getValue(),
    ).toBe(second);
    const stale = { id: first, row: hint, version: 1, action: { kind: 'accept' } };
    expect(okValue(sidebarCall<{ id: string }>(addOn, REVIEWER, 'reviewDeed', stale)).id).toBe(first);
    expect(getDeed(addOn, first).status).toBe('da_duyet');
    expect(getDeed(addOn, second).status).toBe('moi');
  });
});
