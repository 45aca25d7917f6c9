// A week in a Sheet cell as people read it, «Tuần 48 (23/11–29/11/2026)», and read back to its key ("2026-W48")
// whether the add-on wrote it, a person retyped it with a day of the week, or an older version wrote the key itself.
import * as MSG_REPORT from '#shared/messages/report';
import { dayNumber, fromDayNumber, isoWeekKey, parseLocalDate, viDate, viDayMonth } from './calendar';
import { mondayOfWeekKey } from './summary';

const KEY = /^\d{4}-W\d{2}$/;
const DAY = /\d{1,2}\/\d{1,2}\/\d{4}/g;
const daysOf = (key: string) => {
  const monday = mondayOfWeekKey(key);
  return monday ? [0, 1, 2, 3, 4, 5, 6].map((i) => fromDayNumber(dayNumber(monday) + i)) : [];
};

/** "2026-W48" → "Tuần 48 (23/11–29/11/2026)"; '' (no week) stays ''. */
export function weekCell(key: string): string {
  const days = daysOf(key);
  const [monday, sunday] = [days[0], days[6]];
  return monday && sunday ? MSG_REPORT.week(key.slice(-2), `${viDayMonth(monday)}–${viDate(sunday)}`) : key;
}

/** The week a cell names: an older row's key, else the week of the last dd/MM/yyyy day in its text; '' when none. */
export function weekKeyOf(cell: unknown): string {
  const text = String(cell ?? '').trim();
  if (KEY.test(text)) return text;
  const day = parseLocalDate(text.match(DAY)?.pop() ?? '');
  return day ? isoWeekKey(day) : '';
}

/** A regular expression (whole cell, RE2) for the cells holding this week: its key, or one of its days, anywhere. */
export function weekCellPattern(key: string): string {
  const day = (d: { day: number; month: number; year: number }) => `0?${d.day}/0?${d.month}/${d.year}`;
  return `(?:.*\\D)?(?:${[key, ...daysOf(key).map(day)].join('|')})(?:\\D.*)?`;
}
