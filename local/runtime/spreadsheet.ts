// Fake SpreadsheetApp, Spreadsheet and Sheet over the in-memory model (Range lives in range.ts).
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
// https://developers.google.com/apps-script/reference/spreadsheet/sheet

import { a1Notation, parseA1 } from './a1';
import { Facade, type Context, type Emulates } from './context';
import { FakeRange, FakeTextFinder, RANGE_OUTSIDE } from './range';
import {
  DataValidationCriteria,
  FakeDataValidationBuilder,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeProtection,
  ProtectionType,
} from './sheet-extras';
import { MAX_COLUMNS, SheetModel, SpreadsheetModel } from './sheet-model';
import { displayValue, enterValue, localeRules, type Entered } from './values';
import { WriteCache } from './write-cache';
import { PROTECTED_CELL, refusing, shiftProtections, type Rect } from './protection';
import { FakeFilter, FakeFilterCriteriaBuilder, filterOf, hiddenByFilter, shiftFilter } from './filter';

/** What Range and TextFinder need from the spreadsheet they belong to. */
export interface SheetsEnv {
  ctx: Context;
  model: SpreadsheetModel;
  /** A Range proxy, no checks. */
  range(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): FakeRange;
  /** A Range proxy after the checks and messages of Sheet.getRange(row, column, numRows, numColumns). */
  checkedRange(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): FakeRange;
  sheet(model: SheetModel): FakeSheet;
  /** Throws Sheets' error when the current user may not edit these cells: protection.ts. */
  guard(sheet: SheetModel, rect?: Rect): void;
  protect(sheet: SheetModel, rect?: Rect): FakeProtection;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: Date;
}

export interface SheetsHooks {
  /** Ui facade (throws in contexts without UI). */
  ui(): unknown;
  toast(t: Toast): void;
  /** Published URL of a form linked to this spreadsheet. */
  formUrl(formId: string): string | null;
}

export const DEFAULT_SHEET_PREFIX = 'Trang tính';

function sheetExists(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/** The bound spreadsheet and the factories every spreadsheet fake uses. */
export class SheetsService implements SheetsEnv {
  private readonly sheetFacades = new WeakMap<SheetModel, FakeSheet>();
  readonly spreadsheet: FakeSpreadsheet;
  readonly app: FakeSpreadsheetApp;
  /** Cell writes pending until the execution commits them (made first: an execution commits before its locks go). */
  readonly writes: WriteCache;

  constructor(
    readonly ctx: Context,
    readonly model: SpreadsheetModel,
    readonly hooks: SheetsHooks,
  ) {
    this.writes = new WriteCache(ctx, model);
    this.spreadsheet = new FakeSpreadsheet(this);
    this.app = new FakeSpreadsheetApp(this);
  }

  /** Throws Sheets' error when the current user may not edit these cells (or the sheet itself): protection.ts. */
  guard(sheet: SheetModel, rect?: Rect): void {
    if (refusing(this.model, sheet, this.ctx.currentUser(), rect)) throw this.ctx.error(PROTECTED_CELL);
  }

  range(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): FakeRange {
    return new FakeRange(this, sheet, row, column, numRows, numColumns).proxy;
  }

  checkedRange(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): FakeRange {
    const { ctx } = this;
    if (![row, column, numRows, numColumns].every((v) => typeof v === 'number' && Number.isFinite(v)))
      throw ctx.signatureError('SpreadsheetApp.Sheet.getRange', [row, column, numRows, numColumns]);
    const [r, c, nr, nc] = [row, column, numRows, numColumns].map(Math.trunc) as [number, number, number, number];
    if (r < 1) throw ctx.error('The starting row of the range is too small.');
    if (c < 1) throw ctx.error('The starting column of the range is too small.');
    if (nr < 1) throw ctx.error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw ctx.error('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) throw ctx.error(RANGE_OUTSIDE);
    return this.range(sheet, r, c, nr, nc);
  }

  /** Sheet.getRange(a1): 'A1', 'A2:C', 'A:A', '3:5'. */
  rangeFromA1(sheet: SheetModel, a1: string): FakeRange {
    const parsed = typeof a1 === 'string' ? parseA1(a1) : null;
    if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()))
      throw this.ctx.error('Range not found');
    const numRows = parsed.numRows ?? sheet.maxRows - parsed.row + 1;
    const numColumns = parsed.numColumns ?? sheet.maxColumns - parsed.column + 1;
    if (parsed.row + numRows - 1 > sheet.maxRows || parsed.column + numColumns - 1 > sheet.maxColumns)
      throw this.ctx.error('Range not found');
    return this.range(sheet, parsed.row, parsed.column, numRows, numColumns);
  }

  sheet(model: SheetModel): FakeSheet {
    let facade = this.sheetFacades.get(model);
    if (!facade) this.sheetFacades.set(model, (facade = new FakeSheet(this, model)));
    return facade.proxy;
  }

  sheetModel(value: unknown, argument = 'sheet'): SheetModel {
    const fake = this.ctx.fakeOf(value, FakeSheet);
    if (!fake || !this.model.sheets.includes(fake.model)) throw this.ctx.error(`Invalid argument: ${argument}`);
    return fake.model;
  }

  /** Where a range handed back by the script lives (charts keep ranges this way). */
  describe(range: unknown): { sheetName: string; a1: string } {
    const fake = this.ctx.fakeOf(range, FakeRange);
    if (!fake) throw this.ctx.error('Invalid argument: range');
    return { sheetName: fake.sheet.name, a1: a1Notation(fake.row, fake.column, fake.numRows, fake.numColumns) };
  }

  lookupRange(sheetName: string, a1: string): FakeRange {
    const sheet = this.model.byName(sheetName);
    if (!sheet) throw this.ctx.error('Range not found');
    return this.rangeFromA1(sheet, a1);
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = String(name).toLowerCase();
    return this.model.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Inserts a sheet with the real checks (duplicate name, cell limit); it becomes the active sheet. */
  insertSheet(name: string | undefined, index: number | undefined): SheetModel {
    const { model, ctx } = this;
    let sheetName = name;
    if (sheetName === undefined) {
      let n = model.sheets.length + 1;
      while (this.findSheet(`${DEFAULT_SHEET_PREFIX}${n}`)) n++;
      sheetName = `${DEFAULT_SHEET_PREFIX}${n}`;
    }
    sheetName = String(sheetName);
    if (this.findSheet(sheetName)) throw ctx.error(sheetExists(sheetName));
    model.ensureRoom(1000 * 26, (m) => ctx.error(m));
    const active = model.activeSheet ? model.sheets.indexOf(model.activeSheet) + 1 : model.sheets.length;
    const sheet = model.addSheet(sheetName, index ?? active);
    model.activeSheet = sheet;
    return sheet;
  }

  rename(sheet: SheetModel, name: string): void {
    this.guard(sheet);
    const other = this.findSheet(name);
    if (other && other !== sheet) throw this.ctx.error(sheetExists(name));
    if (!String(name).trim()) throw this.ctx.error('Sheet names cannot be empty.');
    sheet.name = String(name);
  }

  /** A new protection of the sheet, or of `rect` in it: the current user and the owner listed, open to all (protection.ts). */
  protect(sheet: SheetModel, rect?: Rect): FakeProtection {
    const editors = [...new Set([this.model.owner, this.ctx.currentUser()].filter((e) => e !== ''))];
    const model = { description: '', warningOnly: false, editors, openToAll: true, rect };
    sheet.protections.push(model);
    return new FakeProtection(this, sheet, model).proxy;
  }

  /** Coerces and writes one value at 0-based coordinates, as if typed (the real error texts). */
  writeCell(sheet: SheetModel, r: number, c: number, value: unknown): void {
    let e: Entered;
    try {
      e = enterValue(value, sheet.formats.get(r, c), this.model);
    } catch (error) {
      throw this.ctx.error((error as Error).message);
    }
    sheet.values.set(r, c, e.value);
    sheet.formulas.set(r, c, e.formula);
    if (e.autoFormat && sheet.formats.get(r, c) === undefined) sheet.formats.set(r, c, e.autoFormat);
    sheet.touched();
  }

  /** Writes one row of values at a 0-based row (appendRow, form responses); nothing changes if a value is bad. */
  writeRow(sheet: SheetModel, r: number, values: readonly unknown[]): void {
    for (const v of values) {
      try {
        enterValue(v, undefined, this.model);
      } catch (error) {
        throw this.ctx.error((error as Error).message);
      }
    }
    values.forEach((v, c) => this.writeCell(sheet, r, c, v));
  }

  /** Grows a sheet so that it has at least `rows` rows and `columns` columns (cell limit enforced). */
  grow(sheet: SheetModel, rows: number, columns: number): void {
    const newRows = Math.max(sheet.maxRows, rows);
    const newColumns = Math.max(sheet.maxColumns, columns);
    if (newColumns > MAX_COLUMNS) throw this.ctx.error(RANGE_OUTSIDE);
    this.model.ensureRoom(newRows * newColumns - sheet.cellCount(), (m) => this.ctx.error(m));
    sheet.maxRows = newRows;
    sheet.maxColumns = newColumns;
  }

  display(sheet: SheetModel, r: number, c: number): string {
    return displayValue(sheet.values.get(r, c), sheet.formats.get(r, c), this.model);
  }
}

// ---- SpreadsheetApp ------------------------------------------------------------------------------------------

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class FakeSpreadsheetApp
  extends Facade
  implements
    Emulates<
      GasApp,
      | 'getActive'
      | 'getActiveSpreadsheet'
      | 'getActiveSheet'
      | 'getUi'
      | 'flush'
      | 'newDataValidation'
      | 'openById'
      | 'openByUrl'
      | 'create'
      | 'newFilterCriteria'
    >
{
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;

  constructor(private readonly sheets: SheetsService) {
    super(sheets.ctx, 'Spreadsheet.SpreadsheetApp');
  }

  getActive(): FakeSpreadsheet {
    return this.sheets.spreadsheet.proxy;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.sheets.spreadsheet.proxy;
  }

  getActiveSheet(): FakeSheet {
    return this.sheets.spreadsheet.getActiveSheet();
  }

  getUi(): unknown {
    return this.sheets.hooks.ui();
  }

  /** Commits pending writes (write-cache.ts; the meter charges a commit round trip). */
  flush(): void {}

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx).proxy;
  }

  newFilterCriteria(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(this.ctx).proxy;
  }

  openById(id: string): FakeSpreadsheet {
    if (id === this.sheets.model.id) return this.sheets.spreadsheet.proxy;
    throw this.ctx.notEmulated(`SpreadsheetApp.openById of a spreadsheet other than the bound one (${id})`);
  }

  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    if (id === this.sheets.model.id) return this.sheets.spreadsheet.proxy;
    throw this.ctx.notEmulated(`SpreadsheetApp.openByUrl of a spreadsheet other than the bound one (${url})`);
  }

  create(name: string): FakeSpreadsheet {
    throw this.ctx.notEmulated(`SpreadsheetApp.create (${name}): only the bound spreadsheet exists`);
  }
}

// ---- Spreadsheet ---------------------------------------------------------------------------------------------

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class FakeSpreadsheet
  extends Facade
  implements
    Emulates<
      GasSpreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'renameActiveSheet'
      | 'getUrl'
      | 'getOwner'
      | 'getSheetByName'
      | 'getSheetById'
      | 'getSheets'
      | 'getNumSheets'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getRange'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'toast'
      | 'getFormUrl'
      | 'createTextFinder'
    >
{
  constructor(private readonly sheets: SheetsService) {
    super(sheets.ctx, 'Spreadsheet.Spreadsheet');
  }

  private get model(): SpreadsheetModel {
    return this.sheets.model;
  }

  getId(): string {
    return this.model.id;
  }

  getName(): string {
    return this.model.name;
  }

  rename(newName: string): void {
    this.model.name = String(newName);
  }

  renameActiveSheet(newName: string): void {
    this.ctx.unwrap(this.getActiveSheet()).setName(newName);
  }

  /** The file's creator (SpreadsheetModel.owner); null when none is recorded, as for a file of a shared drive. */
  getOwner(): unknown {
    const owner = this.sheets.model.owner;
    return owner ? this.ctx.expose('Base.User', { getEmail: () => owner }) : null;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.model.id}/edit`;
  }

  /** Case-insensitive, like the real lookup; null when there is no such sheet. */
  getSheetByName(name: string): FakeSheet | null {
    const sheet = this.sheets.findSheet(name);
    return sheet ? this.sheets.sheet(sheet) : null;
  }

  getSheetById(id: number): FakeSheet | null {
    const sheet = this.model.sheets.find((s) => s.id === id);
    return sheet ? this.sheets.sheet(sheet) : null;
  }

  getSheets(): FakeSheet[] {
    return this.ctx.array(this.model.sheets.map((s) => this.sheets.sheet(s)));
  }

  getNumSheets(): number {
    return this.model.sheets.length;
  }

  getActiveSheet(): FakeSheet {
    const sheet = this.model.activeSheet ?? this.model.sheets[0];
    if (!sheet) throw this.ctx.error('The spreadsheet has no sheets.');
    return this.sheets.sheet(sheet);
  }

  setActiveSheet(sheet: unknown): FakeSheet {
    const model = this.sheets.sheetModel(sheet);
    this.model.activeSheet = model;
    return this.sheets.sheet(model);
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index): the index is 0-based;
   * without one the sheet goes after the active sheet. The new sheet becomes active.
   */
  insertSheet(nameOrIndex?: string | number, index?: number | { template?: unknown }): FakeSheet {
    if (typeof index === 'object') throw this.ctx.notEmulated('Spreadsheet.insertSheet(name, options)');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const sheet = this.sheets.insertSheet(name, at);
    return this.sheets.sheet(sheet);
  }

  deleteSheet(sheet: unknown): void {
    const model = this.sheets.sheetModel(sheet);
    if (this.model.sheets.filter((s) => !s.hidden && s !== model).length === 0)
      throw this.ctx.error("You can't remove all the visible sheets in a document.");
    this.model.sheets = this.model.sheets.filter((s) => s !== model);
    for (const [formId, linked] of this.model.linkedForms) if (linked === model) this.model.linkedForms.delete(formId);
    if (this.model.activeSheet === model) this.model.activeSheet = this.model.sheets[0] ?? null;
  }

  getRange(a1Notation: string): FakeRange {
    const parsed = parseA1(String(a1Notation));
    const sheet =
      parsed?.sheetName !== undefined
        ? this.sheets.findSheet(parsed.sheetName)
        : this.sheets.findSheet(this.getActiveSheetName());
    if (!sheet) throw this.ctx.error('Range not found');
    return this.sheets.rangeFromA1(sheet, a1Notation);
  }

  private getActiveSheetName(): string {
    return (this.model.activeSheet ?? this.model.sheets[0])?.name ?? '';
  }

  getSpreadsheetTimeZone(): string {
    return this.model.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.model.timeZone = String(timezone);
  }

  /** A new spreadsheet takes its creator's locale (see createRuntime's spreadsheetLocale). */
  getSpreadsheetLocale(): string {
    return this.model.locale;
  }

  /** Display values, e.values and typed entries follow it from now on; only en_US and vi_VN are modelled. */
  setSpreadsheetLocale(locale: string): void {
    try {
      localeRules(String(locale));
    } catch (error) {
      throw this.ctx.notEmulated((error as Error).message.slice('not emulated: '.length));
    }
    this.model.locale = String(locale);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.sheets.hooks.toast({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      at: this.ctx.clock.now(),
    });
  }

  getFormUrl(): string | null {
    const first = this.model.linkedForms.keys().next();
    return first.done ? null : this.sheets.hooks.formUrl(first.value);
  }

  createTextFinder(findText: string): FakeTextFinder {
    const scopes = this.model.sheets.map(
      (s) => this.ctx.unwrap(this.sheets.range(s, 1, 1, s.maxRows, s.maxColumns)) as FakeRange,
    );
    return new FakeTextFinder(this.sheets, String(findText), scopes).proxy;
  }
}

// ---- Sheet ---------------------------------------------------------------------------------------------------

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

export class FakeSheet
  extends Facade
  implements
    Emulates<
      GasSheet,
      | 'getName'
      | 'setName'
      | 'getSheetName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'activate'
      | 'getRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'getDataRange'
      | 'getSheetValues'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertColumnsAfter'
      | 'deleteRows'
      | 'deleteRow'
      | 'deleteColumns'
      | 'appendRow'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'clear'
      | 'clearContents'
      | 'clearFormats'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'autoResizeColumn'
      | 'autoResizeColumns'
      | 'setTabColor'
      | 'newChart'
      | 'insertChart'
      | 'getCharts'
      | 'removeChart'
      | 'updateChart'
      | 'protect'
      | 'getProtections'
      | 'getFormUrl'
      | 'createTextFinder'
      | 'getFilter'
      | 'isRowHiddenByFilter'
    >
{
  constructor(
    private readonly sheets: SheetsService,
    readonly model: SheetModel,
  ) {
    super(sheets.ctx, 'Spreadsheet.Sheet');
  }

  getName(): string {
    return this.model.name;
  }

  getSheetName(): string {
    return this.model.name;
  }

  setName(name: string): FakeSheet {
    this.sheets.rename(this.model, name);
    return this.proxy;
  }

  getSheetId(): number {
    return this.model.id;
  }

  getIndex(): number {
    return this.sheets.model.sheets.indexOf(this.model) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.sheets.spreadsheet.proxy;
  }

  activate(): FakeSheet {
    this.sheets.model.activeSheet = this.model;
    return this.proxy;
  }

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]), 1-based, with the real messages. */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof rowOrA1 === 'string') return this.sheets.rangeFromA1(this.model, rowOrA1);
    if (column === undefined) throw this.ctx.signatureError('SpreadsheetApp.Sheet.getRange', [rowOrA1]);
    return this.sheets.checkedRange(this.model, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }

  getLastRow(): number {
    return this.model.lastRow();
  }

  getLastColumn(): number {
    return this.model.lastColumn();
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getDataRange(): FakeRange {
    return this.sheets.range(this.model, 1, 1, Math.max(1, this.model.lastRow()), Math.max(1, this.model.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.model.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.model.lastColumn() - startColumn + 1 : numColumns;
    const range = this.ctx.unwrap(this.sheets.checkedRange(this.model, startRow, startColumn, rows, cols));
    return range.getValues();
  }

  // ---- rows and columns -------------------------------------------------------------------------------------

  private rowsOutOfBounds(): Error {
    return this.ctx.error('Those rows are out of bounds.');
  }

  private insertRowsAt(index0: number, howMany: number): void {
    if (!(howMany >= 1)) throw this.ctx.error('The number of rows to insert must be at least 1.');
    this.sheets.guard(this.model);
    this.sheets.model.ensureRoom(howMany * this.model.maxColumns, (m) => this.ctx.error(m));
    for (const layer of this.model.layers()) layer.insertRows(index0, howMany);
    shiftProtections(this.model, 'rows', index0, howMany);
    shiftFilter(this.model, 'rows', index0, howMany);
    this.model.maxRows += howMany;
    this.model.touched();
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition < 1 || afterPosition > this.model.maxRows) throw this.rowsOutOfBounds();
    this.insertRowsAt(afterPosition, howMany);
    return this.proxy;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    if (beforePosition < 1 || beforePosition > this.model.maxRows) throw this.rowsOutOfBounds();
    this.insertRowsAt(beforePosition - 1, howMany);
    return this.proxy;
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition < 1 || afterPosition > this.model.maxColumns)
      throw this.ctx.error('Those columns are out of bounds.');
    this.sheets.guard(this.model);
    this.sheets.grow(this.model, this.model.maxRows, this.model.maxColumns + howMany);
    for (const layer of this.model.layers()) layer.insertColumns(afterPosition, howMany);
    shiftProtections(this.model, 'columns', afterPosition, howMany);
    shiftFilter(this.model, 'columns', afterPosition, howMany);
    this.model.touched();
    return this.proxy;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const { model } = this;
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > model.maxRows) throw this.rowsOutOfBounds();
    if (model.maxRows - howMany <= model.frozenRows)
      throw this.ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    this.sheets.guard(model);
    for (const layer of model.layers()) layer.deleteRows(rowPosition - 1, howMany);
    shiftProtections(model, 'rows', rowPosition - 1, -howMany);
    shiftFilter(model, 'rows', rowPosition - 1, -howMany);
    model.maxRows -= howMany;
    model.touched();
  }

  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const { model } = this;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > model.maxColumns)
      throw this.ctx.error('Those columns are out of bounds.');
    if (model.maxColumns - howMany <= model.frozenColumns)
      throw this.ctx.error('Sorry, it is not possible to delete all non-frozen columns.');
    this.sheets.guard(model);
    for (const layer of model.layers()) layer.deleteColumns(columnPosition - 1, howMany);
    shiftProtections(model, 'columns', columnPosition - 1, -howMany);
    shiftFilter(model, 'columns', columnPosition - 1, -howMany);
    model.maxColumns -= howMany;
    model.touched();
  }

  /** Writes after the last row with content, growing the sheet by a row (and columns) when it is full. */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents)) throw this.ctx.signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.model.lastRow() + 1;
    this.sheets.guard(this.model, { r0: row - 1, c0: 0, numRows: 1, numColumns: rowContents.length });
    this.sheets.grow(this.model, row, rowContents.length);
    this.sheets.writeRow(this.model, row - 1, rowContents);
    this.sheets.writes.appended(this.model, row - 1);
    this.ctx.reportCells(rowContents.length);
    return this.proxy;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.model.maxRows) throw this.ctx.error('Invalid argument: rows');
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.model.maxColumns) throw this.ctx.error('Invalid argument: columns');
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  private whole(): FakeRange {
    return this.ctx.unwrap(this.sheets.range(this.model, 1, 1, this.model.maxRows, this.model.maxColumns));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeSheet {
    this.whole().clear(options);
    return this.proxy;
  }

  clearContents(): FakeSheet {
    this.whole().clearContent();
    return this.proxy;
  }

  clearFormats(): FakeSheet {
    this.whole().clearFormat();
    return this.proxy;
  }

  // ---- visibility and layout ---------------------------------------------------------------------------------

  hideSheet(): FakeSheet {
    if (this.sheets.model.sheets.every((s) => s === this.model || s.hidden))
      throw this.ctx.error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this.proxy;
  }

  showSheet(): FakeSheet {
    this.model.hidden = false;
    return this.proxy;
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.model.columnWidths.set(columnPosition, width);
    return this.proxy;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths.set(c, width);
    return this.proxy;
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? 100;
  }

  /** Fits each column to its longest displayed text (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    const last = this.model.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < last; r++) longest = Math.max(longest, this.sheets.display(this.model, r, c - 1).length);
      this.model.columnWidths.set(c, Math.max(20, longest * 7 + 10));
    }
    return this.proxy;
  }

  autoResizeColumn(columnPosition: number): FakeSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  setTabColor(color: string | null): FakeSheet {
    this.model.tabColor = color;
    return this.proxy;
  }

  // ---- charts and protection -------------------------------------------------------------------------------

  private chartLookup() {
    return {
      describe: (range: unknown) => this.sheets.describe(range),
      rangeFromA1: (sheetName: string, a1: string) => this.sheets.lookupRange(sheetName, a1),
    };
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.ctx, this.chartLookup()).proxy;
  }

  insertChart(chart: unknown): void {
    const fake = this.ctx.fakeOf(chart, FakeEmbeddedChart);
    if (!fake) throw this.ctx.error('Invalid argument: chart');
    const model = structuredClone(fake.model);
    model.id = Math.floor(this.ctx.random() * 2 ** 31);
    fake.model.id = model.id;
    this.model.charts.push(model);
  }

  getCharts(): FakeEmbeddedChart[] {
    return this.ctx.array(this.model.charts.map((c) => new FakeEmbeddedChart(this.ctx, c, this.chartLookup()).proxy));
  }

  removeChart(chart: unknown): void {
    const fake = this.ctx.fakeOf(chart, FakeEmbeddedChart);
    this.model.charts = this.model.charts.filter((c) => c.id !== fake?.model.id);
  }

  updateChart(chart: unknown): void {
    const fake = this.ctx.fakeOf(chart, FakeEmbeddedChart);
    if (!fake) throw this.ctx.error('Invalid argument: chart');
    const i = this.model.charts.findIndex((c) => c.id === fake.model.id);
    if (i < 0) throw this.ctx.error('The chart does not exist in this sheet.');
    this.model.charts[i] = structuredClone(fake.model);
  }

  protect(): FakeProtection {
    return this.sheets.protect(this.model);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    const wanted = String(type) === 'SHEET';
    return this.ctx.array(
      this.model.protections
        .filter((p) => (p.rect === undefined) === wanted)
        .map((p) => new FakeProtection(this.sheets, this.model, p).proxy),
    );
  }

  getFormUrl(): string | null {
    return this.model.formId ? this.sheets.hooks.formUrl(this.model.formId) : null;
  }

  createTextFinder(findText: string): FakeTextFinder {
    return new FakeTextFinder(this.sheets, String(findText), [this.whole()]).proxy;
  }

  getFilter(): FakeFilter | null {
    return filterOf(this.sheets, this.model);
  }

  isRowHiddenByFilter(rowPosition: number): boolean {
    return hiddenByFilter(this.sheets.model, this.model, Number(rowPosition) - 1);
  }
}
