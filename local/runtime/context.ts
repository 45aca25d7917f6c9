// The shared core of the fakes: executions, values made in the script's realm, and the proxy that counts calls.
// The proxy also hides the fakes' internals and turns unknown Apps Script methods into "not emulated" errors.

import { types } from 'node:util';
import type { Clock } from './clock';
import { EXECUTION_TIME_MESSAGE, type Faults } from './faults';
import { SHEETS_ROUND_TRIPS, type Meter, type RoundTripKind } from './meter';
import surface from './surface.json';

/**
 * The methods K of an Apps Script interface T, with the real parameter types (so signatures cannot drift)
 * but any return type where the real one is an object: a fake returns other fakes, not the real classes.
 * For overloaded methods TypeScript checks the last overload.
 */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => R extends object ? unknown : R : T[P];
};

/** The ECMAScript constructors of the realm the script runs in (node:vm gives every context its own). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Execution {
  id: number;
  /** Whose identity Session reports and whose quotas, triggers and user stores are used. */
  user: string;
  authMode: AuthModeName;
  /** False inside triggers: SpreadsheetApp.getUi() then throws, as it does in production. */
  hasUi: boolean;
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
  at: Date;
}

/** A member of an Apps Script enum: an object whose string form is its name (ScriptApp.EventType.CLOCK). */
export interface EnumMember {
  readonly name: string;
  readonly ordinal: number;
  toString(): string;
  toJSON(): string;
}

/** Enum members keep their identity everywhere (`e.authMode == ScriptApp.AuthMode.FULL`): never copied. */
const ENUM_MEMBERS = new WeakSet<object>();

export function makeEnum<N extends string>(names: readonly N[]): Readonly<Record<N, EnumMember>> {
  const out = {} as Record<N, EnumMember>;
  names.forEach((name, ordinal) => {
    const member = Object.freeze({ name, ordinal, toString: () => name, toJSON: () => name });
    ENUM_MEMBERS.add(member);
    out[name] = member;
  });
  return Object.freeze(out);
}

/** Casts an enum member to the TypeScript enum type @types/google-apps-script declares. */
export function asEnum<T>(member: EnumMember): T {
  return member as unknown as T;
}

/** The name of an enum member, or of a string naming one ('CLOCK'); undefined for anything else. */
export function enumName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as EnumMember).name === 'string')
    return (value as EnumMember).name;
  return undefined;
}

const AUTH = 'https://www.googleapis.com/auth/';
const SCOPES = {
  mail: `${AUTH}script.send_mail`,
  forms: `${AUTH}forms`,
  formsCurrent: `${AUTH}forms.currentonly`,
  scriptapp: `${AUTH}script.scriptapp`,
  sheets: `${AUTH}spreadsheets`,
  sheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  ui: `${AUTH}script.container.ui`,
  email: `${AUTH}userinfo.email`,
  driveFile: `${AUTH}drive.file`,
  drive: `${AUTH}drive`,
} as const;

/** Every scope the emulator knows: what a runtime asks for when it is given no manifest. */
export const KNOWN_SCOPES: readonly string[] = Object.values(SCOPES);

/**
 * The scope each call needs in AuthMode.FULL (the reference's "Authorization" section of each method;
 * developers.google.com/apps-script/concepts/scopes). The first rule that matches decides; any scope listed
 * grants the call (a broader scope includes the narrower one) and the first is the one the error names. The
 * message follows Apps Script's: "You do not have permission to call ScriptApp.getProjectTriggers. Required
 * permissions: https://www.googleapis.com/auth/script.scriptapp" (github.com/diegomanuel/binance-to-google-sheets
 * issues/106). Where the reference is silent (getUi, builders) the stricter answer is taken: a scope is needed.
 */
const SCOPE_RULES: readonly [string, readonly string[]][] = [
  ['Spreadsheet.SpreadsheetApp.getUi', [SCOPES.ui]],
  ['Base.Ui', [SCOPES.ui]],
  ['Base.Menu', [SCOPES.ui]],
  ['Spreadsheet', [SCOPES.sheetsCurrent, SCOPES.sheets]],
  ['Forms', [SCOPES.forms, SCOPES.formsCurrent]],
  ['Mail', [SCOPES.mail]],
  ['Script.ScriptApp.newTrigger', [SCOPES.scriptapp]],
  ['Script.ScriptApp.getProjectTriggers', [SCOPES.scriptapp]],
  ['Script.ScriptApp.getUserTriggers', [SCOPES.scriptapp]],
  ['Script.ScriptApp.deleteTrigger', [SCOPES.scriptapp]],
  ['Base.Session.getActiveUser', [SCOPES.email]],
  ['Base.Session.getEffectiveUser', [SCOPES.email]],
  ['Sheets', [SCOPES.sheets, SCOPES.driveFile, SCOPES.drive]],
];

/** Calls that need authorisation (AuthMode.FULL), with the scope the error names. */
const NEEDS_FULL: readonly [string, string][] = [
  ['Mail.MailApp', SCOPES.mail],
  ['Forms.FormApp', SCOPES.forms],
  ['Script.ScriptApp.newTrigger', SCOPES.scriptapp],
  ['Script.ScriptApp.getProjectTriggers', SCOPES.scriptapp],
  ['Script.ScriptApp.getUserTriggers', SCOPES.scriptapp],
  ['Script.ScriptApp.deleteTrigger', SCOPES.scriptapp],
];

/** What AuthMode.NONE allows: building the add-on menu, logging, and services that need no authorisation. */
const ALLOWED_IN_NONE = [
  'Spreadsheet.SpreadsheetApp.getUi',
  'Base.Ui.createMenu',
  'Base.Ui.createAddonMenu',
  'Base.Menu',
  'Base.Logger',
  'console',
  'Base.Session.getActiveUserLocale',
  'Utilities',
  'Html',
];

function matches(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`);
}

/**
 * The members @types/google-apps-script declares for each interface the fakes expose (scripts/gas-surface.ts
 * generates it; tests/runtime/surface.test.ts keeps it equal to the pinned @types). A member not listed is
 * undefined to the script, so calling it throws "… is not a function" as Apps Script does.
 */
const SURFACE: Readonly<Record<string, readonly string[]>> = surface;

/**
 * `console` is V8's, not an Apps Script class (@types types it as the standard Console). Only the four levels
 * Apps Script sends to Cloud Logging are exposed (https://developers.google.com/apps-script/guides/logging);
 * the rest of Console (table, time, assert, …) is undefined here — stricter than V8, which has them.
 */
export const CONSOLE_MEMBERS: readonly string[] = ['log', 'info', 'warn', 'error'];

const DECLARED = new Map<string, ReadonlySet<string>>();

/** The members the script may see on an object exposed as `iface`; an iface with no surface is a bug in a fake. */
export function declaredMembers(iface: string): ReadonlySet<string> {
  let declared = DECLARED.get(iface);
  if (!declared) {
    const members = iface === 'console' ? CONSOLE_MEMBERS : SURFACE[iface];
    if (!members) throw new Error(`no @types/google-apps-script surface for ${iface}`);
    DECLARED.set(iface, (declared = new Set(members)));
  }
  return declared;
}

/** What every object of a V8 script has (toString, valueOf, …): Apps Script objects have them too. */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(`not emulated: ${what}`);
    this.name = 'NotEmulatedError';
  }
}

export interface ContextOptions {
  clock: Clock;
  meter: Meter;
  faults: Faults;
  user: string;
  timeZone: string;
  /** The clock advances by each call's modelled cost, so the script's own Date.now() timings follow the model. */
  modelledTime?: boolean;
  /** appsscript.json's oauthScopes: what each user grants unless a test says otherwise (default KNOWN_SCOPES). */
  oauthScopes?: readonly string[];
}

export class Context {
  readonly clock: Clock;
  readonly meter: Meter;
  readonly faults: Faults;
  readonly timeZone: string;
  /** The clock follows each call's modelled cost (RuntimeOptions.modelledTime, Runtime.useModelledTime). */
  modelledTime: boolean;
  readonly oauthScopes: readonly string[];
  readonly logs: LogEntry[] = [];
  realm: Realm = { Date, Error, Array, Object };
  user: string;
  private execution: Execution;
  /** The calls a test makes itself, outside any entry point (id 0). */
  private readonly idle: Execution;
  private nextExecutionId = 1;
  private readonly endHooks: ((execution: Execution) => void)[] = [];
  private readonly sheetsHooks: ((key: string, kind: RoundTripKind) => void)[] = [];
  private readonly targets = new WeakMap<object, object>();
  private cells = 0;
  private seed = 0x2026_1127;

  constructor(options: ContextOptions) {
    this.clock = options.clock;
    this.meter = options.meter;
    this.faults = options.faults;
    this.user = options.user;
    this.timeZone = options.timeZone;
    this.modelledTime = options.modelledTime ?? false;
    this.oauthScopes = [...(options.oauthScopes ?? KNOWN_SCOPES)];
    this.execution = this.idle = { id: 0, user: options.user, authMode: 'FULL', hasUi: true };
  }

  // ---- executions -------------------------------------------------------------------------------------

  /** The execution now running (id 0: calls made directly by a test, outside any entry point). */
  current(): Execution {
    return this.execution;
  }

  currentUser(): string {
    return this.execution.id === 0 ? this.user : this.execution.user;
  }

  /** Runs fn as one execution: at its end locks are released and pending Sheets writes committed. */
  runExecution<T>(options: Partial<Omit<Execution, 'id'>>, fn: () => T): T {
    const previous = this.execution;
    const execution: Execution = {
      id: this.nextExecutionId++,
      user: options.user ?? this.user,
      authMode: options.authMode ?? 'FULL',
      hasUi: options.hasUi ?? true,
    };
    this.execution = execution;
    this.meter.executionBoundary();
    try {
      return fn();
    } finally {
      for (const hook of this.endHooks) hook(execution);
      this.meter.executionBoundary();
      this.execution = previous;
    }
  }

  onExecutionEnd(hook: (execution: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /** Runs fn as a test's own calls run (outside every execution), then returns to the running execution. */
  outside<T>(fn: () => T): T {
    const running = this.execution;
    this.execution = this.idle;
    try {
      return fn();
    } finally {
      this.execution = running;
    }
  }

  /** Called after every Sheets round trip that succeeded, with its key and kind (see SHEETS_ROUND_TRIPS). */
  onSheetsRoundTrip(hook: (key: string, kind: RoundTripKind) => void): void {
    this.sheetsHooks.push(hook);
  }

  // ---- values handed to the script ---------------------------------------------------------------------

  /** An Apps Script exception, made with the script realm's Error so `instanceof Error` holds there. */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  /** "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange." */
  signatureError(method: string, args: unknown[]): Error {
    return this.error(`The parameters (${describeArgs(args)}) don't match the method signature for ${method}.`);
  }

  notEmulated(what: string): NotEmulatedError {
    return new NotEmulatedError(what);
  }

  date(ms: number | Date): Date {
    return new this.realm.Date(typeof ms === 'number' ? ms : ms.getTime());
  }

  /** A new array of the script's realm, `length` long. */
  newArray<T>(length: number): T[] {
    return new this.realm.Array(length) as T[];
  }

  array<T>(items: readonly T[]): T[] {
    const out = this.newArray<T>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = items[i] as T;
    return out;
  }

  /** Deep copy of JSON-like data (arrays, plain objects, Dates) into the script's realm. */
  adopt<T>(value: T): T {
    if (Array.isArray(value)) return this.array(value.map((v: unknown) => this.adopt(v))) as T;
    if (isDate(value)) return this.date(value.getTime()) as T;
    if (value && typeof value === 'object' && !this.targets.has(value) && !ENUM_MEMBERS.has(value)) {
      const proto = Object.getPrototypeOf(value);
      if (proto === Object.prototype || proto === null || proto === this.realm.Object.prototype) {
        const out = new this.realm.Object() as Record<string, unknown>;
        for (const [k, v] of Object.entries(value)) out[k] = this.adopt(v);
        return out as T;
      }
    }
    return value;
  }

  // ---- calls --------------------------------------------------------------------------------------------

  /** Adds cells moved by the Sheets call now running (used for its cost). */
  reportCells(n: number): void {
    this.cells += n;
  }

  /** Counts and costs one call; enforces the deadline, auth mode and the Sheets failure switch. */
  invoke<T>(key: string, call: () => T): T {
    if (this.faults.deadlinePassed()) throw this.error(EXECUTION_TIME_MESSAGE);
    this.faults.beforeCall(key);
    this.checkPermission(key);
    this.meter.record(key);
    const kind = SHEETS_ROUND_TRIPS[key];
    if (kind) {
      const failure = this.faults.takeSheetsFailure(kind);
      if (failure !== null) throw this.error(failure);
    }
    const saved = this.cells;
    const costBefore = this.meter.lifetimeMs;
    this.cells = 0;
    try {
      const result = call();
      if (kind) for (const hook of this.sheetsHooks) hook(key, kind);
      if (kind) this.meter.roundTrip(kind, this.cells);
      else this.meter.serviceCall(key);
      return result;
    } finally {
      this.cells = saved;
      if (this.modelledTime) this.clock.advance(Math.round(this.meter.lifetimeMs - costBefore));
    }
  }

  private checkPermission(key: string): void {
    const mode = this.execution.authMode;
    if (mode === 'FULL') return this.checkConsent(key);
    const method = key.split('.').slice(-2).join('.');
    if (mode === 'NONE' && !ALLOWED_IN_NONE.some((p) => matches(key, p)))
      throw this.error(`You do not have permission to call ${method}.`);
    const needed = NEEDS_FULL.find(([p]) => matches(key, p));
    if (needed) throw this.error(`You do not have permission to call ${method}. Required permissions: ${needed[1]}`);
  }

  /** The scopes the current user granted: the manifest's, or fewer on the granular consent screen. */
  grantedScopes(): readonly string[] {
    const granted = this.faults.grantedScopes(this.currentUser());
    return granted === null ? this.oauthScopes : this.oauthScopes.filter((s) => granted.includes(s));
  }

  /** Scopes of `wanted` (default: the manifest's) the current user has not granted. */
  missingScopes(wanted: readonly string[] = this.oauthScopes): string[] {
    const granted = this.grantedScopes();
    return wanted.filter((s) => !granted.includes(s));
  }

  /**
   * In FULL mode a call needs a scope the manifest lists and the user granted, even when other scopes were
   * granted (granular consent). Calls a test makes directly (execution 0) are not checked.
   */
  private checkConsent(key: string): void {
    if (this.execution.id === 0) return;
    const rule = SCOPE_RULES.find(([prefix]) => matches(key, prefix));
    if (!rule) return;
    const granted = this.grantedScopes();
    if (rule[1].some((scope) => granted.includes(scope))) return;
    const method = key.split('.').slice(-2).join('.');
    throw this.error(`You do not have permission to call ${method}. Required permissions: ${rule[1][0]}`);
  }

  /**
   * Wraps a fake so every method call is counted under `${iface}.${method}` (e.g. 'Spreadsheet.Range.getValues'),
   * and the script sees exactly the members @types declares for `iface`: an undeclared member is undefined
   * even when the fake has it (so calling it throws "… is not a function", as in Apps Script), and a declared
   * one the fake lacks throws "not emulated: …". Methods run on the raw object, so a fake's calls to its own
   * methods are not counted twice. Declared data properties are visible only when named in upper case
   * (enums such as ScriptApp.EventType); the fakes' fields stay hidden. Properties the script sets are kept
   * beside the fake (HtmlTemplate variables use this) and never overwrite its internals.
   */
  expose<T extends object>(iface: string, target: T): T {
    const declared = declaredMembers(iface);
    const wrappers = new Map<string, unknown>();
    const expandos = new Map<string, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        if (expandos.has(prop)) return expandos.get(prop);
        if (!declared.has(prop)) return OBJECT_MEMBERS.has(prop) ? Reflect.get(t, prop) : undefined;
        const value: unknown = Reflect.get(t, prop);
        if (typeof value === 'function') {
          let wrapper = wrappers.get(prop);
          if (!wrapper) {
            const fn = value as (...args: unknown[]) => unknown;
            wrapper = (...args: unknown[]) => this.invoke(`${iface}.${prop}`, () => fn.apply(t, args));
            wrappers.set(prop, wrapper);
          }
          return wrapper;
        }
        if (value !== undefined && (!Object.prototype.hasOwnProperty.call(t, prop) || /^[A-Z]/.test(prop)))
          return value;
        return () => {
          throw this.notEmulated(`${iface}.${prop}`);
        };
      },
      set: (_t, prop, value) => {
        if (typeof prop === 'symbol') return false;
        expandos.set(prop, value);
        return true;
      },
      has: (t, prop) =>
        (typeof prop === 'string' && (expandos.has(prop) || (declared.has(prop) && prop in t))) ||
        (typeof prop !== 'string' && Reflect.has(t, prop)),
      ownKeys: () => [...expandos.keys()],
      getOwnPropertyDescriptor: (_t, prop) =>
        typeof prop === 'string' && expandos.has(prop)
          ? { value: expandos.get(prop), writable: true, enumerable: true, configurable: true }
          : undefined,
    });
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The raw fake behind a proxy handed to the script (or the value itself). */
  unwrap<T>(value: T): T {
    if (value && typeof value === 'object') return (this.targets.get(value) as T | undefined) ?? value;
    return value;
  }

  /** The raw fake behind `value` if it is an instance of `cls`, else null. */
  fakeOf<C>(value: unknown, cls: abstract new (...args: never[]) => C): C | null {
    const raw = this.unwrap(value);
    return raw instanceof cls ? raw : null;
  }

  /** Expando properties the script set on a proxy (template variables). */
  expandosOf(proxy: object): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(proxy)) if (typeof key === 'string') out[key] = Reflect.get(proxy, key);
    return out;
  }

  // ---- deterministic randomness (ids, UUIDs) --------------------------------------------------------------

  random(): number {
    // mulberry32: deterministic ids make failures reproducible.
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  randomId(length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.random() * alphabet.length)];
    return out;
  }

  log(level: LogEntry['level'], message: string): void {
    this.logs.push({ level, message, at: this.clock.now() });
  }
}

/** How Apps Script names argument types in "The parameters (…) don't match the method signature" errors. */
function describeArgs(args: unknown[]): string {
  const name = (a: unknown): string => {
    if (a === null || a === undefined) return 'null';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    if (isDate(a)) return 'Date';
    if (Array.isArray(a)) return `${a.length ? name(a[0]) : 'Object'}[]`;
    return 'Object';
  };
  return args.map(name).join(',');
}

/** A Date from any realm. */
export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

/**
 * Base of every fake class: `proxy` is what the script gets (counted, internals hidden); methods that
 * return "this" for chaining return `this.proxy`.
 */
export abstract class Facade {
  readonly proxy: this;

  protected constructor(
    protected readonly ctx: Context,
    iface: string,
  ) {
    this.proxy = ctx.expose(iface, this);
  }
}
