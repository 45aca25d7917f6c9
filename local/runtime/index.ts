// The in-memory Apps Script runtime: the public API that builds the fakes and runs a bundle on them.
// It loads the bundle into a node:vm context, runs entry points as executions, and simulates respondents,
// people opening and editing the sheet, and time passing for triggers.

import { PROTECTED_CELL, refusing } from './protection';
import { personFilter, type FilterAction } from './filter';
import * as vm from 'node:vm';
import { FakeCacheService } from './cache';
import { ManualClock, type Clock } from './clock';
import { Context, asEnum, isDate, type AuthModeName, type LogEntry } from './context';
import { Faults } from './faults';
import { FakeFormApp, FakeFormResponse, FormsService, type Answer, type FormModel, type ResponseModel } from './forms';
import { FakeHtmlService, type TemplateRunner } from './html';
import { FakeLockService } from './lock';
import { FakeMailApp, MailQuota, type SentMail } from './mail';
import { Meter } from './meter';
import { FakePropertiesService, PropertyStores } from './properties';
import { FakeSession, FakeLogger, fakeConsole } from './session';
import { SpreadsheetModel } from './sheet-model';
import { ChartType } from './sheet-extras';
import { SheetsService, DEFAULT_SHEET_PREFIX } from './spreadsheet';
import { AuthMode, FakeScriptApp, TriggerRegistry, type FireResult, type TriggerRecord } from './triggers';
import { FakeUi, newUiState, type UiState } from './ui';
import { FakeUtilities, PDF_CONVERSIONS_PER_DAY } from './utilities';
import { enterValue } from './values';
import { satisfies } from './range';
import { ArchiveStore, advancedSheets } from './advanced-sheets';

export type { Clock } from './clock';
export type { FireResult, TriggerRecord, TriggerRegistry } from './triggers';
export type { SentMail } from './mail';
export type { UiState, UiAnswer, MenuRecord } from './ui';
export type { LogEntry, AuthModeName } from './context';
export type { FakeSpreadsheet, FakeSheet } from './spreadsheet';
export type { FakeRange } from './range';
export type { FakeForm, FakeFormResponse } from './forms';
export { Meter, LATENCY, SHEETS_ROUND_TRIPS, SERVICE_CALL_MS, type MeterSnapshot } from './meter';
export { Faults, type LockKind } from './faults';

export interface RuntimeOptions {
  /** The clock's start (default: 2026-11-27T09:00:00+07:00). */
  now?: Date;
  /** The active/effective user's email (default 'admin@example.org'). */
  user?: string;
  /** Script and spreadsheet time zone (default 'Asia/Ho_Chi_Minh'). */
  timeZone?: string;
  /**
   * The bound spreadsheet's locale: a new spreadsheet takes its creator's, so it is the admin's interface
   * language, not the campaign's. Default 'en_US' (month-first dates, the stricter case); 'vi_VN' is the
   * other modelled locale.
   */
  spreadsheetLocale?: 'en_US' | 'vi_VN';
  /** MailApp daily recipients (default 100, a consumer account). */
  mailQuota?: number;
  /** Default 'Mỗi tuần làm một việc tốt'. */
  spreadsheetName?: string;
  /** HTML files by name, for HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  /** The add-on's name: the title of createAddonMenu() menus. */
  addonName?: string;
  /** The clock moves by each call's modelled cost (default false: time stands still unless a test moves it). */
  modelledTime?: boolean;
  /** appsscript.json's oauthScopes: what every user grants unless faults.grantScopes says less (default: all known). */
  oauthScopes?: readonly string[];
  /** Trigger runtime a day per user (default 90 min, a consumer account; a Workspace account has 6 h). */
  triggerRuntimeMs?: number;
}

export interface SubmitOptions {
  email?: string;
  at?: Date;
  unchecked?: boolean;
}

export interface ExecutionOptions {
  authMode?: AuthModeName;
  /** Runs as this user (default: the runtime's user). */
  user?: string;
  /** False makes SpreadsheetApp.getUi() throw, as inside triggers. */
  hasUi?: boolean;
}

/**
 * What each onFormSubmit trigger's handler returned (`result`) or threw (`error`), with the event it got —
 * form-bound triggers first, then spreadsheet-bound ones — plus the response and the row it wrote.
 */
export type SubmitResult = FireResult[] & {
  /** The recorded response (the proxy the script would get). */
  response: GoogleAppsScript.Forms.FormResponse;
  /** The 1-based row written in the linked sheet, or null when the form has no destination. */
  row: number | null;
};

export interface Runtime {
  /** The globals of the script: SpreadsheetApp, FormApp, MailApp, ScriptApp, PropertiesService, … */
  globals: Record<string, unknown>;
  meter: Meter;
  /**
   * The bound (active) spreadsheet: the same fake the script gets from SpreadsheetApp, typed as the real
   * interface (a method that is not emulated throws "not emulated: …"). Calls through it are counted.
   */
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  clock: Clock;
  setUser(email: string): void;
  /** The user set by setUser (or options.user). */
  readonly user: string;
  mail: { sent: SentMail[] };
  ui: UiState;
  triggers: TriggerRegistry;
  /** Forms created with FormApp.create, as the script sees them (typed as the real interface). */
  readonly forms: GoogleAppsScript.Forms.Form[];
  faults: Faults;
  /** Spreadsheets created through the Sheets advanced service (drive.file: the only ones it can reach). */
  archives: ArchiveStore;
  /** Logger.log and console output. */
  logs: LogEntry[];
  /** name → HTML content for HtmlService (the loader fills it from dist/*.html). */
  htmlFiles: Record<string, string>;
  /** Property stores, for tests to inspect or seed (script, document, users). */
  properties: PropertyStores;
  /** Functions declared by the last bundle loaded (null before loadBundle). */
  bundle: Record<string, (...args: unknown[]) => unknown> | null;
  /** Calls a function of the loaded bundle as one execution (locks released and writes committed at its end). */
  run(name: string, args?: unknown[], options?: ExecutionOptions): unknown;
  /** Calls a function as google.script.run would: arguments and result checked and copied (see scriptRun). */
  scriptRun(name: string, ...args: unknown[]): unknown;
  /**
   * A real respondent submits the form: response recorded, row written, onFormSubmit triggers fired.
   * `unchecked`: a response made on an older version of the form (a choice since removed, a question that was
   * free text, a required one left out) — what the add-on must still survive; Forms' own checks are skipped.
   */
  submitForm(form: unknown, answers: Record<string, Answer>, options?: SubmitOptions): SubmitResult;
  /**
   * The respondent edits their response through its edit link (FormResponse.getEditResponseUrl): the same response
   * with these answers over its old ones, its row rewritten, the form-submit triggers fired again (see editResponse).
   */
  editResponse(editUrl: string, answers: Record<string, Answer>, options?: SubmitOptions): SubmitResult;
  /** A user opens the spreadsheet: the simple onOpen (LIMITED by default) then installable open triggers. */
  openSpreadsheet(options?: { authMode?: 'NONE' | 'LIMITED' | 'FULL'; user?: string }): FireResult[];
  /**
   * A user types `value` into a cell, or pastes a grid of values (one array per row) over a range of that shape:
   * written as typed, then the simple onEdit and installable edit triggers (value/oldValue only for one cell).
   */
  /** `hideEmail`: the event's user has no email (Apps Script does not always tell), though `user` is editing. */
  userEdit(
    sheetName: string,
    a1: string,
    value: unknown,
    options?: { user?: string; hideEmail?: boolean },
  ): FireResult[];
  /**
   * A person's filter on a tab, as the Sheets UI makes it (filter.ts): created over `range` (or the data) when the tab
   * has none, values hidden per column, sorted through it (refused where a protection does not list the person), or
   * removed. No trigger fires (a filter is no edit).
   */
  userFilter(sheetName: string, action: FilterAction, options?: { user?: string }): void;
  /** The raw fake behind a proxy (for tests that need internals such as FakeBlob.conversions). */
  unwrap<T>(value: T): T;
  /** From now on the clock moves (or not) by each call's modelled cost, as RuntimeOptions.modelledTime. */
  useModelledTime(on: boolean): void;
}

/** runtime.globals with the real Apps Script types, for tests and tools written in TypeScript. */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export function gas(runtime: Runtime): GasGlobals {
  return runtime.globals as unknown as GasGlobals;
}

const DEFAULTS = {
  now: new Date('2026-11-27T09:00:00+07:00'),
  user: 'admin@example.org',
  timeZone: 'Asia/Ho_Chi_Minh',
  spreadsheetLocale: 'en_US',
  mailQuota: 100,
  spreadsheetName: 'Mỗi tuần làm một việc tốt',
  addonName: 'Mỗi tuần làm một việc tốt',
};

/** MimeType enum: plain strings, as in Apps Script. */
const MIME_TYPES = Object.freeze({
  CSV: 'text/csv',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  JPEG: 'image/jpeg',
  JSON: 'application/json',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  PNG: 'image/png',
  ZIP: 'application/zip',
});

interface Internals {
  ctx: Context;
  sheets: SheetsService;
  forms: FormsService;
  vmContext: vm.Context | null;
  /** The loaded bundle, run again at the start of every execution (see `execute`). */
  script: vm.Script | null;
}

const internals = new WeakMap<Runtime, Internals>();

function inside(runtime: Runtime): Internals {
  const found = internals.get(runtime);
  if (!found) throw new Error('Not a runtime made by createRuntime');
  return found;
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const o = { ...DEFAULTS, ...options };
  const clock = new ManualClock(o.now);
  const meter = new Meter();
  const mailQuota = new MailQuota(o.mailQuota, () => clock.nowMs());
  let ctxRef: Context | null = null;
  const faults: Faults = new Faults({
    spreadsheetId: () => model.id,
    setMailQuotaLeft: (n) => mailQuota.setRemaining(ctxRef?.currentUser() ?? o.user, n),
    lifetimeMs: () => meter.lifetimeMs,
    writes: () => sheets.writes,
  });
  const ctx: Context = (ctxRef = new Context({
    clock,
    meter,
    faults,
    user: o.user,
    timeZone: o.timeZone,
    modelledTime: o.modelledTime,
    oauthScopes: o.oauthScopes,
  }));
  const model: SpreadsheetModel = new SpreadsheetModel(
    ctx.randomId(44),
    o.spreadsheetName,
    o.timeZone,
    o.spreadsheetLocale,
    () => Math.floor(ctx.random() * 2 ** 31),
  );
  model.activeSheet = model.addSheet(`${DEFAULT_SHEET_PREFIX}1`, 0);
  model.owner = o.user; // the first user created the file (protection.ts: the owner passes every protection)

  const ui = newUiState();
  const uiFacade = new FakeUi(ctx, ui, o.addonName);
  let forms: FormsService | null = null;
  const sheets = new SheetsService(ctx, model, {
    ui: () => {
      if (!ctx.current().hasUi) throw ctx.error('Cannot call SpreadsheetApp.getUi() from this context.');
      return uiFacade.proxy;
    },
    toast: (t) => ui.toasts.push(t),
    formUrl: (formId) => {
      const form = forms?.byId(formId);
      return form ? forms!.publishedUrl(form) : null;
    },
  });
  forms = new FormsService(ctx, sheets);
  const formsService = forms;

  const registry = new TriggerRegistry(ctx, o.triggerRuntimeMs);
  const properties = new PropertyStores();
  const sent: SentMail[] = [];
  const htmlFiles: Record<string, string> = { ...(options.htmlFiles ?? {}) };
  const archives = new ArchiveStore();

  // eslint-disable-next-line prefer-const -- assigned once below; the template runner closes over it first
  let runtime: Runtime;
  const runner: TemplateRunner = (source) => {
    const state = inside(runtime);
    state.vmContext ??= newScriptContext(runtime);
    return vm.runInContext(source, state.vmContext) as ReturnType<TemplateRunner>;
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheets.app.proxy,
    FormApp: new FakeFormApp(formsService).proxy,
    MailApp: new FakeMailApp(ctx, mailQuota, sent).proxy,
    ScriptApp: new FakeScriptApp(ctx, registry, ctx.randomId(57)).proxy,
    PropertiesService: new FakePropertiesService(ctx, properties).proxy,
    CacheService: new FakeCacheService(ctx).proxy,
    LockService: new FakeLockService(ctx, faults).proxy,
    Session: new FakeSession(ctx).proxy,
    Utilities: new FakeUtilities(ctx, new MailQuota(PDF_CONVERSIONS_PER_DAY, () => clock.nowMs())).proxy,
    HtmlService: new FakeHtmlService(ctx, htmlFiles, runner).proxy,
    Logger: new FakeLogger(ctx).proxy,
    console: fakeConsole(ctx),
    Charts: ctx.expose('Charts.Charts', { ChartType }),
    MimeType: MIME_TYPES,
    Sheets: advancedSheets(ctx, archives),
  };

  runtime = {
    globals,
    meter,
    spreadsheet: sheets.spreadsheet.proxy as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    clock,
    setUser: (email) => {
      ctx.user = email;
    },
    get user() {
      return ctx.user;
    },
    mail: { sent },
    ui,
    triggers: registry,
    get forms() {
      return formsService.forms.map((f) => formsService.form(f) as unknown as GoogleAppsScript.Forms.Form);
    },
    faults,
    archives,
    logs: ctx.logs,
    htmlFiles,
    properties,
    bundle: null,
    run: (name, args = [], opts = {}) => execute(runtime, name, args, opts),
    scriptRun: (name, ...args) => scriptRun(runtime, name, args),
    submitForm: (form, answers, opts = {}) => submitForm(runtime, form, answers, opts),
    editResponse: (url, answers, opts = {}) => editResponse(runtime, url, answers, opts),
    openSpreadsheet: (opts = {}) => openSpreadsheet(runtime, opts),
    userEdit: (sheetName, a1, value, opts = {}) => userEdit(runtime, sheetName, a1, value, opts),
    userFilter: (sheetName, action, opts = {}) => {
      const sheet = sheets.findSheet(sheetName);
      if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
      const range = action.range ? ctx.unwrap(sheets.rangeFromA1(sheet, action.range)) : undefined;
      const rect = range && {
        r0: range.row - 1,
        c0: range.column - 1,
        numRows: range.numRows,
        numColumns: range.numColumns,
      };
      personFilter(model, sheet, rect, action, opts.user ?? ctx.user);
    },
    unwrap: (value) => ctx.unwrap(value),
    useModelledTime: (on) => {
      ctx.modelledTime = on;
    },
  };
  internals.set(runtime, { ctx, sheets, forms: formsService, vmContext: null, script: null });
  registry.executor = (trigger, event) =>
    fire(runtime, trigger.handler, event, trigger, {
      user: trigger.owner,
      authMode: 'FULL',
      hasUi: trigger.eventType === 'ON_OPEN',
    });
  return runtime;
}

// ---- loading a bundle ---------------------------------------------------------------------------------------------

/** A node:vm context whose globals are only the runtime's globals and the ECMAScript built-ins. */
function newScriptContext(runtime: Runtime): vm.Context {
  const sandbox: Record<string, unknown> = { ...runtime.globals };
  const context = vm.createContext(sandbox, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
  // `new Date()` and `Date.now()` in the script read the runtime's clock, so tests can stand at any instant.
  const install = vm.runInContext(
    `(now) => { const Real = Date; globalThis.Date = class Date extends Real {
       constructor(...a) { if (a.length === 0) super(now()); else super(...a); }
       static now() { return now(); } }; }`,
    context,
  ) as (now: () => number) => void;
  install(() => runtime.clock.now().getTime());
  inside(runtime).ctx.realm = vm.runInContext('({ Date, Error, Array, Object })', context);
  return context;
}

/**
 * Runs the bundle (a plain script declaring top-level functions) in a new context whose globals are only
 * runtime.globals and the ECMAScript built-ins, and returns the functions it declared. Values the fakes hand
 * to the script (Dates, arrays, errors) are then made with that context's constructors, so `instanceof Date`
 * and `instanceof Error` hold in the script.
 */
export function loadBundle(
  runtime: Runtime,
  code: string,
  filename = 'Code.js',
): Record<string, (...args: unknown[]) => unknown> {
  const context = newScriptContext(runtime);
  inside(runtime).vmContext = context;
  const before = new Set(Object.getOwnPropertyNames(context)); // the globals and the clock-driven Date
  const script = new vm.Script(code, { filename });
  script.runInContext(context);
  inside(runtime).script = script;
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (const key of Object.getOwnPropertyNames(context)) {
    if (before.has(key)) continue;
    const value = (context as Record<string, unknown>)[key];
    if (typeof value === 'function') fns[key] = value as (...args: unknown[]) => unknown;
  }
  runtime.bundle = fns;
  return fns;
}

/** Calls `name` from `fns` as one execution (FULL auth, UI available). */
export function callEntry(
  runtime: Runtime,
  fns: Record<string, (...args: unknown[]) => unknown>,
  name: string,
  ...args: unknown[]
): unknown {
  return execute(runtime, name, args, {}, fns);
}

function execute(
  runtime: Runtime,
  name: string,
  args: unknown[],
  options: ExecutionOptions,
  fns: Record<string, (...args: unknown[]) => unknown> | null = runtime.bundle,
): unknown {
  const state = inside(runtime);
  const { ctx } = state;
  let fn = fns?.[name];
  if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
  // Apps Script loads the project afresh for every execution: nothing a module keeps in memory (a cache, a memo,
  // a "checked once" flag) survives to the next one. Running the bundle again here makes a script that relies on
  // such state fail as it would on Google's servers.
  if (state.script && state.vmContext && fns === runtime.bundle && ctx.current().id === 0) {
    state.script.runInContext(state.vmContext);
    fn = (state.vmContext as Record<string, unknown>)[name] as typeof fn;
  }
  const entry = fn as (...args: unknown[]) => unknown;
  return ctx.runExecution(options, () => entry(...args.map((a) => ctx.adopt(a))));
}

/** Runs a handler for an event as one execution; what it returned or threw is reported, not thrown. */
function fire(
  runtime: Runtime,
  handler: string,
  event: unknown,
  trigger: TriggerRecord | null,
  options: ExecutionOptions,
): FireResult {
  const result: FireResult = { trigger: trigger as TriggerRecord, handler, event };
  try {
    result.result = execute(runtime, handler, [event], options);
  } catch (error) {
    result.error = error;
  }
  return result;
}

// ---- google.script.run -----------------------------------------------------------------------------------------------

/** Whether a value may cross google.script.run (primitives, null, arrays and plain objects of these). */
function legal(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return true;
  if (isDate(value) || typeof value === 'function') return false;
  if (Array.isArray(value)) return value.every(legal);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
    return Object.values(value as object).every(legal);
  }
  return false;
}

/** A copy as the other side receives it: undefined in arrays becomes null. */
function copyAcross(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : copyAcross(v)));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, copyAcross(v)]),
    );
  return value;
}

/**
 * google.script.run: a Date, function or other object in the arguments makes the call fail (as in the
 * browser); a return value holding one reaches the client as null (APPS-SCRIPT-FACTS.md, HTML service).
 */
function scriptRun(runtime: Runtime, name: string, args: unknown[]): unknown {
  args.forEach((a, i) => {
    if (!legal(a))
      throw new Error(
        `google.script.run: parameter ${i + 1} of ${name} is not a legal value (Date, function or object with a prototype)`,
      );
  });
  const result = execute(runtime, name, args.map(copyAcross), {});
  return legal(result) ? copyAcross(result) : null;
}

// ---- simulated people ---------------------------------------------------------------------------------------------------

function submitForm(
  runtime: Runtime,
  form: unknown,
  answers: Record<string, Answer>,
  options: SubmitOptions,
): SubmitResult {
  const { ctx, forms } = inside(runtime);
  const model = forms.formModel(form);
  if (!model.acceptingResponses) throw new Error(`The form "${model.title}" is not accepting responses`);
  const response = forms.newResponse((options.at ?? ctx.clock.now()).getTime(), options.email ?? '');
  fillAnswers(runtime, model, response, answers, options);
  return deliver(runtime, model, response);
}

/**
 * The respondent opens the link FormResponse.getEditResponseUrl() gave and sends the form again: the same response
 * (same id) with these answers over the ones it had, its timestamp now (an edit moves the response's timestamp:
 * github.com/mozilla/network-pulse/issues/158), its row of the linked sheet rewritten in place, and the form-submit
 * triggers fired again as for a new response. Only when the form allows edits (Form.setAllowResponseEdits).
 */
function editResponse(
  runtime: Runtime,
  editUrl: string,
  answers: Record<string, Answer>,
  options: SubmitOptions,
): SubmitResult {
  const { ctx, forms } = inside(runtime);
  const id = /[?&]edit2=([^&#]+)/.exec(editUrl)?.[1];
  const model = forms.forms.find((f) => editUrl.includes(`/d/e/${f.publishedId}/`));
  const response = model?.responses.find((r) => r.id === id);
  if (!model || !response) throw new Error(`No response to edit behind ${editUrl}`);
  if (!model.allowResponseEdits) throw new Error(`The form "${model.title}" does not allow editing responses`);
  if (!model.acceptingResponses) throw new Error(`The form "${model.title}" is not accepting responses`);
  fillAnswers(runtime, model, response, answers, options); // over the old answers, on the path they now take
  response.timestamp = (options.at ?? ctx.clock.now()).getTime();
  return deliver(runtime, model, response);
}

function fillAnswers(
  runtime: Runtime,
  model: FormModel,
  response: ResponseModel,
  answers: Record<string, Answer>,
  options: SubmitOptions,
): void {
  const { forms } = inside(runtime);
  const questions = model.items.filter((i) => i.type !== 'SECTION_HEADER' && i.type !== 'PAGE_BREAK');
  const given = new Map<number, Answer>();
  for (const [title, answer] of Object.entries(answers)) {
    const item = questions.find((i) => i.title === title);
    if (!item) throw new Error(`The form "${model.title}" has no question titled "${title}"`);
    given.set(item.id, options.unchecked ? answer : forms.validate(item, answer));
  }
  const edit = response.submitted;
  const merged = new Map([...(edit ? response.answers : []), ...given]);
  // The pages the respondent goes through (Forms' page navigation); an older form's response (unchecked) had none.
  const path = options.unchecked ? new Set(questions) : forms.path(model, merged);
  for (const item of questions)
    if (item.required && !options.unchecked && path.has(item) && !merged.has(item.id))
      throw new Error(`The question "${item.title}" is required`);
  response.answers.clear();
  for (const item of questions) {
    const answer = merged.get(item.id);
    if (answer !== undefined && path.has(item)) response.answers.set(item.id, answer);
  }
}

/** Records the response (a new row, or its own row again after an edit) and fires the form-submit triggers. */
function deliver(runtime: Runtime, model: FormModel, response: ResponseModel): SubmitResult {
  const { forms, sheets } = inside(runtime);
  const { row } = forms.record(model, response);
  const responseProxy = new FakeFormResponse(forms, model, response).proxy;
  const proxyAsGas = responseProxy as unknown as GoogleAppsScript.Forms.FormResponse;

  const results: FireResult[] = [];
  for (const trigger of runtime.triggers.matching('ON_FORM_SUBMIT', model.id))
    results.push(
      runtime.triggers.fire(trigger, {
        authMode: AuthMode.FULL,
        response: responseProxy,
        source: forms.form(model),
        triggerUid: trigger.uid,
      }),
    );
  const sheet = forms.responseSheet(model);
  if (sheet && row !== null)
    for (const trigger of runtime.triggers.matching('ON_FORM_SUBMIT', sheets.model.id)) {
      const width = sheet.lastColumn();
      const values: string[] = [];
      const namedValues: Record<string, string[]> = {};
      for (let c = 0; c < width; c++) {
        const text = sheets.display(sheet, row - 1, c);
        values.push(text);
        const header = sheets.display(sheet, 0, c);
        (namedValues[header] ??= []).push(text);
      }
      results.push(
        runtime.triggers.fire(trigger, {
          authMode: AuthMode.FULL,
          namedValues,
          range: sheets.range(sheet, row, 1, 1, width),
          source: sheets.spreadsheet.proxy,
          triggerUid: trigger.uid,
          values,
        }),
      );
    }
  return Object.assign(results, { response: proxyAsGas, row });
}

function simpleAndInstallable(
  runtime: Runtime,
  simple: string,
  eventType: 'ON_OPEN' | 'ON_EDIT',
  event: Record<string, unknown>,
  options: { authMode: AuthModeName; user?: string },
): FireResult[] {
  const { sheets } = inside(runtime);
  const results: FireResult[] = [];
  if (runtime.bundle && typeof runtime.bundle[simple] === 'function')
    results.push(
      fire(runtime, simple, { ...event, authMode: asEnum(AuthMode[options.authMode]) }, null, {
        authMode: options.authMode,
        user: options.user,
        hasUi: true,
      }),
    );
  for (const trigger of runtime.triggers.matching(eventType, sheets.model.id))
    results.push(runtime.triggers.fire(trigger, { ...event, authMode: AuthMode.FULL, triggerUid: trigger.uid }));
  return results;
}

function openSpreadsheet(
  runtime: Runtime,
  options: { authMode?: 'NONE' | 'LIMITED' | 'FULL'; user?: string },
): FireResult[] {
  const { ctx, sheets } = inside(runtime);
  const user = options.user ?? ctx.user;
  return simpleAndInstallable(
    runtime,
    'onOpen',
    'ON_OPEN',
    { source: sheets.spreadsheet.proxy, user: ctx.expose('Base.User', { getEmail: () => user }) },
    { authMode: options.authMode ?? 'LIMITED', user },
  );
}

function userEdit(
  runtime: Runtime,
  sheetName: string,
  a1: string,
  value: unknown,
  options: { user?: string; hideEmail?: boolean },
): FireResult[] {
  const { ctx, sheets } = inside(runtime);
  const sheet = sheets.findSheet(sheetName);
  if (!sheet) throw new Error(`No sheet named "${sheetName}"`);
  const range = ctx.unwrap(sheets.rangeFromA1(sheet, a1));
  const [r, c] = [range.row - 1, range.column - 1];
  const user = options.user ?? ctx.user;
  // A protection the person is not listed on refuses the edit before anything changes (protection.ts).
  if (refusing(sheets.model, sheet, user, { r0: r, c0: c, numRows: range.numRows, numColumns: range.numColumns }))
    throw new Error(PROTECTED_CELL);
  const event: Record<string, unknown> = {
    range: range.proxy,
    source: sheets.spreadsheet.proxy,
    user: ctx.expose('Base.User', { getEmail: () => (options.hideEmail ? '' : user) }),
  };
  // A rule that rejects input (setAllowInvalid(false)) refuses what the person typed or pasted, cell by cell.
  const refuse = (i: number, j: number, v: unknown) => {
    const rule = sheet.validations.get(r + i, c + j);
    const entered = enterValue(v, sheet.formats.get(r + i, c + j), sheets.model).value;
    if (rule && !rule.allowInvalid && entered !== undefined && !satisfies(rule, entered))
      throw new Error(`The data you entered in cell ${a1} violates the data validation rules set on this cell.`);
  };
  if (Array.isArray(value)) {
    // A paste: Apps Script gives neither value nor oldValue for a range of more than one cell.
    const grid = value as unknown[][];
    if (grid.length !== range.numRows || grid.some((row) => !Array.isArray(row) || row.length !== range.numColumns))
      throw new Error(`userEdit: the values do not have the shape of ${a1}`);
    grid.forEach((row, i) => row.forEach((v, j) => refuse(i, j, v)));
    grid.forEach((row, i) => row.forEach((v, j) => sheets.writeCell(sheet, r + i, c + j, v)));
  } else {
    refuse(0, 0, value);
    const old = sheet.values.get(r, c);
    const entered = enterValue(value, sheet.formats.get(r, c), sheets.model);
    sheets.writeCell(sheet, r, c, value);
    event.value = entered.value === undefined ? undefined : sheets.display(sheet, r, c);
    if (old !== undefined) event.oldValue = String(old);
  }
  return simpleAndInstallable(runtime, 'onEdit', 'ON_EDIT', event, { authMode: 'LIMITED', user });
}
