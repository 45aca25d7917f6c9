// Monday's job through the built bundle: the digest of the week that starts — its radio script and the flag-ceremony
// stories from the week that ended (a warning under the target) — reminders to the units without a deed last week,
// once per week, a follow-up trigger when a large organisation needs more emails than one execution should send,
// and Friday's reminder to pick radio models for the coming week.
import type { AddOn } from '../../local/addon';
import { REVIEWER } from '../../local/flows';
import { SAMPLE_UNITS } from '../../local/demo';
import { SENT_LOG, WEEKLY_HANDLER, addWards, fire, putDeeds, sheetAt, values } from './reporting-fixtures';
import { INCIDENTS, UNITS } from '../../src/domain/tabs';

const MONDAY = '2026-11-30T07:00:00+07:00'; // week 48 (23–29 November) has just ended, week 49 starts
const digestOf = (addOn: AddOn) =>
  addOn.runtime.mail.sent.filter((m) => m.to.includes(REVIEWER) && m.subject.startsWith('[Việc tốt] Bản tin'));
const reminders = (addOn: AddOn) => addOn.runtime.mail.sent.filter((m) => m.subject.startsWith('[Việc tốt] Nhắc'));

function registry(addOn: AddOn) {
  return addOn.runtime.spreadsheet.getSheetByName(UNITS.name)!;
}

function lastWeek(radioPicks: number): AddOn {
  const addOn = sheetAt('2026-11-23T09:00:00+07:00');
  putDeeds(addOn, [
    // Picked during week 48 for the radio of week 49, the week the digest is for.
    { doneOn: '2026-11-24', unit: 0, title: 'Sửa nhà cho cụ bà neo đơn', radioWeek: '2026-W49' },
    { doneOn: '2026-11-25', unit: 0, radioWeek: radioPicks > 1 ? '2026-W49' : '' },
    { doneOn: '2026-11-16', unit: 0, title: 'Phát tuần trước: không nhắc lại', radioWeek: '2026-W48' },
    { doneOn: '2026-11-26', unit: 1, title: 'Trả lại ví nhặt được', flagStory: true },
    { doneOn: '2026-11-18', unit: 6, title: 'Tuần trước nữa: không tính' },
    { doneOn: '2026-11-27', unit: 7, status: 'tu_choi' },
  ]);
  const units = registry(addOn);
  units.getRange(4, 6).setValue(false); // SAMPLE_UNITS[2] is no longer active
  units.getRange(5, 5).setValue(''); // SAMPLE_UNITS[3] has no contact email
  units.getRange(7, 5).setValue(`${SAMPLE_UNITS[4]!.code.toLowerCase()}@example.org`); // [4] and [5] share one
  addOn.call('onEdit', [{ range: units.getRange('A1') }]);
  addOn.runtime.clock.set(new Date(MONDAY));
  return addOn;
}

describe('the weekly digest', () => {
  it('warns the reviewers when fewer models than the target were picked for the radio', () => {
    const addOn = lastWeek(1);
    expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
    const [digest] = digestOf(addOn);
    expect(digest!.subject).toBe('[Việc tốt] Bản tin tuần 49 (30/11–06/12): 1/2 mô hình phát thanh — cần chọn thêm');
    expect(digest!.to).toBe('admin@example.org,tuyengiao@example.org');
    expect(digest!.htmlBody).toContain('Tuần này mới chọn 1/2 mô hình phát thanh (ít nhất 2 mỗi tuần)');
    expect(digest!.body).toContain('⚠ Tuần này mới chọn 1/2 mô hình phát thanh');
    expect(digest!.body).toContain('tuần 49 (30/11–06/12); số liệu, đơn vị chưa báo cáo của tuần 48 (23/11–29/11)');
    // The radio script speaks of the week on air, not of the one that ended.
    expect(digest!.body).toMatch(/từ ngày 30 tháng 11 đến (ngày )?6 tháng 12/);
    expect(digest!.body).not.toContain('Phát tuần trước');
    expect(digest!.htmlBody).toContain('Sửa nhà cho cụ bà neo đơn');
    expect(digest!.htmlBody).toContain('Chuyện kể dưới cờ (1)');
    expect(digest!.htmlBody).toContain('Trả lại ví nhặt được');
    expect(digest!.htmlBody).not.toContain('Tuần trước nữa');
  });

  it('says nothing is missing when the target is met', () => {
    const addOn = lastWeek(2);
    fire(addOn, WEEKLY_HANDLER);
    const [digest] = digestOf(addOn);
    expect(digest!.subject).toBe('[Việc tốt] Bản tin tuần 49 (30/11–06/12): 2/2 mô hình phát thanh');
    expect(digest!.htmlBody).not.toContain('mới chọn');
  });
});

describe('reminders', () => {
  it('go to active units without a deed last week that have an email, one per address, once per week', () => {
    const addOn = lastWeek(1);
    fire(addOn, WEEKLY_HANDLER);
    const sent = reminders(addOn);
    const to = sent.map((m) => m.to);
    const email = (i: number) => `${SAMPLE_UNITS[i]!.code.toLowerCase()}@example.org`;
    expect(to).not.toContain(email(0)); // reported
    expect(to).not.toContain(email(1)); // reported
    expect(to).not.toContain(email(2)); // inactive
    expect(to).toContain(email(6)); // a deed the week before does not count
    expect(to).toContain(email(7)); // a rejected deed does not count
    expect(new Set(to).size).toBe(to.length);
    expect(sent).toHaveLength(SAMPLE_UNITS.length - 5); // 0, 1 reported; 2 inactive; 3 without email; 4+5 share
    const shared = sent.find((m) => m.to === email(4))!;
    expect(shared.body).toContain(`Kính gửi ${SAMPLE_UNITS[4]!.name}, ${SAMPLE_UNITS[5]!.name},`);
    expect(shared.subject).toBe('[Việc tốt] Nhắc báo cáo tuần 48 (23/11–29/11)');
    expect(shared.body).toMatch(/https:\/\/docs\.google\.com\/forms\/\S+\/viewform/);
    expect(shared.htmlBody).toBeUndefined();

    const mails = addOn.runtime.mail.sent.length;
    fire(addOn, WEEKLY_HANDLER);
    expect(addOn.runtime.mail.sent).toHaveLength(mails);
    const kinds = values(addOn, SENT_LOG)
      .slice(1)
      .map((r) => `${r[0]} ${r[1]} ${r[4]}`);
    expect(new Set(kinds)).toEqual(
      new Set(['digest|2026-W49 Bản tin tuần Đã gửi', 'reminder|2026-W48 Nhắc đơn vị Đã gửi']),
    );
    expect(kinds).toHaveLength(1 + sent.length);
  });

  it('a large organisation: the rest goes from a follow-up trigger, and nobody gets two', () => {
    const addOn = sheetAt('2026-11-23T09:00:00+07:00', { mailQuota: 1500 }); // a Workspace account
    addWards(addOn, 200);
    addOn.runtime.clock.set(new Date(MONDAY));
    fire(addOn, WEEKLY_HANDLER);
    const first = addOn.runtime.mail.sent.length;
    expect(first).toBe(50); // the digest and 49 reminders: one execution's budget
    expect(addOn.runtime.triggers.list().filter((t) => t.handler === 'reportFollowUp')).toHaveLength(1);
    addOn.runtime.triggers.runUntil(new Date(new Date(MONDAY).getTime() + 5 * 60_000));
    const all = reminders(addOn).map((m) => m.to);
    expect(all).toHaveLength(SAMPLE_UNITS.length + 200);
    expect(new Set(all).size).toBe(all.length);
    expect(digestOf(addOn)).toHaveLength(1);
    expect(addOn.runtime.triggers.list().filter((t) => t.handler === 'reportFollowUp')).toHaveLength(0);
  });

  it('short of quota: what did not fit is recorded, the admin is told, and the menu sends the rest', () => {
    const addOn = lastWeek(1);
    addOn.runtime.faults.mailQuotaLeft(12);
    fire(addOn, WEEKLY_HANDLER);
    // 12 recipients left, one kept for the admin: the digest (2 reviewers), 9 reminders, then the admin is told.
    expect(addOn.runtime.mail.sent).toHaveLength(11);
    expect(addOn.runtime.mail.sent.at(-1)!.to).toBe('admin@example.org');
    const incident = values(addOn, INCIDENTS.name)[1]!;
    expect(incident.slice(1, 3)).toEqual(['Bản tin tuần', '2026-W49']);
    expect(incident[3]).toMatch(/^Hết hạn mức gửi thư trong ngày: chưa gửi cho /);
    expect(incident[4]).toBe('Chạy lại sau 24 giờ: chỉ gửi người chưa nhận.');

    addOn.runtime.clock.set(new Date('2026-12-01T09:00:00+07:00')); // Tuesday: a new day's quota
    addOn.runtime.ui.alertResponses.push('YES', 'OK');
    addOn.call('menuWeeklyReport');
    const [question, told] = addOn.runtime.ui.alerts.slice(-2);
    expect(question!.prompt).toMatch(
      /^Gửi bản tin tuần 49 \(30\/11–06\/12\) cho 2 người duyệt và 43 thư nhắc đơn vị\?/,
    );
    expect(told!.prompt).toMatch(/^Đã gửi cho 34 người; 11 người đã nhận từ trước\.$/);
    const all = reminders(addOn).map((m) => m.to);
    expect(all).toHaveLength(43);
    expect(new Set(all).size).toBe(43);
    expect(digestOf(addOn)).toHaveLength(1);
  });
});

describe("Friday's reminder to pick radio models", () => {
  const FRIDAY = '2026-11-27T07:00:00+07:00';
  const radioReminders = (addOn: AddOn) =>
    addOn.runtime.mail.sent.filter((m) => m.subject.includes('mô hình phát thanh') && !m.subject.includes('Bản tin'));

  it('tells the reviewers, once, when next week has fewer picks than the target; says nothing when it has enough', () => {
    const addOn = lastWeek(1);
    addOn.runtime.clock.set(new Date(FRIDAY));
    expect(fire(addOn, 'radioReminder').error).toBeUndefined();
    const [told] = radioReminders(addOn);
    expect(told!.to).toBe('admin@example.org,tuyengiao@example.org');
    expect(told!.subject).toBe('[Việc tốt] Tuần 49 (30/11–06/12): mới chọn 1/2 mô hình phát thanh');
    expect(told!.body).toContain('«Sửa nhà cho cụ bà neo đơn»');
    fire(addOn, 'radioReminder');
    expect(radioReminders(addOn)).toHaveLength(1);

    const enough = lastWeek(2);
    enough.runtime.clock.set(new Date(FRIDAY));
    fire(enough, 'radioReminder');
    expect(radioReminders(enough)).toHaveLength(0);
  });
});
