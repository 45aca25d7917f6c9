// Intake through the real bundle on the emulated runtime: stored rows, kept failures, double firing,
// hostile text, long text, both kinds of event, and a constant number of Sheets calls per submission.
import { gas } from '../../local/runtime';
import { submitAnswers } from '../../local/flows';
import { DEED, LONG_TEXT, NEEDS_FIX } from '../../src/domain/tabs';
import { KEYS_PER_DEED, MAX_CANDIDATES } from '../../src/domain/duplicateBands';
import {
  fireSubmission,
  freshAddOn,
  getDeed,
  GOOD,
  isDate,
  olderInstallation,
  sentMail,
  tabRows,
  titledAnswers,
} from '../helpers';

const deedCell = (row: unknown[] | undefined, key: keyof typeof DEED.col) => row?.[DEED.col[key]];

describe('a good submission', () => {
  it('becomes one categorised row in «Việc tốt» with status Mới, version 1, week and month', () => {
    const addOn = freshAddOn();
    const result = submitAnswers(addOn, GOOD);
    expect(result).toEqual({
      status: 'stored',
      id: expect.stringMatching(/^VT-[0-9a-f]{12}$/),
      field: 'trat_tu_do_thi',
      reasons: [],
    });
    const rows = tabRows(addOn, DEED.name);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(deedCell(row, 'id')).toBe(result.id);
    expect(deedCell(row, 'unitCode')).toBe('X-ANPHU');
    expect(deedCell(row, 'status')).toBe('Mới');
    expect(deedCell(row, 'version')).toBe(1);
    expect(deedCell(row, 'month')).toBe('2026-11');
    expect(deedCell(row, 'field')).toBe('Trật tự lòng, lề đường; giải tỏa không gian đường bộ');
    expect(String(deedCell(row, 'fieldReason'))).toContain('lòng lề đường');
    expect(deedCell(row, 'details')).toBe('Đề nghị: Thư khen\nĐiện thoại: 0912345678'); // the leading zero survives
    const detail = getDeed(addOn, result.id!);
    expect([detail.unitType, detail.week, detail.phone]).toEqual(['xa_thi_tran', '2026-W47', '0912345678']);
    expect(isDate(deedCell(row, 'doneOn'))).toBe(true);
    expect(tabRows(addOn, NEEDS_FIX.name)).toEqual([]);
    expect(
      addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getRange(1, 1, 1, DEED.headers.length).getValues()[0],
    ).toEqual(DEED.headers);
  });

  it('stores text typed on an NFD keyboard as NFC', () => {
    const addOn = freshAddOn();
    // Choices are the form's own (NFC); what people type in text boxes may arrive as NFD.
    const typed = ['performerName', 'title', 'description'];
    const nfd = Object.fromEntries(
      Object.entries(GOOD).map(([k, v]) => [k, typed.includes(k) ? `  ${v.normalize('NFD')} ` : v]),
    );
    expect(nfd.title).not.toBe(GOOD.title);
    expect(submitAnswers(addOn, nfd).status).toBe('stored');
    const title = String(deedCell(tabRows(addOn, DEED.name)[0], 'title'));
    expect(title).toBe(GOOD.title);
    expect(title).toBe(title.normalize('NFC'));
  });

  it('keeps the unit’s own field and flags a confident disagreement for the reviewer', () => {
    const addOn = freshAddOn();
    const result = submitAnswers(addOn, { ...GOOD, field: 'Hòa giải bức xúc của Nhân dân' });
    expect(result.field).toBe('hoa_giai');
    const row = tabRows(addOn, DEED.name)[0];
    expect(deedCell(row, 'flagged')).toBe(true);
    expect(String(deedCell(row, 'fieldReason'))).toMatch(/Đơn vị chọn «Hòa giải bức xúc của Nhân dân», hệ thống gợi ý/);
  });

  it('reads "today" in Asia/Ho_Chi_Minh: at 00:10 on 1 November there (still 31 October in UTC) a deed of 1 November is not in the future', () => {
    const addOn = freshAddOn({ now: new Date('2026-11-01T00:10:00+07:00') });
    expect(submitAnswers(addOn, { ...GOOD, doneOn: '2026-11-01' }).status).toBe('stored');
    expect(submitAnswers(addOn, { ...GOOD, doneOn: '2026-10-31', title: 'Việc tốt ngày 31 tháng 10' }).status).toBe(
      'stored',
    );
    const ids = tabRows(addOn, DEED.name).map((r) => String(deedCell(r, 'id')));
    expect(ids.map((id) => [getDeed(addOn, id).doneOn, getDeed(addOn, id).week])).toEqual([
      ['2026-11-01', '2026-W44'],
      ['2026-10-31', '2026-W44'],
    ]);
  });
});

describe('a submission that fails validation', () => {
  it('is kept whole in «Báo cáo bị trả lại» with every reason, and the submitter is told what to fix', () => {
    const addOn = freshAddOn();
    const bad = { ...GOOD, title: 'Ví', description: 'quá ngắn', doneOn: '2027-01-01', proposal: 'Giấy khen' };
    const result = submitAnswers(addOn, bad);
    expect(result.status).toBe('needs_fix');
    expect(result.reasons).toHaveLength(4);
    expect(tabRows(addOn, DEED.name)).toEqual([]);
    const kept = tabRows(addOn, NEEDS_FIX.name);
    expect(kept).toHaveLength(1);
    expect(kept[0]![0]).toBe(result.id);
    expect(String(kept[0]![4]).split('\n')).toEqual(result.reasons);
    const raw = JSON.parse(String(kept[0]![6])) as { answers: Record<string, string> };
    expect(raw.answers).toEqual(expect.objectContaining({ title: 'Ví', description: 'quá ngắn', unit: GOOD.unit }));
    const mail = sentMail(addOn).at(-1)!;
    expect(mail.to).toBe(GOOD.email);
    expect(mail.subject).toBe(`[Việc tốt] Báo cáo ${result.id!} bị trả lại: cần sửa`);
    for (const reason of result.reasons) expect(mail.body).toContain(reason);
  });

  it('writes only to the unit’s address in «Đơn vị» when the submitter gave none', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, { ...GOOD, email: '', doneOn: '2030-01-01' });
    expect(sentMail(addOn).map((m) => m.to)).toEqual(['x-anphu@example.org']);
    expect(tabRows(addOn, NEEDS_FIX.name)).toHaveLength(1);
  });
});

describe('repeated deliveries', () => {
  it('records a double firing of the trigger once', () => {
    const addOn = freshAddOn();
    const fired = addOn.runtime.submitForm(addOn.runtime.forms[0]!, titledAnswers());
    const again = addOn.runtime.triggers.fire(fired[0]!.trigger, fired[0]!.event);
    expect((fired[0]!.result as { status: string }).status).toBe('stored');
    expect(again.result).toEqual(
      expect.objectContaining({ status: 'duplicate', id: (fired[0]!.result as { id: string }).id }),
    );
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('skips the blank second event that Apps Script sometimes sends, and logs it', () => {
    const addOn = freshAddOn();
    const { ScriptApp, SpreadsheetApp } = gas(addOn.runtime);
    ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
    const trigger = addOn.runtime.triggers.list().find((t) => t.handler === 'onFormSubmit' && t.source !== 'FORMS')!;
    const result = addOn.runtime.triggers.fire(trigger, {
      namedValues: { 'Dấu thời gian': ['27/11/2026 9:00:00'] },
      values: ['27/11/2026 9:00:00'],
      triggerUid: trigger.uid, // delivered by the trigger, as every installable trigger's event
    });
    expect(result.result).toEqual(expect.objectContaining({ status: 'duplicate' }));
    expect(tabRows(addOn, DEED.name)).toEqual([]);
    expect(addOn.runtime.logs.map((l) => l.message).join('\n')).toContain('không có câu trả lời');
  });

  it('gives the same response the same id from a form-bound and a spreadsheet-bound trigger', () => {
    const addOn = freshAddOn();
    const form = addOn.runtime.forms[0]!;
    olderInstallation(addOn);
    const fired = addOn.runtime.submitForm(form, titledAnswers());
    expect(fired).toHaveLength(2);
    expect(fired.map((f) => (f.result as { status: string }).status)).toEqual(['stored', 'duplicate']);
    expect((fired[0]!.event as { response?: unknown }).response).toBeDefined();
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });
});

describe('what people type is kept safe', () => {
  it('stores formula-like answers as text, never as formulas', () => {
    const addOn = freshAddOn();
    const hostile = {
      ...GOOD,
      performerName: '=HYPERLINK("http://evil.example","bấm")',
      title: '+SUM(1,2) giúp dân',
      place: '-1+1',
      description: '@IMPORTXML lấn chiếm lòng lề đường ' + GOOD.description,
    };
    expect(fireSubmission(addOn, hostile)).toEqual(expect.objectContaining({ status: 'stored' }));
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const range = sheet.getRange(2, 1, 1, DEED.headers.length);
    expect(range.getFormulas()[0]!.every((f) => f === '')).toBe(true);
    const row = range.getValues()[0];
    expect(deedCell(row, 'performerName')).toBe(hostile.performerName);
    expect(deedCell(row, 'title')).toBe(hostile.title);
    expect(deedCell(row, 'details')).toBe(`Địa điểm: ${hostile.place}\nĐề nghị: Thư khen\nĐiện thoại: 0912345678`);
  });

  it('cuts text over the cell limit with a marker and keeps all of it in «Văn bản dài»', () => {
    const addOn = freshAddOn();
    const long = `${GOOD.description} ${'Bà con ấp Chợ cùng dọn vỉa hè. '.repeat(2000)}`.trim();
    expect(long.length).toBeGreaterThan(60_000);
    expect(fireSubmission(addOn, { ...GOOD, description: long })).toEqual(
      expect.objectContaining({ status: 'stored' }),
    );
    const stored = String(deedCell(tabRows(addOn, DEED.name)[0], 'description'));
    expect(stored.length).toBeLessThanOrEqual(50_000);
    expect(stored).toContain('[đã cắt: văn bản dài');
    const parts = tabRows(addOn, LONG_TEXT.name);
    expect(parts.map((p) => p[2])).toEqual([1, 2]);
    expect(parts.map((p) => p[3]).join('')).toBe(long);
  });
});

describe('cost', () => {
  /** Fills the deeds tab to `rows` rows (ids only), as a year of a city's campaign would. */
  function grow(addOn: ReturnType<typeof freshAddOn>, rows: number): void {
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    sheet.insertRowsAfter(sheet.getMaxRows(), rows);
    const ids = Array.from({ length: rows }, (_, i) => [`VT-${i.toString(16).padStart(12, '0')}`]);
    sheet.getRange(2, 1, rows, 1).setValues(ids);
  }

  function callsForOneSubmission(rows: number): Record<string, number> {
    const addOn = freshAddOn();
    grow(addOn, rows);
    submitAnswers(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình vào bộ nhớ đệm' });
    addOn.runtime.meter.reset();
    expect(submitAnswers(addOn, GOOD).status).toBe('stored');
    const calls = addOn.runtime.meter.snapshot().calls;
    return Object.fromEntries(
      Object.entries(calls).filter(
        ([k]) => k.startsWith('Spreadsheet.') && !k.includes('getRange') && !k.includes('TextFinder.match'),
      ),
    );
  }

  it('costs the same few Sheets calls with 10 rows and with 250,000 rows', () => {
    const small = callsForOneSubmission(10);
    const large = callsForOneSubmission(250_000);
    expect(large).toEqual(small);
    const addOn = freshAddOn();
    submitAnswers(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình' });
    addOn.runtime.meter.reset();
    submitAnswers(addOn, { ...GOOD, email: '' });
    // 14 whatever the text: the tabs found in one listing of the sheets (gas/sheets.ts); the header rows of «Việc tốt»,
    // «Báo cáo bị trả lại» and «Hộp thư đi» checked (issue 13, app/structureGuard.ts), each once; whether «Việc tốt»
    // and «Báo cáo bị trả lại» have a filter (gas/sheets.ts rowsWhere, issue 13); the search of «Việc tốt» for this
    // response, and three of «Báo cáo bị trả lại» (a delivery recorded there under an older id; does the deed close a
    // refused report: this response's, or the unit's with the same title?); the duplicate index's header row and head
    // cell in one read, its new slot and head written back; the deed's row appended; the receipt's row appended to
    // «Hộp thư đi» — sent a minute later by its own trigger (app/noticeMail.ts), never in the submission's execution
    // (issue 12: MailApp costs ≈ 1.2 s a message) — and the commit at the lock's release. Then the duplicate index's
    // cells (app/duplicates.ts), one getValue or setValue each: a read and a write per bucket, a read per candidate.
    const calls = addOn.runtime.meter.snapshot().calls;
    const count = (key: string) => calls[`Spreadsheet.${key}`] ?? 0;
    const indexCells = count('Range.getValue') + count('Range.setValue');
    expect(addOn.runtime.meter.sheetsCalls() - indexCells).toBe(14);
    expect(count('Range.getValue')).toBeLessThanOrEqual(KEYS_PER_DEED + MAX_CANDIDATES);
    expect(count('Range.setValue')).toBeLessThanOrEqual(KEYS_PER_DEED + 2);
    expect(count('Spreadsheet.getSheets')).toBe(1);
    expect(count('Spreadsheet.getSheetById') + count('Spreadsheet.getSheetByName')).toBe(0);
    expect(count('Sheet.getFilter')).toBe(2);
    expect(calls['Mail.MailApp.sendEmail']).toBeUndefined();
    expect(calls['Spreadsheet.Sheet.getLastRow']).toBeUndefined();
    expect(calls['Spreadsheet.SpreadsheetApp.flush']).toBe(1); // the lock's release: one commit of everything
    // no sheet read but the header rows' (of «Việc tốt», «Báo cáo bị trả lại», «Hộp thư đi» and the duplicate index,
    // each once)
    expect(count('Range.getValues')).toBe(4);
  });

  it('holds the document lock for the deed’s own searches and writes: the tabs, header rows and filters are asked before', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình' });
    const { meter, faults } = addOn.runtime;
    meter.reset();
    const at: Record<string, number>[] = [];
    const mark = () => at.push({ ...meter.snapshot().calls, sheets: meter.sheetsCalls() });
    faults.duringCall('Lock.Lock.tryLock', mark);
    faults.duringCall('Lock.Lock.releaseLock', mark);
    // A receipt to the unit's address in «Đơn vị» and one to the address typed in the form.
    expect(submitAnswers(addOn, GOOD).status).toBe('stored');
    const [taken = {}, released = {}] = at;
    const under = (key: string) => (released[key] ?? 0) - (taken[key] ?? 0);
    // Before the lock: the listing of the sheets (the execution's first, cold read), the three header rows, the two
    // filter questions (160 ms each in the latency model, LATENCY.md).
    expect(taken.sheets).toBe(6);
    expect(under('Spreadsheet.Sheet.getFilter')).toBe(0);
    expect(under('Spreadsheet.Spreadsheet.getSheets')).toBe(0);
    expect(under('Spreadsheet.Range.getValues')).toBe(1); // the duplicate index's header row and head cell
    expect(under('sheets')).toBe(meter.sheetsCalls() - 6);
    // The deed's row and the two receipts' by appendRow, without finding the outbox's end (two metadata calls); the
    // signing secret read once for both receipts (gas/signature.ts).
    expect(under('Spreadsheet.Sheet.appendRow')).toBe(3);
    expect(under('Spreadsheet.Sheet.getLastRow') + under('Spreadsheet.Sheet.getMaxRows')).toBe(0);
    expect(under('Properties.Properties.getProperty')).toBe(1);
  });
});
