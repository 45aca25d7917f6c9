// The emulator's clock: every fake reads time here, so tests can set and advance it.

export interface Clock {
  now(): Date;
  set(d: Date): void;
  advance(ms: number): void;
}

export class ManualClock implements Clock {
  private ms: number;

  constructor(start: Date) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  nowMs(): number {
    return this.ms;
  }

  set(d: Date): void {
    this.ms = d.getTime();
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`clock.advance needs a non-negative number of ms, got ${ms}`);
    this.ms += ms;
  }
}
