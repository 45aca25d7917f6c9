// Intake: one form submission → a categorised row in "Việc tốt", or the whole of it in "Cần bổ sung"
// with every reason; a repeated delivery of the same response is recognised and recorded once.
import { fitCell } from '../domain/cells';
import type { FieldCode } from '../domain/codes';
import { categorise, reconcileField } from '../domain/categorise';
import { newDeed, deedToRow, DEED_HEADERS } from '../domain/deed';
import type { CellValue } from '../domain/deed';
import { ANSWER_KEYS, answersFromNamedValues, QUESTIONS } from '../domain/form';
import type { Answers } from '../domain/form';
import { readSubmission, submissionKey } from '../domain/submission';
import { MSG } from '../ui/messages';
import { loadConfig, unitsByName } from './config';
import { TIME_ZONE, dateAtMidnight, digestId, today } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { trySend } from '../gas/mail';
import { TAB, appendRows, ensureTab, hasIdInFirstColumn } from '../gas/sheets';

export type IntakeStatus = 'stored' | 'needs_fix' | 'duplicate';
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
export const NEEDS_FIX_OPEN = 'Chờ bổ sung';

interface Incoming {
  answers: Answers;
  /** Answers to questions the form definition does not know: kept with the raw answers. */
  extra: Record<string, string>;
  /** Identifies the response across repeated deliveries and both kinds of event. */
  sourceKey: string;
}

/** The spreadsheet-bound event: namedValues by question title (values by column order as a fallback). */
export function fromSheetEvent(e: GoogleAppsScript.Events.SheetsOnFormSubmit): Incoming {
  const named =
    e.namedValues && Object.keys(e.namedValues).length > 0 ? e.namedValues : byQuestionOrder(e.values ?? []);
  const { answers, extra } = answersFromNamedValues(named);
  return { answers, extra, sourceKey: submissionKey(sheetTimestamp(e.values?.[0] ?? ''), answers, extra) };
}

/** The response sheet shows its timestamp as "27/11/2026 9:05:33" (vi_VN): read it to the second. */
function sheetTimestamp(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return text;
  const p2 = (v: string | undefined) => (v ?? '').padStart(2, '0');
  return `${m[3]}-${p2(m[2])}-${p2(m[1])}T${p2(m[4])}:${m[5]}:${m[6]}`;
}

/** The form-bound event: the FormResponse itself. */
export function fromFormEvent(e: GoogleAppsScript.Events.FormsOnFormSubmit): Incoming {
  const named: Record<string, string[]> = {};
  for (const item of e.response.getItemResponses()) {
    const value = item.getResponse();
    named[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  const { answers, extra } = answersFromNamedValues(named);
  const timestamp = Utilities.formatDate(e.response.getTimestamp(), TIME_ZONE, "yyyy-MM-dd'T'HH:mm:ss");
  return { answers, extra, sourceKey: submissionKey(timestamp, answers, extra) };
}

function byQuestionOrder(values: readonly string[]): Record<string, string[]> {
  return Object.fromEntries(QUESTIONS.map((q, i) => [q.title, [values[i + 1] ?? '']]));
}

export function intake(incoming: Incoming): IntakeResult {
  const id = digestId('VT', incoming.sourceKey);
  const hasAnswer = ANSWER_KEYS.some((k) => (incoming.answers[k] ?? '').trim() !== '');
  if (!hasAnswer && Object.keys(incoming.extra).length === 0) {
    console.warn(MSG.emptyEvent);
    return { status: 'duplicate', id, reasons: [MSG.emptyEvent] };
  }
  const config = loadConfig();
  const receivedAt = new Date();
  const read = readSubmission(incoming.answers, { unitsByName: unitsByName(config.units), today: today() });

  const result = withDocumentLock((): IntakeResult => {
    const deeds = ensureTab(TAB.deeds, DEED_HEADERS);
    const needsFix = ensureTab(TAB.needsFix, NEEDS_FIX_HEADERS);
    if (hasIdInFirstColumn(deeds, id) || hasIdInFirstColumn(needsFix, id))
      return { status: 'duplicate', id, reasons: [] };

    const overflow: CellValue[][] = [];
    const fit = (column: string, text: string) => {
      const fitted = fitCell(text);
      fitted.parts.forEach((part, i) => overflow.push([id, column, i + 1, part]));
      return fitted.cell;
    };

    if (!read.ok) {
      const raw = JSON.stringify({ answers: incoming.answers, extra: incoming.extra });
      appendRows(needsFix, [
        [
          id,
          receivedAt,
          fit('Đơn vị', incoming.answers.unit ?? ''),
          fit('Tên việc tốt', incoming.answers.title ?? ''),
          read.reasons.join('\n'),
          fit('Email', incoming.answers.email ?? ''),
          fit('JSON', raw),
          NEEDS_FIX_OPEN,
        ],
      ]);
      if (overflow.length > 0) appendRows(ensureTab(TAB.longText, LONG_TEXT_HEADERS), overflow);
      return { status: 'needs_fix', id, reasons: read.reasons };
    }

    const s = read.submission;
    const auto = categorise({ unitType: s.unit.unitType, title: s.title, description: s.description });
    const chosen = reconcileField(s.submittedField, auto);
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
    appendRows(deeds, [deedToRow(row)]);
    if (overflow.length > 0) appendRows(ensureTab(TAB.longText, LONG_TEXT_HEADERS), overflow);
    return { status: 'stored', id, field: chosen.field, reasons: chosen.flagged ? [chosen.reason] : [] };
  });

  if (result.status === 'needs_fix') notifySubmitter(incoming.answers, result.reasons, config.settings?.organisation);
  return result;
}

function notifySubmitter(answers: Answers, reasons: readonly string[], organisation = ''): void {
  const to = (answers.email ?? '').trim();
  if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(to)) return;
  const title = (answers.title ?? '').trim().slice(0, 120) || '(chưa có tên)';
  trySend({
    to,
    subject: MSG.fixMailSubject(title),
    body: MSG.fixMailBody(organisation, title, reasons),
    name: organisation,
  });
}
