// A cell cleared by hand (issue 13), through the bundle: a deed's key, status or date, a sent message's status and
// key, a date in «Nhật ký» — by someone the protections let through — then intake, review, the monthly and weekly
// jobs, the outbox and the archive. The right result or a refusal with an incident: never an email twice.
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, deliverNotices, runTrigger, submitAnswers } from '../../local/flows';
import { DEED, OUTBOX } from '../../src/domain/tabs';
import { columnLetter } from '../../src/domain/structure';
import { acceptedInClosedYear } from './hostile-fixtures';
import { GOOD, getDeed, okValue, review, tabRows } from '../helpers';
import { WEEKLY_HANDLER, fire, leadershipMails, monthlyAt } from './reporting-fixtures';

const cellOf = (addOn: AddOn, id: string, key: keyof typeof DEED.col) =>
  `${columnLetter(DEED.col[key] + 1)}${getDeed(addOn, id).row}`;
const clear = (addOn: AddOn, tab: string, a1: string, user = REVIEWER) =>
  expect(addOn.runtime.userEdit(tab, a1, '', { user })[0]?.error).toBeUndefined();
const sentTo = (addOn: AddOn) => addOn.runtime.mail.sent.map((m) => `${m.to}|${m.subject}`);

/** The jobs after the tidy: another deed and its review, the month's email, the week's, the outbox, the archive. */
function jobsAfter(addOn: AddOn, told: number): void {
  const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
  deliverNotices(addOn); // its receipt, a minute later
  okValue(review(addOn, second, { kind: 'accept' }));
  expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
  expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeUndefined();
  expect(leadershipMails(addOn)).toHaveLength(told + 1);
  addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
  expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
  const sent = sentTo(addOn);
  expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
  addOn.runtime.setUser(ADMIN);
  runTrigger(addOn, 'sendQueuedMail');
  expect(sentTo(addOn)).toEqual(sent);
  addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '2025' });
  addOn.call('menuArchiveYear');
  expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toContain('Đã chuyển 1 việc tốt năm 2025');
}

describe('a deed’s cell cleared by a reviewer', () => {
  it.each(['id', 'status', 'doneOn', 'receivedAt', 'month'] as const)(
    '«%s»: the deed is kept, reviewed again',
    (key) => {
      const { addOn, id, told } = acceptedInClosedYear();
      clear(addOn, DEED.name, cellOf(addOn, id, key));
      const row = tabRows(addOn, DEED.name).at(-1)!;
      expect(row[DEED.col.id]).toBe(id); // the key is the add-on's: put back from the edit's old value
      expect(row[DEED.col.status]).toBe('Cần duyệt lại');
      expect(auditRows(addOn).filter((r) => r[3] === 'sửa tay' && r[2] === id)).toHaveLength(1);
      jobsAfter(addOn, told);
    },
  );
});

describe('a sent message’s cell cleared by a reviewer', () => {
  it.each(['status', 'key', 'sentAt'] as const)('«%s»: the message is not sent again', (key) => {
    const { addOn, told } = acceptedInClosedYear();
    const rows = tabRows(addOn, OUTBOX.name);
    const row = rows.findIndex((r) => String(r[OUTBOX.col.status]).startsWith('Đã gửi')) + 2;
    expect(row).toBeGreaterThan(1);
    const before = sentTo(addOn);
    clear(addOn, OUTBOX.name, `${columnLetter(OUTBOX.col[key] + 1)}${row}`);
    addOn.runtime.setUser(ADMIN);
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual(before);
    jobsAfter(addOn, told);
  });
});
