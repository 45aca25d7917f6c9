// Who may act, through the bundle: the installation belongs to the admin who ran set-up; a user who granted only
// some scopes is told what to do instead of failing half way; the retry of «Chờ xử lý» handles each row on its
// own and backs off, so one damaged row or a stuck Sheet cannot burn the owner's daily trigger runtime.
import { ADMIN, REVIEWER } from '../../local/flows';
import { GOOD, fireSubmission, freshAddOn, sidebarCall, tabRows, titledAnswers } from '../helpers';
import { DEED, INCIDENTS, PENDING } from '../../src/domain/tabs';

const OTHER_ADMIN = 'pho.ban@example.org';
const SCOPE = 'https://www.googleapis.com/auth/';
const ALL_BUT = (missing: string) =>
  [
    'spreadsheets.currentonly',
    'forms',
    'script.send_mail',
    'script.scriptapp',
    'script.container.ui',
    'userinfo.email',
    'drive.file',
  ]
    .filter((s) => s !== missing)
    .map((s) => SCOPE + s);
const HOUR = 3_600_000;

const triggerSummary = (addOn: ReturnType<typeof freshAddOn>) =>
  addOn.runtime.triggers.list().map((t) => [t.handler, t.owner]);

describe('the installation belongs to the admin who ran set-up', () => {
  it('a second admin’s set-up creates no second form and no second set of triggers, and says who owns it', () => {
    const addOn = freshAddOn();
    const before = triggerSummary(addOn);
    addOn.call('menuSetup', [], { user: OTHER_ADMIN });
    expect(addOn.runtime.forms).toHaveLength(1);
    expect(triggerSummary(addOn)).toEqual(before);
    const alert = addOn.runtime.ui.alerts.at(-1)!;
    expect(alert.prompt).toContain(`do ${ADMIN} cài (biểu mẫu, trigger)`);
    expect(alert.prompt).toContain(`Hãy nhờ ${ADMIN} chạy «Thiết lập»`);
    addOn.call('menuSetup', [], { user: ADMIN }); // the owner still can
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
    expect(triggerSummary(addOn)).toEqual(before);
  });

  it('a transient error opening the form stops set-up with a message and never creates a new form', () => {
    const addOn = freshAddOn();
    const before = triggerSummary(addOn);
    addOn.runtime.faults.failNextFormOpen();
    addOn.call('menuSetup');
    expect(addOn.runtime.forms).toHaveLength(1);
    expect(triggerSummary(addOn)).toEqual(before);
    const alert = addOn.runtime.ui.alerts.at(-1)!;
    expect(alert.prompt).toContain('Không mở được biểu mẫu hiện có');
    expect(alert.prompt).toContain('không tạo biểu mẫu mới');
    addOn.call('menuSetup');
    expect(addOn.runtime.ui.alerts.at(-1)!.prompt).toContain('Đã thiết lập xong');
    expect(addOn.runtime.forms).toHaveLength(1);
  });
});

describe('a user who granted only some scopes', () => {
  it('a menu item shows what to do, with the authorization URL, and does nothing else', () => {
    const addOn = freshAddOn();
    addOn.runtime.faults.grantScopes(ADMIN, ALL_BUT('script.send_mail'));
    addOn.call('menuMonthlyReport', [], { user: ADMIN });
    const alert = addOn.runtime.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Cần cấp quyền');
    expect(alert.prompt).toMatch(/chưa cấp đủ quyền[\s\S]*https:\/\/script\.google\.com\//);
    expect(addOn.runtime.mail.sent).toEqual([]);
    expect(tabRows(addOn, INCIDENTS.name)).toEqual([]);
  });

  it('a trigger records an incident and stops cleanly; the hourly sweep records the response once consent is given', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.faults.grantScopes(ADMIN, ALL_BUT('forms'));
    const [fired] = runtime.submitForm(runtime.forms[0]!, titledAnswers());
    expect(fired!.error).toBeUndefined();
    expect(tabRows(addOn, DEED.name)).toEqual([]);
    const incidents = tabRows(addOn, INCIDENTS.name);
    expect(incidents).toHaveLength(1);
    expect(String(incidents[0]![3])).toContain('Trigger «onFormSubmit» đã dừng');
    expect(String(incidents[0]![4])).toContain('https://script.google.com/');
    runtime.faults.grantScopes(ADMIN, null);
    runtime.triggers.runUntil(new Date(runtime.clock.now().getTime() + 2 * HOUR));
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('a sidebar call returns the contract’s refusal in Vietnamese', () => {
    const addOn = freshAddOn();
    addOn.runtime.faults.grantScopes(REVIEWER, ALL_BUT('script.send_mail'));
    expect(sidebarCall(addOn, REVIEWER, 'getSidebarState')).toEqual({
      ok: false,
      code: 'forbidden',
      error: expect.stringContaining('chưa cấp đủ quyền'),
    });
    expect(sidebarCall(addOn, ADMIN, 'getSidebarState')).toEqual(expect.objectContaining({ ok: true }));
  });
});

describe('the retry of «Chờ xử lý»', () => {
  function queueThree(addOn: ReturnType<typeof freshAddOn>): string[] {
    addOn.runtime.faults.holdLock('document', true);
    const ids = ['Một', 'Hai', 'Ba'].map(
      (n) => (fireSubmission(addOn, { ...GOOD, title: `${GOOD.title} (${n})` }) as { id: string }).id,
    );
    addOn.runtime.faults.holdLock('document', false);
    return ids;
  }

  it('sets a damaged row aside and records the others, with bounded trigger runtime over a day', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    const [first, broken, third] = queueThree(addOn);
    runtime.spreadsheet.getSheetByName(PENDING.name)!.getRange(3, 4).setValue('{"sourceKey":"x","answers":{"ti');
    const fired = runtime.triggers.runUntil(new Date(runtime.clock.now().getTime() + 24 * HOUR));
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([first, third]);
    const left = tabRows(addOn, PENDING.name);
    expect(left.map((r) => [r[0], String(r[2]).startsWith('ĐỂ RIÊNG')])).toEqual([[broken, true]]);
    const incidents = tabRows(addOn, INCIDENTS.name);
    expect(incidents.map((r) => [r[2], String(r[3])])).toEqual([
      [broken, 'Dòng 2 của «Chờ xử lý» có dữ liệu hỏng nên không ghi lại được; các bài khác vẫn được ghi.'],
    ]);
    const retries = fired.filter((f) => f.handler === 'retryPending');
    expect(retries).toHaveLength(1);
    // (the two deeds' receipts included: four messages, to each unit's address and the typed one, 1.2 s each)
    expect(retries[0]!.runtimeMs).toBeLessThan(15_000);
    expect(retries.every((f) => f.error === undefined)).toBe(true);
    expect(runtime.triggers.list().filter((t) => t.handler === 'retryPending')).toEqual([]);
  });

  it('backs off while the Sheet stays busy, so the owner’s other triggers still run at the end of the day', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    runtime.faults.holdLock('document', true);
    const queued = fireSubmission(addOn, GOOD) as { id: string };
    const fired = runtime.triggers.runUntil(new Date(runtime.clock.now().getTime() + 24 * HOUR));
    const retries = fired.filter((f) => f.handler === 'retryPending');
    expect(retries.length).toBeLessThanOrEqual(30);
    expect(fired.filter((f) => String(f.error).includes('too much computer time'))).toEqual([]);
    const spent = (results: typeof fired) => results.reduce((ms, f) => ms + (f.runtimeMs ?? 0), 0);
    expect(spent(retries)).toBeLessThan(20 * 60_000); // 29 tries of a 30 s lock wait: about 15 min
    expect(spent(fired)).toBeLessThan(45 * 60_000); // of the 90 min a consumer account has
    expect(tabRows(addOn, INCIDENTS.name).filter((r) => String(r[3]).includes('Chờ xử lý'))).toHaveLength(1);
    runtime.faults.holdLock('document', false);
    runtime.triggers.runUntil(new Date(runtime.clock.now().getTime() + HOUR));
    expect(tabRows(addOn, DEED.name).map((r) => r[0])).toEqual([queued.id]);
    expect(tabRows(addOn, PENDING.name)).toEqual([]);
  });
});
