// A deed's value as «Nhật ký»'s «Trước»/«Sau» columns show it: people read that tab, so a tick is «Có»/«Không».

const TICK = { true: 'Có', false: 'Không' } as const;

/** The value to write: a tick in words, anything else as it is. */
export function auditCell<T>(value: T): Exclude<T, boolean> | string {
  return typeof value === 'boolean' ? TICK[`${value}`] : (value as Exclude<T, boolean>);
}

/** Whether an audited value says ticked: «Có», or TRUE in rows written before ticks were put in words. */
export function auditTicked(value: unknown): boolean {
  const text = String(value).trim().toLowerCase();
  return text === TICK.true.toLowerCase() || text === 'true';
}
