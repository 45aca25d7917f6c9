// The outbox sends only what the add-on queued (issue 13), through the bundle: each row carries an HMAC under the
// queuing account's own secret; a row typed into «Hộp thư đi», or a genuine one whose recipients, subject or body a
// person changed, is refused, left unsent and reported; a row another account queued waits for that account.
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, deliverNotices, runTrigger, submitAnswers } from '../../local/flows';
import { OUTBOX, INCIDENTS } from '../../src/domain/tabs';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import * as MSG_OUTBOX_TRUST from '../../src/shared/messages/outboxTrust';
import { freshAddOn, GOOD, okValue, review, sentMail, tabRows } from '../helpers';

const STRANGER = 'ke.la@example.net';
/** GOOD's unit's address in «Đơn vị»: its refusal notice goes there too (app/unitNotice.ts). */
const UNIT_ADDRESS = 'x-anphu@example.org';
const sentTo = (addOn: AddOn) => sentMail(addOn).map((m) => m.to);
const statuses = (addOn: AddOn) => tabRows(addOn, OUTBOX.name).map((r) => [r[OUTBOX.col.to], r[OUTBOX.col.status]]);
const refusedIncidents = (addOn: AddOn) => tabRows(addOn, INCIDENTS.name).filter((r) => r[1] === MSG_OUTBOX_TRUST.job);

/**
 * A refusal's notices the add-on queued and could not send yet (no quota left), as the installer's trigger did: one to
 * the unit's own address in «Đơn vị» (row 2, the one tampered with), one to the address typed in the form (row 3).
 */
function queuedGenuine(): AddOn {
  const addOn = freshAddOn();
  addOn.runtime.setUser(ADMIN);
  addOn.runtime.faults.mailQuotaLeft(0);
  submitAnswers(addOn, { ...GOOD, email: 'chibo@example.org', title: 'Ví', description: 'quá ngắn' });
  deliverNotices(addOn);
  addOn.runtime.faults.mailQuotaLeft(100);
  expect(statuses(addOn)).toEqual([
    [UNIT_ADDRESS, MSG_OUTBOX.status.unsent],
    ['chibo@example.org', MSG_OUTBOX.status.unsent],
  ]);
  return addOn;
}

/** A reviewer (who may write the tab) changes cells of the first outbox row, then the installer's daily run goes. */
function tamper(addOn: AddOn, column: number, value: string): void {
  addOn.runtime.userEdit(OUTBOX.name, `${String.fromCharCode(65 + column)}2`, value, { user: REVIEWER });
  addOn.runtime.setUser(ADMIN);
  runTrigger(addOn, 'sendQueuedMail');
}

describe('«Hộp thư đi» rows the add-on did not queue as they stand', () => {
  it('the genuine row goes (control)', () => {
    const addOn = queuedGenuine();
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual([UNIT_ADDRESS, 'chibo@example.org']);
  });

  it('a «Chờ gửi» row typed by hand: not sent, refused, an incident', () => {
    const addOn = freshAddOn();
    const body = JSON.stringify({ body: 'Chuyển khoản gấp', name: 'Ban Tuyên giáo' });
    const row = ['monthly|2026-11', 'Tổng hợp tháng', STRANGER, 'Khẩn', 'Chờ gửi', '', '', '', body];
    expect(addOn.runtime.userEdit(OUTBOX.name, 'A2:I2', [row], { user: REVIEWER })[0]?.error).toBeUndefined();
    addOn.runtime.setUser(ADMIN);
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn)).toEqual([]);
    expect(statuses(addOn)).toEqual([[STRANGER, MSG_OUTBOX.status.refused]]);
    expect(refusedIncidents(addOn).map((r) => r[3])).toEqual([MSG_OUTBOX_TRUST.problem('monthly|2026-11', STRANGER)]);
  });

  it.each([
    ['the recipient', OUTBOX.col.to, STRANGER],
    ['the subject', OUTBOX.col.subject, 'Khẩn: chuyển khoản'],
  ])('a genuine row whose %s was changed: not sent, refused', (_, column, value) => {
    const addOn = queuedGenuine();
    tamper(addOn, column, value);
    expect(sentTo(addOn)).toEqual(['chibo@example.org']); // the untouched row goes
    expect(tabRows(addOn, OUTBOX.name)[0]![OUTBOX.col.status]).toBe(MSG_OUTBOX.status.refused);
    expect(refusedIncidents(addOn)).toHaveLength(1);
  });

  it('a genuine row whose body was changed, or whose signed body was copied under another recipient: refused', () => {
    const addOn = queuedGenuine();
    const cells = tabRows(addOn, OUTBOX.name)[0]!;
    const body = String(cells[OUTBOX.col.body]).replace('Kính gửi đơn vị', 'Kính gửi quý vị, chuyển khoản');
    const copy = [...cells.slice(0, 2), STRANGER, ...cells.slice(3, 4), 'Chờ gửi', '', '', '', cells[OUTBOX.col.body]];
    addOn.runtime.userEdit(OUTBOX.name, 'A4:I4', [copy.map(String)], { user: REVIEWER });
    tamper(addOn, OUTBOX.col.body, body);
    expect(sentTo(addOn)).toEqual(['chibo@example.org']); // the untouched row goes
    expect(statuses(addOn).map((s) => s[1])).toEqual([
      MSG_OUTBOX.status.refused,
      MSG_OUTBOX.status.sent,
      MSG_OUTBOX.status.refused,
    ]);
  });

  it('fields added by hand to a genuine row’s JSON (a "bcc", a "to") never reach MailApp', () => {
    const addOn = queuedGenuine();
    const cells = tabRows(addOn, OUTBOX.name)[0]!;
    const payload = JSON.parse(String(cells[OUTBOX.col.body])) as Record<string, unknown>;
    tamper(addOn, OUTBOX.col.body, JSON.stringify({ ...payload, bcc: STRANGER, to: STRANGER, cc: STRANGER }));
    expect(sentTo(addOn)).toEqual([UNIT_ADDRESS, 'chibo@example.org']);
    expect(JSON.stringify(sentMail(addOn))).not.toContain(STRANGER);
  });

  it('a reviewer’s message that could not go at once waits for that reviewer: the installer neither sends nor refuses it', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const receipts = sentTo(addOn).length; // the unit's receipts, sent at once
    addOn.runtime.setUser(REVIEWER);
    addOn.runtime.faults.mailQuotaLeft(0); // the reviewer's own quota is spent
    okValue(review(addOn, id, { kind: 'request_info', message: 'Xin bổ sung ảnh minh chứng.' }));
    addOn.runtime.setUser(ADMIN);
    runTrigger(addOn, 'sendQueuedMail');
    expect(sentTo(addOn).slice(receipts)).toEqual([]);
    expect(statuses(addOn).map((s) => s[1])).toEqual([
      ...Array<string>(receipts).fill(MSG_OUTBOX.status.sent),
      MSG_OUTBOX.status.unsent,
    ]);
    expect(refusedIncidents(addOn)).toEqual([]);
  });
});
