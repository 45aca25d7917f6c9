// The typed contract between the reviewers' sidebar and the server: every function the sidebar calls,
// with its argument and result. Only plain JSON crosses google.script.run: dates are ISO strings.
import type { FieldCode, Nature, PerformerKind, Proposal, Recognition, Status, UnitType } from '../domain/codes';

/** Every server result: success with a value, or a Vietnamese message for the person. Never a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };
export type ErrorCode = 'forbidden' | 'invalid' | 'stale' | 'not_found' | 'rule' | 'busy' | 'internal';

export interface DeedFilter {
  /** "2026-11"; the list always covers one month (the sidebar defaults to the current one). */
  month: string;
  week?: string;
  unitType?: UnitType;
  unitCode?: string;
  field?: FieldCode;
  status?: Status;
  recognition?: Recognition;
  /** Accent-insensitive words, all of which must appear in the title, description, unit or performer. */
  search?: string;
}

export interface DeedSummary {
  id: string;
  /** The sheet row the deed was on when read: a hint that saves a search; the id is what counts. */
  row: number;
  version: number;
  title: string;
  unitName: string;
  performerName: string;
  doneOn: string; // yyyy-MM-dd
  week: string;
  field: FieldCode;
  status: Status;
  flagged: boolean;
  proposal: Proposal;
  recognitions: Recognition[];
  /** The id of an earlier deed this one may repeat (one deed from two units, a resent text), or null. */
  duplicateOf: string | null;
  /** Edited by hand in the Sheet: its nominations do not count until a reviewer accepts it again. */
  suspended: boolean;
}

export interface DeedDetail extends DeedSummary {
  receivedAt: string; // ISO instant
  unitCode: string;
  unitType: UnitType;
  performerKind: PerformerKind;
  performerRole: string;
  description: string;
  submittedField: FieldCode | null;
  fieldReason: string;
  confidence: number;
  nature: Nature;
  startDate: string | null;
  place: string;
  beneficiaries: string;
  evidence: string;
  email: string;
  phone: string;
  radioWeek: string;
  bulletinMonth: string;
  note: string;
  reviewer: string;
  reviewedAt: string | null;
  /** Actions the seed's rules forbid on this deed now, each with the Vietnamese reason (absent = allowed). */
  blocked: Partial<Record<BlockableAction, string>>;
}

export type BlockableAction = 'accept' | 'request_info' | 'reject' | Recognition;

export interface DeedPage {
  items: DeedSummary[];
  /** Deeds matching the filter (all pages). */
  total: number;
  offset: number;
  /** Deeds of the month per status, whatever the other filters. */
  statusCounts: Record<Status, number>;
}

export interface SidebarState {
  user: string;
  canEdit: boolean;
  /** Why the user cannot edit, in Vietnamese, when they cannot. */
  readOnlyReason: string | null;
  today: string;
  currentMonth: string;
  currentWeek: string;
  radio: { week: string; picks: number; target: number };
  units: { code: string; name: string; unitType: UnitType }[];
  settingsErrors: string[];
  /** For reviewers and admins: the day's remaining mail quota and «Hộp thư đi» (waiting, failed, stopped half way). */
  mail: { remaining: number; queued: number; failed: number; uncertain: number } | null;
}

export type ReviewAction =
  | { kind: 'accept' }
  | { kind: 'request_info'; message: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'set_field'; field: FieldCode }
  | {
      kind: 'mark';
      recognition: Recognition;
      on: boolean;
      /** radio: "2026-W48"; bulletin: "2026-11" */ period?: string;
    }
  | { kind: 'note'; note: string };

export interface ServerApi {
  getSidebarState(): Result<SidebarState>;
  listDeeds(args: { filter: DeedFilter; offset: number; limit: number }): Result<DeedPage>;
  getDeed(args: { id: string; row?: number }): Result<DeedDetail>;
  reviewDeed(args: { id: string; row?: number; version: number; action: ReviewAction }): Result<DeedDetail>;
}

export type ServerFunction = keyof ServerApi;
export const SERVER_FUNCTIONS: readonly ServerFunction[] = ['getSidebarState', 'listDeeds', 'getDeed', 'reviewDeed'];

/** The list item a deed's detail stands for (the sidebar updates its list from a review's answer). */
export function summaryOf(d: DeedDetail): DeedSummary {
  const { id, row, version, title, unitName, performerName, doneOn, week } = d;
  const { field, status, flagged, proposal, duplicateOf, suspended } = d;
  return {
    id,
    row,
    version,
    title,
    unitName,
    performerName,
    doneOn,
    week,
    field,
    status,
    flagged,
    proposal,
    duplicateOf,
    suspended,
    recognitions: [...d.recognitions],
  };
}
