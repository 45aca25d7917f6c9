// Retention (issue 13), through the bundle: the daily outbox run clears email bodies, raw answers and before/after
// values once past the days «Cấu hình» sets, keeps the rows, and says so in «Nhật ký»; the reviewer's note reaches
// leadership only when marked «[LĐ]»; a failed send's log masks the recipients.
import { auditRow } from '../../src/domain/auditLine';
import { auditRows } from '../auditView';
import type { AddOn } from '../../local/addon';
import { ADMIN, LEADER, runTrigger, submitAnswers } from '../../local/flows';
import { AUDIT, NEEDS_FIX, OUTBOX } from '../../src/domain/tabs';
import * as MSG_RETENTION from '../../src/shared/messages/retention';
import { GOOD, freshAddOn, okValue, review, tabRows } from '../helpers';
import { monthlyAt, putDeeds } from './reporting-fixtures';
import { masked } from '../../src/gas/mail';

const DAY = 24 * 3600_000;
const daily = (addOn: AddOn, days: number) => {
  addOn.runtime.clock.advance(days * DAY);
  addOn.runtime.setUser(ADMIN);
  runTrigger(addOn, 'sendQueuedMail');
};
const retentionLines = (addOn: AddOn) =>
  auditRows(addOn)
    .filter((r) => r[3] === MSG_RETENTION.action)
    .map((r) => [r[4], r[6]]);

describe('retention', () => {
  it('clears bodies after 90 days, raw answers after 180, before/after after 730; rows and who-did-what stay', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, { ...GOOD, title: 'Ví', description: 'quá ngắn' }); // «Báo cáo bị trả lại», and its mail sent
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'note', note: 'Đã gọi điện' }));
    expect(monthlyAt(addOn, '2026-12-04T07:00:00+07:00').error).toBeUndefined(); // November's report to leadership
    const kinds = () => tabRows(addOn, OUTBOX.name).map((r) => r[OUTBOX.col.kind]);
    expect(kinds()).toEqual([...Array(4).fill(expect.stringMatching(/^Báo/)), 'Tổng hợp tháng']);
    expect(tabRows(addOn, OUTBOX.name).every((r) => r[OUTBOX.col.body] !== '')).toBe(true);

    daily(addOn, 30); // the unit's notices went whole after 14 days; the report keeps its body for 90
    expect(kinds()).toEqual(['Tổng hợp tháng']);
    expect(tabRows(addOn, OUTBOX.name)[0]![OUTBOX.col.body]).not.toBe('');
    daily(addOn, 70); // 100 days: the report keeps its row without its body
    expect(tabRows(addOn, OUTBOX.name)[0]![OUTBOX.col.body]).toBe('');
    expect(tabRows(addOn, OUTBOX.name)[0]![OUTBOX.col.status]).toBe('Đã gửi');
    expect(tabRows(addOn, NEEDS_FIX.name)[0]![NEEDS_FIX.col.answers]).not.toBe('');
    daily(addOn, 100); // 200 days
    expect(tabRows(addOn, NEEDS_FIX.name)[0]![NEEDS_FIX.col.answers]).toBe('');
    expect(tabRows(addOn, NEEDS_FIX.name)[0]![NEEDS_FIX.col.id]).not.toBe('');
    const note = () => auditRows(addOn).find((r) => r[3] === 'ghi chú')!;
    expect(note()[6]).toBe('Đã gọi điện');
    daily(addOn, 545); // 745 days
    expect([note()[1], note()[2], note()[5], note()[6]]).toEqual([expect.any(String), id, '', '']);
    expect(retentionLines(addOn)).toEqual([
      // The refusal's notice and the deed's receipt, each to the unit's address in «Đơn vị» and the one typed.
      [OUTBOX.name, MSG_RETENTION.cleared(4, MSG_RETENTION.what.notices, 14)],
      [OUTBOX.name, MSG_RETENTION.cleared(1, MSG_RETENTION.what.mail, 90)],
      [NEEDS_FIX.name, MSG_RETENTION.cleared(1, MSG_RETENTION.what.raw, 180)],
      [AUDIT.name, MSG_RETENTION.cleared(1, MSG_RETENTION.what.audit, 730)],
    ]);
  });

  it('a unit’s finished notices go after 14 days; younger ones and those still waiting stay', () => {
    const addOn = freshAddOn();
    const notices = () => tabRows(addOn, OUTBOX.name).map((r) => r[OUTBOX.col.subject]);
    submitAnswers(addOn, { ...GOOD, title: 'Ví', description: 'quá ngắn' }); // two notices, sent
    addOn.runtime.clock.advance(10 * DAY);
    submitAnswers(addOn, GOOD); // two receipts, sent
    const receipts = notices().slice(2);
    submitAnswers(addOn, { ...GOOD, title: 'Sửa cầu khỉ cho học sinh' }); // two receipts, whose send was cut off:
    const outbox = addOn.runtime.spreadsheet.getSheetByName(OUTBOX.name)!; // not known to be sent, never re-sent
    outbox.getRange(6, OUTBOX.col.status + 1, 2, 1).setValues(Array(2).fill(['Đang gửi']));
    const waiting = notices().slice(4);
    daily(addOn, 5); // 15 days after the refusal's two notices, 5 after the others
    expect(notices()).toEqual([...receipts, ...waiting]);
    daily(addOn, 10); // 15 days after the receipts; the uncertain ones stay whatever their age
    expect(notices()).toEqual(waiting);
  });

  it('a message still waiting keeps its body whatever its age', () => {
    const addOn = freshAddOn();
    addOn.runtime.faults.mailQuotaLeft(0);
    submitAnswers(addOn, { ...GOOD, title: 'Ví', description: 'quá ngắn' });
    addOn.runtime.clock.advance(200 * DAY);
    addOn.runtime.faults.mailQuotaLeft(0);
    runTrigger(addOn, 'sendQueuedMail');
    expect(tabRows(addOn, OUTBOX.name)[0]![OUTBOX.col.body]).not.toBe('');
  });
});

describe('retention at scale', () => {
  it('reads only the rows it has not handled yet, not the whole «Nhật ký», day after day', () => {
    const addOn = freshAddOn();
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    const at = addOn.runtime.clock.now();
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      auditRow(at, ADMIN, `VT-${i}`, 'note', 'Ghi chú', 'trước', 'sau'),
    );
    audit.insertRowsAfter(audit.getMaxRows(), rows.length);
    audit.getRange(audit.getLastRow() + 1, 1, rows.length, AUDIT.width).setValues(rows);
    daily(addOn, 1);
    addOn.runtime.meter.reset();
    daily(addOn, 1); // nothing is old yet: a bisection of the dates, a few cells each
    expect(addOn.runtime.meter.cellsRead).toBeLessThan(2_000); // the whole tab is 210,000 cells
    daily(addOn, 800); // everything is old now: at most 20,000 rows a run, the rest on the next days
    // The values leave each line, who did what to which column stays: one read, one write of the rows' run.
    expect(audit.getRange(20_000, 4).getValue()).toBe('note · Ghi chú');
    expect(audit.getRange(30_000, 4).getValue()).toBe('note · Ghi chú: trước → sau');
    addOn.runtime.meter.reset();
    daily(addOn, 1);
    expect(audit.getRange(30_000, 4).getValue()).toBe('note · Ghi chú');
    expect(addOn.runtime.meter.cellsRead).toBeLessThan(10_000 * 4 + 1_000); // the rest's four columns, not the tab
    expect(addOn.runtime.meter.cellsWritten).toBeLessThan(10_000 + 100); // one cell a line rewritten
  });
});

describe('retention and a person sorting «Nhật ký»', () => {
  it('never writes one row’s shortened line over another’s, whenever the sort lands', () => {
    const column = (id: string) => (Number(id.slice(3)) % 2 ? 'Ghi chú' : 'Tên việc tốt');
    let skipped = 0;
    for (let nth = 1; nth <= 40; nth++) {
      const addOn = freshAddOn();
      const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
      const at = addOn.runtime.clock.now();
      const first = audit.getLastRow() + 1;
      const ids = Array.from({ length: 30 }, (_, i) => `VT-${i}`);
      audit
        .getRange(first, 1, ids.length, AUDIT.width)
        .setValues(ids.map((id) => auditRow(at, ADMIN, id, 'note', column(id), `trước ${id}`, `sau ${id}`)));
      addOn.runtime.clock.advance(800 * DAY);
      // A reviewer sorts «Nhật ký» by «Mã việc tốt», descending, while the job runs.
      addOn.runtime.faults.duringCall(
        'Spreadsheet.Range.getValue',
        () => {
          const range = audit.getRange(first, 1, ids.length, AUDIT.width);
          range.setValues(range.getValues().reverse());
        },
        nth,
      );
      daily(addOn, 0);
      addOn.runtime.faults.reset();
      const rows = audit.getRange(first, 1, ids.length, AUDIT.width).getValues();
      for (const r of rows) expect(String(r[3]).startsWith(`note · ${column(String(r[2]))}`)).toBe(true);
      if (rows.some((r) => String(r[3]).includes(' → '))) skipped++;
    }
    expect(skipped).toBeGreaterThan(0); // some sorts landed between the read and the write: those lines waited
  });
});

describe('what leaves the Sheet', () => {
  it('the reviewer’s note reaches leadership only when it opens with «[LĐ]»', () => {
    const addOn = freshAddOn();
    putDeeds(addOn, [
      { doneOn: '2026-11-03', thuKhen: true, note: 'Nội bộ: chưa xác minh' },
      { doneOn: '2026-11-04', thuKhen: true, note: '[LĐ] Đề nghị khen sớm' },
    ]);
    // The month's final goes to leadership on its closing day (1 + «Số ngày chờ báo cáo muộn…», 3 by default).
    expect(monthlyAt(addOn, '2026-12-04T07:00:00+07:00').error).toBeUndefined();
    const mail = addOn.runtime.mail.sent.find((m) => m.to.includes(LEADER))!;
    expect(mail.body).toContain('Đề nghị khen sớm');
    expect(mail.body).not.toContain('[LĐ]');
    expect(mail.body).not.toContain('chưa xác minh');
  });

  it('a failed send is logged with its recipients masked', () => {
    expect(masked('an@example.org, binh.tran@example.net')).toBe('a…@example.org, b…@example.net');
  });
});
