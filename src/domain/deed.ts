// A stored deed: the columns of the "Việc tốt" tab and the record built from a valid submission.
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, STATUSES, UNIT_TYPES } from '../shared/codes';
import type { FieldCode } from '../shared/codes';
import { isoWeekKey, monthKey } from './calendar';
import type { Categorisation } from './categorise';
import type { Submission } from './submission';

/** Column keys of "Việc tốt", in sheet order, with the header people see. Append new columns at the end. */
export const DEED_COLUMNS = [
  ['id', 'Mã'],
  ['receivedAt', 'Thời điểm nhận'],
  ['unitCode', 'Mã đơn vị'],
  ['unitName', 'Đơn vị'],
  ['unitType', 'Loại hình'],
  ['performerKind', 'Cá nhân/Tập thể'],
  ['performerName', 'Người thực hiện'],
  ['performerRole', 'Chức vụ, nơi công tác'],
  ['title', 'Tên việc tốt'],
  ['description', 'Nội dung'],
  ['submittedField', 'Lĩnh vực đơn vị chọn'],
  ['field', 'Lĩnh vực'],
  ['fieldReason', 'Lý do phân loại'],
  ['confidence', 'Độ tin cậy'],
  ['flagged', 'Cần xem lĩnh vực'],
  ['nature', 'Tính chất'],
  ['startDate', 'Ngày bắt đầu'],
  ['doneOn', 'Ngày thực hiện'],
  ['week', 'Tuần'],
  ['month', 'Tháng'],
  ['place', 'Địa điểm'],
  ['beneficiaries', 'Người được giúp đỡ'],
  ['evidence', 'Minh chứng'],
  ['proposal', 'Đơn vị đề nghị'],
  ['email', 'Email liên hệ'],
  ['phone', 'Điện thoại'],
  ['status', 'Trạng thái'],
  ['thuKhen', 'Thư khen'],
  ['giayKhen', 'Giấy khen'],
  ['guongDienHinh', 'Gương điển hình'],
  ['phatThanh', 'Phát thanh (tuần)'],
  ['banTin', 'Bản tin (tháng)'],
  ['chuyenDuoiCo', 'Chuyện kể dưới cờ'],
  ['kyYeu', 'Kỷ yếu'],
  ['note', 'Ghi chú người duyệt'],
  ['reviewer', 'Người duyệt'],
  ['reviewedAt', 'Thời điểm duyệt'],
  ['version', 'Phiên bản'],
  ['duplicateOf', 'Có thể trùng với'],
] as const;

export type DeedKey = (typeof DEED_COLUMNS)[number][0];
export type CellValue = string | number | boolean | Date;
export type DeedRow = Record<DeedKey, CellValue>;

export const DEED_HEADERS = DEED_COLUMNS.map(([, header]) => header);
/** 0-based column index of each key. */
export const DEED_COL = Object.fromEntries(DEED_COLUMNS.map(([key], i) => [key, i])) as Record<DeedKey, number>;

export function deedToRow(d: DeedRow): CellValue[] {
  return DEED_COLUMNS.map(([key]) => d[key]);
}

/** The row of a freshly received, valid submission: status "Mới", version 1, no recognition yet. */
export function newDeed(args: {
  id: string;
  receivedAt: Date;
  submission: Submission;
  categorisation: Categorisation;
  field: FieldCode;
  fieldReason: string;
  flagged: boolean;
  /** Dates as the Sheet should store them (the gas layer turns a local date into a Date at midnight). */
  toCellDate: (d: Submission['doneOn']) => Date;
}): DeedRow {
  const s = args.submission;
  return {
    id: args.id,
    receivedAt: args.receivedAt,
    unitCode: s.unit.code,
    unitName: s.unit.name,
    unitType: UNIT_TYPES[s.unit.unitType],
    performerKind: PERFORMER_KINDS[s.performerKind],
    performerName: s.performerName,
    performerRole: s.performerRole,
    title: s.title,
    description: s.description,
    submittedField: s.submittedField ? FIELDS[s.submittedField] : '',
    field: FIELDS[args.field],
    fieldReason: args.fieldReason,
    confidence: args.categorisation.confidence,
    flagged: args.flagged,
    nature: NATURES[s.nature],
    startDate: s.startDate ? args.toCellDate(s.startDate) : '',
    doneOn: args.toCellDate(s.doneOn),
    week: isoWeekKey(s.doneOn),
    month: monthKey(s.doneOn),
    place: s.place,
    beneficiaries: s.beneficiaries,
    evidence: s.evidence,
    proposal: s.proposal === 'none' ? '' : PROPOSALS[s.proposal],
    email: s.email,
    phone: s.phone,
    status: STATUSES.moi,
    thuKhen: false,
    giayKhen: false,
    guongDienHinh: false,
    phatThanh: '',
    banTin: '',
    chuyenDuoiCo: false,
    kyYeu: false,
    note: '',
    reviewer: '',
    reviewedAt: '',
    version: 1,
    duplicateOf: '',
  };
}
