// What a person does to the add-on, scripted on the emulated runtime: set the Sheet up, fill the form.
import { QUESTIONS } from '../src/domain/form';
import type { AnswerKey } from '../src/domain/form';
import type { DeedDetail, Result, ReviewAction } from '#contract';
import type { AddOn } from './addon';
import { clockEvent } from './runtime/triggers';
import type { FireResult } from './runtime/triggers';
import { SETTINGS, UNITS } from '../src/domain/tabs';
import * as HANDLER from '#shared/handlers';
import { unitToRow } from '../src/domain/registry';
import { SAMPLE_NAMES, SAMPLE_UNITS } from './demo';
import type { FakeForm } from './runtime/forms';

export const ADMIN = 'admin@example.org';
export const REVIEWER = 'tuyengiao@example.org';
export const OUTSIDER = 'khach@example.org';
export const LEADER = 'thuongtruc@example.org';
/** Who the playground's sidebar can act as. */
export const ROLES = { reviewer: REVIEWER, outsider: OUTSIDER } as const;

/**
 * Runs "Thiết lập" as the admin on the sample organisation (its units and names from data/, pasted into «Đơn vị» and
 * «Cấu hình» first, as an admin would type theirs), then fills in what people would: reviewers, leadership, emails.
 */
export function setUpSheet(addOn: AddOn): void {
  const { runtime } = addOn;
  runtime.setUser(ADMIN);
  pasteSampleOrganisation(addOn);
  addOn.call('menuSetup');
  const ss = runtime.spreadsheet;
  const settings = ss.getSheetByName(SETTINGS.name);
  const units = ss.getSheetByName(UNITS.name);
  if (!settings || !units) throw new Error('Set-up did not create its tabs');
  const labels = settings
    .getRange(2, 1, settings.getLastRow() - 1, 1)
    .getValues()
    .map((r) => String(r[0]));
  const put = (label: string, value: string) => settings.getRange(labels.indexOf(label) + 2, 2).setValue(value);
  put('Email người duyệt', `${ADMIN}, ${REVIEWER}`);
  put('Email lãnh đạo nhận báo cáo', LEADER);
  const codes = units.getRange(2, 1, units.getLastRow() - 1, 1).getValues();
  units.getRange(2, 5, codes.length, 1).setValues(codes.map((r) => [`${String(r[0]).toLowerCase()}@example.org`]));
  addOn.call('onEdit', [{ range: settings.getRange('B1') }]); // as Sheets would, after a person's edit
  addOn.call('menuUpdatePermissions'); // the reviewers now write «Nhật ký», «Hộp thư đi»… (confirmed: YES)
}

/**
 * A new Sheet's «Đơn vị» and «Cấu hình» tabs holding the sample organisation's units and names: set-up builds the
 * form only once both are typed (the other settings it adds with their defaults).
 */
export function pasteSampleOrganisation(addOn: AddOn): void {
  const ss = addOn.runtime.spreadsheet;
  const paste = (name: string, rows: readonly (readonly unknown[])[]) => {
    if (ss.getSheetByName(name)) return;
    ss.insertSheet(name)
      .getRange(1, 1, rows.length, rows[0]?.length ?? 0)
      .setValues(rows.map((r) => [...r]));
  };
  paste(UNITS.name, [UNITS.headers, ...SAMPLE_UNITS.map(unitToRow)]);
  paste(SETTINGS.name, [SETTINGS.headers, ...SAMPLE_NAMES.map(([label = '', value = '']) => [label, value, ''])]);
}

/**
 * Fires the handler's installed trigger now, as Apps Script does: its owner, full auth, the event of a time-driven
 * run (with its triggerUid, which the add-on checks before doing anything).
 */
export function fireTrigger(addOn: AddOn, handler: string): FireResult {
  const { triggers, clock } = addOn.runtime;
  const trigger = triggers.list().find((t) => t.handler === handler);
  if (!trigger) throw new Error(`No trigger for ${handler}`);
  return triggers.fire(trigger, clockEvent(trigger.uid, clock.now().getTime()));
}

/**
 * The minutes after a submission: the one-time trigger intake asked for sends the units' notices (receipts, refusals)
 * queued in «Hộp thư đi» (src/app/noticeMail.ts), and the follow-ups it asks for while each run sends some (a run
 * sends a bounded number). Nothing when none is waiting; a run that sends nothing (the lock held, the quota spent)
 * leaves its follow-up for later.
 */
export function deliverNotices(addOn: AddOn): void {
  const { triggers, mail } = addOn.runtime;
  let sent = -1;
  while (mail.sent.length > sent && triggers.list().some((t) => t.handler === HANDLER.notices)) {
    sent = mail.sent.length;
    runTrigger(addOn, HANDLER.notices);
  }
}

/** fireTrigger's result; a failed run throws its error. */
export function runTrigger(addOn: AddOn, handler: string): unknown {
  const fired = fireTrigger(addOn, handler);
  if (fired.error) throw fired.error;
  return fired.result;
}

export interface SubmitResult {
  status: string;
  id?: string;
  field?: string;
  reasons: string[];
}

/**
 * The answers by question title, as a respondent gives them: the field on the page the unit's choice leads to (the
 * form's own navigation, read from the emulator's model so the meter counts no call of the test's own).
 */
function titled(
  addOn: AddOn,
  keyed: Record<string, unknown>,
  keep: (value: unknown) => boolean,
): Record<string, string> {
  const form = addOn.runtime.forms[0];
  const items = form ? (addOn.runtime.unwrap(form) as unknown as FakeForm).model.items : [];
  const unit = items.find((i) => i.title === QUESTIONS[0]!.title);
  const nav = unit?.navigation?.[unit.choices.indexOf(String(keyed.unit))];
  const page = nav?.type === 'GO_TO_PAGE' ? items.findIndex((i) => i.id === nav.page) : -1;
  // No navigation (an unknown unit): the first page after the questions, as in the form.
  const fieldTitle = items[page + 1]?.title ?? QUESTIONS.find((q) => q.key === 'field')?.title;
  // A field the unit's page does not offer cannot be chosen there: the unit leaves it empty (the categoriser decides).
  const offered = items.find((i) => i.title === fieldTitle)?.choices;
  const byTitle: Record<string, string> = {};
  for (const q of QUESTIONS) {
    const value = keyed[q.key as AnswerKey];
    const field = q.key === 'field';
    if (keep(value) && (!field || (q.title === fieldTitle && (!offered || offered.includes(String(value))))))
      byTitle[q.title] = String(value);
  }
  return byTitle;
}

/** One form submission by a respondent, answers keyed by the form definition's stable keys. */
export function submitAnswers(addOn: AddOn, keyed: Record<string, unknown>, at?: Date): SubmitResult {
  const { runtime } = addOn;
  const form = runtime.forms[0];
  if (!form) throw new Error('No form: run setUpSheet first');
  const byTitle = titled(addOn, keyed, (v) => v !== undefined && v !== null && v !== '');
  let outcome;
  try {
    outcome = runtime.submitForm(form, byTitle, at ? { at } : {})[0];
  } catch (err) {
    // Google Forms itself refuses this (a missing required answer, a choice not offered): nothing reaches the Sheet.
    return { status: 'refused_by_form', reasons: [String(err instanceof Error ? err.message : err)] };
  }
  if (!outcome) return { status: 'error', reasons: ['no onFormSubmit trigger is installed'] };
  return verdict(outcome);
}

/**
 * The respondent opens their response's edit link (from the refusal email) and sends these answers over the old ones
 * (keyed like submitAnswers): the same response, the form-submit trigger fired again. The clock moves a minute.
 */
export function editAnswers(addOn: AddOn, editUrl: string, keyed: Record<string, unknown>): SubmitResult {
  const byTitle = titled(addOn, keyed, (v) => v !== undefined && v !== null);
  addOn.runtime.clock.advance(60_000);
  const outcome = addOn.runtime.editResponse(editUrl, byTitle)[0];
  if (!outcome) return { status: 'error', reasons: ['no onFormSubmit trigger is installed'] };
  return verdict(outcome);
}

function verdict(fired: { result?: unknown; error?: unknown }): SubmitResult {
  if (fired.error) return { status: 'error', reasons: [String(fired.error)] };
  const r = fired.result as { status: string; id: string; field?: string; reasons: string[] };
  return { status: r.status, id: r.id, ...(r.field ? { field: r.field } : {}), reasons: r.reasons };
}

/**
 * Delivers exactly these answers (keyed by the form definition's keys; other keys become questions an admin
 * added to the form) as a response made on an older version of the form: Google Forms' own checks (a unit not
 * in the list, a required answer left out, a date typed as text) are skipped, so the add-on's own checks are
 * what decide. The response is recorded and written to the sheet, and the first onFormSubmit trigger's run is
 * returned. The clock moves one second per delivery.
 */
export function deliverSubmission(addOn: AddOn, keyed: Record<string, unknown>) {
  const { runtime } = addOn;
  const form = runtime.forms[0];
  if (!form) throw new Error('No form: run setUpSheet first');
  runtime.clock.advance(1000);
  const byTitle: Record<string, string> = {};
  const asked = new Set(form.getItems().map((item) => item.getTitle()));
  for (const [key, value] of Object.entries(keyed)) {
    if (value === undefined || value === null || value === '') continue;
    const title = QUESTIONS.find((q) => q.key === key)?.title ?? key;
    if (!asked.has(title)) form.addTextItem().setTitle(title);
    asked.add(title);
    byTitle[title] = String(value);
  }
  const fired = runtime.submitForm(form, byTitle, { unchecked: true })[0];
  if (!fired) throw new Error('No onFormSubmit trigger: run setUpSheet first');
  return fired;
}

/** One line of `npm run cli -- submit`: the handler's verdict on one delivered submission. */
export function submitKeyed(addOn: AddOn, keyed: Record<string, unknown>): SubmitResult {
  return verdict(deliverSubmission(addOn, keyed));
}

/** A reviewer's decision through the sidebar's server function, as google.script.run would call it. */
export function review(
  addOn: AddOn,
  deed: { id: string; row?: number; version: number },
  action: ReviewAction,
  user = REVIEWER,
): Result<DeedDetail> {
  addOn.runtime.setUser(user);
  return addOn.runtime.scriptRun('reviewDeed', { ...deed, action }) as Result<DeedDetail>;
}
