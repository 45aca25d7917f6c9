// The document lock around every write that must not interleave with another execution.
/** Google's own onFormSubmit example waits 30 s for the lock (APPS-SCRIPT-FACTS.md). */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(waitMs); // throws "Lock timeout…" after the wait: the caller decides what is kept
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
