// Apps Script's write cache for interleaved executions: cell writes stay pending, unseen by other executions, until flushed.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush — "Spreadsheet operations are
// sometimes bundled together to improve performance… flush() applies all pending Spreadsheet changes."
// https://developers.google.com/apps-script/reference/lock/lock — a lock only orders executions; what the next holder
// reads is what the last one committed (APPS-SCRIPT-FACTS.md, "Locks and the write cache": flush before releaseLock).
//
// Model. An execution's cell writes (values, formulas, formats, notes, validation, styles) are pending until it
// commits: SpreadsheetApp.flush(), any Sheets read, metadata call or search of its own (reads flush pending writes:
// see meter.ts), a structural change (inserting or deleting rows or columns, inserting or deleting a sheet, a
// TextFinder replacement), or its end. `appendRow` is NOT a commit here: the reference calls it atomic (the last row
// is found when it is applied) but says nothing of when it is sent, so the stricter reading is taken: it is queued
// like any write and lands after whatever another execution appended meanwhile (a self-check cannot probe it: it
// takes two executions at once; docs/apps-script-fidelity.md says how to check it by hand).
// Another execution sees only committed cells. Sheet properties (names, frozen rows, merges, charts, widths,
// protections) are applied at once: only cell layers are batched.
//
// Executions here are synchronous, so "another execution meanwhile" is one a test starts from inside the running one
// (Faults.onLockRelease): `elsewhere` hides the running execution's pending cells (the committed values put back),
// runs the other execution, then puts the pending cells back on top of what it committed — rows the hidden execution
// appended go after the sheet's new last row, as a queued append would. Recording starts when a test first asks for
// an interleaving (`arm`): before that nothing can observe the difference, since executions run one at a time.

import type { Context } from './context';
import type { RoundTripKind } from './meter';
import type { Grid, GridWatcher, SheetModel, SpreadsheetModel } from './sheet-model';

/** What one execution wrote and has not committed: per layer, per cell, the committed value it replaced. */
class Journal {
  readonly cells = new Map<Grid<unknown>, { sheet: SheetModel; before: Map<number, Map<number, unknown>> }>();
  /** Rows this execution appended (0-based), per sheet, in order. */
  readonly appended = new Map<SheetModel, number[]>();

  record(sheet: SheetModel, grid: Grid<unknown>, r: number, c: number): void {
    let layer = this.cells.get(grid);
    if (!layer) this.cells.set(grid, (layer = { sheet, before: new Map() }));
    let row = layer.before.get(r);
    if (!row) layer.before.set(r, (row = new Map()));
    if (!row.has(c)) row.set(c, grid.get(r, c));
  }

  touches(sheet: SheetModel): boolean {
    for (const layer of this.cells.values()) if (layer.sheet === sheet) return true;
    return false;
  }
}

/** A cell set without telling the watcher (the write cache moving values it already knows about). */
function poke(grid: Grid<unknown>, r: number, c: number, v: unknown): void {
  let row = grid.rows[r];
  if (!row) {
    if (v === undefined) return;
    row = grid.rows[r] = [];
  }
  row[c] = v;
}

/** Calls that commit the running execution's pending writes (besides reads, metadata and searches). */
const COMMITS = new Set([
  'Spreadsheet.SpreadsheetApp.flush',
  'Spreadsheet.Spreadsheet.insertSheet',
  'Spreadsheet.Spreadsheet.deleteSheet',
  'Spreadsheet.TextFinder.replaceAllWith',
  'Spreadsheet.TextFinder.replaceWith',
]);

export class WriteCache {
  private readonly journals = new Map<number, Journal>();
  /** Journals of executions paused while another runs (elsewhere): their rows must not shift under them. */
  private readonly hidden: Journal[] = [];
  private armed = false;

  constructor(
    private readonly ctx: Context,
    private readonly model: SpreadsheetModel,
  ) {
    ctx.onExecutionEnd((execution) => this.journals.delete(execution.id));
    ctx.onSheetsRoundTrip((key, kind) => {
      if (this.flushes(key, kind)) this.journals.delete(ctx.current().id);
    });
  }

  private flushes(key: string, kind: RoundTripKind): boolean {
    return kind === 'read' || kind === 'metadata' || kind === 'scan' || COMMITS.has(key);
  }

  /** Starts recording pending writes (the first interleaving a test asks for). */
  arm(): void {
    if (this.armed) return;
    this.armed = true;
    this.model.watch((sheet): GridWatcher => ({
      cell: (grid, r, c) => this.written(sheet, grid, r, c),
      shift: () => this.shifting(sheet),
    }));
  }

  /** A row appendRow wrote (0-based), pending like any other write. */
  appended(sheet: SheetModel, r: number): void {
    const journal = this.journal();
    if (!journal) return;
    let rows = journal.appended.get(sheet);
    if (!rows) journal.appended.set(sheet, (rows = []));
    rows.push(r);
  }

  /** The running execution's journal (none outside executions or before `arm`: those writes are committed). */
  private journal(): Journal | null {
    const id = this.ctx.current().id;
    if (!this.armed || id === 0) return null;
    let journal = this.journals.get(id);
    if (!journal) this.journals.set(id, (journal = new Journal()));
    return journal;
  }

  private written(sheet: SheetModel, grid: Grid<unknown>, r: number, c: number): void {
    this.journal()?.record(sheet, grid, r, c);
  }

  /** Rows or columns inserted or deleted: committed at once, so the running execution's pending writes first. */
  private shifting(sheet: SheetModel): void {
    this.journals.delete(this.ctx.current().id);
    for (const journal of [...this.journals.values(), ...this.hidden])
      if (journal.touches(sheet))
        throw this.ctx.notEmulated(
          `inserting or deleting rows or columns of "${sheet.name}" while another execution has unflushed writes there`,
        );
  }

  /**
   * Runs fn outside the running execution, as another execution would run meanwhile: it sees only committed
   * cells; afterwards the running execution's pending cells are put back over what fn committed.
   */
  elsewhere<T>(fn: () => T): T {
    this.arm();
    const id = this.ctx.current().id;
    const journal = this.journals.get(id);
    if (!journal) return this.ctx.outside(fn);
    this.journals.delete(id);
    const pending = this.hide(journal);
    this.hidden.push(journal);
    try {
      return this.ctx.outside(fn);
    } finally {
      this.hidden.pop();
      this.journals.set(id, this.show(journal, pending));
    }
  }

  /** Puts the committed values back; returns the pending ones, keyed like the journal. */
  private hide(journal: Journal): Map<Grid<unknown>, Map<number, Map<number, unknown>>> {
    const pending = new Map<Grid<unknown>, Map<number, Map<number, unknown>>>();
    for (const [grid, { sheet, before }] of journal.cells) {
      const rows = new Map<number, Map<number, unknown>>();
      for (const [r, cells] of before) {
        const row = new Map<number, unknown>();
        for (const [c, committed] of cells) {
          row.set(c, grid.get(r, c));
          poke(grid, r, c, committed);
        }
        rows.set(r, row);
      }
      pending.set(grid, rows);
      sheet.touched();
    }
    return pending;
  }

  /** Writes the pending values again over the committed state, appended rows after the new last row. */
  private show(journal: Journal, pending: Map<Grid<unknown>, Map<number, Map<number, unknown>>>): Journal {
    const moved = new Map<SheetModel, Map<number, number>>();
    const next = new Journal();
    for (const [sheet, rows] of journal.appended) {
      const last = sheet.lastRow();
      const map = new Map(rows.map((r, i) => [r, last + i]));
      moved.set(sheet, map);
      next.appended.set(sheet, [...map.values()]);
      sheet.maxRows = Math.max(sheet.maxRows, last + rows.length);
    }
    for (const [grid, rows] of pending) {
      const sheet = journal.cells.get(grid)!.sheet;
      for (const [r, cells] of rows) {
        const target = moved.get(sheet)?.get(r) ?? r;
        for (const [c, value] of cells) {
          next.record(sheet, grid, target, c);
          poke(grid, target, c, value);
        }
      }
      sheet.touched();
    }
    return next;
  }
}
