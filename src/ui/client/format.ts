// How the sidebar shows dates, weeks and months to people: dd/MM/yyyy, "Tuần 48 (23/11–29/11)", "Tháng 11/2026".
import { dayNumber, fromDayNumber, isoWeekKey, mondayOf, parseLocalDate, weeksOfMonth } from '../../domain/calendar';
import type { LocalDate } from '../../domain/calendar';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { ALL_MONTHS } from '#contract';

const pad = (n: number) => String(n).padStart(2, '0');
const dm = (d: LocalDate) => `${pad(d.day)}/${pad(d.month)}`;

/** "2026-11-27" → "27/11/2026"; anything unparseable is shown as it came. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const d = parseLocalDate(iso);
  return d ? `${dm(d)}/${d.year}` : iso;
}

/** An ISO instant → "27/11/2026 14:05" in the campaign's time zone. */
export function viDateTime(iso: string | null): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Monday of an ISO week key "2026-W48" (week 1 holds 4 January). */
export function weekMonday(key: string): LocalDate | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return undefined;
  const week1 = dayNumber(mondayOf({ year: Number(m[1]), month: 1, day: 4 }));
  return fromDayNumber(week1 + (Number(m[2]) - 1) * 7);
}

/** "2026-W48" → "Tuần 48 (23/11–29/11)". */
export function viWeek(key: string): string {
  const monday = weekMonday(key);
  if (!monday) return key;
  const sunday = fromDayNumber(dayNumber(monday) + 6);
  return MSG_SIDEBAR.format.week(Number(key.slice(6)), dm(monday), dm(sunday));
}

/** "2026-11" → "Tháng 11/2026". */
export function viMonth(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  return m ? MSG_SIDEBAR.format.month(m[2]!, m[1]!) : key === ALL_MONTHS ? MSG_SIDEBAR.format.allMonths : key;
}

/** The month and the 23 before it, newest first. */
function lastMonths(current: string, count = 24): string[] {
  if (!/^\d{4}-\d{2}$/.test(current)) return [current];
  return Array.from({ length: count }, (_, i) => addMonths(current, -i));
}

/** ISO week keys of every week with a day in the month. */
export function weeksOf(month: string): string[] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? weeksOfMonth(Number(m[1]), Number(m[2])).map(isoWeekKey) : [];
}

/** ISO week keys from `before` weeks before `current` to `after` weeks after it (radio picks). */
export function weeksAround(current: string, before: number, after: number): string[] {
  const monday = weekMonday(current);
  if (!monday) return [current];
  const start = dayNumber(monday);
  const keys: string[] = [];
  for (let i = -before; i <= after; i++) keys.push(isoWeekKey(fromDayNumber(start + i * 7)));
  return keys;
}

/** Month keys from `before` months before `current` to `after` months after it (bulletin picks). */
export function monthsAround(current: string, before: number, after: number): string[] {
  return lastMonths(addMonths(current, after), before + after + 1).reverse();
}

function addMonths(key: string, n: number): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}
