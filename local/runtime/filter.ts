// Basic filters (Range.createFilter, Sheet.getFilter, Filter, FilterCriteria and its builder) and the rows they hide.
// https://developers.google.com/apps-script/reference/spreadsheet/filter
// https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
// A hidden row is skipped by TextFinder (chosen, stricter, not verified: the self-check's `sheet.filter` probe
// measures it); getValues, getLastRow and writes treat it as any row (isRowHiddenByFilter exists because they do).
import { Facade, type Context, type Emulates } from './context';
import { PROTECTED_CELL, refusing, shiftRect, type Rect } from './protection';
import type { SheetModel, SpreadsheetModel } from './sheet-model';
import type { SheetsEnv } from './spreadsheet';
import { displayValue } from './values';

/** One column's criteria: values hidden, and/or a condition a shown row meets. */
export interface CriteriaModel {
  hidden: string[];
  when?: { type: 'TEXT_EQUAL_TO' | 'TEXT_CONTAINS' | 'CELL_EMPTY' | 'CELL_NOT_EMPTY'; value: string };
}

export interface FilterModel {
  /** The filtered range, its first row the header (0-based). */
  rect: Rect;
  /** By 0-based sheet column. */
  criteria: Map<number, CriteriaModel>;
}

/** Chosen (the real text is not documented). */
export const FILTER_EXISTS = "You can't create a filter in a sheet that already has a filter.";

const shows = (c: CriteriaModel, text: string): boolean => {
  if (c.hidden.includes(text)) return false;
  const w = c.when;
  if (!w) return true;
  if (w.type === 'CELL_EMPTY') return text === '';
  if (w.type === 'CELL_NOT_EMPTY') return text !== '';
  return w.type === 'TEXT_EQUAL_TO' ? text === w.value : text.toLowerCase().includes(w.value.toLowerCase());
};

/** Whether the sheet's filter hides the 0-based row r (the header row and rows outside its range never are). */
export function hiddenByFilter(file: SpreadsheetModel, sheet: SheetModel, r: number): boolean {
  const f = sheet.filter;
  if (!f || r <= f.rect.r0 || r >= f.rect.r0 + f.rect.numRows) return false;
  for (const [c, criteria] of f.criteria)
    if (!shows(criteria, displayValue(sheet.values.get(r, c), sheet.formats.get(r, c), file))) return true;
  return false;
}

/** Rows or columns inserted or deleted (protection.ts's shiftRect): the filter follows its cells, or goes with them. */
export function shiftFilter(sheet: SheetModel, axis: 'rows' | 'columns', at: number, count: number): void {
  const f = sheet.filter;
  if (!f) return;
  if (!shiftRect(f.rect, axis, at, count)) {
    sheet.filter = null;
    return;
  }
  if (axis === 'rows') return;
  const moved = new Map<number, CriteriaModel>();
  for (const [c, criteria] of f.criteria) {
    if (count < 0 && c >= at && c < at - count) continue;
    moved.set(c >= at ? c + count : c, criteria);
  }
  f.criteria = moved;
}

/** Sheets' order: numbers and dates, then text, then booleans; blanks last either way. */
function rank(v: unknown): [number, number | string] {
  if (v === undefined || v === '') return [3, 0];
  if (typeof v === 'number') return [0, v];
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return [0, (v as Date).getTime()];
  if (typeof v === 'boolean') return [2, Number(v)];
  return [1, String(v).toLowerCase()];
}

/** Sorts the filter's rows below its header by a 0-based sheet column, every layer of the range's cells moving. */
export function sortFilter(sheet: SheetModel, c: number, ascending: boolean): void {
  const { r0, c0, numRows, numColumns } = sheet.filter!.rect;
  const body = Array.from({ length: numRows - 1 }, (_, i) => r0 + 1 + i);
  const order = [...body].sort((a, b) => {
    const [x, y] = [rank(sheet.values.get(a, c)), rank(sheet.values.get(b, c))];
    if (x[0] !== y[0]) return x[0] === 3 || y[0] === 3 ? x[0] - y[0] : ascending ? x[0] - y[0] : y[0] - x[0];
    const d = x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
    return ascending ? d : -d;
  });
  for (const layer of sheet.layers()) {
    const taken = order.map((src) => Array.from({ length: numColumns }, (_, j) => layer.rows[src]?.[c0 + j]));
    taken.forEach((cells, i) => cells.forEach((v, j) => layer.set(body[i]!, c0 + j, v)));
  }
  sheet.touched();
}

/** A person's filter action (Runtime.userFilter): what a click in the Sheets UI does, refused where protections say. */
export interface FilterAction {
  /** The range a new filter covers ('A1:AN40'); default: the data, from A1. */
  range?: string;
  /** 1-based column → the values it hides. */
  hide?: Record<number, string[]>;
  sortBy?: { column: number; ascending?: boolean };
  remove?: boolean;
}

export function personFilter(
  file: SpreadsheetModel,
  sheet: SheetModel,
  rect: Rect | undefined,
  action: FilterAction,
  user: string,
): void {
  if (action.remove) {
    sheet.filter = null;
    return;
  }
  sheet.filter ??= {
    rect: rect ?? { r0: 0, c0: 0, numRows: Math.max(1, sheet.lastRow()), numColumns: Math.max(1, sheet.lastColumn()) },
    criteria: new Map(),
  };
  for (const [column, values] of Object.entries(action.hide ?? {}))
    sheet.filter.criteria.set(Number(column) - 1, { hidden: values.map(String) });
  if (action.sortBy) {
    const { r0, c0, numRows, numColumns } = sheet.filter.rect;
    if (refusing(file, sheet, user, { r0: r0 + 1, c0, numRows: numRows - 1, numColumns }))
      throw new Error(PROTECTED_CELL);
    sortFilter(sheet, action.sortBy.column - 1, action.sortBy.ascending ?? true);
  }
}

type GasBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

export class FakeFilterCriteriaBuilder
  extends Facade
  implements
    Emulates<
      GasBuilder,
      | 'build'
      | 'copy'
      | 'getHiddenValues'
      | 'setHiddenValues'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenTextContains'
      | 'whenTextEqualTo'
    >
{
  constructor(
    ctx: Context,
    private model: CriteriaModel = { hidden: [] },
  ) {
    super(ctx, 'Spreadsheet.FilterCriteriaBuilder');
  }

  build(): FakeFilterCriteria {
    return new FakeFilterCriteria(this.ctx, { ...this.model, hidden: [...this.model.hidden] }).proxy;
  }

  copy(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(this.ctx, { ...this.model }).proxy;
  }

  getHiddenValues(): string[] {
    return this.ctx.array([...this.model.hidden]);
  }

  setHiddenValues(values: string[]): FakeFilterCriteriaBuilder {
    if (!Array.isArray(values)) throw this.ctx.error('Invalid argument: values');
    this.model = { ...this.model, hidden: values.map(String) };
    return this.proxy;
  }

  private when(type: NonNullable<CriteriaModel['when']>['type'], value = ''): FakeFilterCriteriaBuilder {
    this.model = { ...this.model, when: { type, value: String(value) } };
    return this.proxy;
  }

  whenCellEmpty(): FakeFilterCriteriaBuilder {
    return this.when('CELL_EMPTY');
  }

  whenCellNotEmpty(): FakeFilterCriteriaBuilder {
    return this.when('CELL_NOT_EMPTY');
  }

  whenTextContains(text: string): FakeFilterCriteriaBuilder {
    return this.when('TEXT_CONTAINS', text);
  }

  whenTextEqualTo(text: string): FakeFilterCriteriaBuilder {
    return this.when('TEXT_EQUAL_TO', text);
  }
}

type GasCriteria = GoogleAppsScript.Spreadsheet.FilterCriteria;

export class FakeFilterCriteria extends Facade implements Emulates<GasCriteria, 'copy' | 'getHiddenValues'> {
  constructor(
    ctx: Context,
    readonly model: CriteriaModel,
  ) {
    super(ctx, 'Spreadsheet.FilterCriteria');
  }

  copy(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(this.ctx, { ...this.model, hidden: [...this.model.hidden] }).proxy;
  }

  getHiddenValues(): string[] {
    return this.ctx.array([...this.model.hidden]);
  }
}

type GasFilter = GoogleAppsScript.Spreadsheet.Filter;

export class FakeFilter
  extends Facade
  implements
    Emulates<
      GasFilter,
      | 'getRange'
      | 'getColumnFilterCriteria'
      | 'setColumnFilterCriteria'
      | 'removeColumnFilterCriteria'
      | 'sort'
      | 'remove'
    >
{
  constructor(
    private readonly env: SheetsEnv,
    private readonly sheet: SheetModel,
    private readonly model: FilterModel,
  ) {
    super(env.ctx, 'Spreadsheet.Filter');
  }

  /** The filter, still on its sheet; a 0-based column of its range from a 1-based position. */
  private column(position: number): number {
    if (this.sheet.filter !== this.model) throw this.ctx.error('The filter has been removed.');
    const { c0, numColumns } = this.model.rect;
    const c = Number(position) - 1;
    if (!(c >= c0 && c < c0 + numColumns)) throw this.ctx.error(`Invalid argument: columnPosition`);
    return c;
  }

  getRange(): unknown {
    const { r0, c0, numRows, numColumns } = this.model.rect;
    return this.env.range(this.sheet, r0 + 1, c0 + 1, numRows, numColumns);
  }

  getColumnFilterCriteria(columnPosition: number): FakeFilterCriteria | null {
    const criteria = this.model.criteria.get(this.column(columnPosition));
    return criteria ? new FakeFilterCriteria(this.ctx, criteria).proxy : null;
  }

  setColumnFilterCriteria(columnPosition: number, filterCriteria: unknown): FakeFilter {
    const c = this.column(columnPosition);
    const criteria = this.ctx.fakeOf(filterCriteria, FakeFilterCriteria);
    if (criteria) this.model.criteria.set(c, criteria.model);
    else if (filterCriteria === null) this.model.criteria.delete(c);
    else throw this.ctx.error('Invalid argument: filterCriteria');
    return this.proxy;
  }

  removeColumnFilterCriteria(columnPosition: number): FakeFilter {
    this.model.criteria.delete(this.column(columnPosition));
    return this.proxy;
  }

  sort(columnPosition: number, ascending: boolean): FakeFilter {
    const c = this.column(columnPosition);
    const { r0, c0, numRows, numColumns } = this.model.rect;
    this.env.guard(this.sheet, { r0: r0 + 1, c0, numRows: numRows - 1, numColumns });
    sortFilter(this.sheet, c, ascending !== false);
    return this.proxy;
  }

  remove(): void {
    if (this.sheet.filter === this.model) this.sheet.filter = null;
  }
}

/** Range.createFilter: a filter over the range, refused where the sheet has one already. */
export function createFilter(env: SheetsEnv, sheet: SheetModel, rect: Rect): FakeFilter {
  if (sheet.filter) throw env.ctx.error(FILTER_EXISTS);
  sheet.filter = { rect: { ...rect }, criteria: new Map() };
  return filterOf(env, sheet)!;
}

/** Sheet.getFilter / Range.getFilter: the sheet's filter, or null. */
export function filterOf(env: SheetsEnv, sheet: SheetModel): FakeFilter | null {
  return sheet.filter ? new FakeFilter(env, sheet, sheet.filter).proxy : null;
}
