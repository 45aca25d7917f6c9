// Forged events (issue 13), through the bundle: made-up onFormSubmit, trigger and onEdit events — a copied or made-up
// trigger id, none at all, a cell the event names but nobody edited — followed by intake, review, the monthly and
// weekly jobs and the archive. Refused with an incident, never a deed stored or changed, never an email twice.
import type { AddOn } from '../../local/addon';
import { ADMIN, OUTSIDER, REVIEWER, runTrigger, submitAnswers } from '../../local/flows';
import { DEED, INCIDENTS } from '../../src/domain/tabs';
import { columnLetter } from '../../src/domain/structure';
import * as MSG_ACCESS from '../../src/shared/messages/access';
import { acceptedInClosedYear } from './hostile-fixtures';
import { GOOD, getDeed, okValue, review, rowsWithDeferred, tabRows } from '../helpers';
import { WEEKLY_HANDLER, fire, leadershipMails, monthlyAt } from './reporting-fixtures';

const refusals = (addOn: AddOn) =>
  rowsWithDeferred(addOn, INCIDENTS.name, 'incident').filter((r) => r[1] === MSG_ACCESS.callerJob);
const deedCells = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getDataRange().getValues();
const uidOf = (addOn: AddOn, handler: string) => addOn.runtime.triggers.list().find((t) => t.handler === handler)!.uid;
const FORGED_ANSWERS = { namedValues: { 'Tên việc tốt': ['Việc bịa'] }, values: ['27/11/2026 9:00:00', 'Việc bịa'] };

/** One accepted deed of November and a closed 2025 (for the archive); the leadership emails sent so far. */
describe('forged trigger events', () => {
  it('a copied, made-up or missing trigger id: refused for everyone, the installer too; then every job runs once', () => {
    const { addOn, id, told } = acceptedInClosedYear();
    const cells = deedCells(addOn);
    const mails = addOn.runtime.mail.sent.length;
    const calls: [string, string, unknown[]][] = [
      [OUTSIDER, 'onFormSubmit', [{ ...FORGED_ANSWERS, triggerUid: uidOf(addOn, 'onFormSubmit') }]],
      [ADMIN, 'onFormSubmit', [{ ...FORGED_ANSWERS, triggerUid: 'made-up-1' }]],
      [ADMIN, 'onFormSubmit', [FORGED_ANSWERS]],
      [ADMIN, 'monthlyReport', [{ triggerUid: 'made-up-2' }]],
      [ADMIN, WEEKLY_HANDLER, []],
      [REVIEWER, 'sendQueuedMail', [{ triggerUid: uidOf(addOn, 'sendQueuedMail') }]],
      [ADMIN, 'sweepResponses', [{ triggerUid: '' }]],
    ];
    for (const [user, handler, args] of calls) {
      addOn.runtime.setUser(user);
      expect(addOn.runtime.scriptRun(handler, ...args)).toEqual(expect.objectContaining({ code: 'forbidden' }));
    }
    expect(deedCells(addOn)).toEqual(cells);
    expect(addOn.runtime.mail.sent).toHaveLength(mails);
    expect(refusals(addOn)).toHaveLength(5); // one each, at most 5 of a kind an hour (the rest counted)

    // The real events afterwards: one more deed, the review, the month's email once, the week's once, the archive.
    addOn.runtime.setUser(ADMIN);
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    okValue(review(addOn, second, { kind: 'accept' }));
    expect(tabRows(addOn, DEED.name)).toHaveLength(3);
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(told + 1);
    addOn.runtime.clock.set(new Date('2026-11-30T07:00:00+07:00'));
    const beforeWeek = addOn.runtime.mail.sent.length;
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    const week = addOn.runtime.mail.sent.slice(beforeWeek).map((m) => `${m.to}|${m.subject}`);
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    expect(addOn.runtime.mail.sent.slice(beforeWeek).map((m) => `${m.to}|${m.subject}`)).toEqual(week);
    addOn.runtime.setUser(ADMIN);
    addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '2025' });
    addOn.call('menuArchiveYear');
    expect(addOn.runtime.ui.alerts.at(-1)?.prompt).toContain('Đã chuyển 1 việc tốt năm 2025');
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([id, second]);
    expect(getDeed(addOn, id).status).toBe('da_duyet');
  });
});

describe('a forged onEdit', () => {
  it('naming a reviewed deed’s cells nobody edited: an outsider changes nothing (told); a reviewer’s only re-opens review', () => {
    const { addOn, id, told } = acceptedInClosedYear();
    const row = getDeed(addOn, id).row;
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const cells = deedCells(addOn);
    const status = `${columnLetter(DEED.col.status + 1)}${row}`;
    const forged = (user: string, a1: string, oldValue?: string) => {
      addOn.runtime.setUser(user);
      addOn.call('onEdit', [{ range: sheet.getRange(a1), oldValue, value: 'x', user: { getEmail: () => user } }]);
    };
    forged(OUTSIDER, status, 'Bịa');
    forged(OUTSIDER, `A${row}:${columnLetter(DEED.width)}${row}`);
    expect(deedCells(addOn)).toEqual(cells); // neither the re-review nor the «put back» of a made-up old value landed
    addOn.runtime.setUser(ADMIN);
    runTrigger(addOn, 'sweepResponses');
    expect(tabRows(addOn, INCIDENTS.name).some((r) => String(r[3]).includes(OUTSIDER))).toBe(true);

    // A reviewer's forged event is a hand edit as far as the add-on can tell: the deed goes back to review, audited.
    forged(REVIEWER, status, 'Bịa');
    expect(getDeed(addOn, id).status).toBe('can_duyet_lai');
    expect(tabRows(addOn, DEED.name)[row - 2]![DEED.col.id]).toBe(id);
    okValue(review(addOn, id, { kind: 'accept' }));
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(told + 1);
  });
});
