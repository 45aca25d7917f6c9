// Interleaved executions: another execution run at a lock release sees only committed cells and cannot take held locks.
import { createRuntime, loadBundle, type Runtime } from '../../local/runtime';

/** A bundle with a counter in A1 of the first sheet, bumped under the document lock, flushed or not. */
function counter(): Runtime {
  const rt = createRuntime();
  loadBundle(
    rt,
    `
    function cell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); }
    function bump(flush) {
      const lock = LockService.getDocumentLock();
      lock.waitLock(30000);
      const n = Number(cell().getValue()) + 1;
      cell().setValue(n);
      if (flush) SpreadsheetApp.flush();
      lock.releaseLock();
      return n;
    }
    function read() { return cell().getValue(); }
    function tryDocumentLock() { return LockService.getDocumentLock().tryLock(1000); }
    function tryScriptLock() { return LockService.getScriptLock().tryLock(1000); }
    function append(v, flush) {
      const lock = LockService.getDocumentLock();
      lock.waitLock(30000);
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      const row = sheet.getLastRow() + 1;
      sheet.appendRow([v]);
      if (flush) SpreadsheetApp.flush();
      lock.releaseLock();
      return row;
    }
    function insertRowsAbove() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].insertRowsBefore(1, 2); }
    function holdScriptThenBump(flush) {
      LockService.getScriptLock().waitLock(1000);
      return bump(flush);
    }`,
  );
  return rt;
}

describe('write cache and interleaved executions', () => {
  it('refuses, as not emulated, rows inserted by another execution above a write still pending', () => {
    const rt = counter();
    rt.faults.onLockRelease('document', () => rt.run('insertRowsAbove'));
    expect(() => rt.run('bump', [false])).toThrow(/not emulated: inserting or deleting rows/);
  });

  it('another execution run at the release does not see a write that was not flushed', () => {
    const rt = counter();
    let seen: unknown;
    rt.faults.onLockRelease('document', () => (seen = rt.run('read')));
    expect(rt.run('bump', [false])).toBe(1);
    expect(seen).toBe('');
    expect(rt.run('read')).toBe(1); // committed at the end of the execution
  });

  it('SpreadsheetApp.flush() before releaseLock makes it visible, and lost updates disappear', () => {
    const lost = counter();
    lost.faults.onLockRelease('document', () => lost.run('bump', [false]));
    lost.run('bump', [false]);
    expect(lost.run('read')).toBe(1); // two increments, one survives: the second read the stale 0

    const rt = counter();
    rt.faults.onLockRelease('document', () => rt.run('bump', [true]));
    rt.run('bump', [true]);
    expect(rt.run('read')).toBe(2);
  });

  it('a read by the execution itself commits its pending writes', () => {
    const rt = counter();
    loadBundle(
      rt,
      `function writeReadRelease() {
         const lock = LockService.getDocumentLock();
         lock.waitLock(1000);
         const range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
         range.setValue(7);
         range.getValue();
         lock.releaseLock();
       }
       function read() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }`,
    );
    let seen: unknown;
    rt.faults.onLockRelease('document', () => (seen = rt.run('read')));
    rt.run('writeReadRelease');
    expect(seen).toBe(7);
  });

  it('locks still held by the releasing execution exclude the other one (tryLock false after the wait)', () => {
    const rt = counter();
    const got: unknown[] = [];
    rt.faults.onLockRelease('document', () => {
      got.push(rt.run('tryDocumentLock'), rt.run('tryScriptLock'));
    });
    const before = rt.clock.now().getTime();
    rt.run('holdScriptThenBump', [true]);
    expect(got).toEqual([true, false]);
    expect(rt.clock.now().getTime() - before).toBe(1000); // the script lock's whole wait
  });

  it('an unflushed appendRow lands after what the other execution appended meanwhile', () => {
    const stale = counter();
    let other: unknown;
    stale.faults.onLockRelease('document', () => (other = stale.run('append', ['second', false])));
    expect(stale.run('append', ['first', false])).toBe(1);
    expect(other).toBe(1); // it also counted row 1: the first row was not committed
    const sheet = stale.spreadsheet.getSheets()[0]!;
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['second'], ['first']]);

    const rt = counter();
    rt.faults.onLockRelease('document', () => (other = rt.run('append', ['second', true])));
    rt.run('append', ['first', true]);
    expect(other).toBe(2);
    expect(rt.spreadsheet.getSheets()[0]!.getRange('A1:A2').getValues()).toEqual([['first'], ['second']]);
  });

  it('fires at the nth release only, once', () => {
    const rt = counter();
    const seen: unknown[] = [];
    rt.faults.onLockRelease('document', () => seen.push(rt.run('read')), 2);
    rt.run('bump', [true]);
    expect(seen).toEqual([]);
    rt.run('bump', [true]);
    rt.run('bump', [true]);
    expect(seen).toEqual([2]);
  });
});
