// The units' notices leave the submission's execution (issue 12): queued in «Hộp thư đi» with the deed, sent a minute
// later by the one-time trigger `sendNotices`, which asks for itself again while more waits than one run sends.
import { runTrigger, submitAnswers } from '../../local/flows';
import { OUTBOX } from '../../src/domain/tabs';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import { GOOD, freshAddOn, tabRows } from '../helpers';

const noticeTriggers = (addOn: ReturnType<typeof freshAddOn>) =>
  addOn.runtime.triggers.list().filter((t) => t.handler === 'sendNotices');
const statuses = (addOn: ReturnType<typeof freshAddOn>) => tabRows(addOn, OUTBOX.name).map((r) => r[OUTBOX.col.status]);

describe('the units’ notices', () => {
  it('are queued by the submission, which mails nothing, and sent by their trigger a minute later', () => {
    const addOn = freshAddOn();
    expect(submitAnswers(addOn, GOOD).status).toBe('stored');
    expect(addOn.runtime.meter.count('Mail.MailApp.sendEmail')).toBe(0);
    expect(addOn.runtime.mail.sent).toEqual([]);
    expect(statuses(addOn)).toEqual([MSG_OUTBOX.status.queued, MSG_OUTBOX.status.queued]); // the unit's, the typed
    expect(noticeTriggers(addOn)).toHaveLength(1);
    submitAnswers(addOn, { ...GOOD, email: '', title: 'Sửa đường liên ấp bị sạt lở sau mưa lớn' });
    expect(noticeTriggers(addOn)).toHaveLength(1); // one run for the burst

    runTrigger(addOn, 'sendNotices');
    expect(addOn.runtime.mail.sent).toHaveLength(3);
    expect(statuses(addOn)).toEqual(Array<string>(3).fill(MSG_OUTBOX.status.sent));
    expect(noticeTriggers(addOn)).toEqual([]);
  });

  it('sends 50 a run and asks for another run for the rest, each notice once', () => {
    const addOn = freshAddOn();
    for (let i = 0; i < 65; i++)
      submitAnswers(addOn, { ...GOOD, email: '', title: `Việc tốt thứ ${i + 1} của ấp Chợ` });
    runTrigger(addOn, 'sendNotices');
    expect(addOn.runtime.mail.sent).toHaveLength(50);
    expect(noticeTriggers(addOn)).toHaveLength(1);
    runTrigger(addOn, 'sendNotices');
    expect(addOn.runtime.mail.sent).toHaveLength(65);
    expect(new Set(addOn.runtime.mail.sent.map((m) => m.subject)).size).toBe(65);
    expect(noticeTriggers(addOn)).toEqual([]);
  });
});
