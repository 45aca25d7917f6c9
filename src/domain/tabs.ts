// Every tab the add-on owns: its name, its header row and, per column, a key and a kind — the Sheet's structure.
// Tab names and column headers live here (not in shared/messages/, which keeps the sentences) because they are
// the spreadsheet's schema: set-up creates the tabs from it, readers find columns by key (DEED.col.status, never a
// literal number) and the structure check (gas/structure.ts) compares a tab's header row with it.
// Append new columns at the end: existing spreadsheets keep the columns they were created with.

/** What a column holds, as the Sheet stores it: 'date' a moment (shown with its time), 'day' a calendar day. */
export type ColumnKind = 'id' | 'text' | 'date' | 'day' | 'number' | 'boolean' | 'json';

/** A column's key, header and kind; no kind is 'text', the kind of most columns. */
type ColumnSpec = readonly [key: string, header: string, kind?: ColumnKind];

export interface TabSchema<K extends string = string> {
  readonly name: string;
  /** Column keys in sheet order. */
  readonly keys: readonly K[];
  /** The header row people see. */
  readonly headers: readonly string[];
  readonly kinds: Readonly<Record<K, ColumnKind>>;
  /** 0-based column index of each key. */
  readonly col: Readonly<Record<K, number>>;
  readonly width: number;
}

export type ColumnKey<T> = T extends TabSchema<infer K> ? K : never;

function defineTab<const C extends readonly ColumnSpec[]>(name: string, columns: C): TabSchema<C[number][0]> {
  type K = C[number][0];
  const keys = columns.map(([key]) => key as K);
  const headers = columns.map(([, header]) => header);
  // The structure check finds a column by its header: two equal headers in one tab would hide a move.
  if (new Set(keys).size !== keys.length || new Set(headers).size !== headers.length)
    throw new Error(`Duplicate column key or header in tab ${name}`);
  return {
    name,
    keys,
    headers,
    kinds: Object.fromEntries(columns.map(([key, , kind = 'text']) => [key, kind])) as Record<K, ColumnKind>,
    col: Object.fromEntries(keys.map((key, i) => [key, i])) as Record<K, number>,
    width: columns.length,
  };
}

// Columns several tabs hold, alike in each.
const ID_COLUMN = ['id', 'Mã', 'id'] as const;
const RECEIVED_AT_COLUMN = ['receivedAt', 'Thời điểm nhận', 'date'] as const;
const UNIT_CODE_COLUMN = ['unitCode', 'Mã đơn vị', 'id'] as const;
const UNIT_NAME_COLUMN = ['unitName', 'Đơn vị'] as const;
const PERFORMER_KIND_COLUMN = ['performerKind', 'Cá nhân/Tập thể'] as const;
const PERFORMER_COLUMN = ['name', 'Người/tập thể'] as const;
const EMAIL_COLUMN = ['email', 'Email liên hệ'] as const;
const DEED_ID_COLUMN = ['deedId', 'Mã việc tốt', 'id'] as const;
const STATUS_COLUMN = ['status', 'Trạng thái'] as const;
const KEY_COLUMN = ['key', 'Khoá', 'id'] as const;
const AT_COLUMN = ['at', 'Thời điểm', 'date'] as const;

/** «Việc tốt»: one row per valid submission (domain/deed.ts builds it). */
export const DEED = defineTab('Việc tốt', [
  ID_COLUMN,
  RECEIVED_AT_COLUMN,
  UNIT_CODE_COLUMN,
  UNIT_NAME_COLUMN,
  PERFORMER_KIND_COLUMN,
  ['performerName', 'Người thực hiện'],
  ['performerRole', 'Chức vụ, nơi công tác'],
  ['title', 'Tên việc tốt'],
  ['description', 'Nội dung'],
  ['submittedField', 'Lĩnh vực đơn vị chọn'],
  ['field', 'Lĩnh vực'],
  ['fieldReason', 'Lý do phân loại'],
  ['confidence', 'Độ tin cậy', 'number'],
  ['flagged', 'Cần xem lĩnh vực', 'boolean'],
  ['nature', 'Tính chất'],
  ['details', 'Chi tiết'], // domain/detailsCell.ts
  ['doneOn', 'Ngày thực hiện', 'day'],
  ['month', 'Tháng'],
  EMAIL_COLUMN,
  STATUS_COLUMN,
  // The recognitions, as readable lists (domain/recognitionCells.ts).
  ['honours', 'Khen thưởng'],
  ['media', 'Truyền thông'],
  ['note', 'Ghi chú người duyệt'],
  ['reviewer', 'Người duyệt'],
  ['reviewedAt', 'Thời điểm duyệt', 'date'],
  ['version', 'Phiên bản', 'number'],
  ['duplicateOf', 'Có thể trùng với', 'id'],
]);
export type DeedKey = ColumnKey<typeof DEED>;

/**
 * «Báo cáo bị trả lại»: submissions that cannot be recorded as they are, until the unit fixes them. Named «Cần bổ
 * sung» before: that is the reviewer's status for a recorded deed they want more information about (codes.ts).
 */
export const NEEDS_FIX = defineTab('Báo cáo bị trả lại', [
  ID_COLUMN,
  RECEIVED_AT_COLUMN,
  ['unit', 'Đơn vị (như đã gửi)'],
  ['title', 'Tên việc tốt (như đã gửi)'],
  ['reasons', 'Lý do cần bổ sung'],
  EMAIL_COLUMN,
  ['answers', 'Toàn bộ câu trả lời (JSON)', 'json'],
  STATUS_COLUMN,
]);

/** Names an owned tab had before: an existing Sheet's tab is found by its recorded id (or that name) and renamed. */
export const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = { [NEEDS_FIX.name]: ['Cần bổ sung'] };

/** «Văn bản dài»: the parts of a text longer than a cell holds. */
export const LONG_TEXT = defineTab('Văn bản dài', [
  ID_COLUMN,
  ['column', 'Cột'],
  ['part', 'Phần', 'number'],
  ['text', 'Văn bản'],
]);

/** «Chờ xử lý»: submissions saved while the Sheet was busy, recorded later; the JSON may spill over more cells. */
export const PENDING = defineTab('Chờ xử lý', [
  ID_COLUMN,
  RECEIVED_AT_COLUMN,
  ['reason', 'Lý do chờ'],
  ['data', 'Dữ liệu (JSON, có thể nhiều ô)', 'json'],
]);

/** «Đơn vị»: the registry of units, owned by people once set-up has created it. */
export const UNITS = defineTab('Đơn vị', [
  ['code', 'Mã đơn vị', 'id'],
  ['name', 'Tên đơn vị'],
  ['type', 'Loại hình'],
  ['parent', 'Trực thuộc'],
  EMAIL_COLUMN,
  ['active', 'Hoạt động', 'boolean'],
]);

/** «Cấu hình»: one setting per row. */
export const SETTINGS = defineTab('Cấu hình', [
  ['item', 'Mục'],
  ['value', 'Giá trị'],
  ['help', 'Hướng dẫn'],
]);

/** «Nhật ký»: every decision and hand edit, what was done in one line (domain/auditLine.ts). */
export const AUDIT = defineTab('Nhật ký', [
  AT_COLUMN,
  ['user', 'Người thực hiện'],
  DEED_ID_COLUMN,
  ['content', 'Nội dung'],
]);

/** «Lưu trữ»: one row per year moved to an archive spreadsheet. */
export const ARCHIVES = defineTab('Lưu trữ', [
  ['year', 'Năm', 'number'],
  ['deeds', 'Số việc tốt', 'number'],
  ['url', 'Bảng tính lưu trữ'],
  AT_COLUMN,
  ['user', 'Người thực hiện'],
]);

/** «Hộp thư đi»: every email the add-on sends; the body may spill over more cells after the fixed columns. */
export const OUTBOX = defineTab('Hộp thư đi', [
  KEY_COLUMN,
  ['kind', 'Loại thư'],
  ['to', 'Người nhận'],
  ['subject', 'Tiêu đề'],
  STATUS_COLUMN,
  ['note', 'Ghi chú'],
  ['queuedAt', 'Xếp hàng lúc', 'date'],
  ['sentAt', 'Gửi lúc', 'date'],
  ['body', 'Nội dung'],
]);

/** «Sự cố»: what went wrong in a job, and what to do. */
export const INCIDENTS = defineTab('Sự cố', [
  AT_COLUMN,
  ['job', 'Việc'],
  ['period', 'Kỳ'],
  ['problem', 'Sự cố'],
  ['todo', 'Cần làm'],
]);

/** «Hồ sơ khen thưởng»: each performer's history, rebuilt from the deeds. */
export const LADDER = defineTab('Hồ sơ khen thưởng', [
  KEY_COLUMN,
  PERFORMER_COLUMN,
  PERFORMER_KIND_COLUMN,
  UNIT_CODE_COLUMN,
  UNIT_NAME_COLUMN,
  ['accepted', 'Việc tốt đã duyệt', 'number'],
  ['thuKhen', 'Thư khen', 'number'],
  ['giayKhen', 'Giấy khen', 'number'],
  ['guongDienHinh', 'Gương điển hình', 'number'],
  ['media', 'Được giới thiệu (phát thanh, bản tin, dưới cờ, kỷ yếu)', 'number'],
  ['deeds', 'Các việc tốt (mới nhất trước)'],
]);

/** A ladder rebuild under way (src/app/ladderPass.ts): its aggregates as JSON in cells, hidden, not one of the owned tabs. */
export const LADDER_PASS = defineTab('Khen thưởng (đang tính)', [['chunk', 'Dữ liệu tạm (đừng sửa)']]);
/** Hidden: every unit's line of the last complete ladder, as JSON in a few cells (read by the sidebar's view). */
export const LADDER_UNITS = defineTab('Khen thưởng (đơn vị)', [['chunk', 'Dữ liệu (đừng sửa)']]);

/** «Đề xuất khen thưởng»: the ladder's suggestions and what the reviewers made of them. */
export const SUGGESTIONS = defineTab('Đề xuất khen thưởng', [
  KEY_COLUMN,
  ['kind', 'Loại'],
  STATUS_COLUMN,
  ['score', 'Điểm', 'number'],
  PERFORMER_COLUMN,
  PERFORMER_KIND_COLUMN,
  UNIT_CODE_COLUMN,
  UNIT_NAME_COLUMN,
  DEED_ID_COLUMN,
  ['deedTitle', 'Tên việc tốt'],
  ['reason', 'Lý do đề xuất'],
  ['decidedBy', 'Người xử lý'],
  ['decidedAt', 'Thời điểm xử lý', 'date'],
  ['note', 'Ghi chú'],
  ['performerKey', 'Khoá người thực hiện', 'id'],
]);

/** «Sổ quyết định»: leadership's decisions on Thư khen and Giấy khen, one row per (deed, recognition). */
export const REGISTER = defineTab('Sổ quyết định', [
  KEY_COLUMN,
  DEED_ID_COLUMN,
  ['kind', 'Hình thức'],
  ['number', 'Số quyết định'],
  ['date', 'Ngày quyết định', 'day'],
  ['level', 'Cấp quyết định'],
  PERFORMER_COLUMN,
  UNIT_NAME_COLUMN,
  ['deedTitle', 'Tên việc tốt'],
  ['recordedBy', 'Người ghi'],
  ['recordedAt', 'Thời điểm ghi', 'date'],
]);

/** «Kiểm tra»: the self-check's probes, rewritten on each run. */
export const SELF_CHECK = defineTab('Kiểm tra', [
  ID_COLUMN,
  ['name', 'Kiểm tra'],
  ['expected', 'Mong đợi'],
  ['result', 'Kết quả'],
  ['observed', 'Quan sát được hoặc lỗi'],
  ['ms', 'Thời gian (ms)', 'number'],
]);

/** «Lĩnh vực đã sửa» (hidden): each change of a deed's field by a reviewer, a labelled example the categoriser learns from. */
export const CORRECTIONS = defineTab('Lĩnh vực đã sửa', [
  AT_COLUMN,
  DEED_ID_COLUMN,
  ['unitType', 'Mã loại hình'],
  ['field', 'Mã lĩnh vực'],
  ['title', 'Tên việc tốt'],
  ['description', 'Nội dung'],
]);

/** The near-duplicate index (app/duplicates.ts): hidden, written by the add-on only; C2 holds where it goes on. */
export const DUPLICATE_INDEX = defineTab('Chỉ mục trùng lặp', [
  ['bucket', 'Nhóm'],
  ['slot', 'Việc tốt'],
  ['next', 'Tiếp theo'],
]);
export const DUPLICATE_INDEX_TAB = DUPLICATE_INDEX.name;

/** Every tab with a fixed header row, in the order set-up creates them (the monthly summary tabs have none). */
/** «Chuyện kể dưới cờ»: the stories told at flag ceremonies, one per deed, with the week each went out to the units. */
export const FLAG_STORIES = defineTab('Chuyện kể dưới cờ', [
  DEED_ID_COLUMN,
  ['week', 'Tuần kể'],
  ['title', 'Việc tốt'],
  UNIT_NAME_COLUMN,
  ['performerName', 'Người thực hiện'],
  ['story', 'Câu chuyện'],
]);

export const OWNED_TABS: readonly TabSchema[] = [
  DEED,
  NEEDS_FIX,
  LONG_TEXT,
  PENDING,
  OUTBOX,
  SETTINGS,
  UNITS,
  AUDIT,
  ARCHIVES,
  INCIDENTS,
  LADDER,
  SUGGESTIONS,
  REGISTER,
  SELF_CHECK,
  FLAG_STORIES,
  CORRECTIONS,
];
