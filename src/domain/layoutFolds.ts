// The columns older layouts of «Việc tốt» and «Nhật ký» had, and how set-up folds them into today's narrower rows
// (issue 12: the 10,000,000-cell limit); app/columnFolds.ts carries the folds out on a Sheet.
import { localDayOf, viDate } from './calendar';
import { DETAIL_LABELS, detailsText } from './detailsCell';
import { auditLine } from './auditLine';
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

/** A day cell of an older layout as dd/MM/yyyy (a Date is the day's midnight in Asia/Ho_Chi_Minh). */
const oldDay = (v: unknown): string => (v instanceof Date ? viDate(localDayOf(v)) : String(v ?? ''));

/** «Việc tốt»: applied in this order. */
export const DEED_FOLDS: readonly ColumnFold[] = [
  // Derived: the week from «Ngày thực hiện», the unit's type from «Đơn vị» by the unit's code.
  { from: ['Tuần'] },
  { from: ['Loại hình'] },
  {
    into: 'details',
    from: DETAIL_LABELS.map(([key, label]) => (key === 'proposal' ? 'Đơn vị đề nghị' : label)), // the old headers
    // The form's «Không đề nghị» was an empty cell; any other text is kept, to be read or shown unread.
    encode: (old) =>
      detailsText(
        Object.fromEntries(DETAIL_LABELS.map(([key], i) => [key, i === 0 ? oldDay(old[0]) : String(old[i] ?? '')])),
      ),
  },
  { into: 'honours', from: [L.thuKhen, L.giayKhen, L.guongDienHinh], encode: foldHonours },
  { into: 'media', from: [L.phatThanh, L.banTin, L.chuyenDuoiCo, L.kyYeu], encode: foldMedia },
];

/** «Nhật ký»: applied in this order. */
export const AUDIT_FOLDS: readonly ColumnFold[] = [
  // What was done, to which column, from what to what: one line, «Nội dung».
  {
    into: 'content',
    from: ['Hành động', 'Cột', 'Trước', 'Sau'],
    encode: ([action, column, before, after]) => auditLine(action, column, before, after),
  },
];
