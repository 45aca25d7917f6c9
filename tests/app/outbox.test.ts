// «Hộp thư đi» through the built bundle: every mail queued with its key before it goes, sent as the quota allows,
// never twice for one key (even with two executions at once), failures kept with their reason, and the budget shown.
import type { AddOn } from '../../local/addon';
import { ADMIN, REVIEWER, deliverNotices, runTrigger, submitAnswers } from '../../local/flows';
import type { SidebarState } from '#contract';
import { freshAddOn, GOOD, okValue, review, sentMail, sidebarCall, tabRows } from '../helpers';
import { OUTBOX } from '../../src/domain/tabs';

const OUTBOX_TAB = OUTBOX.name;
const BAD = { ...GOOD, title: 'Ví', description: 'quá ngắn' };
/** The rows to the address typed in the form, receipts aside (the unit's own address gets its copy too: unit-notice). */
const rows = (addOn: AddOn) =>
  tabRows(addOn, OUTBOX_TAB)
    .filter((r) => r[2] === GOOD.email && !String(r[0]).startsWith('receipt|'))
    .map((r) => [r[0], r[2], r[4], r[5]]);
const toSubmitter = (addOn: AddOn) => sentMail(addOn).filter((m) => m.to === GOOD.email);
const state = (addOn: AddOn) => okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState'));

/** Runs the daily trigger as its owner. */
function daily(addOn: AddOn): void {
  runTrigger(addOn, 'sendQueuedMail');
}

describe('«Hộp thư đi»', () => {
  it('keeps a «please complete» mail queued over the quota, and the daily trigger sends it a day later', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(ADMIN);
    addOn.runtime.faults.mailQuotaLeft(0);
    const { id } = submitAnswers(addOn, BAD);
    deliverNotices(addOn);
    expect(toSubmitter(addOn)).toHaveLength(0);
    // Keyed by this version of the response: a later edit that is still wrong is told too (app/unitNotice.ts).
    const key = expect.stringMatching(/^needs_fix\|VT-[0-9a-f]{12}$/);
    expect(rows(addOn)).toEqual([[key, GOOD.email, 'Chưa gửi: hết hạn mức', '']]);
    addOn.runtime.clock.advance(24 * 3600_000);
    addOn.runtime.triggers.runDue();
    expect(toSubmitter(addOn)).toHaveLength(1);
    expect(toSubmitter(addOn)[0]!.subject).toBe(`[Việc tốt] Báo cáo ${id!} bị trả lại: cần sửa`);
    expect(rows(addOn)).toEqual([[key, GOOD.email, 'Đã gửi', '']]);
    daily(addOn);
    expect(toSubmitter(addOn)).toHaveLength(1);
  });

  it('sends one key once: a second row with the same key is skipped', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(ADMIN);
    submitAnswers(addOn, BAD);
    deliverNotices(addOn);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(OUTBOX_TAB)!;
    const all = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getValues();
    const first = all.find((r) => r[2] === GOOD.email)!;
    sheet.appendRow([...first.slice(0, 4), 'Chờ gửi', ...first.slice(5)]); // the same message queued again
    daily(addOn);
    expect(toSubmitter(addOn)).toHaveLength(1);
    expect(rows(addOn).map((r) => r[2])).toEqual(['Đã gửi', 'Bỏ qua: trùng khoá đã gửi']);
    expect(rows(addOn)[1]![0]).toBe(first[0]);
  });

  it('with the script lock held by another execution, leaves the mail queued, then sends it once', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(ADMIN);
    addOn.runtime.faults.holdLock('script');
    submitAnswers(addOn, BAD);
    daily(addOn);
    expect(toSubmitter(addOn)).toHaveLength(0);
    expect(rows(addOn).map((r) => r[2])).toEqual(['Chờ gửi']);
    expect(state(addOn).mail).toEqual(expect.objectContaining({ queued: 2, failed: 0 })); // the unit's copy too
    addOn.runtime.faults.holdLock('script', false);
    daily(addOn);
    daily(addOn);
    expect(toSubmitter(addOn)).toHaveLength(1);
    expect(rows(addOn).map((r) => r[2])).toEqual(['Đã gửi']);
  });

  it('keeps a MailApp failure with its reason, and does not retry it by itself', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(ADMIN);
    const mailApp = addOn.runtime.globals.MailApp as { sendEmail: (...a: unknown[]) => void };
    const real = mailApp.sendEmail;
    mailApp.sendEmail = () => {
      throw new Error('Service unavailable: Gmail');
    };
    submitAnswers(addOn, BAD);
    deliverNotices(addOn);
    mailApp.sendEmail = real;
    expect(rows(addOn)[0]!.slice(2)).toEqual(['Lỗi', expect.stringContaining('Service unavailable: Gmail')]);
    daily(addOn);
    expect(toSubmitter(addOn)).toHaveLength(0);
    expect(state(addOn).mail).toEqual(expect.objectContaining({ queued: 0, failed: 2 })); // the unit's copy too
  });

  it('sends the reviewer’s request for information through the outbox, keyed by deed and version', () => {
    const addOn = freshAddOn();
    const { id } = submitAnswers(addOn, GOOD);
    deliverNotices(addOn);
    const detail = okValue(review(addOn, id!, { kind: 'request_info', message: 'Xin gửi thêm hình ảnh.' }));
    expect(rows(addOn)).toEqual([[`request_info|${id}|${detail.version}`, GOOD.email, 'Đã gửi', '']]);
    expect(toSubmitter(addOn).at(-1)!.body).toContain('Xin gửi thêm hình ảnh.');
  });

  it('shows reviewers the day’s budget and the queue, and no one else', () => {
    const addOn = freshAddOn();
    addOn.runtime.setUser(REVIEWER);
    addOn.runtime.faults.mailQuotaLeft(42);
    expect(state(addOn).mail).toEqual({ remaining: 42, queued: 0, failed: 0, uncertain: 0 });
    expect(okValue(sidebarCall<SidebarState>(addOn, 'khach@example.org', 'getSidebarState')).mail).toBeNull();
  });
});
