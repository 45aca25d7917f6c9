// The reporting jobs: the monthly summary (its tab, then the leadership email) and Monday's digest for the
// reviewers with reminders to silent units; run by their triggers or from the menu. Every problem ends as a
// Vietnamese message to the admin: an alert from the menu, a «Sự cố» row and an email from a trigger.
import { watchCapacity } from './archive';
import { SWEEP_HANDLER } from './sweep';
import { reportIncident } from './incidents';
import { closingDay, dayNumber, isoDate, parseLocalDate, previousMonthKey, viDate } from '../domain/calendar';
import { SETTING_SPECS } from '../domain/settings';
import type { Settings } from '../domain/settings';
import {
  mondayOfWeekKey,
  monthSelection,
  radioPicks,
  parseMonthInput,
  reportWeek,
  summariseMonth,
  summariseWeek,
  supplementOf,
  upcomingWeek,
  weekBefore,
} from '../domain/summary';
import type { MonthSummary, ReportWeek } from '../domain/summary';
import type { MonthDraft } from '../ui/reportText';
import * as MSG_OUTBOX from '#shared/messages/outbox';
import * as MSG_REPORT from '#shared/messages/report';
import { digestMail, monthlyMail } from '../ui/reportEmail';
import { monthLabel, weekLabel } from '../ui/reportText';
import { summaryLayout } from '../ui/summarySheet';
import { adminsOf, loadConfig } from './config';
import type { Config } from './config';
import { isReviewer } from './server';
import { activeUserEmail } from '../gas/session';
import { OUTBOX_HANDLER, Outbox, deliver, mailKey } from './outbox';
import { allDecisions } from './decisions';
import { monthlyDrafts } from './drafts';
import type { DecisionRecord } from '#contract';
import { startLadder } from './ladderPass';
import type { Delivery, Outgoing } from './outbox';
import { readReportDeeds } from './reportData';
import { monthlyRecipientMessages } from './recipients';
import { replaceTab } from './summaryTab';
import { formatLocal, localDateOf, today } from '../gas/clock';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { alert, confirm, prompt } from '../gas/ui';
import * as HANDLER from '#shared/handlers';
import * as MSG_RECIPIENTS from '#shared/messages/recipients';
import { LockBusy, withLock } from '../gas/lock';
import { spreadsheet, tab } from '../gas/sheets';
import { campaignForm } from '../gas/form';
import { ensureClockTrigger, ensureOneTimeTrigger, listTriggers, removeTriggers } from '../gas/triggers';
import type { TriggerInfo } from '../gas/triggers';
import { errorText } from '#shared/errorText';
import { DEED } from '../domain/tabs';

type Job = keyof typeof MSG_REPORT.job;

/** Handlers in main.ts. */
const HANDLERS = {
  monthly: HANDLER.monthly,
  weekly: HANDLER.weekly,
  radio: HANDLER.radioReminder,
  followUp: HANDLER.followUp,
};
const FOLLOW_UP_KEY = 'report:followUp';
const FOLLOW_UP_MS = 60_000;

/** A problem the admin can act on: what happened and what to do, in Vietnamese. */
class ReportProblem extends Error {
  constructor(
    message: string,
    readonly todo: string,
  ) {
    super(message);
  }
}

function ready(): { config: Config; settings: Settings } {
  const config = loadConfig();
  if (!config.settings) throw new ReportProblem(MSG_REPORT.settingsBroken(config.errors), MSG_REPORT.fixSettings);
  return { config, settings: config.settings };
}

const tabUrl = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => `${spreadsheet().getUrl()}#gid=${sheet.getSheetId()}`;
const timeText = (at: unknown) => (at instanceof Date ? formatLocal(at, 'dd/MM/yyyy HH:mm') : '');

// ---- the monthly summary ------------------------------------------------------------------------------------

interface MonthlyBuilt {
  summary: MonthSummary;
  tabName: string;
  message: Outgoing;
  /** A month not closed yet (before its closing day): a draft, never taken as the month's email. */
  draft?: MonthDraft;
  /** What Thường trực, the base committees and the bulletin's editor get (src/app/recipients.ts). */
  others: () => Outgoing[];
}

const FINAL_KEY = (month: string) => `monthlyFinal:${month}`;

/**
 * When the month's final email went out (ms) and the last row of «Việc tốt» then, if it did: what came later goes
 * into the next month's email.
 */
function finalSent(month: string): { at: number; row: number } | undefined {
  const [at, row] = (getDocumentProperty(FINAL_KEY(month)) ?? '').split(' ').map(Number);
  return at && at > 0 ? { at, row: row ?? 0 } : undefined;
}

/** The final is recorded once every recipient has it; until then the daily trigger goes on with the rest. */
function recordFinal(built: MonthlyBuilt, d: Delivery): void {
  const complete = d.unsent.length + d.failed.length + d.uncertain.length + d.deferred === 0;
  if (built.draft || !complete || d.sent.length + d.already.length === 0) return;
  const month = built.summary.month;
  const rows = tab(DEED.name)?.getLastRow() ?? 0;
  if (finalSent(month) === undefined) setDocumentProperty(FINAL_KEY(month), `${Date.now()} ${rows}`);
}

/** (Re)builds the month's tab and prepares the leadership email (a draft before the closing day); sends nothing. */
function buildMonthly(month: string): MonthlyBuilt {
  const { config, settings } = ready();
  const now = new Date();
  const day = localDateOf(now);
  const closing = closingDay(month, settings.monthlyGraceDays);
  const draft = dayNumber(day) < dayNumber(closing) ? { until: viDate(day), closing: viDate(closing) } : undefined;
  const before = previousMonthKey(parseLocalDate(`${month}-01`) ?? day);
  const last = finalSent(before);
  const since = last?.at;
  const { weeks, selection } = monthSelection(month, day);
  const changes = last && { since: last.at, month: before, afterRow: last.row };
  const read = readReportDeeds({ ...selection, changes });
  const summary = summariseMonth(month, weeks, read, config.units, settings.radioTarget);
  const supplement = since === undefined ? undefined : supplementOf(month, read, since);
  const tabName = MSG_REPORT.tabName(monthLabel(month));
  const builtAt = formatLocal(now, 'dd/MM/yyyy HH:mm');
  const sinceText = since === undefined ? '' : timeText(new Date(since));
  const extras = { draft, supplement, sinceText };
  const sheet = replaceTab(tabName, summaryLayout(summary, { ...settings, builtAt, ...extras }));
  const proposals = summary.thuKhen.length + summary.giayKhen.length;
  const decisions = proposals > 0 ? allDecisions() : new Map<string, DecisionRecord[]>();
  const drafts = monthlyDrafts(summary, settings, decisions);
  const mail = monthlyMail(summary, { ...settings, tabName, tabUrl: tabUrl(sheet), drafts, decisions, ...extras });
  const attachments = drafts ? [drafts.attachment] : undefined;
  const kind = draft ? 'monthlyDraft' : 'monthly';
  const period = draft ? `${month} ${isoDate(day)}` : month;
  // Thường trực, the base committees and the bulletin's editor get the final month only, never a draft.
  const others = () =>
    draft ? [] : monthlyRecipientMessages({ month, weeks, deeds: read, summary, decisions }, config, settings);
  return { summary, tabName, draft, others, message: { kind, period, to: settings.leadership, ...mail, attachments } };
}

// ---- the weekly digest and reminders --------------------------------------------------------------------

/**
 * The digest of the week that starts, for the reviewers: its radio script and the flag-ceremony stories told on its
 * Monday (from the week that ended); then one reminder per address of the units without a deed in the ended week.
 */
function weeklyMessages(week: ReportWeek): Outgoing[] {
  const { config, settings } = ready();
  const past = weekBefore(week, today());
  const digest = summariseWeek(
    week,
    past,
    readReportDeeds({ months: new Set(), weeks: new Set([week.key, past.key]) }, { stories: true }),
    config.units,
    settings.radioTarget,
  );
  const deeds = tab(DEED.name);
  const label = weekLabel(past);
  const mail = digestMail(digest, {
    ...settings,
    tabName: DEED.name,
    tabUrl: deeds ? tabUrl(deeds) : spreadsheet().getUrl(),
  });
  const unitsByEmail = new Map<string, string[]>();
  for (const u of digest.silentUnits.filter((x) => x.email !== '')) {
    const email = u.email.toLowerCase();
    unitsByEmail.set(email, [...(unitsByEmail.get(email) ?? []), u.name]);
  }
  const formUrl = unitsByEmail.size > 0 ? publishedFormUrl() : '';
  const reminders: Outgoing[] = [...unitsByEmail].map(([email, names]) => ({
    kind: 'reminder',
    period: past.key,
    to: [email],
    subject: MSG_REPORT.reminderSubject(label),
    body: MSG_REPORT.reminderBody(names, label, settings.reviewingBody, formUrl),
  }));
  return [{ kind: 'digest', period: week.key, to: settings.reviewers, ...mail }, ...reminders];
}

/** The link units open the form by; none (the reminder then names the form only) when it cannot be opened. */
function publishedFormUrl(): string {
  try {
    return campaignForm()?.getPublishedUrl() ?? '';
  } catch {
    return '';
  }
}

// ---- sending, and telling the admin ------------------------------------------------------------------

function send(messages: Outgoing[], settings: Settings, force: boolean, reserve: number): Delivery {
  return deliver(Outbox.open(), messages, { force, reserve, senderName: settings.reviewingBody });
}

/** Problems of a delivery the admin must hear of, each with what to do. */
function problems(job: Job, d: Delivery, leadershipMissing: boolean): [string, string][] {
  const out: [string, string][] = [];
  if (leadershipMissing) out.push([MSG_REPORT.noLeadership, MSG_REPORT.fixSettings]);
  if (d.unsent.length > 0) out.push([MSG_REPORT.unsent(d.unsent), MSG_REPORT.unsentTodo]);
  if (d.failed.length > 0) out.push([MSG_REPORT.sendFailed(d.failed), MSG_REPORT.retry[job]]);
  if (d.uncertain.length > 0) out.push([MSG_REPORT.uncertain(d.uncertain), MSG_REPORT.uncertainTodo]);
  if (d.unattached.length > 0) out.push([MSG_REPORT.unattached(d.unattached), MSG_REPORT.unattachedTodo]);
  return out;
}

/**
 * A job run by a trigger: under the script lock, with quota kept for telling the admins. What went wrong is
 * recorded and emailed; a failure is thrown again so that the execution shows as failed.
 */
function runFromTrigger(job: Job, period: string, work: (settings: Settings, reserve: number) => Delivery): void {
  let admins: readonly string[] = [];
  try {
    const run = withLock('script', () => {
      const { settings } = ready();
      admins = settings.admins;
      const delivery = work(settings, admins.length);
      return { delivery, leadershipMissing: job === 'monthly' && settings.leadership.length === 0 };
    });
    for (const [problem, todo] of problems(job, run.delivery, run.leadershipMissing))
      reportIncident(MSG_REPORT.job[job], period, problem, todo, admins);
    if (run.delivery.deferred > 0) followUpLater(job, period);
  } catch (err) {
    if (err instanceof LockBusy)
      return reportIncident(MSG_REPORT.job[job], period, MSG_REPORT.busy, MSG_REPORT.retry[job], admins);
    const todo = err instanceof ReportProblem ? err.todo : MSG_REPORT.retry[job];
    reportIncident(
      MSG_REPORT.job[job],
      period,
      err instanceof ReportProblem ? err.message : MSG_REPORT.failed(errorText(err)),
      todo,
      admins,
    );
    throw err;
  }
}

function followUpLater(job: Job, period: string): void {
  setDocumentProperty(FOLLOW_UP_KEY, JSON.stringify({ job, period }));
  ensureOneTimeTrigger(HANDLERS.followUp, FOLLOW_UP_MS);
}

/** Two deliveries of one job as one, for telling the admin. */
function combined(a: Delivery, b: Delivery): Delivery {
  const both = (k: Exclude<keyof Delivery, 'deferred'>) => [...a[k], ...b[k]];
  return {
    sent: both('sent'),
    already: both('already'),
    uncertain: both('uncertain'),
    unsent: both('unsent'),
    held: both('held'),
    failed: both('failed'),
    unattached: both('unattached'),
    refused: both('refused'),
    deferred: a.deferred + b.deferred,
  };
}

function runMonthly(month: string): void {
  runFromTrigger('monthly', month, (settings, reserve) => {
    const built = buildMonthly(month);
    const delivery = send([built.message], settings, false, reserve);
    recordFinal(built, delivery);
    // The other recipients after leadership's final is recorded: what the quota leaves waits in «Hộp thư đi».
    const others = built.others();
    return others.length > 0 ? combined(delivery, send(others, settings, false, reserve)) : delivery;
  });
}

function runWeekly(week: ReportWeek): void {
  runFromTrigger('weekly', week.key, (settings, reserve) => send(weeklyMessages(week), settings, false, reserve));
}

/**
 * Trigger, daily: on the month's closing day (the 1st + the grace days) the month just ended is summed up and its
 * final email sent; a day missed or a send cut short by the quota is made up the next day; otherwise nothing.
 */
export function monthlyReport(): void {
  const day = today();
  const month = previousMonthKey(day);
  if (finalSent(month) !== undefined) return;
  // Broken settings: run on the 1st anyway, so that the admin hears of them (the job reports and fails).
  const grace = loadConfig().settings?.monthlyGraceDays ?? 0;
  const closing = dayNumber(closingDay(month, grace));
  // A month that closed before the report triggers were installed is not the add-on's to send.
  const since = parseLocalDate(getDocumentProperty(REPORTS_SINCE) ?? '');
  if (dayNumber(day) < closing || (since && closing < dayNumber(since))) return;
  runMonthly(month);
}

/** Trigger, Monday morning: the week that starts (and the one that ended). */
export function weeklyReport(): void {
  try {
    runWeekly(upcomingWeek(today()));
  } finally {
    // Even after a failed digest (already reported): the capacity watch and the ladder do not depend on it.
    // Once a week is often enough to see the Sheet filling up: the admin hears of it at 80 %.
    try {
      watchCapacity(adminsOf());
    } catch (err) {
      console.error(`Capacity check failed: ${errorText(err)}`);
    }
    startLadder();
  }
}

/**
 * Trigger, Fridays: when fewer radio models than the target are picked for next week, the reviewers hear of it
 * while there is still time to pick (once per week: the outbox keeps the key).
 */
export function radioReminder(): void {
  const week = upcomingWeek(today());
  runFromTrigger('weekly', week.key, (settings, reserve) => {
    const picks = radioPicks(readReportDeeds({ months: new Set(), weeks: new Set([week.key]) }), week.key);
    if (picks.length >= settings.radioTarget || settings.reviewers.length === 0)
      return send([], settings, false, reserve);
    const label = weekLabel(week);
    const message: Outgoing = {
      kind: 'radioReminder',
      period: week.key,
      to: settings.reviewers,
      subject: MSG_REPORT.radioReminderSubject(label, picks.length, settings.radioTarget),
      body: MSG_REPORT.radioReminderBody(
        label,
        picks.map((d) => d.title),
        settings.radioTarget,
        spreadsheet().getUrl(),
      ),
    };
    return send([message], settings, false, reserve);
  });
}

/** One-time trigger: goes on with a job that ran out of its sending budget (the outbox skips what went). */
export function reportFollowUp(): void {
  removeTriggers(HANDLERS.followUp); // a one-time trigger stays listed after it fired
  const saved = getDocumentProperty(FOLLOW_UP_KEY);
  deleteDocumentProperty(FOLLOW_UP_KEY);
  if (!saved) return;
  const { job, period } = JSON.parse(saved) as { job: Job; period: string };
  const monday = mondayOfWeekKey(period);
  if (job === 'monthly') runMonthly(period);
  else if (monday) runWeekly(reportWeek(monday, today()));
}

/** The report triggers at the hours of the settings (their defaults while the settings tab has errors). */
/** The day the report triggers were first installed (yyyy-MM-dd). */
const REPORTS_SINCE = 'reports:since';

const initialOf = (key: keyof Settings) => SETTING_SPECS.find((s) => s.key === key)?.initial;

export function installReportTriggers(settings: Settings | undefined): { monthly: number; weekly: number } {
  const hours = {
    monthly: settings?.monthlyHour ?? Number(initialOf('monthlyHour')),
    weekly: settings?.weeklyHour ?? Number(initialOf('weeklyHour')),
  };
  if (!getDocumentProperty(REPORTS_SINCE)) setDocumentProperty(REPORTS_SINCE, isoDate(today()));
  ensureClockTrigger(HANDLERS.monthly, { daily: true, hour: hours.monthly });
  ensureClockTrigger(HANDLERS.weekly, { weekDay: 'MONDAY', hour: hours.weekly });
  ensureClockTrigger(HANDLERS.radio, { weekDay: 'FRIDAY', hour: hours.weekly });
  return hours;
}

// ---- the menu ----------------------------------------------------------------------------------------------

/** Runs work for the menu: a problem becomes an alert (and a «Sự cố» row), never an English stack trace. */
function forMenu<T>(job: Job, period: string, work: () => T): T | undefined {
  try {
    return withLock('script', work);
  } catch (err) {
    if (err instanceof LockBusy) {
      alert(MSG_REPORT.job[job], MSG_REPORT.busy);
      return undefined;
    }
    const problem = err instanceof ReportProblem ? err.message : MSG_REPORT.failed(errorText(err));
    reportIncident(
      MSG_REPORT.job[job],
      period,
      problem,
      err instanceof ReportProblem ? err.todo : MSG_REPORT.retry[job],
      [],
    );
    alert(MSG_REPORT.job[job], problem);
  }
  return undefined;
}

/** What the admin reads after sending from the menu; the rest of a long job goes on from a follow-up trigger. */
function deliveryText(job: Job, period: string, d: Delivery): string {
  const lines = [
    d.sent.length + d.already.length > 0
      ? MSG_REPORT.delivered(d.sent.length, d.already.length)
      : MSG_REPORT.nothingSent,
  ];
  for (const [problem, todo] of problems(job, d, false)) lines.push('', problem, todo);
  if (d.deferred > 0) {
    followUpLater(job, period);
    lines.push('', MSG_REPORT.deferred(d.deferred));
  }
  return lines.join('\n');
}

/** "Tạo tổng hợp tháng…": asks the month, builds its tab, shows the figures, and sends only when told to. */
/**
 * The report menu items are for the reviewers and admins of «Cấu hình» (a role read from an editable tab: issue 13);
 * anyone else is told so and nothing is built or sent.
 */
function mayReport(title: string): boolean {
  const config = loadConfig();
  const user = activeUserEmail();
  if (isReviewer(config, user) || adminsOf(config).includes(user)) return true;
  alert(title, MSG_REPORT.reviewersOnly);
  return false;
}

export function menuMonthlyReport(): void {
  const title = MSG_REPORT.job.monthly;
  if (!mayReport(title)) return;
  const example = monthLabel(previousMonthKey(today()));
  const answer = prompt(title, MSG_REPORT.promptMonth(example));
  if (answer === null) return;
  const typed = answer.trim() || example;
  const month = parseMonthInput(typed);
  if (!month) {
    alert(title, MSG_REPORT.badMonth(typed));
    return;
  }
  const built = forMenu('monthly', month, () => buildMonthly(month));
  if (!built) return;
  const s = built.summary;
  const to = built.message.to;
  const figures = MSG_REPORT.preview(
    built.tabName,
    s.deeds,
    s.reportedUnits,
    s.activeUnits,
    s.thuKhen.length,
    s.giayKhen.length,
  );
  const preview = built.draft
    ? `${figures}\n\n${MSG_REPORT.draftNotice(built.draft.until, built.draft.closing)}`
    : figures;
  if (to.length === 0) {
    alert(title, `${preview}\n\n${MSG_REPORT.noLeadership}`);
    return;
  }
  const outbox = Outbox.open();
  const entries = to.map((r) => outbox.entry(mailKey(built.message.kind, built.message.period), r));
  const uncertain = entries.some((e) => e?.status === 'sending');
  const allSent = entries.every((e) => e?.status === 'sent');
  const question = uncertain
    ? MSG_REPORT.askUncertain(to)
    : allSent
      ? MSG_REPORT.askResend(timeText(entries[0]?.at), to)
      : MSG_REPORT.askSend(to.filter((_, i) => entries[i]?.status !== 'sent'));
  if (!confirm(title, `${preview}\n\n${question}`)) return;
  const force = uncertain || allSent;
  const delivery = forMenu('monthly', month, () => send([built.message], ready().settings, force, 0));
  if (!delivery) return;
  recordFinal(built, delivery);
  alert(title, deliveryText('monthly', month, delivery));
}

/** "Gửi bản tin tuần…": last week's digest and reminders now (after a short quota, say); none goes twice. */
export function menuWeeklyReport(): void {
  const title = MSG_REPORT.job.weekly;
  if (!mayReport(title)) return;
  const week = upcomingWeek(today());
  const messages = forMenu('weekly', week.key, () => weeklyMessages(week));
  if (!messages) return;
  const question = MSG_REPORT.askWeekly(weekLabel(week), messages[0]?.to.length ?? 0, messages.length - 1);
  if (!confirm(title, question)) return;
  const delivery = forMenu('weekly', week.key, () => send(messages, ready().settings, false, 0));
  if (delivery) alert(title, deliveryText('weekly', week.key, delivery));
}

function describeTrigger(t: TriggerInfo): string {
  const hour = t.schedule ? String(t.schedule.hour) : '?';
  if (t.handler === HANDLERS.monthly) return MSG_REPORT.triggerMonthly(hour);
  if (t.handler === HANDLERS.weekly) return MSG_REPORT.triggerWeekly(hour);
  if (t.handler === HANDLERS.radio) return MSG_REPORT.triggerRadio(hour);
  if (t.eventType === 'ON_FORM_SUBMIT') return MSG_REPORT.triggerFormSubmit;
  if (t.handler === SWEEP_HANDLER) return MSG_REPORT.triggerSweep;
  if (t.handler === OUTBOX_HANDLER) return MSG_OUTBOX.trigger(t.schedule?.hour ?? 0);
  if (t.handler === HANDLER.recipients) return MSG_RECIPIENTS.trigger(t.schedule?.hour ?? 0);
  return MSG_REPORT.triggerOnce(MSG_REPORT.onceJobs[t.handler] ?? t.handler);
}

/** "Danh sách trigger": every trigger of this account, in Vietnamese. */
export function menuListTriggers(): void {
  const lines = listTriggers().map((t) => `• ${describeTrigger(t)}`);
  const body = [...(lines.length > 0 ? lines : [MSG_REPORT.noTriggers]), '', MSG_REPORT.triggersHint].join('\n');
  alert(MSG_REPORT.triggersTitle, body);
}
