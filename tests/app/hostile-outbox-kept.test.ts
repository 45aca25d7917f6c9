// A notice «Hộp thư đi» refused while a person had changed its header (issue 13), through the bundle: kept, queued by
// the hourly sweep once the header is put back, sent once — never lost, never twice.
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, deliverNotices, runTrigger, submitAnswers } from '../../local/flows';
import { OUTBOX } from '../../src/domain/tabs';
import { GOOD, freshAddOn, okValue, review, tabRows } from '../helpers';

const outbox = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(OUTBOX.name)!;
const header = (addOn: AddOn, text: string) => {
  addOn.runtime.setUser(ADMIN);
  outbox(addOn)
    .getRange(1, OUTBOX.col.subject + 1)
    .setValue(text);
};
const toUnit = (addOn: AddOn, subject: RegExp) =>
  addOn.runtime.mail.sent.filter((m) => m.to.includes(GOOD.email) && subject.test(m.subject));

describe('a notice the drifted outbox refused', () => {
  it('a receipt is kept, queued by the sweep once the header is back, and sent once', () => {
    const addOn = freshAddOn();
    header(addOn, 'Tiêu đề thư');
    const id = submitAnswers(addOn, GOOD).id!;
    deliverNotices(addOn);
    expect(toUnit(addOn, new RegExp(id))).toHaveLength(0);
    runTrigger(addOn, 'sweepResponses'); // still drifted: kept, not lost, not queued
    expect(tabRows(addOn, OUTBOX.name)).toHaveLength(0);

    header(addOn, OUTBOX.headers[OUTBOX.col.subject]!);
    runTrigger(addOn, 'sweepResponses');
    deliverNotices(addOn);
    expect(toUnit(addOn, new RegExp(id))).toHaveLength(1);
    runTrigger(addOn, 'sweepResponses');
    deliverNotices(addOn);
    runTrigger(addOn, 'sendQueuedMail');
    expect(toUnit(addOn, new RegExp(id))).toHaveLength(1);
    expect(tabRows(addOn, OUTBOX.name)).toHaveLength(2); // the typed address and the unit's own
  });

  it('a reviewer’s request for more information is kept too: the review goes through, the unit is asked once', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    deliverNotices(addOn);
    const before = addOn.runtime.mail.sent.length;
    header(addOn, 'Tiêu đề thư');
    addOn.runtime.setUser(REVIEWER);
    const asked = review(addOn, id, { kind: 'request_info', message: 'Xin bổ sung ảnh minh chứng.' });
    expect(okValue(asked).status).toBe('can_bo_sung');
    header(addOn, OUTBOX.headers[OUTBOX.col.subject]!);
    runTrigger(addOn, 'sweepResponses');
    deliverNotices(addOn);
    runTrigger(addOn, 'sweepResponses');
    deliverNotices(addOn);
    const mails = addOn.runtime.mail.sent.slice(before).filter((m) => m.to.includes(GOOD.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('Xin bổ sung ảnh minh chứng.');
  });
});
