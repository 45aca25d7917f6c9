// The meter: counts every call on every fake and turns them into modelled time (see LATENCY.md at the top of the repository).

/**
 * Latency constants in milliseconds. Every value and where it comes from is listed in LATENCY.md;
 * change both together.
 */
export const LATENCY = {
  /** A read that the look-ahead cache cannot serve (first read, or first read after a commit). */
  READ_COLD_MS: 175,
  /** A read served by Apps Script's look-ahead cache. */
  READ_WARM_MS: 3,
  /** Cost per cell read on a plain sheet (calibrated: 120,000 × 2 cells in about 7 s, see LATENCY.md). */
  READ_PER_CELL_MS: 0.03,
  /** The same on a formatted sheet (the pessimistic model: 120,000 × 2 cells in about 24 s). */
  PESSIMISTIC_READ_PER_CELL_MS: 0.1,
  /** getLastRow / getLastColumn / getDataRange / getMaxRows…: not served by the cache. */
  METADATA_MS: 160,
  /** A write call queued in Apps Script's write cache (cell-by-cell ≈ 100× slower than one batch). */
  WRITE_CALL_MS: 1.25,
  /** Per cell written. */
  WRITE_PER_CELL_MS: 0.01,
  /** Committing the write cache: flush(), a read after writes, appendRow (not the commit after the script returns). */
  FLUSH_MS: 30,
  /** Per cell a TextFinder scans on the server (an estimate). */
  SCAN_PER_CELL_MS: 0.0005,
} as const;

/**
 * Sheets calls that cost a round trip to the Sheets backend, by kind. Everything else in the
 * Spreadsheet service (getRange, getSheetByName after the first read, getRow, getA1Notation, builders)
 * is local and free.
 *   read      – flushes pending writes, then pays a cold or warm read plus cells
 *   metadata  – flushes pending writes, then pays METADATA_MS (not cached)
 *   scan      – a read plus SCAN_PER_CELL_MS per cell searched
 *   write     – queued: WRITE_CALL_MS plus cells
 *   commit    – a write that is committed at once (appendRow, rows/columns inserted or deleted, insertSheet,
 *               deleteSheet, flush)
 */
export type RoundTripKind = 'read' | 'metadata' | 'scan' | 'write' | 'commit';

const RANGE_READS = [
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getNumberFormats',
  'getNumberFormat',
  'getNote',
  'getNotes',
  'getBackground',
  'getBackgrounds',
  'getFontWeight',
  'getFontWeights',
  'getDataValidation',
  'getDataValidations',
  'isPartOfMerge',
  'isBlank',
];
const RANGE_WRITES = [
  'setValues',
  'setValue',
  'setFormula',
  'setFormulas',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'clearDataValidations',
  'setNumberFormat',
  'setNumberFormats',
  'setFontWeight',
  'setFontWeights',
  'setBackground',
  'setBackgrounds',
  'setFontColor',
  'setFontColors',
  'setFontSize',
  'setFontStyle',
  'setFontFamily',
  'setWrap',
  'setWrapStrategy',
  'setHorizontalAlignment',
  'setVerticalAlignment',
  'setNote',
  'setNotes',
  'setDataValidation',
  'setDataValidations',
  'merge',
  'mergeAcross',
  'breakApart',
];
const SHEET_METADATA = ['getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns', 'getDataRange', 'getFrozenRows'];
const SHEET_READS = ['getSheetValues', 'getCharts', 'isSheetHidden', 'getColumnWidth', 'getProtections'];
/** Rows and columns inserted or deleted: applied at once, committing what was pending (see write-cache.ts). */
const SHEET_STRUCTURE = [
  'insertRowsAfter',
  'insertRowsBefore',
  'insertRowAfter',
  'insertRowBefore',
  'insertColumnsAfter',
  'deleteRows',
  'deleteRow',
  'deleteColumns',
];
const SHEET_WRITES = [
  'setName',
  'setFrozenRows',
  'setFrozenColumns',
  'clear',
  'clearContents',
  'clearFormats',
  'hideSheet',
  'showSheet',
  'setColumnWidth',
  'setColumnWidths',
  'autoResizeColumn',
  'autoResizeColumns',
  'insertChart',
  'removeChart',
  'updateChart',
  'protect',
  'setTabColor',
];

function table(): Record<string, RoundTripKind> {
  const out: Record<string, RoundTripKind> = {};
  for (const m of RANGE_READS) out[`Spreadsheet.Range.${m}`] = 'read';
  for (const m of RANGE_WRITES) out[`Spreadsheet.Range.${m}`] = 'write';
  for (const m of SHEET_METADATA) out[`Spreadsheet.Sheet.${m}`] = 'metadata';
  for (const m of SHEET_READS) out[`Spreadsheet.Sheet.${m}`] = 'read';
  for (const m of SHEET_WRITES) out[`Spreadsheet.Sheet.${m}`] = 'write';
  for (const m of SHEET_STRUCTURE) out[`Spreadsheet.Sheet.${m}`] = 'commit';
  out['Spreadsheet.Sheet.appendRow'] = 'commit';
  out['Spreadsheet.Spreadsheet.getSheetByName'] = 'read';
  out['Spreadsheet.Spreadsheet.getSheets'] = 'read';
  out['Spreadsheet.Spreadsheet.getSheetById'] = 'read';
  out['Spreadsheet.Spreadsheet.insertSheet'] = 'commit';
  out['Spreadsheet.Spreadsheet.deleteSheet'] = 'commit';
  out['Spreadsheet.Spreadsheet.rename'] = 'write';
  out['Spreadsheet.Spreadsheet.renameActiveSheet'] = 'write';
  out['Spreadsheet.Spreadsheet.setSpreadsheetTimeZone'] = 'write';
  out['Spreadsheet.Spreadsheet.setSpreadsheetLocale'] = 'write';
  out['Spreadsheet.SpreadsheetApp.flush'] = 'commit';
  // Filters: their state is the sheet's metadata; a change applies at once (committing what was pending).
  for (const m of ['Sheet.getFilter', 'Range.getFilter', 'Sheet.isRowHiddenByFilter'])
    out[`Spreadsheet.${m}`] = 'metadata';
  for (const m of ['createFilter', 'setColumnFilterCriteria', 'removeColumnFilterCriteria', 'sort', 'remove'])
    out[`Spreadsheet.${m === 'createFilter' ? 'Range' : 'Filter'}.${m}`] = 'commit';
  out['Spreadsheet.TextFinder.findNext'] = 'scan';
  out['Spreadsheet.TextFinder.findPrevious'] = 'scan';
  out['Spreadsheet.TextFinder.findAll'] = 'scan';
  out['Spreadsheet.TextFinder.replaceAllWith'] = 'commit';
  out['Spreadsheet.TextFinder.replaceWith'] = 'commit';
  return out;
}

/** The exact list of Sheets round trips, keyed like the meter's counts ('Spreadsheet.Range.getValues'). */
export const SHEETS_ROUND_TRIPS: Readonly<Record<string, RoundTripKind>> = Object.freeze(table());

/**
 * Per-call cost of the other services, by exact key, then by interface ('Forms.Form.*'), then by
 * namespace ('Forms.*'). Calls not listed cost nothing (local builders, enums, getters).
 */
export const SERVICE_CALL_MS: Readonly<Record<string, number>> = Object.freeze({
  'Mail.MailApp.sendEmail': 1200,
  'Mail.MailApp.getRemainingDailyQuota': 30,
  'Properties.Properties.getProperty': 30,
  'Properties.Properties.getProperties': 30,
  'Properties.Properties.getKeys': 30,
  'Properties.Properties.setProperty': 62,
  'Properties.Properties.setProperties': 62,
  'Properties.Properties.deleteProperty': 62,
  'Properties.Properties.deleteAllProperties': 62,
  'Cache.Cache.get': 3,
  'Cache.Cache.getAll': 3,
  'Cache.Cache.put': 93,
  'Cache.Cache.putAll': 93,
  'Cache.Cache.remove': 93,
  'Cache.Cache.removeAll': 93,
  'Lock.Lock.waitLock': 10,
  'Lock.Lock.tryLock': 10,
  'Lock.Lock.releaseLock': 10,
  'Forms.*': 30,
  'Sheets.*': 300,
  'Script.TriggerBuilder.create': 150,
  'Script.ClockTriggerBuilder.create': 150,
  'Script.SpreadsheetTriggerBuilder.create': 150,
  'Script.FormTriggerBuilder.create': 150,
  'Script.ScriptApp.getProjectTriggers': 50,
  'Script.ScriptApp.getUserTriggers': 50,
  'Script.ScriptApp.deleteTrigger': 100,
  'Base.Ui.alert': 2000,
  'Base.Ui.prompt': 2000,
  'Base.Logger.log': 0.8,
  'console.*': 0.8,
});

export function serviceCallMs(key: string): number {
  const exact = SERVICE_CALL_MS[key];
  if (exact !== undefined) return exact;
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const wildcard = SERVICE_CALL_MS[`${parts.slice(0, n).join('.')}.*`];
    if (wildcard !== undefined) return wildcard;
  }
  return 0;
}

export interface MeterSnapshot {
  calls: Record<string, number>;
  totalCalls: number;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  estimateMs: number;
  /** The same calls at the pessimistic per-cell read cost (a formatted sheet). */
  pessimisticMs: number;
  /** Modelled milliseconds by category: 'sheets.read', 'sheets.write', 'sheets.flush', 'Mail', 'sleep', … */
  breakdownMs: Record<string, number>;
}

export class Meter {
  private calls = new Map<string, number>();
  private costs = new Map<string, number>();
  private roundTrips = 0;
  private pendingWrites = 0;
  private cacheWarm = false;
  private modelledMs = 0;
  /** What the reads would cost more at the pessimistic per-cell rate (added to modelledMs for pessimisticMs). */
  private pessimisticExtraMs = 0;
  /** Modelled time since the runtime was created; reset() does not clear it (the deadline fault uses it). */
  lifetimeMs = 0;
  cellsRead = 0;
  cellsWritten = 0;

  /** Counts one call. */
  record(key: string): void {
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  /** Charges modelled time to a category. */
  charge(category: string, ms: number): void {
    if (ms <= 0) return;
    this.costs.set(category, (this.costs.get(category) ?? 0) + ms);
    this.modelledMs += ms;
    this.lifetimeMs += ms;
  }

  /** The cost of a non-Sheets service call. */
  serviceCall(key: string): void {
    this.charge(key.split('.')[0] ?? key, serviceCallMs(key));
  }

  /** The cost of one Sheets round trip of the given kind moving `cells` cells. */
  roundTrip(kind: RoundTripKind, cells: number): void {
    this.roundTrips++;
    switch (kind) {
      case 'read':
      case 'scan':
      case 'metadata': {
        this.commit();
        this.cellsRead += kind === 'scan' ? 0 : cells;
        if (kind === 'metadata') {
          this.charge('sheets.metadata', LATENCY.METADATA_MS);
          return;
        }
        this.charge('sheets.read', this.cacheWarm ? LATENCY.READ_WARM_MS : LATENCY.READ_COLD_MS);
        this.cacheWarm = true;
        if (kind === 'scan') this.charge('sheets.scan', cells * LATENCY.SCAN_PER_CELL_MS);
        else {
          this.charge('sheets.read', cells * LATENCY.READ_PER_CELL_MS);
          this.pessimisticExtraMs += cells * (LATENCY.PESSIMISTIC_READ_PER_CELL_MS - LATENCY.READ_PER_CELL_MS);
        }
        return;
      }
      case 'write':
      case 'commit':
        this.cellsWritten += cells;
        this.charge('sheets.write', LATENCY.WRITE_CALL_MS + cells * LATENCY.WRITE_PER_CELL_MS);
        this.pendingWrites++;
        if (kind === 'commit') this.commit();
        return;
    }
  }

  /** Commits pending writes (if any): one write round trip. The look-ahead cache is dropped. */
  commit(): void {
    if (this.pendingWrites === 0) return;
    this.pendingWrites = 0;
    this.cacheWarm = false;
    this.charge('sheets.flush', LATENCY.FLUSH_MS);
  }

  /**
   * The start or end of an execution: pending writes are committed after the script's code has returned,
   * which the published timings do not include, so it costs nothing here; a new execution starts cold.
   */
  executionBoundary(): void {
    this.pendingWrites = 0;
    this.cacheWarm = false;
  }

  /** Calls counted whose key starts with prefix (all calls without one). */
  count(prefix?: string): number {
    let n = 0;
    for (const [key, c] of this.calls) if (!prefix || key === prefix || key.startsWith(`${prefix}.`)) n += c;
    return n;
  }

  /** Calls that cost a round trip to the Sheets backend (see SHEETS_ROUND_TRIPS). */
  sheetsCalls(): number {
    return this.roundTrips;
  }

  /** Modelled time of everything counted since the last reset. */
  estimateMs(): number {
    return Math.round(this.modelledMs * 1000) / 1000;
  }

  /** Modelled time since the last reset at the pessimistic per-cell read cost. */
  pessimisticMs(): number {
    return Math.round((this.modelledMs + this.pessimisticExtraMs) * 1000) / 1000;
  }

  snapshot(): MeterSnapshot {
    return {
      calls: Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b))),
      totalCalls: this.count(),
      sheetsCalls: this.roundTrips,
      cellsRead: this.cellsRead,
      cellsWritten: this.cellsWritten,
      estimateMs: this.estimateMs(),
      pessimisticMs: this.pessimisticMs(),
      breakdownMs: Object.fromEntries(this.costs),
    };
  }

  reset(): void {
    this.calls.clear();
    this.costs.clear();
    this.roundTrips = 0;
    this.modelledMs = 0;
    this.pessimisticExtraMs = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
