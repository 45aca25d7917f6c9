// A person tidying «Việc tốt» by hand (issue 13), through the bundle: a column inserted, moved or renamed, rows
// sorted, a tab renamed — then intake, review, the monthly and weekly jobs and the archive. Either the right result
// or a refusal with an incident: never a value in the wrong column, never a lost deed, never an email twice.
import type { AddOn } from '../../local/addon';
import { ADMIN, LEADER, REVIEWER, runTrigger, submitAnswers } from '../../local/flows';
import { DEED, INCIDENTS, PENDING } from '../../src/domain/tabs';
import * as MSG_STRUCTURE_GUARD from '../../src/shared/messages/structureGuard';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';
import { WEEKLY_HANDLER, fire, monthlyAt, putDeeds } from './reporting-fixtures';

const deeds = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
const guardIncidents = (addOn: AddOn) => tabRows(addOn, INCIDENTS.name).filter((r) => r[1] === MSG_STRUCTURE_GUARD.job);
const emailColumn = DEED.col.email + 1;

/** An admin (who may change the tab's columns) inserts a column before «Email liên hệ» and types a header in it. */
function insertColumn(addOn: AddOn): void {
  addOn.runtime.setUser(ADMIN);
  deeds(addOn).insertColumnsAfter(emailColumn - 1, 1);
  deeds(addOn).getRange(1, emailColumn).setValue('Ghi chú riêng');
}

describe('a column inserted in «Việc tốt»', () => {
  it('review, intake, the monthly job and the sidebar refuse, with an incident; nothing lands in a wrong column', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const row = getDeed(addOn, id).row;
    insertColumn(addOn);
    const before = deeds(addOn).getRange(row, 1, 1, deeds(addOn).getLastColumn()).getValues()[0];

    const accept = { id, row, version: 1, action: { kind: 'accept' } };
    const refused = sidebarCall(addOn, REVIEWER, 'reviewDeed', accept);
    expect(refused).toEqual(expect.objectContaining({ ok: false, code: 'rule' }));
    expect(!refused.ok && refused.error).toContain('Việc tốt');
    expect(sidebarCall(addOn, ADMIN, 'getDeed', { id })).toEqual(expect.objectContaining({ ok: false }));
    expect(deeds(addOn).getRange(row, 1, 1, deeds(addOn).getLastColumn()).getValues()[0]).toEqual(before);

    // A new submission is not written by position: it waits in «Chờ xử lý», whole.
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' });
    expect(second.status).toBe('queued');
    expect(tabRows(addOn, PENDING.name)).toHaveLength(1);
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);

    // The monthly job reads by position too: it stops, and leadership gets no email built from wrong columns.
    expect(monthlyAt(addOn, '2026-12-04T07:00:00+07:00').error).toBeDefined();
    expect(addOn.runtime.mail.sent.filter((m) => m.to.includes(LEADER))).toEqual([]);
    expect(guardIncidents(addOn).length).toBeGreaterThanOrEqual(3);
    expect(String(guardIncidents(addOn)[0]![3])).toContain('Ghi chú riêng');

    // Put back: the column deleted. The waiting submission is recorded, the review goes through, the report is sent once.
    addOn.runtime.setUser(ADMIN);
    deeds(addOn).deleteColumns(emailColumn, 1);
    runTrigger(addOn, 'retryPending');
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
    expect(okValue(review(addOn, id, { kind: 'accept' })).status).toBe('da_duyet');
    expect(monthlyAt(addOn, '2026-12-04T08:00:00+07:00').error).toBeUndefined();
    expect(monthlyAt(addOn, '2026-12-04T09:00:00+07:00').error).toBeUndefined();
    expect(addOn.runtime.mail.sent.filter((m) => m.to.includes(LEADER))).toHaveLength(1);
  });

  it('a header renamed is refused the same way; columns added on the right are the people’s own', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const accept = { id, row: getDeed(addOn, id).row, version: 1, action: { kind: 'accept' } };
    addOn.runtime.setUser(ADMIN);
    deeds(addOn)
      .getRange(1, DEED.col.details + 1)
      .setValue('SĐT');
    expect(sidebarCall(addOn, REVIEWER, 'reviewDeed', accept)).toEqual(
      expect.objectContaining({ ok: false, code: 'rule' }),
    );
    deeds(addOn)
      .getRange(1, DEED.col.details + 1)
      .setValue(DEED.headers[DEED.col.details]!);
    const right = deeds(addOn).getMaxColumns();
    deeds(addOn).insertColumnsAfter(right, 1);
    deeds(addOn)
      .getRange(1, right + 1)
      .setValue('Ghi chú của tôi');
    expect(okValue(review(addOn, id, { kind: 'accept' })).status).toBe('da_duyet');
  });
});

describe('a column inserted, then the weekly job and the archive', () => {
  it('both refuse: no digest built from wrong columns, no row deleted, each an incident', () => {
    const addOn = freshAddOn();
    putDeeds(addOn, [
      { doneOn: '2025-06-03', unit: 1 },
      { doneOn: '2026-11-24', unit: 0 },
    ]);
    insertColumn(addOn);
    addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    const sentBefore = addOn.runtime.mail.sent.length;
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeDefined();
    // Only the admin is told (the job's failure; the ladder's pass runs later, from its own trigger, and refuses
    // the same way); no digest or reminder went out.
    expect(addOn.runtime.mail.sent.slice(sentBefore).map((m) => m.to)).toEqual([ADMIN]);
    addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '2025' });
    addOn.call('menuArchiveYear');
    expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toContain('Tiện ích không đọc, ghi tab này');
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
    expect(guardIncidents(addOn).length).toBeGreaterThanOrEqual(2);
  });
});

describe('rows sorted by hand', () => {
  it('a review after a sort writes the deed it names, found by id', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD).id!;
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    const hint = getDeed(addOn, first).row;
    addOn.runtime.setUser(ADMIN);
    const body = deeds(addOn).getRange(2, 1, 2, DEED.width);
    body.setValues(body.getValues().reverse()); // what a sort Z→A does to the cells
    const stale = { id: first, row: hint, version: 1, action: { kind: 'accept' } }; // the row the sidebar had
    expect(okValue(sidebarCall<{ id: string }>(addOn, REVIEWER, 'reviewDeed', stale)).id).toBe(first);
    expect(getDeed(addOn, first).status).toBe('da_duyet');
    expect(getDeed(addOn, second).status).toBe('moi');
  });
});
