// Shared by the reporting tests: deed rows written straight into «Việc tốt» (as intake and review would have
// left them), the report triggers fired as Apps Script fires them, and the tabs and emails read back.
import type { AddOn } from '../../local/addon';
import type { RuntimeOptions } from '../../local/runtime';
import { ADMIN, LEADER, fireTrigger } from '../../local/flows';
import { SAMPLE_UNITS } from '../../local/demo';
import { monthKey, parseLocalDate } from '../../src/domain/calendar';
import { NO_DETAILS, encodeDetails } from '../../src/domain/detailsCell';
import { FIELDS, NATURES, STATUSES } from '../../src/shared/codes';
import type { FieldCode, Nature, Status } from '../../src/shared/codes';
import type { CellValue, DeedRow } from '../../src/domain/deed';
import { toCell } from '../../src/gas/sheets';
import { freshAddOn } from '../helpers';
import * as TABS from '../../src/domain/tabs';
import { marksCells } from '../../src/domain/recognitionCells';

export { LEADER };
export const MONTHLY_HANDLER = 'monthlyReport';
export const WEEKLY_HANDLER = 'weeklyReport';
export const SENT_LOG = TABS.OUTBOX.name;
export const INCIDENTS = TABS.INCIDENTS.name;

export interface DeedSpec {
  /** yyyy-MM-dd, the day the deed was done (Asia/Ho_Chi_Minh). */
  doneOn: string;
  unit?: number;
  title?: string;
  status?: Status;
  thuKhen?: boolean;
  giayKhen?: boolean;
  radioWeek?: string;
  bulletinMonth?: string;
  flagStory?: boolean;
  note?: string;
  performerName?: string;
  field?: FieldCode;
  /** What the media pack tells a story from. */
  performerRole?: string;
  description?: string;
  place?: string;
  beneficiaries?: string;
  /** The ladder's inputs: a long-running deed's nature and start, and the 19 May honour. */
  nature?: Nature;
  startDate?: string;
  guongDienHinh?: boolean;
  kyYeu?: boolean;
  /** Instants (ISO with offset) when intake received it and a reviewer last decided; by default the evening it was done. */
  receivedAt?: string;
  reviewedAt?: string;
}

let counter = 0;

/** A full «Việc tốt» row: accepted by default, by the n-th sample unit. */
export function deedRow(spec: DeedSpec): CellValue[] {
  const unit = SAMPLE_UNITS[spec.unit ?? 0]!;
  const day = parseLocalDate(spec.doneOn)!;
  counter += 1;
  const row: DeedRow = {
    id: `VT-${counter.toString(16).padStart(12, '0')}`,
    receivedAt: new Date(spec.receivedAt ?? `${spec.doneOn}T20:00:00+07:00`),
    unitCode: unit.code,
    unitName: unit.name,
    performerKind: 'Cá nhân',
    performerName: spec.performerName ?? 'Nguyễn Văn Tư',
    performerRole: spec.performerRole ?? '',
    title: spec.title ?? `Việc tốt ngày ${spec.doneOn}`,
    description: spec.description ?? 'Mô tả việc tốt đủ dài để được ghi nhận.',
    submittedField: '',
    field: FIELDS[spec.field ?? 'an_sinh_xa_hoi'],
    fieldReason: '',
    confidence: 0.9,
    flagged: false,
    nature: NATURES[spec.nature ?? (spec.giayKhen ? 'thuong_xuyen' : 'dot_xuat')],
    details: encodeDetails({
      ...NO_DETAILS,
      startDate: spec.startDate ?? '',
      place: spec.place ?? '',
      beneficiaries: spec.beneficiaries ?? '',
    }),
    doneOn: new Date(`${spec.doneOn}T00:00:00+07:00`),
    month: monthKey(day),
    email: '',
    status: STATUSES[spec.status ?? 'da_duyet'],
    ...marksCells({
      thuKhen: spec.thuKhen ?? false,
      giayKhen: spec.giayKhen ?? false,
      guongDienHinh: spec.guongDienHinh ?? false,
      phatThanh: spec.radioWeek ?? '',
      banTin: spec.bulletinMonth ?? '',
      chuyenDuoiCo: spec.flagStory ?? false,
      kyYeu: spec.kyYeu ?? false,
    }),
    note: spec.note ?? '',
    reviewer: 'tuyengiao@example.org',
    reviewedAt: new Date(spec.reviewedAt ?? `${spec.doneOn}T21:00:00+07:00`),
    version: 2,
    duplicateOf: '',
  };
  return TABS.DEED.keys.map((key) => toCell(row[key]));
}

/** Appends rows to «Việc tốt» with one setValues per block of 50,000 rows, as a bulk import would. */
export function putRows(addOn: AddOn, rows: readonly CellValue[][]): void {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(TABS.DEED.name)!;
  const first = sheet.getLastRow() + 1;
  const missing = first + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  for (let i = 0; i < rows.length; i += 50_000) {
    const block = rows.slice(i, i + 50_000) as CellValue[][];
    sheet.getRange(first + i, 1, block.length, TABS.DEED.width).setValues(block);
  }
}

export function putDeeds(addOn: AddOn, specs: readonly DeedSpec[]): void {
  putRows(addOn, specs.map(deedRow));
}

/** A large organisation: `n` more active wards in «Đơn vị», each with its address; the registry re-read. */
export function addWards(addOn: AddOn, n: number): void {
  const units = addOn.runtime.spreadsheet.getSheetByName(TABS.UNITS.name)!;
  const extra = Array.from({ length: n }, (_, i) => [
    `KP-${i}`,
    `Chi bộ khu phố ${i}`,
    'Đảng bộ xã, thị trấn',
    'HU-CUCHI',
    `kp-${i}@example.org`,
    true,
  ]);
  units.getRange(units.getLastRow() + 1, 1, extra.length, 6).setValues(extra);
  addOn.call('onEdit', [{ range: units.getRange('A1') }]);
}

export const GRACE_LABEL = 'Số ngày chờ báo cáo muộn trước khi chốt tháng';

/**
 * A set-up sheet with the clock at `now` (Asia/Ho_Chi_Minh written in the ISO string). Its months close on the 1st
 * (no grace days for late reports) unless `graceDays` says otherwise: most tests are about one month's figures.
 */
export function sheetAt(now: string, options: RuntimeOptions & { graceDays?: number } = {}): AddOn {
  const { graceDays = 0, ...runtime } = options;
  const addOn = freshAddOn({ ...runtime, now: new Date(now) });
  setSetting(addOn, GRACE_LABEL, graceDays);
  return addOn;
}

/** Fires an installed trigger now, as Apps Script does (the owner, full auth, no UI). */
export function fire(addOn: AddOn, handler: string): { result?: unknown; error?: unknown } {
  return fireTrigger(addOn, handler);
}

/** Runs the monthly trigger at a local instant ('2026-12-01T06:00:00+07:00'). */
export function monthlyAt(addOn: AddOn, at: string): { result?: unknown; error?: unknown } {
  addOn.runtime.clock.set(new Date(at));
  return fire(addOn, MONTHLY_HANDLER);
}

/** Forgets that the month's final went out, as if it never had: the next monthly run builds and sends it again. */
export function reopenMonth(addOn: AddOn, month: string): void {
  addOn.runtime.properties.document.delete(`monthlyFinal:${month}`);
}

export function values(addOn: AddOn, tab: string): unknown[][] {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(tab);
  return sheet ? sheet.getDataRange().getValues() : [];
}

/** The rows of a tab's block: from its title row to the first empty row. */
export function block(addOn: AddOn, tab: string, title: string | RegExp): unknown[][] {
  const all = values(addOn, tab);
  const start = all.findIndex((r) => (typeof title === 'string' ? r[0] === title : title.test(String(r[0]))));
  if (start < 0) return [];
  const end = all.findIndex((r, i) => i > start && r.every((v) => v === ''));
  return all.slice(start, end < 0 ? undefined : end);
}

/** A figure of «Số liệu chung» by its label. */
export function figure(addOn: AddOn, tab: string, label: string): unknown {
  return block(addOn, tab, 'Số liệu chung').find((r) => r[0] === label)?.[1];
}

export const leadershipMails = (addOn: AddOn) => addOn.runtime.mail.sent.filter((m) => m.to.includes(LEADER));

export function tabNames(addOn: AddOn): string[] {
  return addOn.runtime.spreadsheet.getSheets().map((s) => s.getName());
}

/** Sets one setting of «Cấu hình» by its label, then tells the add-on (as an edit by a person would). */
export function setSetting(addOn: AddOn, label: string, value: string | number): void {
  const { runtime } = addOn;
  const user = runtime.user;
  runtime.setUser(ADMIN); // «Cấu hình» is protected for the admins (app/permissions.ts)
  const sheet = runtime.spreadsheet.getSheetByName(TABS.SETTINGS.name)!;
  const labels = sheet
    .getRange(2, 1, sheet.getLastRow() - 1, 1)
    .getValues()
    .map((r) => String(r[0]));
  sheet.getRange(labels.indexOf(label) + 2, 2).setValue(value);
  addOn.call('onEdit', [{ range: sheet.getRange('B1') }]);
  if (label === 'Email người duyệt' || label === 'Email quản trị') addOn.call('menuUpdatePermissions');
  runtime.setUser(user);
}
