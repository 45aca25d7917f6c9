// The columns older layouts of «Việc tốt» and «Nhật ký» had, and how set-up folds them into today's narrower rows
// (issue 12: the 10,000,000-cell limit); app/columnFolds.ts carries the folds out on a Sheet.
import { MARK_LABELS as L, foldHonours, foldMedia } from './recognitionCells';

/** Old columns, found by their headers, turned into one new column, or dropped when what they held is derived. */
export interface ColumnFold {
  /** The new column's key in the tab's schema (its header must differ from every old one); none: a drop. */
  readonly into?: string;
  /** The old columns' headers, in the older layout's order. */
  readonly from: readonly string[];
  /** The new cell of a row from its old cells, in `from` order (needed with `into`; the same cells, the same result). */
  readonly encode?: (old: readonly unknown[]) => unknown;
}

/** «Việc tốt»: applied in this order. */
export const DEED_FOLDS: readonly ColumnFold[] = [
  { into: 'honours', from: [L.thuKhen, L.giayKhen, L.guongDienHinh], encode: foldHonours },
  { into: 'media', from: [L.phatThanh, L.banTin, L.chuyenDuoiCo, L.kyYeu], encode: foldMedia },
];

/** «Nhật ký»: applied in this order. */
export const AUDIT_FOLDS: readonly ColumnFold[] = [];
