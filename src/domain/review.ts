// A reviewer's decision on one deed, under the seed's rules: legal status moves, nominations only for
// accepted deeds, Thư khen for đột xuất, Giấy khen for thường xuyên of the minimum duration.
import { auditTicked } from './auditCell';
import { AUDIT_ACTIONS, FIELDS, NATURES, RECOGNITIONS, STATUSES } from '#shared/codes';
import type { FieldCode, Nature, Recognition, Status } from '#shared/codes';
import { monthsBetween, parseLocalDate } from './calendar';
import { weekCell, weekKeyOf } from './weekCell';
import type { DeedKey } from './tabs';
import type { MarkKey, Marks } from './recognitionCells';
import type { BlockableAction, ReviewAction } from '#contract';
import * as MSG_DUPLICATE from '#shared/messages/duplicate';
import * as MSG_REVIEW from '#shared/messages/review';
import * as MSG_REVIEW_RECHECK from '#shared/messages/reviewRecheck';

/** What a decision needs to know of the deed, read from its row. */
export interface ReviewState {
  status: Status;
  field: FieldCode;
  nature: Nature;
  startDate: string | null; // yyyy-MM-dd
  doneOn: string; // yyyy-MM-dd
  thuKhen: boolean;
  giayKhen: boolean;
  guongDienHinh: boolean;
  phatThanh: string;
  banTin: string;
  chuyenDuoiCo: boolean;
  kyYeu: boolean;
  note: string;
  /** The earlier deed this one may repeat (the duplicate check's mark), '' when none. */
  duplicateOf: string;
  title: string;
  /** The categoriser's reason, confidence and flag: a reviewer's choice of field replaces them. */
  fieldReason: string;
  confidence: number;
  flagged: boolean;
}

/**
 * Nominations are suspended while a deed waits for a new review after a hand edit: «Cần duyệt lại» with
 * recognitions still marked. Derived, not stored — a reviewer's decision moves the status and so ends it.
 */
export function isSuspended(s: ReviewState): boolean {
  return s.status === 'can_duyet_lai' && recognitionsOf(s).length > 0;
}

/** A change of one cell, or of one mark (app/review.ts writes it into the mark's packed cell). */
export interface Change {
  key: DeedKey | MarkKey;
  before: string | boolean | number;
  after: string | boolean | number;
}

export type Decision =
  { ok: true; changes: Change[]; mailToUnit?: string; rejection?: string } | { ok: false; error: string };

const refused = (error: string): Decision => ({ ok: false, error });
const changed = (changes: Change[]): Decision => ({ ok: true, changes });
/** One cell's change, or none when it holds that value already. */
const changeOf = (key: Change['key'], before: Change['before'], after: Change['after']): Decision =>
  changed(before === after ? [] : [{ key, before, after }]);

/** Allowed status moves (from → to). */
const MOVES: Record<Status, readonly Status[]> = {
  moi: ['da_duyet', 'can_bo_sung', 'tu_choi', 'co_so_duyet'],
  can_bo_sung: ['da_duyet', 'tu_choi', 'co_so_duyet'],
  can_duyet_lai: ['da_duyet', 'can_bo_sung', 'tu_choi', 'co_so_duyet'],
  co_so_duyet: ['da_duyet', 'can_bo_sung', 'tu_choi'],
  da_duyet: ['can_bo_sung', 'tu_choi'],
  tu_choi: ['da_duyet'],
};

const RECOGNITION_KEY: Record<Recognition, MarkKey> = {
  thu_khen: 'thuKhen',
  giay_khen: 'giayKhen',
  guong_dien_hinh: 'guongDienHinh',
  phat_thanh: 'phatThanh',
  ban_tin: 'banTin',
  chuyen_duoi_co: 'chuyenDuoiCo',
  ky_yeu: 'kyYeu',
};

export const RECOGNITION_COLUMNS = RECOGNITION_KEY;

/** The recognitions a deed carries, from its state. */
export function recognitionsOf(s: Marks): Recognition[] {
  return (Object.keys(RECOGNITION_KEY) as Recognition[]).filter((r) => {
    const v = s[RECOGNITION_KEY[r]];
    return v === true || (typeof v === 'string' && v !== '');
  });
}

export interface RuleContext {
  giayKhenMinMonths: number;
  currentWeek: string;
  currentMonth: string;
}

export function decide(s: ReviewState, action: ReviewAction, ctx: RuleContext): Decision {
  switch (action.kind) {
    case 'accept':
      if (s.status === 'tu_choi' && !action.reverse) return refused(MSG_REVIEW.confirmReverse);
      return move(s, 'da_duyet', withoutRejection(s));
    case 'request_info': {
      const message = action.message.trim();
      if (message.length < 5) return refused(MSG_REVIEW.messageNeeded);
      const moved = move(s, 'can_bo_sung', clearRecognitions(s));
      return moved.ok ? { ...moved, mailToUnit: message } : moved;
    }
    case 'reject': {
      const reason = action.reason.trim();
      if (reason.length < 5) return refused(MSG_REVIEW.reasonNeeded);
      if (s.status === 'da_duyet' && !action.reverse) return refused(MSG_REVIEW.confirmReverse);
      const moved = move(s, 'tu_choi', clearRecognitions(s));
      return moved.ok ? { ...moved, changes: [...moved.changes, ...noteChange(s, reason)], rejection: reason } : moved;
    }
    case 'set_field':
      if (!(action.field in FIELDS)) return refused(MSG_REVIEW.unknownField);
      if (action.field === s.field) return refused(MSG_REVIEW.sameField);
      return changed(manualField(s, action.field));
    case 'note': {
      const note = action.note.trim();
      if (note.length > 2000) return refused(MSG_REVIEW.noteTooLong);
      return changeOf('note', s.note, note);
    }
    case 'mark':
      return mark(s, action.recognition, action.on, action.period, ctx);
    case 'duplicate':
      return duplicateVerdict(s, action.same, ctx);
    case 'set_title': {
      const title = action.title.replace(/\s+/g, ' ').trim();
      if (title.length < 5 || title.length > 200) return refused(MSG_REVIEW.titleLength);
      return changeOf('title', s.title, title);
    }
  }
}

/**
 * A reviewer's verdict on the duplicate mark, audited like every change: «Trùng» rejects the deed with the
 * earlier one's id as the reason (the mark stays, as the record of the pair); «Không trùng» clears the mark,
 * which nothing sets again (the check runs once, at intake).
 */
function duplicateVerdict(s: ReviewState, same: boolean, ctx: RuleContext): Decision {
  if (!s.duplicateOf) return refused(MSG_DUPLICATE.notMarked);
  if (same) return decide(s, { kind: 'reject', reason: MSG_DUPLICATE.sameReason(s.duplicateOf) }, ctx);
  return changed([{ key: 'duplicateOf', before: s.duplicateOf, after: '' }]);
}

/** What the reviewer may not do to this deed now, and why: every decision tried on a copy of the state. */
export function blockedActions(s: ReviewState, ctx: RuleContext): Partial<Record<BlockableAction, string>> {
  const tries: [BlockableAction, ReviewAction][] = [
    ['accept', { kind: 'accept', reverse: true }],
    ['request_info', { kind: 'request_info', message: 'kiểm tra' }],
    ['reject', { kind: 'reject', reason: 'kiểm tra', reverse: true }],
    ...(Object.keys(RECOGNITION_KEY) as Recognition[]).map((r): [BlockableAction, ReviewAction] => [
      r,
      { kind: 'mark', recognition: r, on: true },
    ]),
  ];
  const blocked: Partial<Record<BlockableAction, string>> = {};
  for (const [key, action] of tries) {
    const d = decide(s, action, ctx);
    if (!d.ok) blocked[key] = d.error;
  }
  return blocked;
}

/** A mark an accept withdraws: the cell's change and the reason, in Vietnamese. */
export interface Withdrawal {
  recognition: Recognition;
  change: Change;
  reason: string;
}

/** What the origin of a mark needs of the last «Nhật ký» row of its column for this deed. */
export interface LastAudit {
  action: string;
  after: unknown;
}

/** Whether a «Nhật ký» action is app/handEdit.ts's, a cell changed by hand in the Sheet (its code in older rows). */
const byHand = (action: string) => action === AUDIT_ACTIONS.hand_edit || action === 'hand_edit';

/**
 * Accepting re-checks every mark the deed carries, whatever path it took to the row. Each is tried as the sidebar's
 * button would mark it on the accepted deed (the same rules, not a copy): one the rules forbid is withdrawn with the
 * rule's reason. The others stand only if a reviewer set them as they are now — their column's last «Nhật ký» row
 * (found by `lastAudit`, asked only for those and only when there are any) is not a hand edit and holds the value.
 */
export function withdrawalsOnAccept(
  s: ReviewState,
  ctx: RuleContext,
  lastAudit: (marks: readonly Recognition[]) => ReadonlyMap<Recognition, LastAudit>,
): Withdrawal[] {
  const accepted: ReviewState = { ...s, status: 'da_duyet' };
  const out: Withdrawal[] = [];
  const allowed: Recognition[] = [];
  for (const r of recognitionsOf(s)) {
    const d = mark(accepted, r, true, periodOf(s, r), ctx);
    if (d.ok) allowed.push(r);
    else out.push(withdrawal(s, r, d.error, ctx));
  }
  const last = allowed.length > 0 ? lastAudit(allowed) : new Map<Recognition, LastAudit>();
  for (const r of allowed)
    if (!setByReviewer(s, r, last.get(r)))
      out.push(withdrawal(s, r, MSG_REVIEW_RECHECK.notByReviewer(RECOGNITIONS[r]), ctx));
  return out;
}

function periodOf(s: ReviewState, r: Recognition): string | undefined {
  return r === 'phat_thanh' ? weekKeyOf(s.phatThanh) : r === 'ban_tin' ? s.banTin : undefined;
}

function setByReviewer(s: ReviewState, r: Recognition, last: LastAudit | undefined): boolean {
  if (!last || byHand(last.action)) return false;
  const now = s[RECOGNITION_KEY[r]];
  return typeof now === 'boolean' ? auditTicked(last.after) === now : String(last.after) === now;
}

/** The mark taken off, as the sidebar's button would (mark … on: false). */
function withdrawal(s: ReviewState, r: Recognition, reason: string, ctx: RuleContext): Withdrawal {
  const off = mark(s, r, false, undefined, ctx);
  const change = off.ok ? off.changes[0] : undefined;
  if (!change) throw new Error(`withdrawal of an unmarked ${r}`);
  return { recognition: r, change, reason };
}

/** A reviewer's field replaces the categoriser's: its reason says so, a person's choice is certain, no flag. */
function manualField(s: ReviewState, field: FieldCode): Change[] {
  const reason = MSG_REVIEW.manualField(FIELDS[s.field], Math.round(s.confidence * 100));
  const changes: Change[] = [
    { key: 'field', before: FIELDS[s.field], after: FIELDS[field] },
    { key: 'fieldReason', before: s.fieldReason, after: reason },
    { key: 'confidence', before: s.confidence, after: 1 },
  ];
  return s.flagged ? [...changes, { key: 'flagged', before: true, after: false }] : changes;
}

/** A base committee's reviewer passes the deed on to the department (the first stage): its status only. */
export function passAtBase(s: ReviewState): Decision {
  return move(s, 'co_so_duyet', []);
}

function move(s: ReviewState, to: Status, extra: Change[]): Decision {
  if (!MOVES[s.status].includes(to)) return refused(MSG_REVIEW.badMove(STATUSES[s.status], STATUSES[to]));
  return changed([{ key: 'status', before: STATUSES[s.status], after: STATUSES[to] }, ...extra]);
}

function clearRecognitions(s: ReviewState): Change[] {
  return recognitionsOf(s).map((r) => {
    const key = RECOGNITION_KEY[r];
    const before = s[key];
    return { key, before, after: typeof before === 'string' ? '' : false };
  });
}

function noteChange(s: ReviewState, reason: string): Change[] {
  const kept = withoutRejectionLines(s.note);
  const line = MSG_REVIEW.rejectionNote(reason);
  return [{ key: 'note', before: s.note, after: kept ? `${kept}\n${line}` : line }];
}

/** The note without its «Lý do từ chối: …» lines: a reversed rejection's reason stays only in «Nhật ký». */
const withoutRejectionLines = (note: string) =>
  note
    .split('\n')
    .filter((l) => !l.startsWith(MSG_REVIEW.rejectionNote('')))
    .join('\n')
    .trim();

function withoutRejection(s: ReviewState): Change[] {
  const after = withoutRejectionLines(s.note);
  return after === s.note ? [] : [{ key: 'note', before: s.note, after }];
}

function mark(s: ReviewState, r: Recognition, on: boolean, period: string | undefined, ctx: RuleContext): Decision {
  const key = RECOGNITION_KEY[r];
  const before = s[key];
  const periodic = r === 'phat_thanh' || r === 'ban_tin';
  if (!on) {
    const after = periodic ? '' : false;
    return changeOf(key, before, after);
  }
  if (s.status !== 'da_duyet') return refused(MSG_REVIEW.onlyAccepted);
  if (r === 'thu_khen' && s.nature !== 'dot_xuat') return refused(MSG_REVIEW.thuKhenRule(NATURES[s.nature]));
  if (r === 'giay_khen') {
    if (s.nature !== 'thuong_xuyen') return refused(MSG_REVIEW.giayKhenRule(NATURES[s.nature]));
    const start = s.startDate ? parseLocalDate(s.startDate) : undefined;
    const done = parseLocalDate(s.doneOn);
    const months = start && done ? monthsBetween(start, done) : 0;
    if (months < ctx.giayKhenMinMonths) return refused(MSG_REVIEW.giayKhenDuration(months, ctx.giayKhenMinMonths));
  }
  let after: string | boolean = true;
  if (r === 'phat_thanh') {
    const week = period ?? ctx.currentWeek;
    if (!/^\d{4}-W\d{2}$/.test(week)) return refused(MSG_REVIEW.badWeek);
    after = weekCell(week);
  } else if (r === 'ban_tin') {
    after = period ?? ctx.currentMonth;
    if (!/^\d{4}-\d{2}$/.test(after)) return refused(MSG_REVIEW.badMonth);
  }
  return changeOf(key, before, after);
}
