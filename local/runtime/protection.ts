// Protections enforced on edits: a person (or a script running as them) whom a sheet or range protection does not
// list cannot change the protected cells, the sheet's rows and columns, or its name; a warning-only one lets
// everyone through (the warning is a dialog of the Sheets UI, which no script sees).
// The error text is the one Sheets gives (quoted in github.com/theoephraim/node-google-spreadsheet/pull/20; Apps
// Script throws the same Sheets message). Who may always edit: the file's owner, who "cannot be removed"
// (developers.google.com/apps-script/reference/spreadsheet/protection#removeEditor(String)).
import type { ProtectionModel, SheetModel, SpreadsheetModel } from './sheet-model';

export const PROTECTED_CELL =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface Rect {
  r0: number;
  c0: number;
  numRows: number;
  numColumns: number;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether `user` may edit what this protection covers (Protection.canEdit for the current user). */
export function mayEdit(p: ProtectionModel, file: SpreadsheetModel, user: string): boolean {
  return p.warningOnly || p.openToAll || same(user, file.owner) || p.editors.some((e) => same(e, user));
}

const overlaps = (a: Rect, b: Rect) =>
  a.r0 < b.r0 + b.numRows && b.r0 < a.r0 + a.numRows && a.c0 < b.c0 + b.numColumns && b.c0 < a.c0 + a.numColumns;

/**
 * The protection that refuses `user` this edit, or undefined. `rect` undefined: a change of the sheet itself
 * (rows or columns inserted or deleted, a rename, a sort), which every protection of the sheet covers — stricter
 * than Sheets, which lets an insert beside a protected range through.
 */
export function refusing(file: SpreadsheetModel, sheet: SheetModel, user: string, rect?: Rect): boolean {
  return sheet.protections.some(
    (p) => !mayEdit(p, file, user) && (rect === undefined || p.rect === undefined || overlaps(p.rect, rect)),
  );
}

/**
 * Rows or columns inserted (`count` > 0, the first new one at 0-based `at`) or deleted (`count` < 0, from `at`): each
 * range protection follows its cells, as Protection.getRange() does in Sheets — it moves with what is inserted or
 * deleted before it, grows with what is inserted inside it, shrinks with what is deleted inside it, and is gone
 * when every cell it covered is (the range "#REF!": developers.google.com/sheets/api/reference/rest/v4/spreadsheets/
 * sheets#protectedrange keeps a range, never a stale one). Whole columns ('AA:AN', numRows unbounded) stay whole.
 */
export function shiftProtections(sheet: SheetModel, axis: 'rows' | 'columns', at: number, count: number): void {
  sheet.protections = sheet.protections.filter((p) => !p.rect || shiftRect(p.rect, axis, at, count));
}

/** Moves, grows or shrinks `r` in place as its cells move (see shiftProtections); false once none of them is left. */
export function shiftRect(r: Rect, axis: 'rows' | 'columns', at: number, count: number): boolean {
  const [start, size] = axis === 'rows' ? (['r0', 'numRows'] as const) : (['c0', 'numColumns'] as const);
  if (r[size] === Number.MAX_SAFE_INTEGER) return true;
  const [s, n] = [r[start], r[size]];
  if (count > 0) {
    if (at <= s) r[start] = s + count;
    else if (at < s + n) r[size] = n + count;
    return true;
  }
  const end = at - count; // one past the last deleted
  const before = Math.max(0, Math.min(end, s) - at);
  const inside = Math.max(0, Math.min(end, s + n) - Math.max(at, s));
  r[start] = s - before;
  r[size] = n - inside;
  return r[size] > 0;
}
