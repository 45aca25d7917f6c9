// ScriptApp triggers: creation, the 20-per-user limit, deletion, schedules and firing as the owner.
import { createRuntime, gas, loadBundle } from '../../local/runtime';

const BUNDLE = `
function daily(e) { Logger.log('daily ' + Session.getEffectiveUser().getEmail()); return e.triggerUid; }
function weekly(e) { return 'weekly'; }
function monthly(e) { return 'monthly'; }
function once(e) { return 'once'; }
function ui(e) { SpreadsheetApp.getUi(); }
function install() {
  var ss = SpreadsheetApp.getActive();
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create();
  ScriptApp.newTrigger('weekly').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
  ScriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(6).create();
  ScriptApp.newTrigger('once').timeBased().after(90 * 60 * 1000).create();
  ScriptApp.newTrigger('daily').forSpreadsheet(ss).onFormSubmit().create();
  return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]; });
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function many(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('once').timeBased().everyHours(1).create(); }
`;

function boot() {
  const rt = createRuntime(); // 2026-11-27 09:00 +07:00, a Friday
  loadBundle(rt, BUNDLE);
  return rt;
}

const at = (iso: string) => new Date(iso).getTime();

describe('triggers', () => {
  it('registers installable triggers with their type and source', () => {
    const rt = boot();
    expect(rt.run('install')).toEqual([
      ['daily', 'CLOCK', 'CLOCK'],
      ['weekly', 'CLOCK', 'CLOCK'],
      ['monthly', 'CLOCK', 'CLOCK'],
      ['once', 'CLOCK', 'CLOCK'],
      ['daily', 'ON_FORM_SUBMIT', 'SPREADSHEETS'],
    ]);
    const submit = rt.triggers.list().find((t) => t.eventType === 'ON_FORM_SUBMIT');
    expect(submit?.sourceId).toBe(rt.spreadsheet.getId());
    expect(gas(rt).ScriptApp.getUserTriggers(rt.spreadsheet)).toHaveLength(1);
  });

  it('computes the next runs in the trigger time zone', () => {
    const rt = boot();
    rt.run('install');
    const next = Object.fromEntries(
      rt.triggers
        .list()
        .filter((t) => t.nextRun !== null)
        .map((t) => [t.handler, t.nextRun]),
    );
    expect(next.daily).toBe(at('2026-11-28T07:00:00+07:00'));
    expect(next.weekly).toBe(at('2026-11-30T08:00:00+07:00'));
    expect(next.monthly).toBe(at('2026-12-01T06:00:00+07:00'));
    expect(next.once).toBe(at('2026-11-27T10:30:00+07:00'));
  });

  it('runs what is due, once per due time, as the trigger owner', () => {
    const rt = boot();
    rt.run('install');
    rt.setUser('someone.else@example.org');
    expect(rt.triggers.runDue()).toEqual([]);
    rt.clock.set(new Date('2026-11-28T07:00:00+07:00'));
    const fired = rt.triggers.runDue();
    expect(fired.map((f) => f.handler)).toEqual(['once', 'daily']);
    expect(rt.logs.at(-1)?.message).toBe('daily admin@example.org');
    const daily = rt.triggers.list().find((t) => t.handler === 'daily' && t.eventType === 'CLOCK')!;
    expect(fired[1]!.result).toBe(daily.uid);
    expect(daily.nextRun).toBe(at('2026-11-29T07:00:00+07:00'));
    expect(rt.triggers.list().find((t) => t.handler === 'once')!.nextRun).toBeNull();
  });

  it('runUntil steps the clock through every scheduled run', () => {
    const rt = boot();
    rt.run('install');
    const fired = rt.triggers.runUntil(new Date('2026-12-07T23:00:00+07:00'));
    const count = (h: string) => fired.filter((f) => f.handler === h).length;
    expect(count('daily')).toBe(10);
    expect(count('weekly')).toBe(2);
    expect(count('monthly')).toBe(1);
    expect(count('once')).toBe(1);
    expect(rt.clock.now().getTime()).toBe(at('2026-12-07T23:00:00+07:00'));
  });

  it('deletes triggers and enforces 20 per user with the real message', () => {
    const rt = boot();
    rt.run('many', [20]);
    expect(() => rt.run('many', [1])).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    rt.setUser('colleague@example.org');
    rt.run('many', [1]);
    expect(rt.triggers.list()).toHaveLength(21);
    rt.setUser('admin@example.org');
    rt.run('removeAll');
    expect(rt.triggers.list().map((t) => t.owner)).toEqual(['colleague@example.org']);
  });

  it('refuses schedules Apps Script refuses', () => {
    const rt = boot();
    const { ScriptApp } = gas(rt);
    expect(() => ScriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow('everyHours');
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow('everyMinutes');
    expect(() => ScriptApp.newTrigger('x').timeBased().create()).toThrow('schedule');
  });

  it('simulates people opening and editing the sheet: simple triggers, then installable ones', () => {
    const rt = createRuntime();
    loadBundle(
      rt,
      `function onOpen(e) { return String(e.authMode); }
       function onEdit(e) { return [e.range.getA1Notation(), e.value, e.oldValue, String(e.authMode)]; }
       function installedEdit(e) { return e.triggerUid; }
       function install() { ScriptApp.newTrigger('installedEdit').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }`,
    );
    expect(rt.openSpreadsheet().map((r) => r.result)).toEqual(['LIMITED']);
    rt.run('install');
    rt.spreadsheet.getActiveSheet().getRange('B2').setValue('cũ');
    const [simple, installed] = rt.userEdit('Trang tính1', 'B2', '0912');
    expect(simple!.result).toEqual(['B2', '912', 'cũ', 'LIMITED']);
    expect(installed!.result).toBe(rt.triggers.list()[0]!.uid);
    expect(rt.spreadsheet.getActiveSheet().getRange('B2').getValue()).toBe(912);
  });

  it('simulates a paste over a range: every cell written as typed, no value or oldValue in the event', () => {
    const rt = createRuntime();
    loadBundle(rt, `function onEdit(e) { return [e.range.getA1Notation(), 'value' in e, 'oldValue' in e]; }`);
    rt.spreadsheet.getActiveSheet().getRange('B2').setValue('cũ');
    const [simple] = rt.userEdit('Trang tính1', 'B2:C3', [
      ['0912', 'a'],
      ['TRUE', ''],
    ]);
    expect(simple!.result).toEqual(['B2:C3', false, false]);
    expect(rt.spreadsheet.getActiveSheet().getRange('B2:C3').getValues()).toEqual([
      [912, 'a'],
      [true, ''],
    ]);
    expect(() => rt.userEdit('Trang tính1', 'B2:C3', [['x']])).toThrow('shape');
  });

  it('has no UI inside a trigger, and reports a missing handler', () => {
    const rt = boot();
    const { ScriptApp } = gas(rt);
    ScriptApp.newTrigger('ui').timeBased().after(0).create();
    ScriptApp.newTrigger('gone').timeBased().after(0).create();
    const [ui, gone] = rt.triggers.runDue();
    expect(String(ui!.error)).toContain('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(String(gone!.error)).toContain('Script function not found: gone');
  });
});
