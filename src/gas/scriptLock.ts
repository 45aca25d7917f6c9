// The script lock around a report job and around sending mail, so that two runs (a trigger and the menu) never interleave.
// Intake and review take the document lock instead, and are never held up by a long report.
import { release } from './lock';

const WAIT_MS = 30_000;

/** Runs the work under the script lock; `busy` when another execution held it for the whole wait. */
export function withScriptLock<T>(work: () => T, waitMs = WAIT_MS): { busy: false; value: T } | { busy: true } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { busy: true };
  try {
    return { busy: false, value: work() };
  } finally {
    release(lock);
  }
}
