// What goes wrong, through the built bundle: a short mail quota, a Sheets failure at any call of the job,
// a run that stopped between sending and recording, a busy lock, broken settings — the tab is never half
// written, no email goes twice, and the admin is told in Vietnamese. And the triggers set-up installs.
import { gas } from '../../local/runtime';
import type { AddOn } from '../../local/addon';
import { ADMIN } from '../../local/flows';
import {
  INCIDENTS,
  LEADER,
  MONTHLY_HANDLER,
  SENT_LOG,
  WEEKLY_HANDLER,
  block,
  figure,
  leadershipMails,
  monthlyAt,
  putDeeds,
  setSetting,
  sheetAt,
  tabNames,
  reopenMonth,
  values,
} from './reporting-fixtures';

const NOV = 'Tổng hợp 11/2026';
const RUN_AT = '2026-12-01T06:00:00+07:00';
const LEADERS = [LEADER, 'bithu@example.org', 'phobithu@example.org'];
const adminMails = (addOn: AddOn) => addOn.runtime.mail.sent.filter((m) => m.to === ADMIN);
const toLeaders = (addOn: AddOn) =>
  addOn.runtime.mail.sent.filter((m) => LEADERS.some((l) => m.to.includes(l))).map((m) => m.to);
const incidents = (addOn: AddOn) => values(addOn, INCIDENTS).slice(1);

function november(): AddOn {
  const addOn = sheetAt('2026-11-02T09:00:00+07:00');
  putDeeds(addOn, [
    { doneOn: '2026-11-03', thuKhen: true },
    { doneOn: '2026-11-12', unit: 2 },
  ]);
  return addOn;
}

describe('a short mail quota', () => {
  it('from a trigger: sends what fits, records the rest, keeps quota to tell the admin, and a later run completes', () => {
    const addOn = november();
    setSetting(addOn, 'Email lãnh đạo nhận báo cáo', LEADERS.join(', '));
    addOn.runtime.clock.set(new Date(RUN_AT));
    addOn.runtime.faults.mailQuotaLeft(3); // three recipients left today; one is kept for the admin
    monthlyAt(addOn, RUN_AT);
    expect(toLeaders(addOn)).toEqual([`${LEADERS[0]},${LEADERS[1]}`]);
    expect(
      values(addOn, SENT_LOG)
        .slice(1)
        .map((r) => [r[2], r[4]]),
    ).toEqual([
      [`${LEADERS[0]}, ${LEADERS[1]}`, 'Đã gửi'],
      [LEADERS[2], 'Chưa gửi: hết hạn mức'],
    ]);
    expect(incidents(addOn)).toEqual([
      [
        expect.anything(),
        'Tổng hợp tháng',
        '2026-11',
        `Hết hạn mức gửi thư trong ngày: chưa gửi cho ${LEADERS[2]}.`,
        expect.stringContaining('24 giờ'),
      ],
    ]);
    expect(adminMails(addOn)).toHaveLength(1);
    expect(adminMails(addOn)[0]!.subject).toBe('[Việc tốt] Sự cố: Tổng hợp tháng 2026-11');
    expect(adminMails(addOn)[0]!.body).toContain('Cần làm: Chạy lại sau 24 giờ');

    monthlyAt(addOn, '2026-12-02T07:00:00+07:00'); // the quota is back a day later
    expect(toLeaders(addOn)).toEqual([`${LEADERS[0]},${LEADERS[1]}`, LEADERS[2]]);
    expect(incidents(addOn)).toHaveLength(1);
  });

  it('from the menu: the alert says who did not get it', () => {
    const addOn = november();
    setSetting(addOn, 'Email lãnh đạo nhận báo cáo', LEADERS.join(', '));
    addOn.runtime.clock.set(new Date('2026-12-03T10:00:00+07:00'));
    addOn.runtime.faults.mailQuotaLeft(1);
    addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '11/2026' }, 'YES', 'OK');
    addOn.call('menuMonthlyReport');
    expect(leadershipMails(addOn)).toHaveLength(1);
    const told = addOn.runtime.ui.alerts.at(-1)!.prompt;
    expect(told).toContain('Đã gửi cho 1 người');
    expect(told).toContain(`Hết hạn mức gửi thư trong ngày: chưa gửi cho ${LEADERS[1]}, ${LEADERS[2]}.`);
  });
});

describe('a job cut off at the time limit', () => {
  it('leaves no visible half tab and no email, and the next run finishes the month', () => {
    const addOn = november();
    addOn.runtime.faults.executionDeadline(3000); // modelled ms: past the reads, inside the tab's writes
    const cut = monthlyAt(addOn, RUN_AT);
    addOn.runtime.faults.executionDeadline(null);
    expect(String(cut.error)).toContain('Exceeded maximum execution time');
    const visible = addOn.runtime.spreadsheet
      .getSheets()
      .filter((s) => !s.isSheetHidden())
      .map((s) => s.getName());
    expect(visible.filter((n) => n.includes('11/2026'))).toEqual([]);
    expect(tabNames(addOn)).toContain(`${NOV} (đang tạo)`); // the half tab is there, hidden
    expect(leadershipMails(addOn)).toHaveLength(0);
    expect(monthlyAt(addOn, '2026-12-01T07:00:00+07:00').error).toBeUndefined();
    expect(tabNames(addOn).filter((n) => n.includes('11/2026'))).toEqual([NOV]);
    expect(addOn.runtime.spreadsheet.getSheetByName(NOV)!.isSheetHidden()).toBe(false);
    expect(leadershipMails(addOn)).toHaveLength(1);
  });
});

describe('a Sheets failure at any call of the job', () => {
  it('leaves the old tab whole or the new one complete, never a half tab, and tells the admin', () => {
    const addOn = november();
    monthlyAt(addOn, RUN_AT);
    reopenMonth(addOn, '2026-11'); // each run below builds the month again, as a resend from the menu does
    addOn.runtime.meter.reset();
    monthlyAt(addOn, RUN_AT);
    const calls = addOn.runtime.meter.sheetsCalls();
    expect(calls).toBeGreaterThan(20);
    let failures = 0;
    for (let k = 1; k <= calls; k++) {
      const before = values(addOn, NOV);
      putDeeds(addOn, [{ doneOn: '2026-11-20', unit: k % 40 }]); // so that the new tab differs from the old
      const deeds = 2 + k;
      const incidentsBefore = incidents(addOn).length;
      // Each failed run stands for another hour: «Sự cố» keeps at most 5 rows of a kind an hour (app/incidents.ts).
      gas(addOn.runtime).PropertiesService.getDocumentProperties().deleteProperty('incidents:rate');
      reopenMonth(addOn, '2026-11');
      addOn.runtime.faults.failNextSheetsCall(k);
      const run = monthlyAt(addOn, RUN_AT);
      expect(tabNames(addOn).filter((n) => n.includes('11/2026'))).toEqual([NOV]); // no «(đang tạo)» left
      if (run.error) {
        failures += 1;
        const now = values(addOn, NOV);
        const complete = figure(addOn, NOV, 'Việc tốt trong tháng') === deeds;
        if (complete) expect(block(addOn, NOV, /^Đơn vị chưa báo cáo trong tháng/).length).toBeGreaterThan(1);
        else expect(now).toEqual(before);
        expect(incidents(addOn).length).toBe(incidentsBefore + 1);
        expect(incidents(addOn).at(-1)![3]).toMatch(
          /^Lỗi khi chạy \(Service Spreadsheets failed.*\)\. Không tab nào ghi dở/,
        );
      } else {
        expect(figure(addOn, NOV, 'Việc tốt trong tháng')).toBe(deeds);
        expect(addOn.runtime.spreadsheet.getSheetByName(NOV)!.getCharts()).toHaveLength(3);
      }
    }
    expect(failures).toBeGreaterThan(calls / 2);
    expect(leadershipMails(addOn)).toHaveLength(1);
  });

  it('never sends the email twice: a run that stopped after sending leaves «Đang gửi», and the next one asks', () => {
    const probe = november();
    probe.runtime.meter.reset();
    monthlyAt(probe, RUN_AT);
    const calls = probe.runtime.meter.sheetsCalls();
    let uncertain = 0;
    for (let k = 1; k <= calls; k++) {
      const addOn = november();
      addOn.runtime.faults.failNextSheetsCall(k);
      monthlyAt(addOn, RUN_AT);
      const sentFirst = leadershipMails(addOn).length;
      monthlyAt(addOn, '2026-12-01T09:00:00+07:00');
      expect(leadershipMails(addOn)).toHaveLength(1);
      const status = values(addOn, SENT_LOG).at(-1)![4];
      if (status === 'Đang gửi') {
        uncertain += 1;
        expect(sentFirst).toBe(1);
        expect(incidents(addOn).at(-1)![3]).toContain('dừng giữa chừng');
        expect(incidents(addOn).at(-1)![4]).toContain('Đã gửi');
        // From the menu the admin is asked, and only a «Có» sends again.
        addOn.runtime.ui.alertResponses.push({ button: 'OK', text: '11/2026' }, 'YES', 'OK');
        addOn.call('menuMonthlyReport');
        expect(addOn.runtime.ui.alerts.at(-2)!.prompt).toContain('dừng giữa chừng');
        expect(leadershipMails(addOn)).toHaveLength(2);
      } else expect(status).toBe('Đã gửi');
    }
    // Exactly two calls sit between the send and its record: the read that finds the row again, and the write.
    expect(uncertain).toBe(2);
  });
});

describe('other problems the admin hears of', () => {
  it('a report job already running: the trigger records it instead of interleaving', () => {
    const addOn = november();
    addOn.runtime.faults.holdLock('script');
    expect(monthlyAt(addOn, RUN_AT).error).toBeUndefined();
    expect(tabNames(addOn)).not.toContain(NOV);
    expect(incidents(addOn)[0]![3]).toBe('Một lần tổng hợp khác đang chạy: hãy thử lại sau ít phút.');
  });

  it('broken settings: named in «Sự cố», and the run shows as failed', () => {
    const addOn = november();
    setSetting(addOn, 'Số mô hình phát thanh mỗi tuần', 'hai');
    expect(monthlyAt(addOn, RUN_AT).error).toBeDefined();
    expect(incidents(addOn)[0]![3]).toMatch(/^Cấu hình sai: .*Số mô hình phát thanh mỗi tuần/);
    expect(incidents(addOn)[0]![4]).toBe('Sửa tab «Cấu hình» rồi chạy lại.');
  });

  it('no leadership address: the tab is built, nothing is sent, the admin is told', () => {
    const addOn = november();
    setSetting(addOn, 'Email lãnh đạo nhận báo cáo', '');
    monthlyAt(addOn, RUN_AT);
    expect(tabNames(addOn)).toContain(NOV);
    expect(leadershipMails(addOn)).toHaveLength(0);
    expect(incidents(addOn)[0]![3]).toContain('Chưa có «Email lãnh đạo nhận báo cáo»');
    expect(adminMails(addOn)).toHaveLength(1);
  });
});

describe('triggers', () => {
  const handlers = (addOn: AddOn) =>
    addOn.runtime.triggers
      .list()
      .map((t) => t.handler)
      .sort();

  /** Set-up's triggers, one each, sorted by handler. */
  const EVERY_HANDLER = [
    MONTHLY_HANDLER,
    'onFormSubmit',
    'radioReminder',
    'sendQueuedMail',
    'sendRecipientMail',
    'sweepResponses',
    WEEKLY_HANDLER,
  ];

  it('set-up run three times leaves exactly one trigger per handler, at the settings’ hours', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    addOn.call('menuSetup');
    addOn.call('menuSetup');
    expect(handlers(addOn)).toEqual(EVERY_HANDLER);
    const next = (handler: string) =>
      new Date(addOn.runtime.triggers.list().find((t) => t.handler === handler)!.nextRun!).toISOString();
    expect(next(MONTHLY_HANDLER)).toBe(new Date('2026-11-28T06:00:00+07:00').toISOString()); // daily: it checks
    expect(next(WEEKLY_HANDLER)).toBe(new Date('2026-11-30T07:00:00+07:00').toISOString());
    expect(next('radioReminder')).toBe(new Date('2026-12-04T07:00:00+07:00').toISOString());
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Trigger báo cáo: tổng hợp tháng ngày chốt lúc 6 giờ');
  });

  it('repairs: a deleted or duplicated trigger, or a new hour in the settings', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    const registry = addOn.runtime.triggers;
    registry.remove(registry.list().find((t) => t.handler === WEEKLY_HANDLER)!.uid);
    const ScriptApp = addOn.runtime.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    ScriptApp.newTrigger(MONTHLY_HANDLER).timeBased().everyDays(1).atHour(3).create();
    setSetting(addOn, 'Giờ gửi tổng hợp tháng (ngày chốt tháng)', 5);
    addOn.call('menuSetup');
    expect(handlers(addOn)).toEqual(EVERY_HANDLER);
    const monthly = registry.list().find((t) => t.handler === MONTHLY_HANDLER)!;
    expect(new Date(monthly.nextRun!).toISOString()).toBe(new Date('2026-11-28T05:00:00+07:00').toISOString());
  });

  it('lists them in Vietnamese from the menu', () => {
    const addOn = sheetAt('2026-11-27T09:00:00+07:00');
    addOn.call('menuListTriggers');
    const alert = addOn.runtime.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Danh sách trigger');
    expect(alert.prompt.split('\n').slice(0, 6)).toEqual([
      '• Nhận biểu mẫu: mỗi lần có người gửi',
      '• Soát bài gửi bị sót: mỗi giờ',
      '• Gửi thư đang chờ: mỗi ngày, 6 giờ',
      '• Tổng hợp tháng: kiểm tra mỗi ngày lúc 6 giờ; gửi bản chính thức một lần, ngày chốt tháng (1 + số ngày chờ báo cáo muộn)',
      '• Bản tin tuần: thứ Hai, 7 giờ',
      '• Nhắc chọn mô hình phát thanh tuần tới: thứ Sáu, 7 giờ',
    ]);
  });

  it('the monthly trigger checks daily and sums up the month just ended on the closing day, once', () => {
    const addOn = november();
    const fired = addOn.runtime.triggers
      .runUntil(new Date('2026-12-02T07:00:00+07:00'))
      .filter((f) => !['sweepResponses', 'sendQueuedMail', 'sendRecipientMail'].includes(f.handler)); // hourly and daily
    const count = (handler: string) => fired.filter((f) => f.handler === handler).length;
    expect(fired.filter((f) => f.error !== undefined)).toEqual([]);
    expect([count(WEEKLY_HANDLER), count('radioReminder'), count(MONTHLY_HANDLER)]).toEqual([4, 4, 30]);
    expect(tabNames(addOn)).toContain(NOV);
    expect(tabNames(addOn)).not.toContain('Tổng hợp 10/2026'); // October's final was before the add-on's time
    expect(leadershipMails(addOn)).toHaveLength(1);
  });
});
