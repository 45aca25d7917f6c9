// The one lock contract: the document lock around writes that must not interleave (intake, review, set-up), the
// script lock around report jobs and sending mail; either is waited for, and released only after a flush.
import * as MSG from '#shared/messages/general';

/** Google's own onFormSubmit example waits 30 s for the lock (APPS-SCRIPT-FACTS.md). */
export const LOCK_WAIT_MS = 30_000;

export type LockKind = 'document' | 'script';

/** Another execution held the lock for the whole wait: nothing was done, the caller decides what is kept. */
export class LockBusy extends Error {
  constructor(readonly kind: LockKind) {
    super(MSG.lockBusy(kind)); // read by people: in «Chờ xử lý», «Sự cố» and alerts
    this.name = 'LockBusy';
  }
}

/** Runs the work under the lock; throws LockBusy when it was not had within `waitMs`. */
export function withLock<T>(kind: LockKind, work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = kind === 'document' ? LockService.getDocumentLock() : LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new LockBusy(kind);
  try {
    return work();
  } finally {
    release(lock);
  }
}

/** The work under the document lock (see withLock). */
export const withDocumentLock = <T>(work: () => T, waitMs = LOCK_WAIT_MS): T => withLock('document', work, waitMs);

/**
 * Commits the pending Sheets writes, then releases the lock: writes are batched, and the next holder would
 * otherwise read the values from before them (APPS-SCRIPT-FACTS.md, "Locks and the write cache";
 * developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
 */
function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}
