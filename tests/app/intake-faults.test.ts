// Faults during intake: a busy lock, a Sheets failure half way, a trigger firing twice at the same moment —
// the submission is stored, or kept whole in «Chờ xử lý» and recorded by the retry trigger a minute later.
import { deliverSubmission, runTrigger } from '../../local/flows';
import { GOOD, fireSubmission, freshAddOn, tabRows, titledAnswers } from '../helpers';
import { DEED, INCIDENTS, LONG_TEXT, NEEDS_FIX, PENDING } from '../../src/domain/tabs';

describe('intake under faults', () => {
  it('keeps a submission whose lock timed out and records it when the retry trigger runs', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.faults.holdLock('document', true);
    const result = fireSubmission(addOn, GOOD) as { status: string; id: string; reasons: string[] };
    expect(result.status).toBe('queued');
    expect(result.reasons[0]).toContain('Chờ xử lý');
    expect(tabRows(addOn, DEED.name)).toEqual([]);
    expect(tabRows(addOn, PENDING.name).map((r) => [r[0], String(r[2])])).toEqual([
      [result.id, expect.stringContaining('Sheet đang bận')],
    ]);
    expect(runtime.triggers.list().filter((t) => t.handler === 'retryPending')).toHaveLength(1);

    // Still busy a minute later: the queue stays, and the retry is scheduled again.
    runtime.clock.advance(61_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, PENDING.name)).toHaveLength(1);
    expect(runtime.triggers.list().filter((t) => t.handler === 'retryPending' && t.nextRun)).toHaveLength(1);

    runtime.faults.holdLock('document', false);
    runtime.clock.advance(6 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([result.id]);
    expect(tabRows(addOn, PENDING.name)).toEqual([]);
  });

  it('records a long backlog 200 submissions an execution, the rest a minute later, none twice (issue 12)', () => {
    // A Workspace account (6 h of trigger runtime a day): 205 submissions each waiting 30 s for the lock fit.
    const addOn = freshAddOn({ triggerRuntimeMs: 6 * 3_600_000 });
    const { runtime } = addOn;
    runtime.faults.holdLock('document', true);
    for (let i = 0; i < 205; i++) fireSubmission(addOn, { ...GOOD, title: `${GOOD.title} (lần ${i + 1})` });
    runtime.faults.holdLock('document', false);
    expect(tabRows(addOn, PENDING.name)).toHaveLength(205);
    runTrigger(addOn, 'retryPending');
    expect(tabRows(addOn, DEED.name)).toHaveLength(200);
    expect(tabRows(addOn, PENDING.name)).toHaveLength(5);
    runTrigger(addOn, 'retryPending'); // the follow-up it asked for
    expect(new Set(tabRows(addOn, DEED.name).map((r) => r[0])).size).toBe(205);
    expect(tabRows(addOn, PENDING.name)).toEqual([]);
    expect(runtime.triggers.list().filter((t) => t.handler === 'retryPending')).toEqual([]);
  });

  it('keeps a submission when Sheets fails half way, with no half-written row', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    fireSubmission(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình' });
    // Every read of the submission succeeds; its first write (the deed's row) fails.
    runtime.faults.failNextSheetsCall(1, undefined, ['write', 'commit']);
    const result = fireSubmission(addOn, GOOD) as { status: string; id: string; reasons: string[] };
    expect(result.status).toBe('queued');
    expect(String(tabRows(addOn, PENDING.name)[0]![2])).toContain('Service Spreadsheets failed');
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
    runtime.clock.advance(61_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toContain(result.id);
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
  });

  it('records the deed unchecked when the duplicate index fails, and tells the admins in «Sự cố»', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    fireSubmission(addOn, { ...GOOD, title: 'Lượt đầu: nạp cấu hình' });
    // The outbox's tab and its header (looked up first, app/intake.ts), then the same round trips as above and the
    // filter checks of «Việc tốt» and «Báo cáo bị trả lại»: the next call is the duplicate index's first read.
    runtime.faults.failNextSheetsCall(2 + 5 + 1 + 2 + 2);
    const result = fireSubmission(addOn, GOOD) as { status: string; id: string };
    expect(result.status).toBe('stored');
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toContain(result.id);
    const incident = tabRows(addOn, INCIDENTS.name).find((r) => r[1] === 'Kiểm tra trùng lặp');
    expect(String(incident?.[3])).toMatch(/^Không đọc\/ghi được chỉ mục trùng lặp \(.*Service Spreadsheets failed/);
  });

  it('records once when the trigger fires twice for one response, even if the first is queued', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.faults.holdLock('document', true);
    const fired = deliverSubmission(addOn, GOOD);
    const first = fired.result as { status: string; id: string };
    runtime.faults.holdLock('document', false);
    const second = runtime.triggers.fire(fired.trigger, fired.event).result as { status: string; id: string };
    expect([first.status, second.status]).toEqual(['queued', 'stored']);
    expect(second.id).toBe(first.id);
    runtime.clock.advance(61_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([first.id]);
    expect(tabRows(addOn, PENDING.name)).toEqual([]);
  });

  it('keeps a 60,000-character submission whole in the queue', () => {
    const addOn = freshAddOn();
    const long = `${GOOD.description} ${'Đ'.repeat(60_000)}`;
    addOn.runtime.faults.holdLock('document', true);
    expect(fireSubmission(addOn, { ...GOOD, description: long })).toEqual(
      expect.objectContaining({ status: 'queued' }),
    );
    addOn.runtime.faults.holdLock('document', false);
    addOn.runtime.clock.advance(61_000);
    addOn.runtime.triggers.runDue();
    const parts = tabRows(addOn, LONG_TEXT.name);
    expect(parts.map((p) => p[3]).join('')).toBe(long);
  });
});

describe('an execution cut off at the time limit', () => {
  const answers = titledAnswers();

  it('loses nothing: the hourly sweep records the response from the form’s own sheet, once', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.faults.executionDeadline(100); // modelled ms: the trigger dies after its first Sheets call
    const fired = runtime.submitForm(runtime.forms[0]!, answers);
    runtime.faults.executionDeadline(null);
    expect(String(fired[0]!.error)).toContain('Exceeded maximum execution time');
    expect(tabRows(addOn, DEED.name)).toEqual([]);

    runtime.clock.advance(5 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name)).toEqual([]); // too fresh: its own trigger might still be at it

    runtime.clock.advance(60 * 60_000);
    runtime.triggers.runDue();
    const rows = tabRows(addOn, DEED.name);
    expect(rows).toHaveLength(1);
    expect(rows[0]![DEED.col.description]).toBe(GOOD.description);
    expect(rows[0]![DEED.col.details]).toBe('Điện thoại: 0912345678');

    // Delivered again by Apps Script, or swept again: still one row.
    expect((runtime.triggers.fire(fired[0]!.trigger, fired[0]!.event).result as { status: string }).status).toBe(
      'duplicate',
    );
    runtime.clock.advance(60 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('the sweep leaves alone what the trigger already recorded', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.submitForm(runtime.forms[0]!, answers);
    runtime.submitForm(runtime.forms[0]!, { ...answers, 'Tên việc tốt': 'Ví' }); // kept in «Cần bổ sung»
    runtime.clock.advance(2 * 60 * 60_000);
    runtime.triggers.runDue();
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
    expect(tabRows(addOn, NEEDS_FIX.name)).toHaveLength(1);
  });
});
