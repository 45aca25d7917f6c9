// Fault switches and LockService: locks held elsewhere time out, Sheets calls fail atomically, deadlines bite.
import { createRuntime, gas, loadBundle } from '../../local/runtime';

describe('LockService', () => {
  it('waitLock throws the real message after waiting the whole timeout when another execution holds the lock', () => {
    const rt = createRuntime();
    const { LockService } = gas(rt);
    rt.faults.holdLock('script', true);
    const before = rt.clock.now().getTime();
    expect(() => LockService.getScriptLock().waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(rt.clock.now().getTime() - before).toBe(30_000);
    expect(rt.meter.snapshot().breakdownMs['lock.wait']).toBe(30_000);
  });

  it('tryLock returns false instead, and hasLock tells whether this execution holds it', () => {
    const rt = createRuntime();
    const { LockService } = gas(rt);
    rt.faults.holdLock('document', true);
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    rt.faults.holdLock('document', false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('releases locks when the execution that took them ends', () => {
    const rt = createRuntime();
    loadBundle(
      rt,
      `
      function take() { LockService.getScriptLock().waitLock(1000); return LockService.getScriptLock().hasLock(); }
      function check() { return LockService.getScriptLock().tryLock(0); }`,
    );
    expect(rt.run('take')).toBe(true);
    expect(rt.run('check')).toBe(true);
  });
});

describe('faults', () => {
  it('failNextSheetsCall fails the n-th next round trip and keeps the state before it', () => {
    const rt = createRuntime();
    const sheet = rt.spreadsheet.getActiveSheet();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    rt.faults.failNextSheetsCall(2);
    sheet.getRange('A1').getValue(); // first round trip passes
    expect(() =>
      sheet.getRange('A1:B2').setValues([
        [9, 9],
        [9, 9],
      ]),
    ).toThrow(`Service Spreadsheets failed while accessing document with id ${rt.spreadsheet.getId()}.`);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('builder calls such as getRange are not Sheets round trips and never fail', () => {
    const rt = createRuntime();
    rt.faults.failNextSheetsCall(1, 'boom');
    const range = rt.spreadsheet.getActiveSheet().getRange('A1');
    expect(() => range.getValue()).toThrow('boom');
    expect(range.getValue()).toBe('');
  });

  it('mailQuotaLeft sets the remaining quota', () => {
    const rt = createRuntime();
    rt.faults.mailQuotaLeft(1);
    const { MailApp } = gas(rt);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail('a@example.org,b@example.org', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  it('executionDeadline stops every call once the modelled time runs out', () => {
    const rt = createRuntime();
    loadBundle(rt, `function slow() { for (var i = 0; i < 100; i++) Utilities.sleep(1000); }`);
    rt.faults.executionDeadline(5_000);
    expect(() => rt.run('slow')).toThrow('Exceeded maximum execution time');
    expect(() => rt.spreadsheet.getName()).toThrow('Exceeded maximum execution time');
    rt.faults.reset();
    expect(rt.spreadsheet.getName()).toBe('Mỗi tuần làm một việc tốt');
  });
});
