// The daily trigger of the guidance's recipients: on the organisation's weekday, the coming week's radio script and
// flag-ceremony stories (before Monday's ceremony); in early May, the 19/5 list for Ban Thường vụ; after 19/5, the Kỷ yếu.
import { dayNumber, fromDayNumber, isoWeekday, mondayOf } from '../domain/calendar';
import { SETTING_SPECS } from '../domain/settings';
import type { Settings } from '../domain/settings';
import { reportWeek } from '../domain/summary';
import * as HANDLER from '#shared/handlers';
import * as MSG_RECIPIENTS from '#shared/messages/recipients';
import * as MSG_REPORT from '#shared/messages/report';
import { errorText } from '#shared/errorText';
import { today } from '../gas/clock';
import { withLock } from '../gas/lock';
import { ensureClockTrigger } from '../gas/triggers';
import { loadConfig } from './config';
import { honoursDue, honoursMessage, honoursRecipients } from './honours';
import { reportIncident } from './incidents';
import { Outbox, deliver, mailKey } from './outbox';
import type { Delivery, Outgoing } from './outbox';
import { weeklyMediaMessages } from './weeklyMedia';
import { yearbookDue, yearbookMessage } from './yearbook';

/** Trigger, daily at the settings' hour: what is due today (most days nothing, and no Sheets call beyond the settings). */
export function sendRecipientMail(): Delivery | undefined {
  const config = loadConfig();
  const settings = config.settings;
  const admins = settings?.admins ?? [];
  const day = today();
  // Broken settings are reported by the monthly and weekly jobs (and set-up); not once more every day here.
  if (!settings) return undefined;
  try {
    const weekly = isoWeekday(day) === settings.mediaWeekday - 1;
    const honours = honoursDue(day, settings);
    const yearbook = yearbookDue(day);
    if (!weekly && !honours && !yearbook) return undefined;
    return withLock('script', () => {
      const outbox = Outbox.open();
      // A yearly message already gone (or going) to everyone is not built again on the following days.
      const gone = (kind: 'honours' | 'yearbook', to: readonly string[]) =>
        to.length > 0 &&
        to.every((r) => ['sent', 'sending'].includes(outbox.entry(mailKey(kind, String(day.year)), r)?.status ?? ''));
      const next = reportWeek(fromDayNumber(dayNumber(mondayOf(day)) + 7), day);
      const messages: Outgoing[] = [
        ...(honours && !gone('honours', honoursRecipients(settings)) ? [honoursMessage(day, settings)] : []),
        ...(yearbook && !gone('yearbook', settings.reviewers) ? [yearbookMessage(day, settings)] : []).filter(
          (m) => m !== undefined,
        ),
        ...(weekly ? weeklyMediaMessages(next, config.units, settings, admins.length) : []),
      ];
      return deliver(outbox, messages, { force: false, reserve: admins.length, senderName: settings.reviewingBody });
    });
  } catch (err) {
    reportIncident(MSG_RECIPIENTS.job, '', MSG_REPORT.failed(errorText(err)), MSG_RECIPIENTS.jobTodo, admins);
    throw err;
  }
}

/** The daily trigger at the settings' hour (its default while the settings tab has errors). */
export function installRecipientTrigger(settings: Settings | undefined): number {
  const hour = settings?.mediaHour ?? Number(SETTING_SPECS.find((s) => s.key === 'mediaHour')?.initial);
  ensureClockTrigger(HANDLER.recipients, { daily: true, hour });
  return hour;
}
