// Fake LockService: a lock held by another execution (a fault switch, runtime.faults.holdLock, or an execution a test
// runs meanwhile, runtime.faults.onLockRelease) is not acquired; waiting for it advances the clock by the timeout.
// https://developers.google.com/apps-script/reference/lock/lock
// Locks are released when the execution that holds them ends. Releasing commits nothing: writes not flushed stay
// unseen by the next holder (write-cache.ts).

import { Facade, type Context, type Emulates } from './context';
import type { Faults, LockKind } from './faults';

/** The message users report for waitLock timing out (APPS-SCRIPT-FACTS.md, [community]). */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds each lock: scope key ('script', 'document', 'user:<email>') → execution id. */
export class LockTable {
  readonly owners = new Map<string, number>();

  releaseAll(executionId: number): void {
    for (const [key, owner] of this.owners) if (owner === executionId) this.owners.delete(key);
  }
}

type GasLock = GoogleAppsScript.Lock.Lock;

export class FakeLock extends Facade implements Emulates<GasLock, 'waitLock' | 'tryLock' | 'hasLock' | 'releaseLock'> {
  constructor(
    ctx: Context,
    private readonly table: LockTable,
    private readonly faults: Faults,
    private readonly kind: LockKind,
    private readonly key: string,
  ) {
    super(ctx, 'Lock.Lock');
  }

  private available(): boolean {
    if (this.faults.isLockHeldElsewhere(this.kind)) return false;
    const owner = this.table.owners.get(this.key);
    return owner === undefined || owner === this.ctx.current().id;
  }

  /** Acquires the lock or spends the whole timeout waiting; returns whether it was acquired. */
  private acquire(timeoutInMillis: number): boolean {
    if (!(timeoutInMillis >= 0)) throw this.ctx.error('Invalid argument: timeoutInMillis');
    if (this.available()) {
      this.table.owners.set(this.key, this.ctx.current().id);
      return true;
    }
    this.ctx.clock.advance(timeoutInMillis);
    this.ctx.meter.charge('lock.wait', timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw this.ctx.error(LOCK_TIMEOUT);
  }

  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }

  hasLock(): boolean {
    return this.table.owners.get(this.key) === this.ctx.current().id;
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    this.table.owners.delete(this.key);
    this.faults.lockReleased(this.kind);
  }
}

type GasLockService = GoogleAppsScript.Lock.LockService;

export class FakeLockService
  extends Facade
  implements Emulates<GasLockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  readonly table = new LockTable();

  constructor(
    ctx: Context,
    private readonly faults: Faults,
  ) {
    super(ctx, 'Lock.LockService');
    ctx.onExecutionEnd((execution) => this.table.releaseAll(execution.id));
  }

  getDocumentLock(): FakeLock {
    return new FakeLock(this.ctx, this.table, this.faults, 'document', 'document').proxy;
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.ctx, this.table, this.faults, 'script', 'script').proxy;
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.ctx, this.table, this.faults, 'user', `user:${this.ctx.currentUser()}`).proxy;
  }
}
