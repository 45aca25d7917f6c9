// How reports name months, weeks, days and deeds for people: 11/2026, "Tuần 45 (02/11–08/11)", 27/11/2026.
import { parseLocalDate, viDate, viDayMonth } from '../domain/calendar';
import type { ReportDeed, ReportWeek } from '../domain/summary';
import { MSG_REPORT } from '#shared/messages';

/** "2026-11" → "11/2026". */
export function monthLabel(key: string): string {
  return `${key.slice(5, 7)}/${key.slice(0, 4)}`;
}

/** "Tuần 45 (02/11–08/11)": the ISO week number and the days it has in the month shown. */
export function weekLabel(w: ReportWeek): string {
  const [from, to] = [viDayMonth(w.first), viDayMonth(w.last)];
  return MSG_REPORT.week(w.key.slice(-2), from === to ? from : `${from}–${to}`);
}

/** "2026-11-27" → "27/11/2026"; '' stays ''. */
export function dayLabel(iso: string): string {
  const d = parseLocalDate(iso);
  return d ? viDate(d) : '';
}

/** Unit · performer · day, what identifies a deed after its title. */
export function deedMeta(d: ReportDeed): string {
  return [d.unitName, d.performerName, dayLabel(d.doneOn)].filter((s) => s !== '').join(' · ');
}
