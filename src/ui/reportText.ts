// How reports name months, weeks, days and deeds for people: 11/2026, "Tuần 45 (02/11–08/11)", 27/11/2026.
import { parseLocalDate, viDate, viDayMonth } from '../domain/calendar';
import type { ReportDeed, ReportWeek, Supplement } from '../domain/summary';
import * as MSG_REPORT from '#shared/messages/report';

/** A month's summary before its closing day: figures up to `until` (dd/MM/yyyy), final on `closing`. */
export interface MonthDraft {
  until: string;
  closing: string;
}

/** What the tab and the email add to a month's figures: the draft mark, what came after last month's email. */
export interface MonthExtras {
  draft?: MonthDraft;
  supplement?: Supplement;
  /** When last month's final email went (dd/MM/yyyy HH:mm), '' when it did not. */
  sinceText: string;
}

/** The month's title, with «Tạm tính đến …» on a draft. */
export function monthTitle(month: string, draft: MonthDraft | undefined): string {
  const title = MSG_REPORT.title(monthLabel(month));
  return draft ? `${title} — ${MSG_REPORT.draftMark(draft.until)}` : title;
}

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
