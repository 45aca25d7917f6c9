// Structure by name beyond «Việc tốt» (issue 13), through the bundle: a column inserted by hand into «Nhật ký» or
// «Hộp thư đi» stops what would write there by position, with an incident saying what changed; put back, the work
// goes through, once. (A receipt refused that way is not queued again: the incident says so.)
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, runTrigger, submitAnswers } from '../../local/flows';
import { AUDIT, DEED, INCIDENTS, OUTBOX } from '../../src/domain/tabs';
import * as MSG_STRUCTURE_GUARD from '../../src/shared/messages/structureGuard';
import { GOOD, freshAddOn, getDeed, okValue, review, rowsWithDeferred, sidebarCall, tabRows } from '../helpers';

const sheetOf = (addOn: AddOn, name: string) => addOn.runtime.spreadsheet.getSheetByName(name)!;
const guardIncidents = (addOn: AddOn) =>
  rowsWithDeferred(addOn, INCIDENTS.name, 'incident').filter((r) => r[1] === MSG_STRUCTURE_GUARD.job);

/** An admin inserts a column after the first and heads it. */
function insertColumn(addOn: AddOn, name: string): void {
  addOn.runtime.setUser(ADMIN);
  sheetOf(addOn, name).insertColumnsAfter(1, 1);
  sheetOf(addOn, name).getRange(1, 2).setValue('Cột riêng');
}
function putBack(addOn: AddOn, name: string): void {
  addOn.runtime.setUser(ADMIN);
  sheetOf(addOn, name).deleteColumns(2, 1);
}

describe('a column inserted in «Nhật ký»', () => {
  it('a review is refused (the deed unchanged, no audit row in a wrong column), told; put back, it goes through', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    insertColumn(addOn, AUDIT.name);
    const audit = auditRows(addOn);
    const refused = sidebarCall(addOn, REVIEWER, 'reviewDeed', { id, version: 1, action: { kind: 'accept' } });
    expect(refused).toEqual(expect.objectContaining({ ok: false }));
    expect(getDeed(addOn, id).status).toBe('moi');
    expect(auditRows(addOn)).toEqual(audit);
    expect(String(guardIncidents(addOn)[0]?.[3])).toContain('Cột riêng');
    expect(guardIncidents(addOn)[0]?.[2]).toBe(AUDIT.name);
    putBack(addOn, AUDIT.name);
    expect(okValue(review(addOn, id, { kind: 'accept' })).status).toBe('da_duyet');
    expect(auditRows(addOn).at(-1)?.slice(1, 4)).toEqual([REVIEWER, id, 'duyệt']);
  });
});

describe('a column inserted in «Hộp thư đi»', () => {
  it('a submission is kept, its receipt not written into the wrong columns (told); put back, mail goes once', () => {
    const addOn = freshAddOn();
    insertColumn(addOn, OUTBOX.name);
    const outbox = tabRows(addOn, OUTBOX.name);
    const sent = addOn.runtime.mail.sent.length;
    submitAnswers(addOn, GOOD);
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
    expect(tabRows(addOn, OUTBOX.name)).toEqual(outbox);
    expect(addOn.runtime.mail.sent.slice(sent).map((m) => m.to)).toEqual([]);
    expect(guardIncidents(addOn).map((r) => r[2])).toContain(OUTBOX.name);
    putBack(addOn, OUTBOX.name);
    submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' });
    runTrigger(addOn, 'sendQueuedMail');
    runTrigger(addOn, 'sendQueuedMail');
    const keys = addOn.runtime.mail.sent.slice(sent).map((m) => `${m.to}|${m.subject}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
