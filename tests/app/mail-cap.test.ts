// The cap on mail a form respondent can make the add-on send (issue 13): one «Cần bổ sung» mail per address a day,
// a fixed share of the day's quota, a reserve kept for leadership and admins, held-back mail visible, one incident a day.
import type { AddOn } from '../../local/addon';
import { ADMIN, deliverNotices, runTrigger, submitKeyed } from '../../local/flows';
import { INCIDENTS, NEEDS_FIX, OUTBOX } from '../../src/domain/tabs';
import * as MSG_FORM_MAIL from '../../src/shared/messages/formMail';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import { GOOD, sentMail, tabRows, withoutUnitAddresses } from '../helpers';
import { leadershipMails, monthlyAt, setSetting, sheetAt } from './reporting-fixtures';

/** FORM_MAIL_PER_DAY in src/app/outbox.ts. */
const SHARE = 20;
/** Refused (a deed done in 2030, a description too short), with the sender's own words for the title. */
const HOSTILE = { ...GOOD, title: 'Trúng thưởng', description: 'Bấm vào link', doneOn: '2030-01-01' };
const victim = (i: number) => `nan-nhan${i}@example.com`;
/** The «Cần bổ sung» mails sent (to the addresses typed in the form). */
const needsFixMails = (addOn: AddOn) => sentMail(addOn).filter((m) => m.to.startsWith('nan-nhan'));
const outbox = (addOn: AddOn) =>
  tabRows(addOn, OUTBOX.name).map((r) => ({
    to: r[OUTBOX.col.to],
    status: r[OUTBOX.col.status],
    note: r[OUTBOX.col.note],
  }));
const capIncidents = (addOn: AddOn) =>
  tabRows(addOn, INCIDENTS.name).filter((r) => r[INCIDENTS.col.job] === MSG_FORM_MAIL.job);

/**
 * A Sheet set up on the 1st before dawn, with an admin to tell and the leadership's monthly email due at 06:00. The
 * units have no address in «Đơn vị»: this is about the addresses typed in the form (a unit's own: unit-notice.test).
 */
function sheetOnThe1st(): AddOn {
  const addOn = sheetAt('2026-12-01T00:10:00+07:00');
  setSetting(addOn, 'Email quản trị', ADMIN);
  withoutUnitAddresses(addOn);
  return addOn;
}

/** `n` refused submissions from whoever has the form's link, each to the address `to(i)`. */
function flood(addOn: AddOn, n: number, to: (i: number) => string): void {
  for (let i = 0; i < n; i++) {
    const result = submitKeyed(addOn, { ...HOSTILE, title: `Trúng thưởng ${i}`, email: to(i) });
    expect(result.status).toBe('needs_fix');
  }
  deliverNotices(addOn); // the minute after: the notices go from their one-time trigger
}

describe('mail a form respondent can trigger', () => {
  it('sends one «Cần bổ sung» mail to an address a day, however many refused submissions name it', () => {
    const addOn = sheetOnThe1st();
    flood(addOn, 100, () => victim(0));
    expect(needsFixMails(addOn)).toHaveLength(1);
    // Every submission is kept with its reasons; the outbox says why 99 mails were not sent.
    const kept = tabRows(addOn, NEEDS_FIX.name);
    expect(kept).toHaveLength(100);
    for (const row of kept) expect(String(row[NEEDS_FIX.col.reasons])).not.toBe('');
    const rows = outbox(addOn);
    expect(rows.filter((r) => r.status === MSG_OUTBOX.status.sent)).toHaveLength(1);
    const held = rows.filter((r) => r.status === MSG_OUTBOX.status.held);
    expect(held).toHaveLength(99);
    for (const r of held)
      expect(r).toEqual({
        to: victim(0),
        status: 'Không gửi: quá giới hạn thư từ biểu mẫu',
        note: MSG_FORM_MAIL.sameRecipient,
      });
    // A unit sending two flawed reports in a day is ordinary: no incident for that.
    expect(capIncidents(addOn)).toEqual([]);
  });

  it('sends at most the day’s share to 100 addresses, says so once, and the leadership’s email still goes at 06:00', () => {
    const addOn = sheetOnThe1st();
    flood(addOn, 100, victim);
    expect(needsFixMails(addOn)).toHaveLength(SHARE);
    const rows = outbox(addOn);
    expect(rows.filter((r) => r.status === MSG_OUTBOX.status.sent)).toHaveLength(SHARE);
    const held = rows.filter((r) => r.status === MSG_OUTBOX.status.held);
    expect(held).toHaveLength(100 - SHARE);
    expect(new Set(held.map((r) => r.note))).toEqual(new Set([MSG_FORM_MAIL.dailyShare(SHARE)]));
    expect(capIncidents(addOn)).toHaveLength(1);
    expect(sentMail(addOn).filter((m) => m.to === ADMIN && m.subject.includes(MSG_FORM_MAIL.job))).toHaveLength(1);

    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(1);
  });

  it('starts each day afresh, with one incident a day at most', () => {
    const addOn = sheetOnThe1st();
    flood(addOn, SHARE + 5, victim);
    addOn.runtime.clock.set(new Date('2026-12-02T09:00:00+07:00'));
    flood(addOn, SHARE + 5, (i) => victim(100 + i));
    expect(needsFixMails(addOn)).toHaveLength(2 * SHARE);
    expect(capIncidents(addOn).map((r) => r[INCIDENTS.col.period])).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('never spends the quota kept for the leadership’s report and the admins, whatever the share left', () => {
    const addOn = sheetOnThe1st();
    // Reserve: 1 leader, and the admin twice (the report job's incident mail, and the cap's own).
    addOn.runtime.faults.mailQuotaLeft(3 + 4);
    flood(addOn, 10, victim);
    expect(needsFixMails(addOn)).toHaveLength(4);
    const waiting = outbox(addOn).filter((r) => r.status === MSG_OUTBOX.status.unsent);
    expect(waiting).toHaveLength(6);
    for (const r of waiting) expect(r.note).toBe(MSG_FORM_MAIL.reserve(3));
    expect(capIncidents(addOn)).toHaveLength(1);

    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    expect(leadershipMails(addOn)).toHaveLength(1);
  });

  it('holds for the mail the daily trigger sends too (queued while a report job held the script lock)', () => {
    const addOn = sheetOnThe1st();
    addOn.runtime.faults.holdLock('script');
    flood(addOn, 30, () => victim(0));
    flood(addOn, 30, (i) => victim(1 + i));
    expect(needsFixMails(addOn)).toEqual([]);
    addOn.runtime.faults.holdLock('script', false);
    runTrigger(addOn, 'sendQueuedMail');
    expect(needsFixMails(addOn)).toHaveLength(SHARE);
    expect(new Set(needsFixMails(addOn).map((m) => m.to)).size).toBe(SHARE);
    runTrigger(addOn, 'sendQueuedMail');
    expect(needsFixMails(addOn)).toHaveLength(SHARE);
  });

  it('puts no text of the sender’s in the subject, and quotes the title on one line, cut short', () => {
    const addOn = sheetOnThe1st();
    const title = `Tài khoản của bạn bị khoá\r\nBấm vào http://lua-dao.example ${'x'.repeat(300)}`;
    const { id } = submitKeyed(addOn, { ...HOSTILE, title, email: victim(0) });
    const [mail] = needsFixMails(addOn);
    expect(mail!.subject).toBe(`[Việc tốt] Báo cáo ${id!} bị trả lại: cần sửa`);
    const quoted = /«([^»]*)»/.exec(mail!.body)![1]!;
    expect(quoted).toBe(`Tài khoản của bạn bị khoá Bấm vào http://lua-dao.example ${'x'.repeat(300)}`.slice(0, 120));
  });
});

describe('what a refused submission costs', () => {
  /** Fills «Hộp thư đi» and «Cần bổ sung» to `rows` rows, as a busy year would. */
  function grow(addOn: AddOn, rows: number): void {
    for (const name of [OUTBOX.name, NEEDS_FIX.name]) {
      const sheet = addOn.runtime.spreadsheet.getSheetByName(name)!;
      sheet.insertRowsAfter(sheet.getMaxRows(), rows);
      sheet.getRange(2, 1, rows, 1).setValues(Array.from({ length: rows }, (_, i) => [`cu|${i}`]));
    }
  }

  /** The Sheets calls of a refused submission that mails, then of a second one to the same address (held back). */
  function calls(rows: number): Record<string, number>[] {
    const addOn = sheetOnThe1st();
    flood(addOn, 1, () => victim(99)); // the config cached, the tabs made
    grow(addOn, rows);
    return [victim(0), victim(0)].map((to, i) => {
      addOn.runtime.meter.reset();
      expect(submitKeyed(addOn, { ...HOSTILE, title: `Lần ${i}`, email: to }).status).toBe('needs_fix');
      return Object.fromEntries(
        Object.entries(addOn.runtime.meter.snapshot().calls).filter(
          ([k]) => k.startsWith('Spreadsheet.') && !k.includes('getRange') && !k.includes('TextFinder.match'),
        ),
      );
    });
  }

  it('is the same few Sheets calls at 10 and at 20,000 rows, and no more when the mail is held back', () => {
    const small = calls(10);
    const large = calls(20_000);
    expect(large).toEqual(small);
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    const [mailed, held] = small.map(total);
    // The submission only queues its notice: whether it is mailed or held back is the sending run's affair.
    expect(held).toBe(mailed);
  });
});
