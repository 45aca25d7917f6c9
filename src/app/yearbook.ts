// The yearly Kỷ yếu (guidance III.1, «xây dựng Kỷ yếu»): after the 19/5 honours, the honours year's gương điển hình
// and the deeds reviewers ticked «Kỷ yếu», compiled by the five loại hình and sent to the reviewers as a PDF.
import { checked } from './structureGuard';
import { STATUSES } from '#shared/codes';
import { isoDate, viDate } from '../domain/calendar';
import type { LocalDate } from '../domain/calendar';
import { honoursOf } from '../domain/ladder';
import type { Settings } from '../domain/settings';
import { DEED } from '../domain/tabs';
import * as M from '#shared/messages/recipients';
import { tab } from '../gas/sheets';
import { yearbookHtml } from '../ui/yearbook';
import { cellText } from './deedRows';
import { holds } from '../domain/recognitionCells';
import type { Outgoing } from './outbox';
import { STORY_DATA, dayFormatter, readSpans, reportDeedOf } from './reportData';

/** The day after the honours: the year of deeds it closed is compiled (a missed day is caught up until month end). */
export function yearbookDue(day: LocalDate): boolean {
  return day.month === 5 && day.day >= 20;
}

/** The Kỷ yếu of the honours year that ended on 19 May of `day`'s year, or undefined when nothing was chosen. */
export function yearbookMessage(day: LocalDate, settings: Settings): Outgoing | undefined {
  const { date, from } = honoursOf({ year: day.year, month: 5, day: 19 });
  const found = tab(DEED.name);
  const sheet = found && checked(found, DEED); // read by column position
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2 || settings.reviewers.length === 0) return undefined;
  const isoDay = dayFormatter();
  const index = readSpans(sheet, 2, last - 1, [
    ['status', 'status'],
    ['doneOn', 'doneOn'],
    ['honours', 'media'],
  ]);
  const [lo, hi] = [isoDate(from), isoDate(date)];
  const picked: number[] = [];
  for (let i = 0; i < last - 1; i++) {
    const done = isoDay(index('doneOn', i));
    const chosen = holds('guongDienHinh', index('honours', i)) || holds('kyYeu', index('media', i));
    if (chosen && done >= lo && done <= hi && cellText(index('status', i)) === STATUSES.da_duyet) picked.push(i);
  }
  const first = picked[0];
  const end = picked[picked.length - 1];
  if (first === undefined || end === undefined) return undefined;
  const data = readSpans(sheet, first + 2, end - first + 1, STORY_DATA);
  const entries = picked.map((i) => ({
    deed: reportDeedOf((key) => data(key, i - first), isoDay, true),
    model: holds('guongDienHinh', index('honours', i)),
  }));
  const years = `${from.year}–${date.year}`;
  const file = M.yearbookFile(date.year);
  return {
    kind: 'yearbook',
    period: String(date.year),
    to: settings.reviewers,
    subject: M.yearbookSubject(years, entries.length),
    body: M.yearbookBody(years, entries.length, file),
    attachments: [
      {
        name: file,
        html: yearbookHtml(settings.organisation, years, entries),
        ifMissing: M.yearbookMissing(viDate(from), viDate(date)),
      },
    ],
  };
}
