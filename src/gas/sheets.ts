// Thin adapter over SpreadsheetApp: the add-on's tabs (found by sheet id, as domain/tabs.ts describes them), safe cell values, batched reads and appends.
import { formatRows } from './cellFormats';
import type { CellValue } from '../domain/deed';
import { DEED, FORMER_NAMES, LADDER_PASS, LADDER_UNITS, OWNED_TABS } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';
import * as MSG_TABS from '#shared/messages/tabs';
import { getDocumentProperty, setDocumentProperty } from './properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The tabs a form fills with its responses (Sheet.getFormUrl names the form behind each). */
export function formTabNames(): string[] {
  return spreadsheet()
    .getSheets()
    .filter((s) => s.getFormUrl() !== null)
    .map((s) => s.getName());
}

/**
 * A value as it must be written so that Sheets keeps it as typed: every non-empty string gets a leading
 * apostrophe, so "=HYPERLINK(…)" stays text (never a formula) and "0912345678" keeps its leading zero.
 * Sheets hides the apostrophe and getValues() returns the string without it.
 */
export function toCell(value: CellValue): CellValue {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** Where the owned tabs' sheet ids are kept: one JSON document property, tab name → sheet id. */
const TAB_IDS_PROPERTY = 'tabIds';

/**
 * The recorded ids, read once per execution (one getProperty, a Properties call, not a Sheets one) and kept here:
 * Apps Script loads the script afresh for each execution, so this never outlives one.
 */
let recorded: Record<string, number> | undefined;

function tabIds(): Record<string, number> {
  recorded ??= parseIds(getDocumentProperty(TAB_IDS_PROPERTY));
  return recorded;
}

/** An unreadable value counts as none recorded: the tabs are then found by name and recorded again. */
function parseIds(raw: string | null): Record<string, number> {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Records the tab's sheet id (one setProperty, only when it changes: once per tab in the Sheet's life). */
function remember(name: string, sheet: Sheet): Sheet {
  const ids = tabIds();
  const id = sheet.getSheetId();
  if (ids[name] !== id) {
    ids[name] = id;
    setDocumentProperty(TAB_IDS_PROPERTY, JSON.stringify(ids));
  }
  return sheet;
}

/** An owned tab a person renamed: nothing is read from or written to it until its name is put back. */
export class TabRenamed extends Error {
  constructor(
    readonly tabName: string,
    readonly nowNamed: string,
  ) {
    super(MSG_TABS.renamed(tabName, nowNamed));
  }
}

type TabProblemReporter = (problem: string, todo: string) => void;
let reporter: TabProblemReporter = () => undefined;
/** Set while a problem is reported: the incident's own tab lookup must not report (or recurse) again. */
let reporting = false;

/** How a tab problem becomes an incident (app/incidents.ts registers it: gas/ cannot import app/). */
export function onTabProblem(report: TabProblemReporter): void {
  reporter = report;
}

function tell(problem: string, todo: string): void {
  if (reporting) return;
  reporting = true;
  try {
    reporter(problem, todo);
  } finally {
    reporting = false;
  }
}

type HeaderCheck = (sheet: Sheet, schema: TabSchema) => void;
let headerCheck: HeaderCheck = () => undefined;
/** Schemas whose header row is checked when their tab is found: every owned one but «Việc tốt» (checked per use). */
const GUARDED = new Map([...OWNED_TABS, LADDER_PASS, LADDER_UNITS].filter((t) => t !== DEED).map((t) => [t.name, t]));

/** How a found tab's header row is checked (app/structureGuard.ts registers it: gas/ cannot import app/). */
export function onTabFound(check: HeaderCheck): void {
  headerCheck = check;
}

/** The tab, once its header row is checked (at most one read per execution: the check remembers). */
function guarded(name: string, sheet: Sheet, check: boolean): Sheet {
  const schema = check ? GUARDED.get(name) : undefined;
  if (schema) headerCheck(sheet, schema);
  return sheet;
}

/** getSheetByName ignores case, so a change of case alone never lost a tab: it is no rename here either. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const OWNED = new Set(OWNED_TABS.map((t) => t.name));

/**
 * The spreadsheet's sheets, listed once per execution (one getSheets: a listed sheet's id and name are local); a sheet
 * the add-on inserts or deletes joins or leaves the list (newSheet, removeSheet), so a tab missing from it is missing.
 */
let listed: Sheet[] | undefined;

const listedSheet = (test: (sheet: Sheet) => boolean): Sheet | null =>
  (listed ??= spreadsheet().getSheets()).find(test) ?? null;

/** A new sheet, in the execution's list. */
export function newSheet(name: string): Sheet {
  const sheet = spreadsheet().insertSheet(name);
  listed?.push(sheet);
  return sheet;
}

/** Deletes a sheet, and takes it out of the execution's list. */
export function removeSheet(sheet: Sheet): void {
  spreadsheet().deleteSheet(sheet);
  listed = listed?.filter((s) => s !== sheet);
}

/**
 * An owned tab by its recorded sheet id, else by name, recording the id it has: both found in the execution's one
 * listing of the sheets. A tab renamed by a person throws TabRenamed (and is reported): writing to it would hide the
 * rename, and creating another by the old name would start an empty one.
 * `undefined` when the recorded tab was deleted and none has the name.
 */
function lookUp(name: string, check: boolean): Sheet | null | undefined {
  const byName = () => listedSheet((s) => sameName(s.getName(), name));
  if (!OWNED.has(name)) {
    const other = byName();
    return other && guarded(name, other, check);
  }
  migrate(name);
  const id = tabIds()[name];
  if (id !== undefined) {
    const sheet = listedSheet((s) => s.getSheetId() === id);
    if (sheet) {
      const now = sheet.getName();
      if (sameName(now, name)) return guarded(name, sheet, check);
      const renamed = new TabRenamed(name, now);
      tell(renamed.message, MSG_TABS.renamedTodo(name, now));
      throw renamed;
    }
  }
  const found = byName();
  if (found) return guarded(name, remember(name, found), check);
  return id === undefined ? null : undefined;
}

/**
 * A tab the add-on has renamed (FORMER_NAMES): until the new name is recorded, the tab recorded under an old name
 * (by its sheet id, whatever it is called now) or bearing it takes the new name, once, with its rows.
 */
function migrate(name: string): void {
  const ids = tabIds();
  const ss = spreadsheet();
  if (ids[name] !== undefined) return;
  for (const old of FORMER_NAMES[name] ?? []) {
    const recordedId = ids[old];
    const sheet = (recordedId === undefined ? null : ss.getSheetById(recordedId)) ?? ss.getSheetByName(old);
    if (!sheet || ss.getSheetByName(name)) continue;
    sheet.setName(name);
    delete ids[old];
    remember(name, sheet);
    return;
  }
}

/**
 * The schema's tab, created with its bold frozen header row when missing (an owned tab found by its sheet id:
 * see lookUp), its header row checked when found (`asIs` for callers that touch no cell by position: protections,
 * set-up making sure the tab exists). A deleted owned tab is created again and the admin told so in «Sự cố».
 */
export function ensureTab(schema: TabSchema, asIs = false): Sheet {
  const { name, headers } = schema;
  const existing = lookUp(name, !asIs);
  if (existing) return existing;
  const sheet = newSheet(name);
  fitColumns(sheet, headers.length);
  sheet
    .getRange(1, 1, 1, headers.length)
    .setValues([headers.map(toCell)])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  formatRows(sheet, schema, 2, sheet.getMaxRows());
  if (OWNED.has(name)) remember(name, sheet);
  if (existing === undefined) tell(MSG_TABS.recreated(name), MSG_TABS.recreatedTodo(name));
  return sheet;
}

/** The tab, or null when there is none (yet); an owned tab renamed by a person throws TabRenamed, like ensureTab. */
export function tab(name: string, asIs = false): Sheet | null {
  return lookUp(name, !asIs) ?? null;
}

/**
 * Set-up's repair: records again the id of every owned tab that bears its name (an admin's own tab replaces the
 * recorded one) and returns, one Vietnamese line each, the recorded tabs now under another name with no tab
 * bearing theirs (set-up stops on them: it would otherwise start an empty one).
 */
export function recordTabIds(schemas: readonly TabSchema[] = OWNED_TABS): string[] {
  const ss = spreadsheet();
  const ids = tabIds();
  const renamed: string[] = [];
  for (const { name } of schemas) {
    migrate(name);
    const byName = ss.getSheetByName(name);
    if (byName) {
      remember(name, byName);
      continue;
    }
    const id = ids[name];
    const sheet = id === undefined ? null : ss.getSheetById(id);
    if (sheet) renamed.push(MSG_TABS.renamedLine(name, sheet.getName()));
  }
  return renamed;
}

/**
 * A new sheet has 26 columns: make room for a wider header, or drop the columns a narrow tab never uses —
 * every empty cell of the grid counts against the spreadsheet's 10,000,000 (see domain/capacity.ts).
 */
function fitColumns(sheet: Sheet, width: number): void {
  const max = sheet.getMaxColumns();
  if (width > max) sheet.insertColumnsAfter(max, width - max);
  else if (width < max) sheet.deleteColumns(width + 1, max - width);
}

/** Appends rows below the last one: up to three by appendRow each, more in one write. */
export function appendRows(sheet: Sheet, rows: readonly (readonly CellValue[])[]): void {
  if (rows.length < 4) {
    // appendRow is one atomic call that also grows the sheet when it is full: up to three (a submission's receipts to
    // the unit and to the typed address), cheaper than finding the tab's end (two metadata calls, 320 ms: LATENCY.md).
    for (const row of rows) sheet.appendRow(row.map(toCell));
    return;
  }
  const first = sheet.getLastRow() + 1;
  const width = rows[0]!.length;
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(first, 1, rows.length, width).setValues(rows.map((r) => r.map(toCell)));
}

/**
 * Replaces everything below the header with these rows in one write, growing the sheet when needed and clearing
 * the rows left over from a longer body — or, with `trim` (a tab the add-on alone fills), deleting the grid's rows
 * below them, which the 10,000,000-cell limit counts (one body row stays: a grid keeps a row below a frozen header).
 */
export function replaceBody(sheet: Sheet, rows: readonly (readonly CellValue[])[], width: number, trim = false): void {
  const old = sheet.getLastRow() - 1;
  const max = sheet.getMaxRows();
  const keep = Math.max(rows.length, 1) + 1;
  if (max < keep) sheet.insertRowsAfter(max, keep - max);
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, width).setValues(rows.map((r) => r.map(toCell)));
  if (trim && max > keep) sheet.deleteRows(keep + 1, max - keep);
  if (old > rows.length) sheet.getRange(rows.length + 2, 1, old - rows.length, width).clearContent();
}

/** Every row below the header, as getValues() gives them: one read. */
/** The first `width` cells of one row (one read). */
export const readRow = (sheet: Sheet, row: number, width: number): unknown[] =>
  sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];

export function readBody(sheet: Sheet): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
}

/**
 * The rows of `column` (one column: 'A:A', 'B2:B9') whose text passes `test`, top down (`first`: the first only): a
 * TextFinder scan, the same cost at any size — or, on a sheet with a filter, which may hide rows from TextFinder (the
 * stricter reading: docs/apps-script-fidelity.md), a read of the column's cells.
 */
function rowsWhere(
  sheet: Sheet,
  column: string,
  find: (range: GoogleAppsScript.Spreadsheet.Range) => GoogleAppsScript.Spreadsheet.TextFinder,
  test: (text: string) => boolean,
  first = false,
): number[] {
  const range = sheet.getRange(column);
  if (hasFilter(sheet)) {
    const rows = range.getDisplayValues().flatMap(([v], i) => (test(v!) ? [range.getRow() + i] : []));
    return first ? rows.slice(0, 1) : rows;
  }
  const finder = find(range);
  return (first ? [finder.findNext()] : finder.findAll()).flatMap((r) => (r ? [r.getRow()] : []));
}

/** Whether a sheet (by id) has a filter, asked once per execution (a person adds one between executions). */
const filters: Record<number, boolean> = {};
/** Whether the sheet has a filter: asked once per execution (intake asks before it takes the document lock). */
export const hasFilter = (sheet: Sheet): boolean => (filters[sheet.getSheetId()] ??= sheet.getFilter() !== null);

/** A search for cells holding exactly `text` (whole cell, same case). */
const exactly = (text: string) => (range: GoogleAppsScript.Spreadsheet.Range) =>
  range.createTextFinder(text).matchEntireCell(true).matchCase(true);

/** The first row (1-based) where a cell of the column holds exactly `value`, or null: the same cost at any size. */
export function firstRowMatching(sheet: Sheet, column: string, value: string): number | null {
  return rowsWhere(sheet, column, exactly(value), (v) => v === value, true)[0] ?? null;
}

/** A search for cells the regular expression matches whole: one server-side scan. */
const matching = (pattern: string) => (range: GoogleAppsScript.Spreadsheet.Range) =>
  exactly(`^(?:${pattern})$`)(range).useRegularExpression(true);
/** The same test in memory, for a column read on a filtered sheet. */
const matchesWhole = (pattern: string) => {
  const re = new RegExp(`^(?:${pattern})$`);
  return (text: string) => re.test(text);
};

/** The first row where a cell of the column holds exactly one of `values` (one scan, a regular expression), or null. */
export function firstRowMatchingAny(sheet: Sheet, column: string, values: readonly string[]): number | null {
  const either = [...new Set(values)].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return rowsWhere(sheet, column, matching(either), (v) => values.includes(v), true)[0] ?? null;
}

/** Every row (1-based, top down) where a cell of the column matches the regular expression whole. */
export function rowsMatchingPattern(sheet: Sheet, column: string, pattern: string): number[] {
  return rowsWhere(sheet, column, matching(pattern), matchesWhole(pattern));
}

/** Every row (1-based, top down) where a cell of the column holds exactly `value`. */
export function rowsMatching(sheet: Sheet, column: string, value: string): number[] {
  return rowsWhere(sheet, column, exactly(value), (v) => v === value);
}

/** Every row (1-based, top down) where a cell of the column contains `text` (same case): one server-side scan. */
export function rowsContaining(sheet: Sheet, column: string, text: string): number[] {
  const find = (range: GoogleAppsScript.Spreadsheet.Range) => range.createTextFinder(text).matchCase(true);
  return rowsWhere(sheet, column, find, (v) => v.includes(text));
}
