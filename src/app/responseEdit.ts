// A recorded deed whose form response the unit edited through its edit link: the deed's row replaced in place (same
// id, one write), every changed cell audited («đơn vị sửa qua biểu mẫu»), a deed already reviewed sent back to «Cần duyệt lại».
import { auditRow } from '../domain/auditLine';
import { AUDIT_ACTIONS, STATUSES } from '#shared/codes';
import * as MSG_NOTICE from '#shared/messages/notice';
import type { CellValue, DeedRow } from '../domain/deed';
import { deedToRow } from '../domain/deed';
import { reReview } from '../domain/handEdit';
import { recognitionsOf } from '../domain/review';
import { AUDIT, DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import { appendRows, ensureTab, readRow, toCell } from '../gas/sheets';
import { reviewState, versionOf } from './deedRows';
import { forgetMonths, noteStatusChange } from './indexes/months';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the unit's answers decide: the columns between the receipt time and the status (domain/deed.ts's newDeed). */
const FROM_ANSWERS = DEED.keys.slice(DEED.col.receivedAt + 1, DEED.col.status);
/** The automatic field, taken from the edit only when the text it was drawn from changed (a reviewer's choice stays). */
const CATEGORISATION = DEED.keys.slice(DEED.col.field, DEED.col.flagged + 1);

const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    : String(a ?? '') === String(b ?? '');

/**
 * Replaces the deed at `row` (the caller holds the document lock) with the edited response's `fresh` row: whether
 * it went back to review, or null when the answers are the ones recorded (the same response delivered again).
 */
export function replaceEditedDeed(sheet: Sheet, row: number, fresh: DeedRow, now: Date): { reReview: boolean } | null {
  const old = readRow(sheet, row, DEED.width);
  const before = (key: DeedKey) => old[DEED.col[key]] as CellValue;
  const state = reviewState(old);
  const reviewed = state.status !== 'moi' || recognitionsOf(state).length > 0;
  const retold = !same(before('title'), fresh.title) || !same(before('description'), fresh.description);
  const taken = new Set<DeedKey>(FROM_ANSWERS.filter((k) => retold || !CATEGORISATION.includes(k)));
  const next = Object.fromEntries(DEED.keys.map((key) => [key, taken.has(key) ? fresh[key] : before(key)])) as DeedRow;
  const changed = DEED.keys.filter((key) => taken.has(key) && !same(before(key), next[key]));
  if (changed.length === 0) return null;
  const back = reviewed ? reReview(state) : [];
  for (const change of back) next[change.key] = change.after;
  next.version = versionOf(old) + 1;
  sheet.getRange(row, 1, 1, DEED.width).setValues([deedToRow(next).map(toCell)]);

  const id = String(next.id);
  const audit = [...changed, ...back.map((c) => c.key)].map((key) =>
    auditRow(
      now,
      MSG_NOTICE.editedBy,
      id,
      AUDIT_ACTIONS.form_edit,
      DEED.headers[DEED.col[key]] ?? key,
      before(key),
      next[key],
    ),
  );
  appendRows(ensureTab(AUDIT), audit);
  if (!same(before('month'), next.month)) forgetMonths();
  else if (back.length > 0) noteStatusChange(String(next.month), row, before('status'), STATUSES.can_duyet_lai);
  return { reReview: back.length > 0 };
}
