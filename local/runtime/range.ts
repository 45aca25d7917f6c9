// Fake Range and TextFinder of the Spreadsheet service, over the in-memory sheet model.
// https://developers.google.com/apps-script/reference/spreadsheet/range
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder

import { a1Notation } from './a1';
import { Facade, type Emulates } from './context';
import type { SheetModel, ValidationRule } from './sheet-model';
import type { SheetsEnv } from './spreadsheet';
import { CellInputError, DEFAULT_NUMBER_FORMAT, displayValue, enterValue, isPlainText, type CellValue } from './values';
import { FakeDataValidation } from './sheet-extras';
import { createFilter, filterOf, hiddenByFilter, type FakeFilter } from './filter';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const RANGE_OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}

function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

/** Values coerced for writing: plain rows, plus the few cells that carry a formula or an automatic format. */
interface Prepared {
  rows: (CellValue | undefined)[][];
  extras: { i: number; j: number; formula?: string; autoFormat?: string }[];
}

export class FakeRange
  extends Facade
  implements
    Emulates<
      GasRange,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'setFormulas'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getHeight'
      | 'getWidth'
      | 'getA1Notation'
      | 'getSheet'
      | 'getCell'
      | 'offset'
      | 'isBlank'
      | 'clear'
      | 'clearContent'
      | 'clearFormat'
      | 'clearNote'
      | 'clearDataValidations'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'setBackground'
      | 'setBackgrounds'
      | 'getBackground'
      | 'getBackgrounds'
      | 'setFontColor'
      | 'setFontSize'
      | 'setFontStyle'
      | 'setFontFamily'
      | 'setWrap'
      | 'setHorizontalAlignment'
      | 'setVerticalAlignment'
      | 'setNote'
      | 'setNotes'
      | 'getNote'
      | 'getNotes'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'merge'
      | 'mergeAcross'
      | 'breakApart'
      | 'isPartOfMerge'
      | 'createTextFinder'
      | 'activate'
      | 'protect'
      | 'createFilter'
      | 'getFilter'
    >
{
  constructor(
    private readonly env: SheetsEnv,
    readonly sheet: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    super(env.ctx, 'Spreadsheet.Range');
  }

  private get r0(): number {
    return this.row - 1;
  }

  private get c0(): number {
    return this.column - 1;
  }

  private rect(): { r0: number; c0: number; numRows: number; numColumns: number } {
    return { r0: this.r0, c0: this.c0, numRows: this.numRows, numColumns: this.numColumns };
  }

  /** A range protection of these cells (protection.ts enforces it). */
  protect(): unknown {
    // A range of every row stands for whole columns ('AA:AN'), which Sheets keeps whole as rows are added.
    const whole = this.r0 === 0 && this.numRows === this.sheet.maxRows;
    return this.env.protect(this.sheet, { ...this.rect(), numRows: whole ? Number.MAX_SAFE_INTEGER : this.numRows });
  }

  private cellCount(): number {
    return this.numRows * this.numColumns;
  }

  private self(): FakeRange {
    return this.proxy;
  }

  /** Reads one layer as a fresh 2-D array of the script's realm. */
  private read<T, U>(layer: { rows: (T | undefined)[][] }, map: (v: T | undefined, r: number, c: number) => U): U[][] {
    const { ctx } = this;
    const out = ctx.newArray<U[]>(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const src = layer.rows[this.r0 + i];
      const row = ctx.newArray<U>(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) row[j] = map(src?.[this.c0 + j], this.r0 + i, this.c0 + j);
      out[i] = row;
    }
    ctx.reportCells(this.cellCount());
    return out;
  }

  private readValue = (v: CellValue | undefined): CellValue => {
    if (v === undefined) return '';
    return v instanceof Date ? this.ctx.date(v.getTime()) : v;
  };

  private assertInSheet(): void {
    if (this.row + this.numRows - 1 > this.sheet.maxRows || this.column + this.numColumns - 1 > this.sheet.maxColumns)
      throw this.ctx.error(RANGE_OUTSIDE);
  }

  /** Checks that `data` is a 2-D array shaped like the range (the real messages), returning it typed. */
  private shaped<T>(data: unknown, method: string): T[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row)))
      throw this.ctx.signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    if (data.length !== this.numRows) throw this.ctx.error(rowsMismatch(data.length, this.numRows));
    for (const row of data as unknown[][])
      if (row.length !== this.numColumns) throw this.ctx.error(columnsMismatch(row.length, this.numColumns));
    return data as T[][];
  }

  /** Coerces every cell first, so a bad cell changes nothing (setValues is all-or-nothing). */
  private prepare(cell: (i: number, j: number) => unknown): Prepared {
    const where = this.env.model;
    const formats = this.sheet.formats;
    const prepared: Prepared = { rows: new Array<(CellValue | undefined)[]>(this.numRows), extras: [] };
    try {
      for (let i = 0; i < this.numRows; i++) {
        const fmtRow = formats.rows[this.r0 + i];
        const row = new Array<CellValue | undefined>(this.numColumns);
        for (let j = 0; j < this.numColumns; j++) {
          const raw = cell(i, j);
          if (typeof raw === 'number' || typeof raw === 'boolean' || (typeof raw === 'string' && isPlainText(raw))) {
            row[j] = raw;
            continue;
          }
          const e = enterValue(raw, fmtRow?.[this.c0 + j], where);
          row[j] = e.value;
          if (e.formula !== undefined || e.autoFormat !== undefined) prepared.extras.push({ i, j, ...e });
        }
        prepared.rows[i] = row;
      }
    } catch (e) {
      if (e instanceof CellInputError) {
        if (e.message.startsWith('not emulated')) throw this.ctx.notEmulated(e.message.slice('not emulated: '.length));
        throw this.ctx.error(e.message);
      }
      throw e;
    }
    return prepared;
  }

  private checkValidation(prepared: Prepared): void {
    const rules = this.sheet.validations;
    if (rules.rows.length === 0) return;
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numColumns; j++) {
        const rule = rules.get(this.r0 + i, this.c0 + j);
        const value = prepared.rows[i]?.[j];
        if (rule && !rule.allowInvalid && value !== undefined && !satisfies(rule, value))
          throw this.ctx.error(
            `The data you entered in cell ${a1Notation(this.row + i, this.column + j, 1, 1)} violates the data validation rules set on this cell.`,
          );
      }
  }

  private write(prepared: Prepared): void {
    this.assertInSheet();
    this.env.guard(this.sheet, this.rect());
    this.checkValidation(prepared);
    const { values, formulas, formats } = this.sheet;
    for (let i = 0; i < this.numRows; i++) {
      const r = this.r0 + i;
      values.willWrite(r, this.c0, this.numColumns);
      const target = values.rows[r] ?? (values.rows[r] = []);
      const src = prepared.rows[i] as (CellValue | undefined)[];
      for (let j = 0; j < this.numColumns; j++) target[this.c0 + j] = src[j];
    }
    if (formulas.rows.length > 0) formulas.clearRect(this.r0, this.c0, this.numRows, this.numColumns);
    for (const { i, j, formula, autoFormat } of prepared.extras) {
      const [r, c] = [this.r0 + i, this.c0 + j];
      if (formula !== undefined) formulas.set(r, c, formula);
      if (autoFormat !== undefined && formats.get(r, c) === undefined) formats.set(r, c, autoFormat);
    }
    this.sheet.touched();
    this.ctx.reportCells(this.cellCount());
  }

  // ---- values -------------------------------------------------------------------------------------------

  getValues(): CellValue[][] {
    return this.read(this.sheet.values, this.readValue);
  }

  getValue(): CellValue {
    this.ctx.reportCells(1);
    return this.readValue(this.sheet.values.get(this.r0, this.c0));
  }

  setValues(values: unknown[][]): FakeRange {
    const data = this.shaped<unknown>(values, 'setValues');
    this.write(this.prepare((i, j) => (data[i] as unknown[])[j]));
    return this.self();
  }

  setValue(value: unknown): FakeRange {
    this.write(this.prepare(() => value));
    return this.self();
  }

  getDisplayValues(): string[][] {
    const { formats } = this.sheet;
    const where = this.env.model;
    return this.read(this.sheet.values, (v, r, c) => displayValue(v, formats.get(r, c), where));
  }

  getDisplayValue(): string {
    this.ctx.reportCells(1);
    const v = this.sheet.values.get(this.r0, this.c0);
    return displayValue(v, this.sheet.formats.get(this.r0, this.c0), this.env.model);
  }

  getFormulas(): string[][] {
    return this.read(this.sheet.formulas, (f) => f ?? '');
  }

  getFormula(): string {
    this.ctx.reportCells(1);
    return this.sheet.formulas.get(this.r0, this.c0) ?? '';
  }

  setFormula(formula: string): FakeRange {
    return this.setValue(formula);
  }

  setFormulas(formulas: string[][]): FakeRange {
    const data = this.shaped<unknown>(formulas, 'setFormulas');
    this.write(this.prepare((i, j) => (data[i] as unknown[])[j]));
    return this.self();
  }

  isBlank(): boolean {
    this.ctx.reportCells(this.cellCount());
    for (let i = 0; i < this.numRows; i++) {
      const row = this.sheet.values.rows[this.r0 + i];
      if (!row) continue;
      for (let j = 0; j < this.numColumns; j++) if (row[this.c0 + j] !== undefined) return false;
    }
    return true;
  }

  // ---- geometry -----------------------------------------------------------------------------------------

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numColumns;
  }

  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  getSheet(): unknown {
    return this.env.sheet(this.sheet);
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw this.ctx.error(RANGE_OUTSIDE);
    return this.env.checkedRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.env.checkedRange(
      this.sheet,
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  activate(): FakeRange {
    this.env.model.activeSheet = this.sheet;
    return this.self();
  }

  // ---- clearing -----------------------------------------------------------------------------------------

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): FakeRange {
    const only =
      options && (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    const rect = [this.r0, this.c0, this.numRows, this.numColumns] as const;
    this.env.guard(this.sheet, this.rect());
    if (!only || options?.contentsOnly) {
      this.sheet.values.clearRect(...rect);
      this.sheet.formulas.clearRect(...rect);
      this.sheet.touched();
    }
    if (!only || options?.formatOnly) {
      this.sheet.formats.clearRect(...rect);
      for (const grid of this.sheet.styles.values()) grid.clearRect(...rect);
    }
    if (options?.commentsOnly) this.sheet.notes.clearRect(...rect);
    if (options?.validationsOnly) this.sheet.validations.clearRect(...rect);
    return this.self();
  }

  clearContent(): FakeRange {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): FakeRange {
    return this.clear({ formatOnly: true });
  }

  clearNote(): FakeRange {
    return this.clear({ commentsOnly: true });
  }

  clearDataValidations(): FakeRange {
    return this.clear({ validationsOnly: true });
  }

  // ---- formats and styles (recorded; number formats also steer coercion and display) -----------------------

  /** One value for every cell: a single request to Sheets, so no per-cell cost is reported. */
  private fillLayer<T>(layer: { set(r: number, c: number, v: T | undefined): void }, value: T | undefined): FakeRange {
    this.assertInSheet();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numColumns; j++) layer.set(this.r0 + i, this.c0 + j, value);
    return this.self();
  }

  private fillLayerEach<T>(
    layer: { set(r: number, c: number, v: T | undefined): void },
    data: unknown,
    method: string,
  ) {
    const rows = this.shaped<T | null>(data, method);
    this.assertInSheet();
    rows.forEach((row, i) => row.forEach((v, j) => layer.set(this.r0 + i, this.c0 + j, v ?? undefined)));
    this.ctx.reportCells(this.cellCount());
    return this.self();
  }

  private style(attribute: string, value: string | number | boolean | null): FakeRange {
    return this.fillLayer(this.sheet.style(attribute), value ?? undefined);
  }

  private readStyle<T>(attribute: string, fallback: T): T[][] {
    return this.read(this.sheet.style(attribute) as unknown as { rows: (T | undefined)[][] }, (v) => v ?? fallback);
  }

  setNumberFormat(numberFormat: string): FakeRange {
    return this.fillLayer(this.sheet.formats, numberFormat);
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.fillLayerEach(this.sheet.formats, numberFormats, 'setNumberFormats');
  }

  getNumberFormat(): string {
    return this.sheet.formats.get(this.r0, this.c0) ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.read(this.sheet.formats, (f) => f ?? DEFAULT_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: string | null): FakeRange {
    return this.style('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: (string | null)[][]): FakeRange {
    return this.fillLayerEach(this.sheet.style('fontWeight'), fontWeights, 'setFontWeights');
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return String(
      this.sheet.style('fontWeight').get(this.r0, this.c0) ?? 'normal',
    ) as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): string[][] {
    return this.readStyle('fontWeight', 'normal').map((row) => row.map(String));
  }

  setBackground(color: string | null): FakeRange {
    return this.style('background', color);
  }

  setBackgrounds(color: (string | null)[][]): FakeRange {
    return this.fillLayerEach(this.sheet.style('background'), color, 'setBackgrounds');
  }

  getBackground(): string {
    return String(this.sheet.style('background').get(this.r0, this.c0) ?? '#ffffff');
  }

  getBackgrounds(): string[][] {
    return this.readStyle('background', '#ffffff').map((row) => row.map(String));
  }

  setFontColor(color: string | null): FakeRange {
    return this.style('fontColor', color);
  }

  setFontSize(size: number): FakeRange {
    return this.style('fontSize', size);
  }

  setFontStyle(fontStyle: string | null): FakeRange {
    return this.style('fontStyle', fontStyle);
  }

  setFontFamily(fontFamily: string | null): FakeRange {
    return this.style('fontFamily', fontFamily);
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    return this.style('wrap', isWrapEnabled);
  }

  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this.style('horizontalAlignment', alignment);
  }

  setVerticalAlignment(alignment: string | null): FakeRange {
    return this.style('verticalAlignment', alignment);
  }

  // ---- notes, validation, merges --------------------------------------------------------------------------

  setNote(note: string | null): FakeRange {
    return this.fillLayer(this.sheet.notes, note ? String(note) : undefined);
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    return this.fillLayerEach(this.sheet.notes, notes, 'setNotes');
  }

  getNote(): string {
    return this.sheet.notes.get(this.r0, this.c0) ?? '';
  }

  getNotes(): string[][] {
    return this.read(this.sheet.notes, (n) => n ?? '');
  }

  setDataValidation(rule: unknown): FakeRange {
    const fake = rule === null ? null : this.ctx.fakeOf(rule, FakeDataValidation);
    if (rule !== null && !fake) throw this.ctx.error('Invalid argument: rule');
    return this.fillLayer<ValidationRule>(this.sheet.validations, fake?.rule);
  }

  setDataValidations(rules: unknown[][]): FakeRange {
    const data = this.shaped<unknown>(rules, 'setDataValidations');
    const models = data.map((row) =>
      row.map((r) => (r === null ? null : this.ctx.fakeOf(r, FakeDataValidation)?.rule)),
    );
    return this.fillLayerEach(this.sheet.validations, models, 'setDataValidations');
  }

  getDataValidation(): unknown {
    const rule = this.sheet.validations.get(this.r0, this.c0);
    return rule ? new FakeDataValidation(this.ctx, rule).proxy : null;
  }

  getDataValidations(): unknown[][] {
    return this.read(this.sheet.validations, (rule) => (rule ? new FakeDataValidation(this.ctx, rule).proxy : null));
  }

  merge(): FakeRange {
    this.sheet.merges.push({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns });
    return this.self();
  }

  mergeAcross(): FakeRange {
    for (let i = 0; i < this.numRows; i++)
      this.sheet.merges.push({ row: this.row + i, column: this.column, numRows: 1, numColumns: this.numColumns });
    return this.self();
  }

  breakApart(): FakeRange {
    this.sheet.merges = this.sheet.merges.filter((m) => !this.overlaps(m));
    return this.self();
  }

  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => this.overlaps(m));
  }

  private overlaps(m: { row: number; column: number; numRows: number; numColumns: number }): boolean {
    return (
      m.row <= this.getLastRow() &&
      this.row <= m.row + m.numRows - 1 &&
      m.column <= this.getLastColumn() &&
      this.column <= m.column + m.numColumns - 1
    );
  }

  createTextFinder(findText: string): FakeTextFinder {
    return new FakeTextFinder(this.env, String(findText), [this]).proxy;
  }

  createFilter(): FakeFilter {
    return createFilter(this.env, this.sheet, this.rect());
  }

  getFilter(): FakeFilter | null {
    return filterOf(this.env, this.sheet);
  }
}

/** Whether a value passes a rule (a checkbox cell holds a boolean, a list cell one of its values…). */
export function satisfies(rule: ValidationRule, value: CellValue): boolean {
  const text = value instanceof Date ? value.toISOString() : String(value);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.args[0] as string[]).map(String).includes(text);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(rule.args[0]) && value <= Number(rule.args[1]);
    default:
      return true;
  }
}

// ---- TextFinder ---------------------------------------------------------------------------------------------

type GasTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export class FakeTextFinder
  extends Facade
  implements
    Emulates<
      GasTextFinder,
      | 'matchCase'
      | 'matchEntireCell'
      | 'matchFormulaText'
      | 'useRegularExpression'
      | 'ignoreDiacritics'
      | 'startFrom'
      | 'findNext'
      | 'findPrevious'
      | 'findAll'
      | 'replaceAllWith'
      | 'replaceWith'
      | 'getCurrentMatch'
    >
{
  private options = { matchCase: false, entireCell: false, formulaText: false, regex: false, diacritics: false };
  /** The last match: [range index, sheet row, sheet column] (0-based). */
  private cursor: [number, number, number] | null = null;
  private current: FakeRange | null = null;

  constructor(
    private readonly env: SheetsEnv,
    private readonly text: string,
    private readonly scopes: FakeRange[],
  ) {
    super(env.ctx, 'Spreadsheet.TextFinder');
  }

  private self(): FakeTextFinder {
    return this.proxy;
  }

  matchCase(matchCase: boolean): FakeTextFinder {
    this.options.matchCase = matchCase;
    return this.self();
  }

  matchEntireCell(entireCell: boolean): FakeTextFinder {
    this.options.entireCell = entireCell;
    return this.self();
  }

  matchFormulaText(matchFormulaText: boolean): FakeTextFinder {
    this.options.formulaText = matchFormulaText;
    return this.self();
  }

  useRegularExpression(useRegEx: boolean): FakeTextFinder {
    this.options.regex = useRegEx;
    return this.self();
  }

  ignoreDiacritics(ignoreDiacritics: boolean): FakeTextFinder {
    this.options.diacritics = ignoreDiacritics;
    return this.self();
  }

  startFrom(startRange: unknown): FakeTextFinder {
    const start = this.env.ctx.fakeOf(startRange, FakeRange);
    if (!start) throw this.env.ctx.error('Invalid argument: startRange');
    const index = this.scopes.findIndex((s) => s.sheet === start.sheet);
    this.cursor = [Math.max(0, index), start.row - 1, start.column - 1];
    return this.self();
  }

  private matcher(): (cell: string) => boolean {
    const { matchCase, entireCell, regex, diacritics } = this.options;
    const prep = (s: string) => {
      const t = diacritics ? fold(s) : s;
      return matchCase ? t : t.toLowerCase();
    };
    if (regex) {
      const re = new RegExp(entireCell ? `^(?:${this.text})$` : this.text, matchCase ? '' : 'i');
      return (cell) => re.test(diacritics ? fold(cell) : cell);
    }
    const needle = prep(this.text);
    if (entireCell) return (cell) => (diacritics || cell.length === needle.length) && prep(cell) === needle;
    return (cell) => prep(cell).includes(needle);
  }

  /** Every match in row-major order within each scope, as [scope, row, column] (0-based sheet coordinates). */
  private *matches(): Generator<[number, number, number]> {
    const match = this.matcher();
    const where = this.env.model;
    let scanned = 0;
    try {
      for (let s = 0; s < this.scopes.length; s++) {
        const scope = this.scopes[s] as FakeRange;
        const sheet = scope.sheet;
        const lastRow = Math.min(scope.row + scope.numRows - 1, sheet.lastRow());
        for (let r = scope.row - 1; r < lastRow; r++) {
          const values = sheet.values.rows[r];
          if (!values || hiddenByFilter(where, sheet, r)) continue; // filter.ts: chosen, stricter
          const formulas = sheet.formulas.rows[r];
          const end = Math.min(scope.column - 1 + scope.numColumns, values.length);
          scanned += scope.numColumns;
          for (let c = scope.column - 1; c < end; c++) {
            const v = values[c];
            if (v === undefined) continue;
            const text = this.options.formulaText
              ? (formulas?.[c] ?? displayValue(v, sheet.formats.get(r, c), where))
              : typeof v === 'string'
                ? v
                : displayValue(v, sheet.formats.get(r, c), where);
            if (match(text)) yield [s, r, c];
          }
        }
      }
    } finally {
      this.env.ctx.reportCells(scanned);
    }
  }

  private rangeAt([s, r, c]: [number, number, number]): FakeRange {
    const sheet = (this.scopes[s] as FakeRange).sheet;
    return this.env.range(sheet, r + 1, c + 1, 1, 1);
  }

  private after(a: [number, number, number], b: [number, number, number]): boolean {
    return a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
  }

  /** The next match after the last one found (no wrap-around: null after the last match). */
  findNext(): FakeRange | null {
    for (const m of this.matches()) if (!this.cursor || this.after(m, this.cursor)) return this.found(m);
    return null;
  }

  findPrevious(): FakeRange | null {
    const all = [...this.matches()];
    const before = this.cursor ? all.filter((m) => this.after(this.cursor as [number, number, number], m)) : all;
    const m = before[before.length - 1];
    return m ? this.found(m) : null;
  }

  private found(m: [number, number, number]): FakeRange {
    this.cursor = m;
    this.current = this.rangeAt(m);
    return this.current;
  }

  findAll(): FakeRange[] {
    return this.env.ctx.array([...this.matches()].map((m) => this.rangeAt(m)));
  }

  getCurrentMatch(): FakeRange | null {
    return this.current;
  }

  replaceAllWith(replaceText: string): number {
    let n = 0;
    for (const m of [...this.matches()]) {
      this.replaceAt(m, replaceText);
      n++;
    }
    return n;
  }

  replaceWith(replaceText: string): number {
    if (!this.cursor) return 0;
    this.replaceAt(this.cursor, replaceText);
    return 1;
  }

  private replaceAt([s, r, c]: [number, number, number], replaceText: string): void {
    const sheet = (this.scopes[s] as FakeRange).sheet;
    const old = displayValue(sheet.values.get(r, c), sheet.formats.get(r, c), this.env.model);
    const flags = this.options.matchCase ? 'g' : 'gi';
    const pattern = this.options.regex ? this.text : this.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const next = this.options.entireCell ? replaceText : old.replace(new RegExp(pattern, flags), replaceText);
    sheet.values.set(r, c, enterValue(next, sheet.formats.get(r, c), this.env.model).value);
    sheet.touched();
    this.env.ctx.reportCells(1);
  }
}
