// The typed contract between the reviewers' sidebar and the server: every function the sidebar calls,
// with its argument and result. Only plain JSON crosses google.script.run: dates are ISO strings.
import type { FieldCode, Nature, PerformerKind, Proposal, Recognition, Status, UnitType } from './codes';

/** Every server result: success with a value, or a Vietnamese message for the person. Never a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };
export type ErrorCode = 'forbidden' | 'invalid' | 'stale' | 'not_found' | 'rule' | 'busy' | 'internal';

/** DeedFilter.month for a list over every month at once (a search across months, newest deed first). */
export const ALL_MONTHS = '*';

export interface DeedFilter {
  /** "2026-11" (the sidebar defaults to the current month), or ALL_MONTHS. */
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
  /** null: the code is no longer in «Đơn vị». */
  unitType: UnitType | null;
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
  /** The performer's key in «Hồ sơ khen thưởng» (unit code and accent-free name): for getHistory. */
  performerKey: string;
  /** Decisions recorded for this deed's Thư khen / Giấy khen («Sổ quyết định»). */
  decisions: DecisionRecord[];
  /** The deed's title, description typed without Vietnamese accents: the reviewer corrects them before they go out. */
  unaccented: ('title' | 'description')[];
  /** In a review's answer: the marks it withdrew (an accept re-checks every mark the deed carries), each with why. */
  cleared?: { recognition: Recognition; reason: string }[];
}

/** A commendation leadership decided, as the reviewers recorded it in «Sổ quyết định». */
export type Commendation = 'thu_khen' | 'giay_khen';
export interface DecisionRecord {
  deedId: string;
  recognition: Commendation;
  /** Số quyết định, e.g. "125-QĐ/HU". */
  number: string;
  /** Ngày quyết định, yyyy-MM-dd. */
  date: string;
  /** Cấp quyết định, e.g. "Ban Thường vụ Huyện ủy". */
  level: string;
  recordedBy: string;
  recordedAt: string; // ISO instant
}

/** A suggestion of the commendation ladder: Giấy khen for a long-running deed, or a 19 May model candidate. */
export type SuggestionKind = 'giay_khen' | 'guong_dien_hinh';
export type SuggestionStatus = 'pending' | 'accepted' | 'dismissed' | 'expired';
export interface Suggestion {
  /** Stable: "giay_khen|<performer>|<start date>" or "guong_dien_hinh|<honours year>|<performer>". */
  key: string;
  kind: SuggestionKind;
  performerKey: string;
  performerName: string;
  performerKind: PerformerKind;
  unitCode: string;
  unitName: string;
  /** The deed the recognition is marked on when the suggestion is accepted. */
  deedId: string;
  deedTitle: string;
  /** Why, in Vietnamese ("6 việc tốt đã duyệt trong năm, 1 Giấy khen…"). */
  reason: string;
  /** Higher first. */
  score: number;
  status: SuggestionStatus;
  /** Who accepted or dismissed it, when, and the reason given for a dismissal. */
  decidedBy: string;
  decidedAt: string | null;
  note: string;
}

/** One performer's (person or collective) accepted deeds and recognitions, from «Hồ sơ khen thưởng». */
export interface PerformerHistory {
  key: string;
  name: string;
  kind: PerformerKind;
  unitCode: string;
  unitName: string;
  accepted: number;
  thuKhen: number;
  giayKhen: number;
  guongDienHinh: number;
  /** Radio, bulletin, flag-ceremony and yearbook picks. */
  media: number;
  /** Newest first; at most HISTORY_DEEDS of them (accepted says how many there are). */
  deeds: { id: string; doneOn: string; title: string; recognitions: Recognition[] }[];
}

/** One unit's line of the ladder: its accepted deeds and recognitions, all performers together. */
export interface UnitLadder {
  code: string;
  name: string;
  performers: number;
  accepted: number;
  thuKhen: number;
  giayKhen: number;
  guongDienHinh: number;
}

export interface LadderView {
  /** When «Hồ sơ khen thưởng» was last rebuilt (ISO), or null before the first time. */
  updatedAt: string | null;
  /** The next 19 May honours (yyyy-MM-dd) and the first day its year of deeds counts from. */
  honours: { date: string; from: string };
  /** Pending first (highest score first), then the latest decided ones. */
  suggestions: Suggestion[];
  units: UnitLadder[];
  /** Set while a rebuild goes on in the background: these are the last complete tabs («đang cập nhật…»). */
  note?: string;
}

export const HISTORY_DEEDS = 50;

export type BlockableAction = 'accept' | 'request_info' | 'reject' | Recognition;

export interface DeedPage {
  items: DeedSummary[];
  /** Deeds matching the filter in the rows scanned (all pages; the whole month when `more` is null). */
  total: number;
  offset: number;
  /**
   * The scan stopped at its read budget before the month's oldest row: the row to go on from («Tìm tiếp», as
   * `from`), or null when the whole month was scanned.
   */
  more: number | null;
  /**
   * Deeds of the month per status, whatever the other filters; absent when not counted: every month at once, or a
   * base-committee reviewer (the month index counts the whole month, not one committee's units).
   */
  statusCounts?: Record<Status, number>;
}

export interface SidebarState {
  user: string;
  canEdit: boolean;
  /** Why the user cannot edit, in Vietnamese, when they cannot. */
  readOnlyReason: string | null;
  today: string;
  currentMonth: string;
  currentWeek: string;
  /** Every month from the first deed's to the current one, newest first (the list's month choices). */
  months: string[];
  radio: { week: string; picks: number; target: number };
  units: { code: string; name: string; unitType: UnitType }[];
  settingsErrors: string[];
  /** For reviewers and admins: the day's remaining mail quota and «Hộp thư đi» (waiting, failed, stopped half way). */
  mail: { remaining: number; queued: number; failed: number; uncertain: number } | null;
  /** Submissions refused at intake still waiting for their unit to fix them («Báo cáo bị trả lại»). */
  refused: number;
}

export type ReviewAction =
  /** `reverse`: the reviewer confirmed turning a rejection into an accept (refused without it). */
  | { kind: 'accept'; reverse?: boolean }
  | { kind: 'request_info'; message: string }
  /** `reverse`: the reviewer confirmed turning an accept into a rejection (refused without it). */
  | { kind: 'reject'; reason: string; reverse?: boolean }
  | { kind: 'set_field'; field: FieldCode }
  | {
      kind: 'mark';
      recognition: Recognition;
      on: boolean;
      /** radio: "2026-W48"; bulletin: "2026-11" */ period?: string;
    }
  | { kind: 'note'; note: string }
  /** On a deed marked «Có thể trùng»: «Trùng» rejects it as the earlier deed told again, «Không trùng» clears the mark. */
  | { kind: 'duplicate'; same: boolean }
  /** The reviewer corrects the title (typed without accents, misspelt) before it goes to leadership or on air. */
  | { kind: 'set_title'; title: string };

export interface ServerApi {
  getSidebarState(): Result<SidebarState>;
  /** `from`: go on scanning the month below this row (a page's `more`). */
  listDeeds(args: { filter: DeedFilter; offset: number; limit: number; from?: number }): Result<DeedPage>;
  getDeed(args: { id: string; row?: number }): Result<DeedDetail>;
  reviewDeed(args: { id: string; row?: number; version: number; action: ReviewAction }): Result<DeedDetail>;
  /** The ladder as last rebuilt (reading it never rebuilds it). */
  getLadder(): Result<LadderView>;
  /** Reviewers: rebuilds «Hồ sơ khen thưởng» and the suggestions from the deeds now. */
  refreshLadder(): Result<LadderView>;
  /** Reviewers: accept (marks the recognition on the deed, audited) or dismiss (a reason of 5+ characters). */
  decideSuggestion(args: { key: string; accept: boolean; reason?: string }): Result<LadderView>;
  /** Performers' histories: one performer by key, or every performer of a unit. */
  getHistory(args: { performerKey: string } | { unitCode: string }): Result<PerformerHistory[]>;
  /** Reviewers: records (or corrects) leadership's decision on a deed's Thư khen / Giấy khen. */
  recordDecision(args: {
    id: string;
    row?: number;
    version: number;
    recognition: Commendation;
    number: string;
    date: string;
    level: string;
  }): Result<DeedDetail>;
  /** Opens the printable draft certificate of a deed's Thư khen / Giấy khen in a dialog over the Sheet. */
  showDraft(args: { id: string; recognition: Commendation }): Result<null>;
}

export type ServerFunction = keyof ServerApi;
/** A key per function of ServerApi: the compiler refuses a function added to the interface and left out here. */
const SERVED: Record<ServerFunction, true> = {
  getSidebarState: true,
  listDeeds: true,
  getDeed: true,
  reviewDeed: true,
  getLadder: true,
  refreshLadder: true,
  decideSuggestion: true,
  getHistory: true,
  recordDecision: true,
  showDraft: true,
};
export const SERVER_FUNCTIONS = Object.keys(SERVED) as readonly ServerFunction[];

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
