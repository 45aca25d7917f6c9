// Fault switches for fault-injection tests: a lock held elsewhere, another execution or a person acting when a lock
// is released or during a call, a failing Sheets call, a failing PDF conversion, mail quota, a deadline, a transient
// failure opening a form, and the scopes a user granted on the granular consent screen.

import type { RoundTripKind } from './meter';
import type { WriteCache } from './write-cache';

export type LockKind = 'document' | 'script' | 'user';

export const EXECUTION_TIME_MESSAGE = 'Exceeded maximum execution time';

/**
 * Apps Script's generic transient failure, reported for every service (e.g. github.com/alexwforsythe/code-blocks
 * issues/82, github.com/RemcoE33/apps-script-driveImage2sheets/issues/1): "wait a bit and try again".
 */
export const TRANSIENT_SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";

interface FaultHooks {
  spreadsheetId(): string;
  setMailQuotaLeft(n: number): void;
  lifetimeMs(): number;
  writes(): WriteCache;
}

export class Faults {
  private heldElsewhere = new Set<LockKind>();
  private sheetsCountdown: number | null = null;
  private sheetsMessage = '';
  private sheetsKinds: readonly RoundTripKind[] | null = null;
  private deadlineAt: number | null = null;
  private formOpenFailure: string | null = null;
  private readonly consent = new Map<string, readonly string[]>();
  private pdfFailures = 0;
  private releaseHooks: { kind: LockKind; countdown: number; run: () => unknown }[] = [];
  private callHooks: { key: string; countdown: number; run: () => unknown }[] = [];

  constructor(private readonly hooks: FaultHooks) {}

  /** Makes the lock of this kind held (or no longer held) by another execution. */
  holdLock(kind: LockKind, held = true): void {
    if (held) this.heldElsewhere.add(kind);
    else this.heldElsewhere.delete(kind);
  }

  isLockHeldElsewhere(kind: LockKind): boolean {
    return this.heldElsewhere.has(kind);
  }

  /**
   * At the `nth` next releaseLock() of a lock of this kind (the lock already free), `run` is called as another
   * execution running meanwhile would be: typically `() => rt.run(…)`, which then sees only what the releasing
   * execution has committed (write-cache.ts) and can take the lock. Locks the releasing execution still holds
   * keep excluding it. Unflushed writes are recorded from this call on.
   */
  onLockRelease(kind: LockKind, run: () => unknown, nth = 1): void {
    if (!Number.isInteger(nth) || nth < 1) throw new RangeError('onLockRelease needs nth >= 1');
    this.hooks.writes().arm();
    this.releaseHooks.push({ kind, countdown: nth, run });
  }

  /** Called by Lock.releaseLock once the lock is free: runs the hooks now due. */
  lockReleased(kind: LockKind): void {
    const due = this.releaseHooks.filter((h) => h.kind === kind && --h.countdown === 0);
    this.releaseHooks = this.releaseHooks.filter((h) => h.countdown > 0);
    for (const hook of due) this.hooks.writes().elsewhere(hook.run);
  }

  /**
   * Just before the `nth` next call of `key` (a meter key: 'Mail.MailApp.sendEmail', 'Sheets.Spreadsheets.create'),
   * `run` is called as a person or another execution acting meanwhile — a send or an API request takes a second or
   * more, and a person's edits take no lock: typically a row deleted or sorted through `rt.spreadsheet`. Like
   * onLockRelease, it sees only what the running execution has committed (write-cache.ts).
   */
  duringCall(key: string, run: () => unknown, nth = 1): void {
    if (!Number.isInteger(nth) || nth < 1) throw new RangeError('duringCall needs nth >= 1');
    this.hooks.writes().arm();
    this.callHooks.push({ key, countdown: nth, run });
  }

  /** Called by Context.invoke before every call: runs the duringCall hooks now due. */
  beforeCall(key: string): void {
    if (this.callHooks.length === 0) return;
    const due = this.callHooks.filter((h) => h.key === key && --h.countdown === 0);
    this.callHooks = this.callHooks.filter((h) => h.countdown > 0);
    for (const hook of due) this.hooks.writes().elsewhere(hook.run);
  }

  /**
   * The n-th next Sheets round trip (n = 1: the very next one) throws `message`, before it changes
   * anything: a multi-row setValues is all-or-nothing, like the real service. With `kinds`, only round trips of
   * those kinds count (['write', 'commit']: the first write, however many reads come before it).
   */
  failNextSheetsCall(n = 1, message?: string, kinds?: readonly RoundTripKind[]): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('failNextSheetsCall needs n >= 1');
    this.sheetsCountdown = n;
    this.sheetsKinds = kinds ?? null;
    this.sheetsMessage =
      message ?? `Service Spreadsheets failed while accessing document with id ${this.hooks.spreadsheetId()}.`;
  }

  /** Called by the runtime before every Sheets round trip; returns the message to throw, if any. */
  takeSheetsFailure(kind: RoundTripKind): string | null {
    if (this.sheetsCountdown === null) return null;
    if (this.sheetsKinds && !this.sheetsKinds.includes(kind)) return null;
    this.sheetsCountdown--;
    if (this.sheetsCountdown > 0) return null;
    this.sheetsCountdown = null;
    return this.sheetsMessage;
  }

  /** The next n PDF conversions (Blob.getAs('application/pdf')) fail, as they do now and then in production. */
  failPdfConversions(n = 1): void {
    if (!Number.isInteger(n) || n < 0) throw new RangeError('failPdfConversions needs n >= 0');
    this.pdfFailures = n;
  }

  /** Called by Blob.getAs before a PDF conversion: whether it fails. */
  takePdfFailure(): boolean {
    if (this.pdfFailures === 0) return false;
    this.pdfFailures--;
    return true;
  }

  /** Sets what MailApp.getRemainingDailyQuota() returns for the current user. */
  mailQuotaLeft(n: number): void {
    this.hooks.setMailQuotaLeft(n);
  }

  /**
   * After `ms` more milliseconds of modelled time (meter time, including sleeps and lock waits) every
   * further call throws 'Exceeded maximum execution time'. null removes the deadline.
   */
  executionDeadline(ms: number | null): void {
    this.deadlineAt = ms === null ? null : this.hooks.lifetimeMs() + ms;
  }

  deadlinePassed(): boolean {
    return this.deadlineAt !== null && this.hooks.lifetimeMs() > this.deadlineAt;
  }

  /** The next FormApp.openById / openByUrl throws `message` (a transient error: the call after it succeeds). */
  failNextFormOpen(message = TRANSIENT_SERVER_ERROR): void {
    this.formOpenFailure = message;
  }

  /** Called by FormApp.openById / openByUrl; returns the message to throw, if any. */
  takeFormOpenFailure(): string | null {
    const message = this.formOpenFailure;
    this.formOpenFailure = null;
    return message;
  }

  /**
   * Granular consent: `user` granted only `scopes` (null: every scope appsscript.json asks for, the default).
   * https://developers.google.com/apps-script/concepts/scopes (users may grant only some scopes).
   */
  grantScopes(user: string, scopes: readonly string[] | null): void {
    if (scopes === null) this.consent.delete(user);
    else this.consent.set(user, [...scopes]);
  }

  /** The scopes `user` granted, or null when they granted every scope the manifest asks for. */
  grantedScopes(user: string): readonly string[] | null {
    return this.consent.get(user) ?? null;
  }

  /** Clears every switch. */
  reset(): void {
    this.heldElsewhere.clear();
    this.releaseHooks = [];
    this.callHooks = [];
    this.pdfFailures = 0;
    this.sheetsCountdown = null;
    this.deadlineAt = null;
    this.formOpenFailure = null;
    this.consent.clear();
  }
}
