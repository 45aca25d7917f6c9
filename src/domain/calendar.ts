// Calendar arithmetic on local dates (Asia/Ho_Chi_Minh days): parsing answers, ISO weeks, months.
// Pure: the time zone is applied once, where an instant becomes a local date (gas/clock.ts).

export interface LocalDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 for a local date (proleptic Gregorian), the basis of every comparison. */
export function dayNumber(d: LocalDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The local day of an instant where no clock is at hand (domain code, set-up's folds): Asia/Ho_Chi_Minh keeps UTC+7
 * all year, no summer time. Everywhere else the clock (gas/clock.ts) applies the zone.
 */
export function localDayOf(instant: Date): LocalDate {
  return fromDayNumber(Math.floor((instant.getTime() + 25_200_000) / 86_400_000));
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date as a person or the form gives it: "2026-11-27" (form-bound events),
 * "27/11/2026" or "27-11-2026" or "27.11.2026" (a vi_VN sheet; day first), optionally followed by a time.
 */
export function parseLocalDate(input: string): LocalDate | undefined {
  const text = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function checked(year: number, month: number, day: number): LocalDate | undefined {
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** ISO 8601 date: yyyy-MM-dd (how dates travel in code and JSON). */
export function isoDate(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** dd/MM/yyyy: how dates are shown to people (DOMAIN.md, Rhythm). */
export function viDate(d: LocalDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
}

/** dd/MM: a day within a known year, as weeks are named ("23/11–29/11"). */
export function viDayMonth(d: { day: number; month: number }): string {
  return `${pad(d.day)}/${pad(d.month)}`;
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(d: LocalDate): number {
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

/** The Monday of the date's week: weeks run Monday to Sunday. */
export function mondayOf(d: LocalDate): LocalDate {
  return fromDayNumber(dayNumber(d) - isoWeekday(d) + 1);
}

/** ISO week key such as "2026-W48": the week belongs to the year of its Thursday. */
export function isoWeekKey(d: LocalDate): string {
  const thursday = fromDayNumber(dayNumber(mondayOf(d)) + 3);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

/** Month key such as "2026-11". */
export function monthKey(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}

export function parseMonthKey(key: string): { year: number; month: number } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** The month before, as a key: the monthly job on the 1st sums up the month just ended. */
export function previousMonthKey(d: LocalDate): string {
  return d.month === 1 ? `${d.year - 1}-12` : `${pad(d.year, 4)}-${pad(d.month - 1)}`;
}

/** The day a month's summary becomes final: the 1st of the next month plus the grace days for late reports. */
export function closingDay(monthKey: string, graceDays: number): LocalDate {
  const m = parseMonthKey(monthKey);
  if (!m) throw new Error(`Bad month key ${monthKey}`);
  const first = m.month === 12 ? { year: m.year + 1, month: 1, day: 1 } : { year: m.year, month: m.month + 1, day: 1 };
  return fromDayNumber(dayNumber(first) + graceDays);
}

/** Monday of every week that has at least one day in the month, in order. */
export function weeksOfMonth(year: number, month: number): LocalDate[] {
  const first = dayNumber({ year, month, day: 1 });
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const last = dayNumber(next) - 1;
  const mondays: LocalDate[] = [];
  for (let n = dayNumber(mondayOf(fromDayNumber(first))); n <= last; n += 7) mondays.push(fromDayNumber(n));
  return mondays;
}

/** Whole months from start to end (e.g. for the Giấy khen minimum duration). */
export function monthsBetween(start: LocalDate, end: LocalDate): number {
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  return end.day >= start.day ? months : months - 1;
}
