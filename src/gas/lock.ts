// The document lock around every write that must not interleave with another execution, and the one way to release a lock.
/** Google's own onFormSubmit example waits 30 s for the lock (APPS-SCRIPT-FACTS.md). */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(waitMs); // throws "Lock timeout…" after the wait: the caller decides what is kept
  try {
    return work();
  } finally {
    release(lock);
  }
}

/**
 * Commits the pending Sheets writes, then releases the lock: writes are batched, and the next holder would
 * otherwise read the values from before them (APPS-SCRIPT-FACTS.md, "Locks and the write cache";
 * developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
 */
export function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}
