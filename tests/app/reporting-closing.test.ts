// Months that close properly, through the built bundle: a summary asked for before the month's closing day is a
// draft («Tạm tính đến …») and never counts as the month's email; the daily trigger sends the final on the closing
// day (the 1st + the grace days for late reports); what is reported or accepted after it reaches leadership in the
// next month's email as «Bổ sung tháng trước».
import type { AddOn } from '../../local/addon';
import {
  GRACE_LABEL,
  SENT_LOG,
  block,
  figure,
  leadershipMails,
  monthlyAt,
  putDeeds,
  setSetting,
  sheetAt,
  tabNames,
  values,
} from './reporting-fixtures';

const NOV = 'Tổng hợp 11/2026';
const DEC = 'Tổng hợp 12/2026';

function askMonthFromMenu(addOn: AddOn, month: string): string[] {
  const before = addOn.runtime.ui.alerts.length;
  addOn.runtime.ui.alertResponses.push({ button: 'OK', text: month }, 'YES', 'OK');
  addOn.call('menuMonthlyReport');
  return addOn.runtime.ui.alerts.slice(before).map((a) => a.prompt);
}

describe('a month asked for before its closing day', () => {
  it('is a draft in the tab and the email, and the trigger still sends the final on the closing day', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00', { graceDays: 3 });
    putDeeds(addOn, [{ doneOn: '2026-11-03' }, { doneOn: '2026-11-20' }]);
    addOn.runtime.clock.set(new Date('2026-11-27T10:00:00+07:00'));
    const [, question] = askMonthFromMenu(addOn, '11/2026');
    expect(question).toContain('bản TẠM TÍNH đến 27/11/2026');
    expect(question).toContain('tự gửi lãnh đạo ngày 04/12/2026');
    const [draft] = leadershipMails(addOn);
    expect(draft!.subject).toMatch(/^\[Tạm tính đến 27\/11\/2026\] \[Việc tốt\] Tổng hợp tháng 11\/2026: 2 việc tốt/);
    expect(draft!.htmlBody).toContain('Tổng hợp tháng 11/2026 — Tạm tính đến 27/11/2026');
    expect(String(values(addOn, NOV)[0]![0])).toContain('Tạm tính đến 27/11/2026');
    expect(values(addOn, SENT_LOG)[1]![0]).toBe('monthlyDraft|2026-11 2026-11-27');

    // A report of 30/11 arrives on 02/12, within the grace days.
    putDeeds(addOn, [{ doneOn: '2026-11-30', receivedAt: '2026-12-02T08:00:00+07:00' }]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    monthlyAt(addOn, '2026-12-03T06:00:00+07:00');
    expect(leadershipMails(addOn)).toHaveLength(1); // nothing before the closing day
    monthlyAt(addOn, '2026-12-04T06:00:00+07:00');
    const final = leadershipMails(addOn)[1]!;
    expect(final.subject).toMatch(/^\[Việc tốt\] Tổng hợp tháng 11\/2026: 3 việc tốt/);
    expect(final.htmlBody).not.toContain('Tạm tính');
    expect(figure(addOn, NOV, 'Việc tốt trong tháng')).toBe(3);
    expect(String(values(addOn, NOV)[0]![0])).not.toContain('Tạm tính');
    monthlyAt(addOn, '2026-12-05T06:00:00+07:00');
    expect(leadershipMails(addOn)).toHaveLength(2);
  });

  it('a month already over but within its grace days is a draft too', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00', { graceDays: 3 });
    putDeeds(addOn, [{ doneOn: '2026-11-03' }]);
    addOn.runtime.clock.set(new Date('2026-12-02T10:00:00+07:00'));
    const [, question] = askMonthFromMenu(addOn, '11/2026');
    expect(question).toContain('bản TẠM TÍNH đến 02/12/2026');
  });
});

describe('what comes after the final', () => {
  it("is in the next month's email as «Bổ sung tháng trước», and not counted in that month", () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00', { graceDays: 3 });
    putDeeds(addOn, [{ doneOn: '2026-11-03', title: 'Đã có trong thư tháng 11' }]);
    monthlyAt(addOn, '2026-12-04T06:00:00+07:00');
    expect(leadershipMails(addOn)).toHaveLength(1);
    putDeeds(addOn, [
      { doneOn: '2026-11-28', title: 'Báo cáo tháng 11 gửi muộn', receivedAt: '2026-12-10T08:00:00+07:00' },
      {
        doneOn: '2026-11-12',
        title: 'Đề nghị Thư khen duyệt muộn',
        thuKhen: true,
        reviewedAt: '2026-12-11T08:00:00+07:00',
      },
      { doneOn: '2026-12-15', title: 'Việc tốt tháng 12' },
    ]);
    monthlyAt(addOn, '2027-01-04T06:00:00+07:00');
    const dec = leadershipMails(addOn)[1]!;
    expect(dec.subject).toMatch(/Tổng hợp tháng 12\/2026: 1 việc tốt, 0 đề nghị Thư khen/);
    expect(dec.body).toContain('Bổ sung tháng trước (sau thư ngày 04/12/2026 06:00)');
    expect(dec.body).toContain('Thư khen: Đề nghị Thư khen duyệt muộn');
    expect(dec.body).toContain('Báo cáo muộn tháng 11/2026: Báo cáo tháng 11 gửi muộn');
    expect(dec.body).not.toContain('Đã có trong thư tháng 11');
    const rows = block(addOn, DEC, /^Bổ sung tháng trước/).flat();
    expect(rows).toContain('Báo cáo tháng 11 gửi muộn');
    expect(rows).toContain('Đề nghị Thư khen duyệt muộn');
    expect(tabNames(addOn)).toContain(NOV);
  });
});

describe('the grace days setting', () => {
  it('moves the closing day: with 0 the final goes on the 1st', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00', { graceDays: 3 });
    setSetting(addOn, GRACE_LABEL, 0);
    putDeeds(addOn, [{ doneOn: '2026-11-03' }]);
    monthlyAt(addOn, '2026-12-01T06:00:00+07:00');
    expect(leadershipMails(addOn)[0]!.subject).toMatch(/^\[Việc tốt\] Tổng hợp tháng 11\/2026/);
  });
});
