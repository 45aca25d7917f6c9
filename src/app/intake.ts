// Intake: one form submission → a categorised row in "Việc tốt", or the whole of it in «Báo cáo bị trả lại»
// with every reason; a repeated delivery of the same response is recognised and recorded once, and the unit is
// told the outcome (unitNotice.ts).
import { checked } from './structureGuard';
import { CELL_TEXT_LIMIT, fitCell } from '../domain/cells';
import type { FieldCode } from '#shared/codes';
import { categorise, reconcileField } from '../domain/categorise';
import { deploymentModel } from './corrections';
import { newDeed, deedToRow } from '../domain/deed';
import { DEED, LONG_TEXT, NEEDS_FIX, OUTBOX, PENDING } from '../domain/tabs';
import { dayNumber, viDate } from '../domain/calendar';
import type { CellValue } from '../domain/deed';
import { ANSWER_KEYS, answersFromNamedValues } from '../domain/form';
import type { Answers } from '../domain/form';
import { readSubmission, submissionKey } from '../domain/submission';
import * as MSG from '#shared/messages/general';
import * as MSG_ACCESS from '#shared/messages/access';
import * as MSG_DUPLICATE from '#shared/messages/duplicate';
import { loadConfig, unitsByName } from './config';
import type { Config } from './config';
import { checkDuplicate } from './duplicates';
import { replaceEditedDeed } from './responseEdit';
import { dropParts } from './longText';
import { reportIncident } from './incidents';
import { notifyUnits, queueUnitNotices } from './unitNotice';
import { sendNoticesSoon } from './noticeMail';
import type { Handled } from './unitNotice';
import { closeRefusals, NEEDS_FIX_OPEN, refusalJson, refusalsToClose, writeRefusal } from './refusals';
import { dateAtMidnight, digestId, formatLocal, today } from '../gas/clock';
import { openFormByUrl } from '../gas/form';
import * as HANDLER from '#shared/handlers';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { withDocumentLock } from '../gas/lock';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { appendRows, ensureTab, firstRowMatching, firstRowMatchingAny, hasFilter, tab } from '../gas/sheets';
import { errorText } from '#shared/errorText';

export type IntakeStatus = 'stored' | 'updated' | 'needs_fix' | 'duplicate' | 'queued';
export interface IntakeResult {
  status: IntakeStatus;
  id: string;
  /** This version of the response: its notices are keyed by it, so each edit's outcome is told once. */
  delivery?: string;
  /** An edited response that replaced its deed ('updated'): whether the deed goes back to review. */
  reReview?: boolean;
  field?: FieldCode;
  /** A stored deed's day, dd/MM/yyyy: its receipt says it. */
  doneOn?: string;
  reasons: string[];
}
/** The entry point (main.ts) that records queued submissions. */
const RETRY_HANDLER = HANDLER.retryPending;
/** Failed retries in a row: each waits twice as long as the one before, from a minute up to an hour. */
const RETRY_ATTEMPTS = 'retry:attempts';
const RETRY_FIRST_MS = 60_000;
const RETRY_MAX_MS = 3_600_000;
/** After this many failed retries in a row (about an hour) the admins are told, once. */
const RETRY_REPORT_AT = 6;
const scheduleRetry = (ms = RETRY_FIRST_MS) => ensureOneTimeTrigger(RETRY_HANDLER, ms);
/**
 * Submissions recorded per retry execution: ≈ 0.4 s each at the pessimistic cost, so 200 keep a run near 80 s, inside
 * the 120 s a trigger execution is given (issue 12); the rest go on from the next trigger, a minute later.
 */
const RETRY_PER_EXECUTION = 200;

export interface Incoming {
  answers: Answers;
  /** Answers to questions the form definition does not know: kept with the raw answers. */
  extra: Record<string, string>;
  /** Identifies the response across repeated deliveries and both kinds of event. */
  sourceKey: string;
  /** The FormResponse's id: the same after the unit edits it (its sourceKey changes). */
  responseId?: string;
  /** The link that opens this response for the unit to edit (FormResponse.getEditResponseUrl). */
  editUrl?: string;
}

/** A FormResponse's answers, as the unit typed them, and its key: what every path records from. */
export function fromResponse(response: GoogleAppsScript.Forms.FormResponse): Incoming {
  const named: Record<string, string[]> = {};
  for (const item of response.getItemResponses()) {
    const value = item.getResponse();
    named[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  const { answers, extra } = answersFromNamedValues(named);
  const timestamp = formatLocal(response.getTimestamp(), "yyyy-MM-dd'T'HH:mm:ss");
  return {
    answers,
    extra,
    sourceKey: submissionKey(timestamp, answers, extra),
    responseId: response.getId(),
    editUrl: response.getEditResponseUrl(),
  };
}

/** The form-bound event (what set-up installs): the FormResponse itself. */
export const fromFormEvent = (e: GoogleAppsScript.Events.FormsOnFormSubmit): Incoming => fromResponse(e.response);

/**
 * Whether the row's timestamp keeps the response's milliseconds is not documented: a response within this of
 * it may be the row's (recording a neighbour early is harmless, its own delivery then finds it recorded).
 */
const ROW_TIME_SLACK_MS = 1000;

/**
 * The spreadsheet-bound event, from an installation older than the form-bound trigger (or another admin's,
 * which set-up cannot see). Its values are display texts — dates in the spreadsheet's locale, an answer typed
 * as "=…" already a formula's result — so only the row's timestamp, read as a Date, is used: to find the
 * FormResponse(s) of that moment in the form, which hold what was typed. Each gets the id the form-bound
 * trigger and the sweep give it, so a response delivered by both is recorded once. Empty when the event
 * carries no answer (the blank second event Apps Script sometimes sends).
 */
export function fromSheetEvent(e: GoogleAppsScript.Events.SheetsOnFormSubmit): Incoming[] {
  if ((e.values ?? []).slice(1).every((v) => String(v).trim() === '')) return [];
  const stamp = e.range.getValues()[0]?.[0];
  const url = e.range.getSheet().getFormUrl();
  if (!(stamp instanceof Date) || !url) throw new Error(`No form response behind row ${e.range.getRow()}`);
  const at = stamp.getTime();
  const near = (r: GoogleAppsScript.Forms.FormResponse) => Math.abs(r.getTimestamp().getTime() - at);
  const found = openFormByUrl(url)
    .getResponses(new Date(at - ROW_TIME_SLACK_MS))
    .map((r) => ({ r, distance: near(r) }))
    .filter(({ distance }) => distance <= ROW_TIME_SLACK_MS)
    .sort((a, b) => a.distance - b.distance)
    .map(({ r }) => fromResponse(r));
  // Loud (the trigger's owner is emailed): the sweep still records whatever the form holds.
  if (found.length === 0) throw new Error(`No form response at ${stamp.toISOString()} (row ${e.range.getRow()})`);
  return found;
}

/** Records a spreadsheet-bound event's response (and any other of the same second); the row's own result. */
export function intakeSheetEvent(e: GoogleAppsScript.Events.SheetsOnFormSubmit): IntakeResult {
  const found = fromSheetEvent(e);
  if (found.length === 0) {
    console.warn(MSG.emptyEvent);
    return { status: 'duplicate', id: '', reasons: [MSG.emptyEvent] };
  }
  const results = found.map(intake);
  return results[0] as IntakeResult;
}

/** False for a response with nothing answered: there is nothing to keep. */
export const hasAnswers = (incoming: Incoming): boolean =>
  ANSWER_KEYS.some((k) => (incoming.answers[k] ?? '').trim() !== '') || Object.keys(incoming.extra).length > 0;

/** The deed's id: the same for every delivery of one response, and after the unit edits it (its response id). */
/** The deed's column whose text may spill over into «Văn bản dài». */
const DESCRIPTION = 'Nội dung';

export const idOf = (incoming: Incoming): string => digestId('VT', incoming.responseId ?? incoming.sourceKey);
/** One version of a response (what its notices are keyed by), and the id deeds were given before edits kept theirs. */
const deliveryOf = (incoming: Incoming): string => digestId('VT', incoming.sourceKey);

export function intake(incoming: Incoming): IntakeResult {
  const id = idOf(incoming);
  if (!hasAnswers(incoming)) {
    console.warn(MSG.emptyEvent);
    return { status: 'duplicate', id, reasons: [MSG.emptyEvent] };
  }
  const config = loadConfig();
  let result: IntakeResult;
  /** Whether a notice was queued with the deed; undefined when queueing it failed (tried again after the lock). */
  let queued: boolean | undefined;
  try {
    // What needs no lock is done before it is taken (it is held for each submission to the Sheet in turn): the
    // tabs found and their header rows checked (a person's edit is no more kept out by the lock than before it),
    // whether the searched ones have a filter — the cold first read and the metadata calls; a missing tab is made
    // under the lock. The outbox's failure (a header changed by hand) never costs the deed: the notice is tried
    // again after the lock, which says why it fails.
    const outbox = attempt(() => ensureTab(OUTBOX));
    const found = tab(DEED.name);
    const deeds = found ? checked(found, DEED) : undefined;
    for (const sheet of [deeds, tab(NEEDS_FIX.name)]) if (sheet) hasFilter(sheet);
    result = withDocumentLock(() => {
      const recorded = record(incoming, id, new Date(), config, deeds);
      if (outbox) queued = attempt(() => queueUnitNotices([handled(incoming, recorded)], config, outbox));
      return recorded;
    });
  } catch (err) {
    // The lock timed out or Sheets failed half way: keep the submission whole for a later run.
    return queueForRetry(incoming, id, err);
  }
  if (queued === undefined) notifyUnits([handled(incoming, result)], config);
  else if (queued) sendNoticesSoon();
  return result;
}

/** The work's result, or undefined (logged) when it failed: the notice's part of intake, never the deed's. */
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (err) {
    console.warn(`Notice not queued with the deed: ${errorText(err)}`);
    return undefined;
  }
}

/** A submission and its outcome, as the unit's notice needs them. */
export const handled = (incoming: Incoming, result: IntakeResult): Handled => ({
  answers: incoming.answers,
  editUrl: incoming.editUrl,
  result,
});

/** Writes one submission; the caller holds the document lock. A repeated delivery is recognised by its id. */
export function record(
  incoming: Incoming,
  id: string,
  receivedAt: Date,
  config: Config,
  deeds = checked(ensureTab(DEED), DEED), // appended by column position
): IntakeResult {
  const needsFix = ensureTab(NEEDS_FIX);
  const delivery = deliveryOf(incoming);
  // This response's deed (its edit, or the same delivery again), or one recorded before ids followed the response.
  const found = firstRowMatchingAny(deeds, 'A:A', [id, delivery]);
  const edited = found !== null && id !== delivery && String(deeds.getRange(found, 1).getValue()) === id ? found : null;
  if ((found !== null && edited === null) || (delivery !== id && firstRowMatching(needsFix, 'A:A', delivery) !== null))
    return { status: 'duplicate', id, reasons: [] };
  const read = readSubmission(incoming.answers, { unitsByName: unitsByName(config.units), today: today() });

  const overflow: CellValue[][] = [];
  const fit = (column: string, text: string) => {
    const fitted = fitCell(text);
    fitted.parts.forEach((part, i) => overflow.push([id, column, i + 1, part]));
    return fitted.cell;
  };
  const keepOverflow = () => {
    if (overflow.length > 0) appendRows(ensureTab(LONG_TEXT), overflow);
  };

  if (!read.ok) {
    const refused = [
      id,
      receivedAt,
      fit('Đơn vị', incoming.answers.unit ?? ''),
      fit('Tên việc tốt', incoming.answers.title ?? ''),
      read.reasons.join('\n'),
      fit('Email', incoming.answers.email ?? ''),
      fit('JSON', refusalJson(incoming)),
      NEEDS_FIX_OPEN,
    ];
    writeRefusal(needsFix, refused, incoming.responseId);
    keepOverflow();
    return { status: 'needs_fix', id, delivery, reasons: read.reasons };
  }

  const s = read.submission;
  const auto = categorise({ unitType: s.unit.unitType, title: s.title, description: s.description }, deploymentModel());
  const chosen = reconcileField(s.submittedField, auto);
  const check =
    edited === null
      ? guarded(
          'read',
          () =>
            checkDuplicate(
              {
                id,
                unit: s.unit.code,
                day: dayNumber(s.doneOn),
                title: s.title,
                description: s.description,
                place: s.place,
                beneficiaries: s.beneficiaries,
                performer: s.performerName,
              },
              deeds,
            ),
          null,
        )
      : null;
  const refused = refusalsToClose(needsFix, { responseId: incoming.responseId, unitName: s.unit.name, title: s.title });
  const row = newDeed({
    id,
    receivedAt,
    submission: { ...s, description: fit(DESCRIPTION, s.description) },
    categorisation: auto,
    field: chosen.field,
    fieldReason: chosen.reason,
    flagged: chosen.flagged,
    toCellDate: dateAtMidnight,
  });
  // A possible duplicate is only pointed out: the deed is stored all the same and the reviewer decides.
  row.duplicateOf = check?.earlierId ?? '';
  // The unit edited its recorded response through the edit link: that deed is replaced, never a second one.
  const replaced = edited === null ? null : replaceEditedDeed(deeds, edited, row, receivedAt);
  if (edited !== null && !replaced) return { status: 'duplicate', id, reasons: [] }; // the same answers again
  if (replaced) dropParts(id, DESCRIPTION);
  if (edited === null) appendRows(deeds, [deedToRow(row)]);
  keepOverflow();
  if (check) guarded('save', check.file, undefined);
  closeRefusals(needsFix, refused, id);
  const reasons = chosen.flagged ? [chosen.reason] : [];
  const outcome = { id, delivery, field: chosen.field, doneOn: viDate(s.doneOn), reasons };
  if (replaced) return { status: 'updated', ...outcome, reReview: replaced.reReview };
  return { status: 'stored', ...outcome };
}

/**
 * The duplicate check never costs a deed: when the cache or the rebuild fails, the deed is stored unchecked
 * (and the index left as it was, to be rebuilt whole rather than restarted from this one deed).
 */
/**
 * The duplicate check never stops a deed from being recorded; when its index cannot be read or written (a full
 * workbook, a Sheets failure) the deed goes in unchecked and the admins hear of it (rate-limited in «Sự cố»).
 */
function guarded<T>(what: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (err) {
    console.warn(`Duplicate index (${what}) failed: ${errorText(err)}`);
    try {
      reportIncident(MSG_DUPLICATE.job, what, MSG_DUPLICATE.indexFailed(errorText(err)), MSG_DUPLICATE.indexTodo, []);
    } catch (inner) {
      console.warn(`Could not record the incident: ${errorText(inner)}`);
    }
    return fallback;
  }
}

/**
 * The submission, whole, in «Chờ xử lý» (one appendRow: atomic, no lock needed), and a one-off trigger
 * that records it in a minute. If even that write fails the error propagates: Apps Script then emails
 * the trigger's owner, and the response itself stays in the form's response sheet.
 */
function queueForRetry(incoming: Incoming, id: string, err: unknown): IntakeResult {
  const reason = errorText(err);
  console.warn(`Submission ${id} queued for retry: ${reason}`);
  const { sourceKey, answers, extra, responseId, editUrl } = incoming;
  const json = JSON.stringify({ sourceKey, answers, extra, responseId, editUrl });
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += CELL_TEXT_LIMIT) parts.push(json.slice(i, i + CELL_TEXT_LIMIT));
  appendRows(ensureTab(PENDING), [[id, new Date(), reason, ...parts]]);
  scheduleRetry();
  return { status: 'queued', id, reasons: [MSG.queued] };
}

/**
 * The retry trigger: records the queued submissions, oldest first, each on its own. A row whose data cannot be read
 * is set aside (marked in «Lý do chờ», reported in «Sự cố») and never blocks the others. When the lock is busy or
 * Sheets fails, what is left waits for the next try, each one later than the last up to once an hour, so a stuck
 * Sheet cannot burn the owner's daily trigger runtime (90 min, developers.google.com/apps-script/guides/services/quotas).
 */
export function retryPending(): number {
  removeTriggers(RETRY_HANDLER);
  const config = loadConfig();
  const admins = config.settings?.admins ?? [];
  let pass: RetryPass;
  try {
    pass = withDocumentLock(() => retryRows(config));
  } catch (err) {
    pass = { recorded: [], setAside: [], failure: err };
  }
  for (const { row, id } of pass.setAside)
    reportIncident(MSG_ACCESS.retryJob, id, MSG_ACCESS.setAsideProblem(row), MSG_ACCESS.setAsideTodo, admins);
  notifyUnits(pass.recorded, config);
  const attempts = Number(getDocumentProperty(RETRY_ATTEMPTS) ?? '0');
  if (pass.failure === undefined) {
    if (attempts > 0) deleteDocumentProperty(RETRY_ATTEMPTS);
    if (pass.more) scheduleRetry();
    return pass.recorded.length;
  }
  console.warn(`Retry failed, trying again later: ${String(pass.failure)}`);
  setDocumentProperty(RETRY_ATTEMPTS, String(attempts + 1));
  scheduleRetry(Math.min(RETRY_FIRST_MS * 2 ** attempts, RETRY_MAX_MS));
  if (attempts + 1 === RETRY_REPORT_AT)
    reportIncident(MSG_ACCESS.retryJob, '', MSG_ACCESS.retryStuck(attempts + 1), MSG_ACCESS.retryStuckTodo, admins);
  return pass.recorded.length;
}

interface RetryPass {
  recorded: Handled[];
  /** Rows set aside in this pass: where they are now, and their id. */
  setAside: { row: number; id: string }[];
  /** Why the pass stopped early, if it did. */
  failure?: unknown;
  /** Rows left for the next execution (this one recorded RETRY_PER_EXECUTION). */
  more?: boolean;
}

/** One pass over «Chờ xử lý» under the document lock: record what it can, mark what it cannot read. */
function retryRows(config: Config): RetryPass {
  const pass: RetryPass = { recorded: [], setAside: [] };
  const sheet = ensureTab(PENDING);
  const last = sheet.getLastRow();
  if (last < 2) return pass;
  const rows = sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
  const done: number[] = [];
  const marked: { at: number; id: string }[] = [];
  for (const [i, row] of rows.entries()) {
    if (String(row[2]).startsWith(MSG_ACCESS.setAsideMark)) continue;
    const at = i + 2;
    if (pass.failure !== undefined) break;
    if (done.length === RETRY_PER_EXECUTION) {
      pass.more = true;
      break;
    }
    const saved = readPending(row);
    if (!saved) {
      sheet.getRange(at, 3).setValue(MSG_ACCESS.setAside);
      marked.push({ at, id: String(row[0]) });
      continue;
    }
    try {
      pass.recorded.push(handled(saved, record(saved, String(row[0]), asDate(row[1]), config)));
      done.push(at);
    } catch (err) {
      pass.failure = err; // Sheets failing: this row and the rest wait (a recorded row is recognised next time)
    }
  }
  for (let k = done.length - 1, n = 1; k >= 0; k -= n, n = 1) {
    while (k - n >= 0 && done[k - n] === (done[k] ?? 0) - n) n++;
    sheet.deleteRows((done[k] ?? 0) - n + 1, n); // runs of adjacent rows, bottom up
  }
  pass.setAside = marked.map(({ at, id }) => ({ row: at - done.filter((d) => d < at).length, id }));
  return pass;
}

/** A queued submission as queueForRetry wrote it, or null when the row is damaged (cut, edited, emptied). */
function readPending(row: unknown[]): Incoming | null {
  if (String(row[0]).trim() === '') return null;
  let saved: unknown;
  try {
    saved = JSON.parse(row.slice(3).map(String).join(''));
  } catch {
    return null;
  }
  const texts = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  const s = saved as Partial<Incoming> | null;
  const optional = (v: unknown) => v === undefined || typeof v === 'string';
  return s &&
    typeof s.sourceKey === 'string' &&
    texts(s.answers) &&
    texts(s.extra) &&
    optional(s.responseId) &&
    optional(s.editUrl)
    ? (s as Incoming)
    : null;
}

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date());
