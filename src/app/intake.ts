// Intake: one form submission → a categorised row in "Việc tốt", or the whole of it in "Cần bổ sung"
// with every reason; a repeated delivery of the same response is recognised and recorded once.
import { CELL_TEXT_LIMIT, fitCell } from '../domain/cells';
import type { FieldCode } from '../domain/codes';
import { categorise, reconcileField } from '../domain/categorise';
import { newDeed, deedToRow, DEED_HEADERS } from '../domain/deed';
import { dayNumber } from '../domain/calendar';
import { fingerprint } from '../domain/similarity';
import type { CellValue } from '../domain/deed';
import { ANSWER_KEYS, answersFromNamedValues } from '../domain/form';
import type { Answers } from '../domain/form';
import { readSubmission, submissionKey } from '../domain/submission';
import { MSG } from '../ui/messages';
import { loadConfig, unitsByName } from './config';
import type { Config } from './config';
import { earlierDuplicate, loadIndex, saveIndex } from './duplicates';
import { queueAndSend } from './outbox';
import { TIME_ZONE, dateAtMidnight, digestId, today } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { TAB, appendRows, ensureTab, hasIdInFirstColumn } from '../gas/sheets';

export type IntakeStatus = 'stored' | 'needs_fix' | 'duplicate' | 'queued';
export interface IntakeResult {
  status: IntakeStatus;
  id: string;
  field?: FieldCode;
  reasons: string[];
}

export const NEEDS_FIX_HEADERS = [
  'Mã',
  'Thời điểm nhận',
  'Đơn vị (như đã gửi)',
  'Tên việc tốt (như đã gửi)',
  'Lý do cần bổ sung',
  'Email liên hệ',
  'Toàn bộ câu trả lời (JSON)',
  'Trạng thái',
];
export const LONG_TEXT_HEADERS = ['Mã', 'Cột', 'Phần', 'Văn bản'];
export const PENDING_HEADERS = ['Mã', 'Thời điểm nhận', 'Lý do chờ', 'Dữ liệu (JSON, có thể nhiều ô)'];
export const NEEDS_FIX_OPEN = 'Chờ bổ sung';
/** The entry point (main.ts) that records queued submissions. */
const RETRY_HANDLER = 'retryPending';
const scheduleRetry = () => ensureOneTimeTrigger(RETRY_HANDLER, 60_000);

export interface Incoming {
  answers: Answers;
  /** Answers to questions the form definition does not know: kept with the raw answers. */
  extra: Record<string, string>;
  /** Identifies the response across repeated deliveries and both kinds of event. */
  sourceKey: string;
}

/** A FormResponse's answers, as the unit typed them, and its key: what every path records from. */
export function fromResponse(response: GoogleAppsScript.Forms.FormResponse): Incoming {
  const named: Record<string, string[]> = {};
  for (const item of response.getItemResponses()) {
    const value = item.getResponse();
    named[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  const { answers, extra } = answersFromNamedValues(named);
  const timestamp = Utilities.formatDate(response.getTimestamp(), TIME_ZONE, "yyyy-MM-dd'T'HH:mm:ss");
  return { answers, extra, sourceKey: submissionKey(timestamp, answers, extra) };
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
  const found = FormApp.openByUrl(url)
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

/** The deed's id: the same for every delivery of one response. */
export const idOf = (incoming: Incoming): string => digestId('VT', incoming.sourceKey);

export function intake(incoming: Incoming): IntakeResult {
  const id = idOf(incoming);
  if (!hasAnswers(incoming)) {
    console.warn(MSG.emptyEvent);
    return { status: 'duplicate', id, reasons: [MSG.emptyEvent] };
  }
  const config = loadConfig();
  let result: IntakeResult;
  try {
    result = withDocumentLock(() => record(incoming, id, new Date(), config));
  } catch (err) {
    // The lock timed out or Sheets failed half way: keep the submission whole for a later run.
    return queueForRetry(incoming, id, err);
  }
  if (result.status === 'needs_fix')
    notifySubmitter(id, incoming.answers, result.reasons, config.settings?.organisation);
  return result;
}

/** Writes one submission; the caller holds the document lock. A repeated delivery is recognised by its id. */
export function record(incoming: Incoming, id: string, receivedAt: Date, config: Config): IntakeResult {
  const deeds = ensureTab(TAB.deeds, DEED_HEADERS);
  const needsFix = ensureTab(TAB.needsFix, NEEDS_FIX_HEADERS);
  if (hasIdInFirstColumn(deeds, id) || hasIdInFirstColumn(needsFix, id))
    return { status: 'duplicate', id, reasons: [] };
  const read = readSubmission(incoming.answers, { unitsByName: unitsByName(config.units), today: today() });

  const overflow: CellValue[][] = [];
  const fit = (column: string, text: string) => {
    const fitted = fitCell(text);
    fitted.parts.forEach((part, i) => overflow.push([id, column, i + 1, part]));
    return fitted.cell;
  };
  const keepOverflow = () => {
    if (overflow.length > 0) appendRows(ensureTab(TAB.longText, LONG_TEXT_HEADERS), overflow);
  };

  if (!read.ok) {
    appendRows(needsFix, [
      [
        id,
        receivedAt,
        fit('Đơn vị', incoming.answers.unit ?? ''),
        fit('Tên việc tốt', incoming.answers.title ?? ''),
        read.reasons.join('\n'),
        fit('Email', incoming.answers.email ?? ''),
        fit('JSON', rawJson(incoming)),
        NEEDS_FIX_OPEN,
      ],
    ]);
    keepOverflow();
    return { status: 'needs_fix', id, reasons: read.reasons };
  }

  const s = read.submission;
  const auto = categorise({ unitType: s.unit.unitType, title: s.title, description: s.description });
  const chosen = reconcileField(s.submittedField, auto);
  const entry = { id, day: dayNumber(s.doneOn), print: fingerprint(s.title, s.description) };
  const index = guarded('read', () => loadIndex(deeds), null);
  const row = newDeed({
    id,
    receivedAt,
    submission: { ...s, description: fit('Nội dung', s.description) },
    categorisation: auto,
    field: chosen.field,
    fieldReason: chosen.reason,
    flagged: chosen.flagged,
    toCellDate: dateAtMidnight,
  });
  // A possible duplicate is only pointed out: the deed is stored all the same and the reviewer decides.
  row.duplicateOf = index ? earlierDuplicate(index, entry) : '';
  appendRows(deeds, [deedToRow(row)]);
  keepOverflow();
  if (index) guarded('save', () => saveIndex([...index, entry]), undefined);
  return { status: 'stored', id, field: chosen.field, reasons: chosen.flagged ? [chosen.reason] : [] };
}

/**
 * The duplicate check never costs a deed: when the cache or the rebuild fails, the deed is stored unchecked
 * (and the index left as it was, to be rebuilt whole rather than restarted from this one deed).
 */
function guarded<T>(what: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (err) {
    console.warn(`Duplicate index (${what}) failed: ${String(err instanceof Error ? err.message : err)}`);
    return fallback;
  }
}

const rawJson = (incoming: Incoming) => JSON.stringify({ answers: incoming.answers, extra: incoming.extra });

/**
 * The submission, whole, in «Chờ xử lý» (one appendRow: atomic, no lock needed), and a one-off trigger
 * that records it in a minute. If even that write fails the error propagates: Apps Script then emails
 * the trigger's owner, and the response itself stays in the form's response sheet.
 */
function queueForRetry(incoming: Incoming, id: string, err: unknown): IntakeResult {
  const reason = String(err instanceof Error ? err.message : err);
  console.warn(`Submission ${id} queued for retry: ${reason}`);
  const json = JSON.stringify({ sourceKey: incoming.sourceKey, answers: incoming.answers, extra: incoming.extra });
  const parts: string[] = [];
  for (let i = 0; i < json.length; i += CELL_TEXT_LIMIT) parts.push(json.slice(i, i + CELL_TEXT_LIMIT));
  appendRows(ensureTab(TAB.pending, PENDING_HEADERS), [[id, new Date(), reason, ...parts]]);
  scheduleRetry();
  return { status: 'queued', id, reasons: [MSG.queued] };
}

/**
 * The retry trigger: records every queued submission, oldest first, then clears the queue. When it
 * cannot (the lock is still busy), it schedules itself again and the queue stays as it was.
 */
export function retryPending(): number {
  removeTriggers(RETRY_HANDLER);
  const config = loadConfig();
  let outcome: { answers: Answers; result: IntakeResult }[];
  try {
    outcome = withDocumentLock(() => {
      const sheet = ensureTab(TAB.pending, PENDING_HEADERS);
      const last = sheet.getLastRow();
      if (last < 2) return [];
      const rows = sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).getValues();
      const results = rows.map((row) => {
        const saved = JSON.parse(row.slice(3).map(String).join('')) as Incoming;
        return { answers: saved.answers, result: record(saved, String(row[0]), asDate(row[1]), config) };
      });
      sheet.deleteRows(2, rows.length);
      return results;
    });
  } catch (err) {
    console.warn(`Retry failed, trying again later: ${String(err)}`);
    scheduleRetry();
    throw err;
  }
  for (const { answers, result } of outcome)
    if (result.status === 'needs_fix')
      notifySubmitter(result.id, answers, result.reasons, config.settings?.organisation);
  return outcome.length;
}

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date());

/** The «please complete» mail, through the outbox under the key `needs_fix|<id>`: never sent twice. */
export function notifySubmitter(id: string, answers: Answers, reasons: readonly string[], organisation = ''): void {
  const to = (answers.email ?? '').trim();
  if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(to)) return;
  const title = (answers.title ?? '').trim().slice(0, 120) || '(chưa có tên)';
  queueAndSend(
    {
      kind: 'needs_fix',
      period: id,
      to: [to],
      subject: MSG.fixMailSubject(title),
      body: MSG.fixMailBody(organisation, title, reasons),
    },
    organisation,
  );
}
