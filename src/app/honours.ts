// The 19/5 cycle (guidance III.3): early in May, Ban Thường vụ gets the year's Giấy khen and gương điển hình
// proposals the reviewers accepted, each with the performer's history; once a year (the outbox key is the year).
import { honoursOf } from '../domain/ladder';
import { isoDate } from '../domain/calendar';
import type { LocalDate } from '../domain/calendar';
import type { Settings } from '../domain/settings';
import * as MSG_RECIPIENTS from '#shared/messages/recipients';
import { honoursMail } from '../ui/recipientMail';
import { allSuggestions } from './ladder';
import { histories } from './ladderPass';
import type { Outgoing } from './outbox';

/** From the organisation's day in May up to the 18th: the list is due (a missed day is caught up the next). */
export function honoursDue(day: LocalDate, settings: Settings): boolean {
  return day.month === 5 && day.day >= settings.honoursDay && day.day < 19;
}

/** Ban Thường vụ's addresses, or leadership's while those are not set. */
export function honoursRecipients(settings: Settings): string[] {
  return settings.standingBoardEmails.length > 0 ? settings.standingBoardEmails : settings.leadership;
}

/** The list for the honours of `day`'s year, to Ban Thường vụ (to leadership while its address is not set). */
export function honoursMessage(day: LocalDate, settings: Settings): Outgoing {
  const { date, from } = honoursOf(day);
  const since = isoDate(from);
  const proposals = allSuggestions()
    .filter(
      (s) =>
        s.status === 'accepted' &&
        (s.kind === 'guong_dien_hinh'
          ? s.key.startsWith(`guong_dien_hinh|${date.year}|`)
          : (s.decidedAt ?? '') >= since),
    )
    .sort((a, b) => b.score - a.score)
    .map((suggestion) => ({ suggestion, history: histories({ performerKey: suggestion.performerKey })[0] }));
  const thresholds = MSG_RECIPIENTS.thresholds(settings.giayKhenMinMonths, settings.modelMinDeeds, settings.modelTop);
  return {
    kind: 'honours',
    period: String(date.year),
    to: honoursRecipients(settings),
    ...honoursMail(date.year, proposals, { ...settings, thresholds }),
  };
}
