// Hand edits of «Việc tốt» (from the simple onEdit): an accepted or nominated deed changed in the Sheet goes back
// to «Cần duyệt lại» with its nominations suspended and its version bumped; each changed cell of any deed (reviewed
// or not) lands in «Nhật ký» as a «sửa tay» row: who (when Apps Script tells), before (one cell only) and after.
import { emailKey } from '../domain/email';
import { auditTicked } from '../domain/auditCell';
import { auditRow } from '../domain/auditLine';
import { checked } from './structureGuard';
import { AUDIT_ACTIONS, STATUSES } from '#shared/codes';
import { AUDIT, DEED } from '../domain/tabs';
import type { CellValue } from '../domain/deed';
import { handEditOf, reReview } from '../domain/handEdit';
import { MARK_LABELS, marksIn } from '../domain/recognitionCells';
import type { MarkKey } from '../domain/recognitionCells';
import * as MSG_HAND_EDIT from '#shared/messages/handEdit';
import { cell, reviewState, versionOf } from './deedRows';
import { reportIncident } from './incidents';
import { LockBusy, withDocumentLock } from '../gas/lock';
import { ensureTab, toCell } from '../gas/sheets';
import { appendOrDefer } from './deferredRows';
import * as MSG_TRUST from '#shared/messages/trust';
import { forgetMonths, noteStatusChange } from './indexes/months';
import { indexedId } from './duplicates';

const WIDTH = DEED.width;
/** A simple trigger may run 30 s: wait at most a third of it for a reviewer's or a submission's write to end. */
const LOCK_WAIT_MS = 10_000;
/** Rows of a paste over the key column whose key is looked up in the duplicate index (one search each); the rest are reported. */
const KEYS_LOOKED_UP = 20;

export function reviewHandEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const top = Math.max(range.getRow(), 2); // row 1 is the header
  const left = range.getColumn();
  const right = Math.min(range.getLastColumn(), WIDTH); // columns people add on the right are theirs
  if (range.getLastRow() < top || left > right) return;
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  // Apps Script gives the value before and after only for a single cell; typing the same value changes nothing.
  if (single && e.oldValue === e.value) return;
  const email = e.user?.getEmail() ?? '';
  const who = emailKey(email) || MSG_HAND_EDIT.unknownUser;
  const before: CellValue = single ? (e.oldValue ?? '') : MSG_HAND_EDIT.manyCells;
  const edited = DEED.keys.slice(left - 1, right);
  if (edited.includes('month') || edited.includes('status')) forgetMonths();
  try {
    withDocumentLock(() => {
      const sheet = checked(range.getSheet(), DEED); // the deed's cells are found by column position
      const rows = sheet.getRange(top, 1, range.getLastRow() - top + 1, WIDTH).getValues();
      const now = new Date();
      const audit: CellValue[][] = [];
      const writes: { row: number; column: number; value: CellValue }[] = [];
      const statusChanges: (() => void)[] = []; // the month index follows only writes that landed
      const lost: number[] = []; // rows pasted over whose key could not be found again
      const unread: string[] = []; // recognition cells typed with parts that are no recognition
      const onKey = left - 1 === DEED.col.id;
      const keyOf = (values: unknown[], i: number) =>
        !onKey ? '' : single ? (e.oldValue ?? '') : i < KEYS_LOOKED_UP ? indexedId(values) : '';
      rows.forEach((values, i) => {
        // The key is the add-on's: one cleared or typed over by hand is put back — the event's value before names it;
        // after a paste (no value before), the duplicate index does, for a deed of its window (duplicates.ts).
        const typed = String(cell(values, 'id') ?? '');
        const was = keyOf(values, i);
        if (onKey && !single && !was && values.some((v, c) => c !== DEED.col.id && v !== '')) lost.push(top + i);
        const id = was || typed;
        if (!id) return; // no deed in this row (a person typing below the list)
        if (was !== '' && was !== typed) writes.push({ row: top + i, column: DEED.col.id + 1, value: was });
        const state = reviewState(values);
        const kind = handEditOf(state, edited);
        // Every hand edit of a deed is audited; only a reviewed deed (or a decision typed by hand) changes more.
        if (kind !== 'ignore') {
          for (const change of kind === 'review' ? reReview(state) : []) {
            writes.push({ row: top + i, column: DEED.col[change.key] + 1, value: change.after });
            if (change.key === 'status')
              statusChanges.push(() =>
                noteStatusChange(String(cell(values, 'month')), top + i, STATUSES[state.status], change.after),
              );
          }
          writes.push({ row: top + i, column: DEED.col.version + 1, value: versionOf(values) + 1 });
        }
        for (let c = left - 1; c < right; c++) {
          const line = (column: string, was: CellValue, is: CellValue) =>
            audit.push(auditRow(now, who, id, AUDIT_ACTIONS.hand_edit, column, was, is));
          const key = DEED.keys[c];
          const marks = key === 'honours' || key === 'media' ? markEdits(key, single, before, values[c]) : undefined;
          marks?.changed.forEach(([k, was, is]) => line(MARK_LABELS[k], was, is));
          if (marks?.bad.length) unread.push(MSG_HAND_EDIT.unread(id, DEED.headers[c] ?? '', marks.bad.join(' | ')));
          // onEdit gives a ticked box's old value as text («false»): said in words like the new one.
          if (!marks?.changed.length || marks.bad.length)
            line(
              DEED.headers[c] ?? '',
              typeof values[c] === 'boolean' ? auditTicked(before) : before,
              values[c] as CellValue,
            );
        }
      });
      if (unread.length > 0)
        reportIncident(MSG_HAND_EDIT.job, DEED.name, unread.join('\n'), MSG_HAND_EDIT.busyTodo, []);
      if (lost.length > 0)
        reportIncident(MSG_HAND_EDIT.job, DEED.name, MSG_TRUST.keyLost(lost.join(', ')), MSG_TRUST.keyLostTodo, []);
      if (audit.length === 0) return;
      // Find the audit tab before writing: a read after queued writes would force a flush and a cold read.
      const auditTab = ensureTab(AUDIT);
      try {
        for (const w of writes) sheet.getRange(w.row, w.column).setValue(toCell(w.value));
        statusChanges.forEach((note) => note());
      } catch (err) {
        // An editor the add-on's columns are not open to (app/permissions.ts) changed a reviewed deed: one cell is put
        // back as it was (its old value is known); either way the attempt is audited and the admins are told.
        console.warn(`Hand edit by ${who}: re-review not written: ${String(err)}`);
        const ids = [...new Set(audit.map((a) => String(a[2])))].join(', ');
        const undone = single && undo(range, e.oldValue);
        const problem = MSG_TRUST.handEditBlocked(ids, who, undone);
        reportIncident(MSG_HAND_EDIT.job, ids, problem, MSG_TRUST.handEditBlockedTodo, []);
      }
      appendOrDefer('audit', audit, auditTab);
    }, LOCK_WAIT_MS);
  } catch (err) {
    if (!(err instanceof LockBusy)) throw err;
    // No re-review without the lock (a reviewer's write could interleave): tell the admins which cells to check.
    const cells = range.getA1Notation();
    reportIncident(MSG_HAND_EDIT.job, cells, MSG_HAND_EDIT.busy(cells, who), MSG_HAND_EDIT.busyTodo, []);
  }
}

/**
 * A hand edit of «Khen thưởng» or «Truyền thông» as the recognitions it adds or takes off, one «Nhật ký» line each
 * under the mark's own words, as when each had its checkbox (after a paste, whose value before Apps Script does not
 * give, the marks the cell holds); and the parts of the new value that are no recognition, to be reported.
 */
function markEdits(key: 'honours' | 'media', single: boolean, before: CellValue, after: unknown) {
  const [was, is] = [marksIn(single ? before : ''), marksIn(after)];
  const changed = (Object.keys(MARK_LABELS) as MarkKey[])
    .filter((k) => was.marks[k] !== is.marks[k])
    .map((k) => [k, single ? was.marks[k] : before, is.marks[k]] as const);
  return { changed, bad: is.bad[key].filter((part) => !was.bad[key].includes(part)) };
}

/** Writes the cell's value before the edit back (the person could edit it, so their execution can): false if it fails. */
function undo(range: GoogleAppsScript.Spreadsheet.Range, oldValue: string | undefined): boolean {
  try {
    range.setValue(toCell(oldValue ?? ''));
    return true;
  } catch {
    return false;
  }
}
