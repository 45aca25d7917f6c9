// Shared test set-up: the built add-on on a fresh emulated runtime, set up as an admin would.
import { bootAddOn } from '../local/addon';
import type { AddOn } from '../local/addon';
import { deliverSubmission, setUpSheet } from '../local/flows';
import { QUESTIONS } from '../src/domain/form';
import type { RuntimeOptions } from '../local/runtime';

export function freshAddOn(options: RuntimeOptions = {}): AddOn {
  const addOn = bootAddOn(options);
  setUpSheet(addOn);
  addOn.runtime.meter.reset();
  return addOn;
}

/** A tab's rows below the header, as getValues() returns them (read outside the meter's concern). */
export function tabRows(addOn: AddOn, name: string): unknown[][] {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getValues();
}

export const isDate = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]';

/** A good submission, keyed like the CLI's input. */
export const GOOD = {
  unit: 'Đảng bộ xã An Phú',
  performerKind: 'Cá nhân',
  performerName: 'Nguyễn Văn Tư',
  title: 'Giải tỏa hàng rong lấn chiếm lòng lề đường',
  description: 'Tổ trật tự ấp Chợ vận động 12 hộ kinh doanh dọn hàng lấn chiếm vỉa hè, lập lại trật tự lòng lề đường.',
  nature: 'Đột xuất',
  doneOn: '2026-11-20',
  proposal: 'Thư khen',
  email: 'chibo.anphu@example.org',
  phone: '0912345678',
};

/** The handler's result for a submission delivered as a spreadsheet-bound event (see deliverSubmission). */
export function fireSheetEvent(addOn: AddOn, keyed: Record<string, string>, timestamp?: string): unknown {
  const fired = deliverSubmission(addOn, keyed, timestamp);
  if (fired.error) throw fired.error;
  return fired.result;
}

/** The required answers of GOOD (plus the phone), by question title, as a respondent fills in the form. */
export function titledAnswers(extra: Record<string, string> = {}): Record<string, string> {
  const keys = ['unit', 'performerKind', 'performerName', 'title', 'description', 'nature', 'doneOn', 'phone'];
  const byKey = GOOD as Record<string, string>;
  return {
    ...Object.fromEntries(QUESTIONS.filter((q) => keys.includes(q.key)).map((q) => [q.title, byKey[q.key]!])),
    ...extra,
  };
}
