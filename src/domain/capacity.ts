// How full the spreadsheet is against Sheets' 10,000,000-cell limit, and how many more deeds fit.
/** developers.google.com/apps-script/guides/services/quotas; support.google.com/drive/answer/37603 */
export const CELL_LIMIT = 10_000_000;
/** The admin is warned from here on. */
export const WARN_SHARE = 0.8;
/** Audit rows a deed leaves on average (accept, and now and then a mark or a note). */
export const AUDIT_ROWS_PER_DEED = 2;

export interface TabSize {
  name: string;
  rows: number;
  columns: number;
}

export interface Capacity {
  usedCells: number;
  share: number;
  /**
   * Grid cells one more deed leaves for good: its row, its audit rows (and its form response row where a form still
   * fills a tab). Its two unit notices (2 × 9 cells) leave after NOTICE_DAYS: at a steady pace that window is already
   * in usedCells; «Hồ sơ khen thưởng» is bounded (HISTORY_ROWS), not a row a performer.
   */
  cellsPerDeed: number;
  /** Deeds that still fit before the limit (rounded down). */
  deedsLeft: number;
  /** Deeds the whole spreadsheet would hold from empty, with these tabs' widths. */
  deedsAtMost: number;
  warn: boolean;
}

/** Sheets counts every cell of every tab's grid, empty or not: rows × columns, summed. */
export function capacityOf(
  tabs: readonly TabSize[],
  widths: { deeds: number; responses: number; audit: number },
): Capacity {
  const usedCells = tabs.reduce((n, t) => n + t.rows * t.columns, 0);
  const cellsPerDeed = widths.deeds + widths.responses + AUDIT_ROWS_PER_DEED * widths.audit;
  const share = usedCells / CELL_LIMIT;
  return {
    usedCells,
    share,
    cellsPerDeed,
    deedsLeft: Math.max(0, Math.floor((CELL_LIMIT - usedCells) / cellsPerDeed)),
    deedsAtMost: Math.floor(CELL_LIMIT / cellsPerDeed),
    warn: share >= WARN_SHARE,
  };
}
