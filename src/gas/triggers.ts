// Installable triggers, installed idempotently: look for the handler's trigger before creating one.
import { TIME_ZONE } from './clock';
import type { Handler } from '#shared/entryPoints';

type Trigger = GoogleAppsScript.Script.Trigger;

/** When a time-driven trigger runs (Asia/Ho_Chi_Minh): a day of the month, a day of the week or every day, at an hour. */
export type ClockSchedule =
  { monthDay: number; hour: number } | { weekDay: 'MONDAY' | 'FRIDAY'; hour: number } | { daily: true; hour: number };

/** A Trigger cannot tell its own schedule, so the installed one is kept in the document properties. */
const SCHEDULE_KEY = (handler: string) => `trigger:${handler}`;

const handledBy = (handler: string) => ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);

/**
 * Whether `uid` (an event's triggerUid) is one of the current user's triggers of this project for the handler:
 * inside a trigger run the current user is the trigger's owner, so an event from anywhere else (a page's
 * google.script.run, the editor's Run button) has no uid or one that matches none.
 */
export function isTriggerOf(handler: Handler, uid: unknown): boolean {
  return typeof uid === 'string' && uid !== '' && handledBy(handler).some((t) => t.getUniqueId() === uid);
}

/** Keeps exactly one trigger for the handler: creates it when missing, deletes any extra copies. */
export function ensureTrigger(handler: Handler, create: () => Trigger): Trigger {
  const mine = handledBy(handler);
  mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
  return mine[0] ?? create();
}

/**
 * Exactly one form-bound onFormSubmit trigger for the handler on this form: its event carries the
 * FormResponse, what the unit typed. Any other trigger of the handler — spreadsheet-bound from an older
 * set-up, whose event holds the sheet's display texts, or bound to a form no longer used — is deleted.
 */
export function ensureFormSubmitTrigger(handler: Handler, form: GoogleAppsScript.Forms.Form): Trigger {
  const formId = form.getId();
  const mine = handledBy(handler);
  const keep = mine.find((t) => String(t.getTriggerSource()) === 'FORMS' && t.getTriggerSourceId() === formId);
  mine.filter((t) => t !== keep).forEach((t) => ScriptApp.deleteTrigger(t));
  return keep ?? ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
}

/** Exactly one time-driven trigger for the handler, on this schedule: replaced when the schedule changed. */
export function ensureClockTrigger(handler: Handler, schedule: ClockSchedule): Trigger {
  const props = PropertiesService.getDocumentProperties();
  const wanted = JSON.stringify(schedule);
  const changed = props.getProperty(SCHEDULE_KEY(handler)) !== wanted;
  if (changed) removeTriggers(handler);
  const trigger = ensureTrigger(handler, () => {
    const clock = ScriptApp.newTrigger(handler).timeBased();
    const day =
      'monthDay' in schedule
        ? clock.onMonthDay(schedule.monthDay)
        : 'weekDay' in schedule
          ? clock.onWeekDay(ScriptApp.WeekDay[schedule.weekDay])
          : clock.everyDays(1);
    return day.atHour(schedule.hour).inTimezone(TIME_ZONE).create();
  });
  if (changed) props.setProperty(SCHEDULE_KEY(handler), wanted);
  return trigger;
}

/** A one-time trigger for the handler in `ms`, unless one is already waiting. */
export function ensureOneTimeTrigger(handler: Handler, ms: number): Trigger {
  return ensureTrigger(handler, () => ScriptApp.newTrigger(handler).timeBased().after(ms).create());
}

export function removeTriggers(handler: Handler): void {
  handledBy(handler).forEach((t) => ScriptApp.deleteTrigger(t));
}

export interface TriggerInfo {
  handler: string;
  eventType: string;
  schedule: ClockSchedule | undefined;
}

/** The current user's triggers of this project, with the schedule set-up recorded for each. */
export function listTriggers(): TriggerInfo[] {
  const props = PropertiesService.getDocumentProperties();
  return ScriptApp.getProjectTriggers().map((t) => {
    const saved = props.getProperty(SCHEDULE_KEY(t.getHandlerFunction()));
    return {
      handler: t.getHandlerFunction(),
      eventType: String(t.getEventType()),
      schedule: saved ? (JSON.parse(saved) as ClockSchedule) : undefined,
    };
  });
}

/** Exactly one trigger running the handler every hour. */
export function ensureHourlyTrigger(handler: Handler): Trigger {
  return ensureTrigger(handler, () => ScriptApp.newTrigger(handler).timeBased().everyHours(1).create());
}
