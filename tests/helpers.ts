// Shared test set-up: the built add-on on a fresh emulated runtime, set up as an admin would.
import { gas } from '../local/runtime';
import { bootAddOn } from '../local/addon';
import type { AddOn } from '../local/addon';
import { ADMIN, REVIEWER, deliverNotices, deliverSubmission, setUpSheet } from '../local/flows';
import { UNITS } from '../src/domain/tabs';
import { QUESTIONS } from '../src/domain/form';
import type { DeedDetail, Result, ReviewAction } from '#contract';
import type { RuntimeOptions } from '../local/runtime';

export function freshAddOn(options: RuntimeOptions = {}): AddOn {
  const addOn = bootAddOn(options);
  setUpSheet(addOn);
  addOn.runtime.meter.reset();
  return addOn;
}

/**
 * Empties the units' addresses in «Đơn vị» (as an admin typing over them): for tests about the addresses typed in the
 * form or about the outbox itself, which the unit's own copy of each notice would only double.
 */
export function withoutUnitAddresses(addOn: AddOn): AddOn {
  const units = addOn.runtime.spreadsheet.getSheetByName(UNITS.name)!.getLastRow() - 1;
  addOn.runtime.userEdit(
    UNITS.name,
    `E2:E${units + 1}`,
    Array.from({ length: units }, () => ['']),
    { user: ADMIN },
  );
  addOn.runtime.meter.reset();
  return addOn;
}

/** A tab's rows below the header, as getValues() returns them (read outside the meter's concern). */
/** The mail sent once the minute after the submissions has passed: their notices go from a one-time trigger. */
export function sentMail(addOn: AddOn): AddOn['runtime']['mail']['sent'] {
  deliverNotices(addOn);
  return addOn.runtime.mail.sent;
}

export function tabRows(addOn: AddOn, name: string): unknown[][] {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getValues();
}

/**
 * A tab's rows, and those kept for the hourly sweep because the person acting may not write that protected tab
 * (src/app/deferredRows.ts): «Sự cố» ('incident') or «Nhật ký» ('audit').
 */
export function rowsWithDeferred(addOn: AddOn, name: string, to: 'incident' | 'audit'): unknown[][] {
  const kept = gas(addOn.runtime).PropertiesService.getDocumentProperties().getProperty('deferredRows');
  const rows = kept ? (JSON.parse(kept) as { rows: { to: string; cells: unknown[] }[] }).rows : [];
  return [...tabRows(addOn, name), ...rows.filter((r) => r.to === to).map((r) => r.cells)];
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

/** The handler's result for a submission made on an older version of the form (see deliverSubmission). */
export function fireSubmission(addOn: AddOn, keyed: Record<string, string>): unknown {
  const fired = deliverSubmission(addOn, keyed);
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

/**
 * An installation set up by an earlier version: the form fills a response tab of the Sheet, and a spreadsheet-bound
 * onFormSubmit trigger (an older set-up's, or another admin's) fires on it.
 */
export function olderInstallation(addOn: AddOn): void {
  const { FormApp, ScriptApp, SpreadsheetApp } = gas(addOn.runtime);
  const book = SpreadsheetApp.getActiveSpreadsheet();
  addOn.runtime.forms[0]!.setDestination(FormApp.DestinationType.SPREADSHEET, book.getId());
  ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(book).onFormSubmit().create();
}

/** A sidebar call (as google.script.run makes it) by `user`. */
export function sidebarCall<T>(addOn: AddOn, user: string, fn: string, arg?: unknown): Result<T> {
  addOn.runtime.setUser(user);
  return (arg === undefined ? addOn.runtime.scriptRun(fn) : addOn.runtime.scriptRun(fn, arg)) as Result<T>;
}

/** The value of a successful Result; a refusal fails the test with its code and message. */
export function okValue<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.error}`);
  return r.value;
}

/** A deed as a reviewer's sidebar opens it. */
export const getDeed = (addOn: AddOn, id: string): DeedDetail =>
  okValue(sidebarCall<DeedDetail>(addOn, REVIEWER, 'getDeed', { id }));

/** A review of the deed as just opened (its current row and version) by `user`. */
export function review(addOn: AddOn, id: string, action: ReviewAction, user = REVIEWER): Result<DeedDetail> {
  const d = getDeed(addOn, id);
  return sidebarCall<DeedDetail>(addOn, user, 'reviewDeed', { id, row: d.row, version: d.version, action });
}
