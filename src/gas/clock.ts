// Time in the campaign's zone: an instant becomes a local date once, here, with Utilities.formatDate.
import { parseLocalDate } from '../domain/calendar';
import type { LocalDate } from '../domain/calendar';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An instant as local text in the campaign's zone, with a Utilities.formatDate pattern ('dd/MM/yyyy HH:mm'). */
export function formatLocal(instant: GoogleAppsScript.Base.Date, pattern: string): string {
  return Utilities.formatDate(instant, TIME_ZONE, pattern);
}

export function localDateOf(instant: Date): LocalDate {
  const d = parseLocalDate(formatLocal(instant, 'yyyy-MM-dd'));
  if (!d) throw new Error(`Cannot read local date of ${instant.toISOString()}`);
  return d;
}

export function today(): LocalDate {
  return localDateOf(new Date());
}

/** Midnight of a local date, as the Date a cell should hold. */
export function dateAtMidnight(d: LocalDate): Date {
  const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return Utilities.parseDate(iso, TIME_ZONE, 'yyyy-MM-dd');
}

/** A short stable id from any text: the first 12 hex digits of its SHA-256. */
export function digestId(prefix: string, text: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  const hex = bytes
    .slice(0, 6)
    .map((b) => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
  return `${prefix}-${hex}`;
}
