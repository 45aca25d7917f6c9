// Reading deeds back from "Việc tốt" rows: labels to codes, cells to the plain JSON the sidebar receives.
import { lacksAccents } from '../domain/accents';
import { NATURES, PERFORMER_KINDS, STATUSES, codeByLabel, fieldByLabel } from '#shared/codes';
import { DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import { isoWeekKey, parseLocalDate } from '../domain/calendar';
import { NO_DETAILS, decodeDetails } from '../domain/detailsCell';
import type { Details } from '../domain/detailsCell';
import { weekKeyOf } from '../domain/weekCell';
import { unitTypeOf } from './config';
import * as MSG_REVIEW from '#shared/messages/review';
import { MARK_LABELS, marksCells, readMarks } from '../domain/recognitionCells';
import { blockedActions, isSuspended, recognitionsOf } from '../domain/review';
import type { Change, ReviewState, RuleContext } from '../domain/review';
import { performerKey } from '../domain/ladder';
import type { Commendation, DecisionRecord, DeedDetail, DeedSummary } from '#contract';
import { formatLocal } from '../gas/clock';

type Row = readonly unknown[];

export const cell = (row: Row, key: DeedKey): unknown => row[DEED.col[key]];
/** A cell as text: '' for an empty one. */
export const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
/** A checkbox cell that is ticked. */
const isTicked = (v: unknown): boolean => v === true || v === 'TRUE';
/** The recognitions the row's «Khen thưởng» and «Truyền thông» cells hold (domain/recognitionCells.ts). */
const marksOf = (row: Row) => readMarks(cell(row, 'honours'), cell(row, 'media'));
/** Whether the deed's row carries this Thư khen / Giấy khen (any, without one). */
export const carries = (row: Row, recognition?: Commendation): boolean => {
  const m = marksOf(row).marks;
  return recognition ? m[recognition === 'thu_khen' ? 'thuKhen' : 'giayKhen'] : m.thuKhen || m.giayKhen;
};
/** A change of one of the row's cells. */
export type CellChange = Change & { key: DeedKey };

/** The cells these changes write: the marks' folded into their packed cells (parts not understood kept), if changed. */
export function cellChanges(row: Row, changes: readonly Change[]): CellChange[] {
  const read = marksOf(row);
  const marks: Record<string, unknown> = { ...read.marks };
  const out = changes.filter((c): c is CellChange => !(c.key in MARK_LABELS) || ((marks[c.key] = c.after), false));
  if (out.length === changes.length) return out;
  const cells = marksCells(marks as typeof read.marks, read.bad);
  for (const key of ['honours', 'media'] as const)
    if (cells[key] !== cellText(cell(row, key))) out.push({ key, before: cellText(cell(row, key)), after: cells[key] });
  return out;
}

const str = (row: Row, key: DeedKey): string => {
  const v = cell(row, key);
  return v instanceof Date ? isoLocal(v) : cellText(v);
};
const bool = (row: Row, key: DeedKey): boolean => isTicked(cell(row, key));

/** The deed's «Chi tiết» answers; a cell edited by hand so that it no longer reads: none (null: see toDetail). */
export function detailsOf(row: Row): Details {
  return decodeDetails(cell(row, 'details')) ?? NO_DETAILS;
}

/** The ISO week (yyyy-'W'ww) of a yyyy-MM-dd day, '' for none: what «Tuần» held. */
export function weekOfDay(iso: string): string {
  const day = parseLocalDate(iso);
  return day ? isoWeekKey(day) : '';
}

/** A date cell (or a date typed by hand) as yyyy-MM-dd in the campaign's zone. */
export function isoLocal(d: Date): string {
  return formatLocal(d, 'yyyy-MM-dd');
}

export function reviewState(row: Row): ReviewState {
  return {
    status: codeByLabel(STATUSES, str(row, 'status')) ?? 'moi',
    field: fieldByLabel(str(row, 'field')) ?? 'khac',
    nature: codeByLabel(NATURES, str(row, 'nature')) ?? 'dot_xuat',
    startDate: detailsOf(row).startDate || null,
    doneOn: str(row, 'doneOn'),
    ...marksOf(row).marks,
    note: str(row, 'note'),
    duplicateOf: str(row, 'duplicateOf'),
    title: str(row, 'title'),
    fieldReason: str(row, 'fieldReason'),
    confidence: Number(cell(row, 'confidence')) || 0,
    flagged: bool(row, 'flagged'),
  };
}

export function versionOf(row: Row): number {
  const v = Number(cell(row, 'version'));
  return Number.isFinite(v) && v > 0 ? v : 1;
}

export function toSummary(row: Row, rowNumber: number): DeedSummary {
  const state = reviewState(row);
  return {
    id: str(row, 'id'),
    row: rowNumber,
    version: versionOf(row),
    title: str(row, 'title'),
    unitName: str(row, 'unitName'),
    performerName: str(row, 'performerName'),
    doneOn: state.doneOn,
    week: weekOfDay(str(row, 'doneOn')),
    field: state.field,
    status: state.status,
    flagged: bool(row, 'flagged'),
    proposal: detailsOf(row).proposal,
    recognitions: recognitionsOf(state),
    duplicateOf: str(row, 'duplicateOf') || null,
    suspended: isSuspended(state),
  };
}

export function toDetail(row: Row, rowNumber: number, rules: RuleContext, decisions: DecisionRecord[]): DeedDetail {
  const state = reviewState(row);
  const received = cell(row, 'receivedAt');
  const reviewedAt = cell(row, 'reviewedAt');
  // A «Chi tiết» edited by hand out of its lines: shown whole, said so, where the place goes.
  const details = decodeDetails(cell(row, 'details')) ?? {
    ...NO_DETAILS,
    place: MSG_REVIEW.unreadDetails(str(row, 'details')),
  };
  return {
    ...toSummary(row, rowNumber),
    receivedAt: received instanceof Date ? received.toISOString() : str(row, 'receivedAt'),
    unitCode: str(row, 'unitCode'),
    unitType: unitTypeOf(str(row, 'unitCode')) ?? null,
    performerKind: codeByLabel(PERFORMER_KINDS, str(row, 'performerKind')) ?? 'ca_nhan',
    performerRole: str(row, 'performerRole'),
    description: str(row, 'description'),
    submittedField: fieldByLabel(str(row, 'submittedField')) ?? null,
    fieldReason: str(row, 'fieldReason'),
    confidence: Number(cell(row, 'confidence')) || 0,
    nature: state.nature,
    ...details,
    startDate: details.startDate || null,
    email: str(row, 'email'),
    radioWeek: weekKeyOf(state.phatThanh),
    bulletinMonth: state.banTin,
    note: state.note,
    reviewer: str(row, 'reviewer'),
    reviewedAt: reviewedAt instanceof Date ? reviewedAt.toISOString() : null,
    blocked: blockedActions(state, rules),
    performerKey: performerKey(str(row, 'unitCode'), str(row, 'performerName')),
    decisions,
    unaccented: (['title', 'description'] as const).filter((k) => lacksAccents(str(row, k))),
  };
}
