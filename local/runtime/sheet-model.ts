// In-memory storage of a spreadsheet: each sheet an array of row arrays, fast at 250,000 rows × 35 columns.
// Formulas, number formats, notes, styles and data validation are sparse layers of the same shape.
// Limits: https://support.google.com/drive/answer/37603 (10,000,000 cells per spreadsheet, 18,278 columns).

import type { CellValue } from './values';
import type { FilterModel } from './filter';

export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;

/** Told before a layer changes: the write cache (write-cache.ts) keeps what another execution may still see. */
export interface GridWatcher {
  /** Before the cell (r, c) changes (0-based). */
  cell(grid: Grid<unknown>, r: number, c: number): void;
  /** Before rows or columns are inserted or deleted. */
  shift(grid: Grid<unknown>): void;
}

/** A layer of cell data: one array per row, created only when something is stored in that row. */
export class Grid<T> {
  rows: (T | undefined)[][] = [];
  /** Set only while a test interleaves executions (null costs nothing). */
  watcher: GridWatcher | null = null;

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    this.watcher?.cell(this, r, c);
    let row = this.rows[r];
    if (!row) {
      if (v === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = v;
  }

  clearRect(r0: number, c0: number, nr: number, nc: number): void {
    for (let r = r0; r < r0 + nr && r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc && c < row.length; c++) {
        if (row[c] !== undefined) this.watcher?.cell(this, r, c);
        row[c] = undefined;
      }
    }
  }

  /** Tells the watcher that cells c0 … c0+n-1 of row r are about to be written in bulk. */
  willWrite(r: number, c0: number, n: number): void {
    if (this.watcher) for (let c = c0; c < c0 + n; c++) this.watcher.cell(this, r, c);
  }

  insertRows(at: number, n: number): void {
    this.watcher?.shift(this);
    if (at >= this.rows.length) return;
    // No spread into splice: 250,000 arguments would overflow the call stack.
    this.rows = this.rows.slice(0, at).concat(new Array<(T | undefined)[]>(n), this.rows.slice(at));
  }

  deleteRows(at: number, n: number): void {
    this.watcher?.shift(this);
    if (at < this.rows.length) this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number): void {
    this.watcher?.shift(this);
    for (const row of this.rows) if (row && at < row.length) row.splice(at, 0, ...new Array<T | undefined>(n));
  }

  deleteColumns(at: number, n: number): void {
    this.watcher?.shift(this);
    for (const row of this.rows) if (row && at < row.length) row.splice(at, n);
  }

  isEmpty(): boolean {
    return this.rows.every((row) => !row || row.every((v) => v === undefined));
  }
}

export interface ValidationRule {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: { sheetName: string; a1: string }[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
}

export interface ProtectionModel {
  description: string;
  warningOnly: boolean;
  editors: string[];
  /**
   * True until the script removes an editor: "the permissions mirror those of the spreadsheet itself, which
   * effectively means that the sheet remains unprotected" (developers.google.com/apps-script/reference/spreadsheet/
   * sheet#protect). Adding editors alone keeps every editor of the file (stricter reading of the same page).
   */
  openToAll: boolean;
  /** A range protection's cells (0-based); undefined: the whole sheet. */
  rect?: { r0: number; c0: number; numRows: number; numColumns: number };
}

export class SheetModel {
  values = new Grid<CellValue>();
  formulas = new Grid<string>();
  formats = new Grid<string>();
  notes = new Grid<string>();
  validations = new Grid<ValidationRule>();
  /** Other formatting by attribute ('background', 'fontWeight', …): recorded, never read back by Sheets logic. */
  styles = new Map<string, Grid<string | number | boolean>>();
  merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  charts: ChartModel[] = [];
  protections: ProtectionModel[] = [];
  /** The sheet's basic filter (filter.ts), at most one. */
  filter: FilterModel | null = null;
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** Set when the sheet receives a form's responses. */
  formId: string | null = null;
  private lastColumnCache: number | null = null;
  private watcher: GridWatcher | null = null;

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  layers(): Grid<unknown>[] {
    return [this.values, this.formulas, this.formats, this.notes, this.validations, ...this.styles.values()];
  }

  style(attribute: string): Grid<string | number | boolean> {
    let grid = this.styles.get(attribute);
    if (!grid) {
      this.styles.set(attribute, (grid = new Grid()));
      grid.watcher = this.watcher;
    }
    return grid;
  }

  /** Puts a watcher on every layer, present and future (null removes it). */
  watch(watcher: GridWatcher | null): void {
    this.watcher = watcher;
    for (const layer of this.layers()) layer.watcher = watcher;
  }

  /** Call after any change to values. */
  touched(): void {
    this.lastColumnCache = null;
  }

  /** 1-based last row with a value or formula (0 when empty). */
  lastRow(): number {
    const rows = this.values.rows;
    for (let r = rows.length - 1; r >= 0; r--) {
      const row = rows[r];
      if (row && row.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1-based last column with a value (0 when empty). */
  lastColumn(): number {
    if (this.lastColumnCache !== null) return this.lastColumnCache;
    let last = 0;
    for (const row of this.values.rows) {
      if (!row || row.length <= last) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (row[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    this.lastColumnCache = last;
    return last;
  }

  cellCount(): number {
    return this.maxRows * this.maxColumns;
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  /** Forms whose responses land here: form id → response sheet. */
  linkedForms = new Map<string, SheetModel>();
  private nextSheetId = 0;
  /** The file's owner: always allowed past a protection, never removed from one (Protection.removeEditor). */
  owner = '';
  private watcherOf: ((sheet: SheetModel) => GridWatcher) | null = null;

  constructor(
    readonly id: string,
    public name: string,
    public timeZone: string,
    public locale: string,
    private readonly randomSheetId: () => number,
  ) {}

  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.cellCount(), 0);
  }

  /** Throws the real message when growing by `extraCells` would pass 10,000,000 cells. */
  ensureRoom(extraCells: number, fail: (message: string) => Error): void {
    if (this.cellCount() + extraCells > MAX_CELLS) throw fail(TOO_MANY_CELLS);
  }

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, index: number): SheetModel {
    const id = this.nextSheetId === 0 ? 0 : this.randomSheetId();
    this.nextSheetId++;
    const sheet = new SheetModel(id, name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    if (this.watcherOf) sheet.watch(this.watcherOf(sheet));
    return sheet;
  }

  /** Watches every sheet, present and future, with the watcher `watcherOf` makes for it. */
  watch(watcherOf: (sheet: SheetModel) => GridWatcher): void {
    this.watcherOf = watcherOf;
    for (const sheet of this.sheets) sheet.watch(watcherOf(sheet));
  }
}
