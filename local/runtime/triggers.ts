// Fake ScriptApp and the trigger registry: installable triggers, their schedules, the 20-trigger limit, firing.
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
// https://developers.google.com/apps-script/guides/triggers/events (event objects)
// Quota: 20 triggers per user per script (https://developers.google.com/apps-script/guides/services/quotas).
// Schedules fire at the exact hour/minute asked for; the real service picks a random minute within about
// ±15 minutes, and a missed run is not caught up (the emulator fires once, then schedules the next one).

import { Facade, asEnum, enumName, makeEnum, type Context, type Emulates } from './context';
import { fromZoned, zonedParts } from './dates';

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
export const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

export type EventTypeName = keyof typeof EventType;
export type TriggerSourceName = keyof typeof TriggerSource;

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Schedule =
  | { kind: 'once'; at: number }
  | { kind: 'every'; periodMs: number }
  | { kind: 'days'; n: number; hour?: number; minute: number; tz: string }
  | { kind: 'weeks'; n: number; weekday?: number; hour?: number; minute: number; tz: string }
  | { kind: 'monthDay'; day: number; hour?: number; minute: number; tz: string };

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** Spreadsheet or form id; null for time-driven triggers. */
  sourceId: string | null;
  /** Installable triggers run as the account that created them. */
  owner: string;
  createdAt: number;
  schedule?: Schedule;
  /** Next time a time-driven trigger fires (ms); null once a one-time trigger has fired. */
  nextRun: number | null;
  /** Time of the first scheduled run (periods count from it). */
  firstRun?: number;
}

export interface FireResult {
  trigger: TriggerRecord;
  handler: string;
  event: unknown;
  /** What the handler returned (absent when it threw). */
  result?: unknown;
  /** What the handler threw. */
  error?: unknown;
}

/** Adds `days` calendar days to a wall-clock date in a zone, keeping hour and minute. */
function atWallClock(ms: number, tz: string, days: number, hour: number, minute: number): number {
  const p = zonedParts(ms, tz);
  return fromZoned({ year: p.year, month: p.month, day: p.day + days, hour, minute }, tz);
}

/** The first run of a schedule strictly after `created`. */
function firstRun(s: Schedule, created: number): number {
  switch (s.kind) {
    case 'once':
      return s.at;
    case 'every':
      return created + s.periodMs;
    case 'days': {
      if (s.hour === undefined) return created + s.n * DAY;
      let t = atWallClock(created, s.tz, 0, s.hour, s.minute);
      while (t <= created) t = atWallClock(t, s.tz, 1, s.hour, s.minute);
      return t;
    }
    case 'weeks': {
      const p = zonedParts(created, s.tz);
      const weekday = s.weekday ?? p.weekday;
      const hour = s.hour ?? p.hour;
      const minute = s.hour === undefined ? p.minute : s.minute;
      let t = atWallClock(created, s.tz, (weekday - p.weekday + 7) % 7, hour, minute);
      if (t <= created) t = atWallClock(t, s.tz, 7, hour, minute);
      return t;
    }
    case 'monthDay': {
      const p = zonedParts(created, s.tz);
      const hour = s.hour ?? 0;
      for (let m = 0; ; m++) {
        const t = fromZoned({ year: p.year, month: p.month + m, day: s.day, hour, minute: s.minute }, s.tz);
        if (t > created && zonedParts(t, s.tz).day === s.day) return t;
      }
    }
  }
}

/** The next run after `now` of a schedule whose first run was `first` (missed runs are skipped). */
function nextRunAfter(s: Schedule, first: number, now: number): number | null {
  if (s.kind === 'once') return null;
  if (first > now) return first;
  switch (s.kind) {
    case 'every':
      return first + (Math.floor((now - first) / s.periodMs) + 1) * s.periodMs;
    case 'days':
    case 'weeks': {
      const stepDays = s.kind === 'days' ? s.n : 7 * s.n;
      if (s.kind === 'days' && s.hour === undefined)
        return first + (Math.floor((now - first) / (stepDays * DAY)) + 1) * stepDays * DAY;
      const p = zonedParts(first, s.tz);
      let t = first;
      for (let k = 1; t <= now; k++)
        t = fromZoned(
          { year: p.year, month: p.month, day: p.day + k * stepDays, hour: p.hour, minute: p.minute },
          s.tz,
        );
      return t;
    }
    case 'monthDay':
      return firstRun(s, now);
  }
}

/** The event object of a time-driven trigger (fields in UTC, as documented). */
export function clockEvent(uid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: AuthMode.FULL,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: uid,
    'week-of-year': Math.floor((at - jan1) / (7 * DAY)) + 1,
    year: d.getUTCFullYear(),
  };
}

export type TriggerExecutor = (trigger: TriggerRecord, event: unknown) => FireResult;

/** Every installable trigger of the project (all users), and the helpers tests use to fire them. */
export class TriggerRegistry {
  readonly records: TriggerRecord[] = [];
  executor: TriggerExecutor | null = null;

  constructor(private readonly ctx: Context) {}

  /** All installable triggers, every user's. */
  list(): TriggerRecord[] {
    return [...this.records];
  }

  add(record: Omit<TriggerRecord, 'nextRun' | 'firstRun'>): TriggerRecord {
    const owned = this.records.filter((t) => t.owner === record.owner).length;
    if (owned >= MAX_TRIGGERS_PER_USER) throw this.ctx.error(TOO_MANY_TRIGGERS);
    const full: TriggerRecord = { ...record, nextRun: null };
    if (record.schedule) full.nextRun = full.firstRun = firstRun(record.schedule, record.createdAt);
    this.records.push(full);
    return full;
  }

  remove(uid: string): void {
    const i = this.records.findIndex((t) => t.uid === uid);
    if (i >= 0) this.records.splice(i, 1);
  }

  /** Triggers of an event type and source (e.g. ON_FORM_SUBMIT of a form id). */
  matching(eventType: EventTypeName, sourceId: string | null): TriggerRecord[] {
    return this.records.filter((t) => t.eventType === eventType && t.sourceId === sourceId);
  }

  /** Time-driven triggers due at `now` (default: the clock), earliest first. */
  due(now: Date = this.ctx.clock.now()): TriggerRecord[] {
    return this.records
      .filter((t) => t.nextRun !== null && t.nextRun <= now.getTime())
      .sort((a, b) => (a.nextRun as number) - (b.nextRun as number));
  }

  /** Delivers an event to a trigger's handler as one execution (use it to deliver the same event twice). */
  fire(trigger: TriggerRecord, event: unknown): FireResult {
    if (!this.executor) throw new Error('No bundle is loaded: call loadBundle before firing triggers');
    return this.executor(trigger, event);
  }

  /** Runs every time-driven trigger due at the clock's time, then schedules its next run. */
  runDue(): FireResult[] {
    const now = this.ctx.clock.now().getTime();
    return this.due().map((trigger) => {
      const scheduled = trigger.nextRun as number;
      trigger.nextRun = nextRunAfter(trigger.schedule as Schedule, trigger.firstRun as number, now);
      return this.fire(trigger, clockEvent(trigger.uid, scheduled));
    });
  }

  /** Moves the clock forward to `until`, stopping at every scheduled run on the way to fire it. */
  runUntil(until: Date): FireResult[] {
    const results: FireResult[] = [];
    for (let guard = 0; guard < 100_000; guard++) {
      const next = this.records
        .map((t) => t.nextRun)
        .filter((t): t is number => t !== null)
        .sort((a, b) => a - b)[0];
      if (next === undefined || next > until.getTime()) break;
      if (next > this.ctx.clock.now().getTime()) this.ctx.clock.set(new Date(next));
      results.push(...this.runDue());
    }
    if (until.getTime() > this.ctx.clock.now().getTime()) this.ctx.clock.set(until);
    return results;
  }
}

// ---- facades --------------------------------------------------------------------------------------------------

type GasTrigger = GoogleAppsScript.Script.Trigger;

export class FakeTrigger
  extends Facade
  implements
    Emulates<
      GasTrigger,
      'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
    >
{
  constructor(
    ctx: Context,
    readonly record: TriggerRecord,
  ) {
    super(ctx, 'Script.Trigger');
  }

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getUniqueId(): string {
    return this.record.uid;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return asEnum(EventType[this.record.eventType]);
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return asEnum(TriggerSource[this.record.source]);
  }

  /** The spreadsheet or form id; null for a time-driven trigger (the typings say string). */
  getTriggerSourceId(): string {
    return this.record.sourceId as string;
  }
}

/** What every builder needs to create a trigger for a handler. */
class TriggerFactory {
  constructor(
    readonly ctx: Context,
    readonly registry: TriggerRegistry,
    readonly handler: string,
  ) {}

  create(fields: Pick<TriggerRecord, 'eventType' | 'source' | 'sourceId'> & { schedule?: Schedule }): FakeTrigger {
    const record = this.registry.add({
      ...fields,
      uid: String(Math.floor(this.ctx.random() * 1e10)),
      handler: this.handler,
      owner: this.ctx.currentUser(),
      createdAt: this.ctx.clock.now().getTime(),
    });
    return new FakeTrigger(this.ctx, record).proxy;
  }
}

type GasClockBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export class FakeClockTriggerBuilder
  extends Facade
  implements
    Emulates<
      GasClockBuilder,
      | 'after'
      | 'at'
      | 'atDate'
      | 'atHour'
      | 'nearMinute'
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'onMonthDay'
      | 'onWeekDay'
      | 'inTimezone'
      | 'create'
    >
{
  private spec: {
    once?: number;
    periodMs?: number;
    days?: number;
    weeks?: number;
    monthDay?: number;
    weekday?: number;
    hour?: number;
    minute?: number;
    tz?: string;
  } = {};

  constructor(private readonly factory: TriggerFactory) {
    super(factory.ctx, 'Script.ClockTriggerBuilder');
  }

  private set(fields: Partial<FakeClockTriggerBuilder['spec']>): FakeClockTriggerBuilder {
    Object.assign(this.spec, fields);
    return this.proxy;
  }

  private integer(value: number, min: number, max: number, name: string): number {
    if (!Number.isInteger(value) || value < min || value > max)
      throw this.ctx.error(`Invalid argument: ${name} must be an integer between ${min} and ${max}.`);
    return value;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    if (!(durationMilliseconds >= 0)) throw this.ctx.error('Invalid argument: durationMilliseconds');
    return this.set({ once: this.ctx.clock.now().getTime() + durationMilliseconds });
  }

  at(date: GoogleAppsScript.Base.Date): FakeClockTriggerBuilder {
    return this.set({ once: new Date(date as unknown as Date).getTime() });
  }

  atDate(year: number, month: number, day: number): FakeClockTriggerBuilder {
    return this.set({ once: fromZoned({ year, month, day }, this.spec.tz ?? this.ctx.timeZone) });
  }

  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (!EVERY_MINUTES.includes(n))
      throw this.ctx.error('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    return this.set({ periodMs: n * MINUTE });
  }

  everyHours(n: number): FakeClockTriggerBuilder {
    if (!EVERY_HOURS.includes(n)) throw this.ctx.error('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    return this.set({ periodMs: n * HOUR });
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    return this.set({ days: this.integer(n, 1, 365, 'n') });
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    return this.set({ weeks: this.integer(n, 1, 52, 'n') });
  }

  onMonthDay(day: number): FakeClockTriggerBuilder {
    return this.set({ monthDay: this.integer(day, 1, 31, 'day') });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): FakeClockTriggerBuilder {
    const name = enumName(day) as keyof typeof WeekDay | undefined;
    if (!name || !(name in WeekDay)) throw this.ctx.error('Invalid argument: day');
    return this.set({ weekday: WeekDay[name].ordinal + 1, weeks: this.spec.weeks ?? 1 });
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    return this.set({ hour: this.integer(hour, 0, 23, 'hour') });
  }

  nearMinute(minute: number): FakeClockTriggerBuilder {
    return this.set({ minute: this.integer(minute, 0, 59, 'minute') });
  }

  inTimezone(timezone: string): FakeClockTriggerBuilder {
    return this.set({ tz: String(timezone) });
  }

  private schedule(): Schedule {
    const s = this.spec;
    const tz = s.tz ?? this.ctx.timeZone;
    const minute = s.minute ?? 0;
    const hour = s.hour;
    if (hour !== undefined && (s.periodMs !== undefined || s.once !== undefined))
      throw this.ctx.error('atHour can only be used with everyDays, everyWeeks, onWeekDay or onMonthDay.');
    if (s.once !== undefined) return { kind: 'once', at: s.once };
    if (s.periodMs !== undefined) return { kind: 'every', periodMs: s.periodMs };
    if (s.monthDay !== undefined) return { kind: 'monthDay', day: s.monthDay, hour, minute, tz };
    if (s.weeks !== undefined) return { kind: 'weeks', n: s.weeks, weekday: s.weekday, hour, minute, tz };
    if (s.days !== undefined) return { kind: 'days', n: s.days, hour, minute, tz };
    throw this.ctx.error(
      'The trigger has no schedule: call after, at, everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay or onMonthDay.',
    );
  }

  create(): FakeTrigger {
    return this.factory.create({ eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: this.schedule() });
  }
}

/** A builder for triggers of a document (spreadsheet or form): on<Event>() then create(). */
class SourceTriggerBuilder extends Facade {
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly factory: TriggerFactory,
    iface: string,
    private readonly source: TriggerSourceName,
    private readonly sourceId: string,
  ) {
    super(factory.ctx, iface);
  }

  protected on(eventType: EventTypeName): this {
    this.eventType = eventType;
    return this.proxy;
  }

  create(): FakeTrigger {
    if (!this.eventType)
      throw this.ctx.error('The trigger has no event: call onOpen, onEdit, onChange or onFormSubmit.');
    return this.factory.create({ eventType: this.eventType, source: this.source, sourceId: this.sourceId });
  }
}

export class FakeSpreadsheetTriggerBuilder
  extends SourceTriggerBuilder
  implements
    Emulates<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'
    >
{
  constructor(factory: TriggerFactory, spreadsheetId: string) {
    super(factory, 'Script.SpreadsheetTriggerBuilder', 'SPREADSHEETS', spreadsheetId);
  }

  onOpen(): this {
    return this.on('ON_OPEN');
  }

  onEdit(): this {
    return this.on('ON_EDIT');
  }

  onChange(): this {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }
}

export class FakeFormTriggerBuilder
  extends SourceTriggerBuilder
  implements Emulates<GoogleAppsScript.Script.FormTriggerBuilder, 'onOpen' | 'onFormSubmit' | 'create'>
{
  constructor(factory: TriggerFactory, formId: string) {
    super(factory, 'Script.FormTriggerBuilder', 'FORMS', formId);
  }

  onOpen(): this {
    return this.on('ON_OPEN');
  }

  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }
}

type GasTriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

export class FakeTriggerBuilder
  extends Facade
  implements Emulates<GasTriggerBuilder, 'timeBased' | 'forSpreadsheet' | 'forForm' | 'forDocument' | 'forUserCalendar'>
{
  constructor(private readonly factory: TriggerFactory) {
    super(factory.ctx, 'Script.TriggerBuilder');
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.factory).proxy;
  }

  forSpreadsheet(sheet: unknown): FakeSpreadsheetTriggerBuilder {
    return new FakeSpreadsheetTriggerBuilder(this.factory, sourceId(this.ctx, sheet, 'sheet')).proxy;
  }

  forForm(form: unknown): FakeFormTriggerBuilder {
    return new FakeFormTriggerBuilder(this.factory, sourceId(this.ctx, form, 'form')).proxy;
  }

  forDocument(): never {
    throw this.ctx.notEmulated('ScriptApp.newTrigger().forDocument');
  }

  forUserCalendar(): never {
    throw this.ctx.notEmulated('ScriptApp.newTrigger().forUserCalendar');
  }
}

/** The id of a spreadsheet or form given as a fake or as an id string. */
function sourceId(ctx: Context, value: unknown, argument: string): string {
  if (typeof value === 'string' && value) return value;
  const raw = ctx.unwrap(value) as { getId?: () => string } | null;
  if (raw && typeof raw.getId === 'function') return raw.getId();
  throw ctx.error(`Invalid argument: ${argument}`);
}

type GasScriptApp = GoogleAppsScript.Script.ScriptApp;

export class FakeScriptApp
  extends Facade
  implements
    Emulates<
      GasScriptApp,
      'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getAuthorizationInfo'
    >
{
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly InstallationSource = InstallationSource;

  constructor(
    ctx: Context,
    private readonly registry: TriggerRegistry,
    private readonly scriptId: string,
  ) {
    super(ctx, 'Script.ScriptApp');
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || !functionName) throw this.ctx.error('Invalid argument: functionName');
    return new FakeTriggerBuilder(new TriggerFactory(this.ctx, this.registry, functionName)).proxy;
  }

  private mine(): TriggerRecord[] {
    const user = this.ctx.currentUser();
    return this.registry.records.filter((t) => t.owner === user);
  }

  /** The current user's installable triggers in this project. */
  getProjectTriggers(): FakeTrigger[] {
    return this.ctx.array(this.mine().map((t) => new FakeTrigger(this.ctx, t).proxy));
  }

  getUserTriggers(document: unknown): FakeTrigger[] {
    const id = sourceId(this.ctx, document, 'document');
    return this.ctx.array(
      this.mine()
        .filter((t) => t.sourceId === id)
        .map((t) => new FakeTrigger(this.ctx, t).proxy),
    );
  }

  deleteTrigger(trigger: unknown): void {
    const fake = this.ctx.fakeOf(trigger, FakeTrigger);
    if (!fake) throw this.ctx.error('Invalid argument: trigger');
    if (fake.record.owner === this.ctx.currentUser()) this.registry.remove(fake.record.uid);
  }

  getScriptId(): string {
    return this.scriptId;
  }

  getAuthorizationInfo(): unknown {
    return this.ctx.expose('Script.AuthorizationInfo', {
      getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => null,
    });
  }
}
