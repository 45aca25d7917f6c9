// Reads one form submission: normalises every answer, validates it (#shared/schema, Vietnamese messages)
// and resolves the unit — the result is a clean Submission or the full list of reasons to fix.
import * as z from '#shared/schema';
import { isEmail } from './email';
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, codeByLabel, fieldByLabel } from '#shared/codes';
import type { FieldCode, Nature, PerformerKind, Proposal, UnitType } from '#shared/codes';
import { dayNumber, isoDate, parseLocalDate, viDate } from './calendar';
import type { LocalDate } from './calendar';
import { ANSWER_KEYS, FIELD_OTHER, QUESTIONS } from './form';
import type { AnswerKey, Answers } from './form';
import { cleanLine, cleanParagraphs } from './text';
import * as MSG from '#shared/messages/general';

export interface Unit {
  code: string;
  name: string;
  unitType: UnitType;
  parent: string;
  email: string;
  active: boolean;
}

export interface Submission {
  unit: Unit;
  performerKind: PerformerKind;
  performerName: string;
  performerRole: string;
  title: string;
  description: string;
  /** The field the unit chose; undefined when left empty or "Khác". */
  submittedField: FieldCode | undefined;
  nature: Nature;
  startDate: LocalDate | undefined;
  doneOn: LocalDate;
  place: string;
  beneficiaries: string;
  evidence: string;
  proposal: Proposal;
  email: string;
  phone: string;
}

export interface ReadContext {
  /** Active and inactive units by their exact (NFC, trimmed) name. */
  unitsByName: ReadonlyMap<string, Unit>;
  today: LocalDate;
}

export type ReadResult = { ok: true; submission: Submission } | { ok: false; reasons: string[] };

/** The campaign began in 2017 (the seed); a date before that is a typing mistake. */
const EARLIEST = { year: 2017, month: 1, day: 1 };
const PARAGRAPH_KEYS: ReadonlySet<AnswerKey> = new Set(['description']);

/** Trim, NFC, collapse spaces; missing answers become ''. */
export function normaliseAnswers(raw: Answers): Record<AnswerKey, string> {
  const out = {} as Record<AnswerKey, string>;
  for (const key of ANSWER_KEYS) {
    const value = raw[key] ?? '';
    out[key] = PARAGRAPH_KEYS.has(key) ? cleanParagraphs(value) : cleanLine(value);
  }
  return out;
}

const text = (label: string, min: number, max: number) =>
  z.string().check(z.minLength(min, MSG.tooShort(label, min)), z.maxLength(max, MSG.tooLong(label, max)));
const optionalText = (label: string, max: number) => z.string().check(z.maxLength(max, MSG.tooLong(label, max)));
const oneOf = (label: string, table: Record<string, string>, required: boolean) =>
  z.string().check(
    z.refine((v) => (v === '' ? !required : Object.values(table).includes(v)), {
      error: (issue) => (issue.input === '' ? MSG.required(label) : MSG.notAChoice(label, Object.values(table))),
    }),
  );
const dateAnswer = (label: string, required: boolean) =>
  z.string().check(
    z.refine((v) => (v === '' ? !required : parseLocalDate(v) !== undefined), {
      error: (issue) => (issue.input === '' ? MSG.required(label) : MSG.badDate(label)),
    }),
  );

/** A question's title in the form: messages name the question as people saw it. */
const q = (key: AnswerKey) => QUESTIONS.find((x) => x.key === key)!.title;

/** Every answer checked on its own; cross-field rules come after. Messages name the question. */
const answersSchema = z.object({
  unit: z.string().check(z.minLength(1, MSG.required(q('unit')))),
  performerKind: oneOf(q('performerKind'), PERFORMER_KINDS, true),
  performerName: text(q('performerName'), 2, 200),
  performerRole: optionalText(q('performerRole'), 200),
  title: text(q('title'), 5, 200),
  description: text(q('description'), 20, 1_000_000),
  field: z
    .string()
    .check(
      z.refine((v) => v === '' || fieldByLabel(v) !== undefined, MSG.notAChoice('Lĩnh vực', Object.values(FIELDS))),
    ),
  nature: oneOf(q('nature'), NATURES, true),
  startDate: dateAnswer('Ngày bắt đầu', false),
  doneOn: dateAnswer(q('doneOn'), true),
  place: optionalText(q('place'), 300),
  beneficiaries: optionalText(q('beneficiaries'), 500),
  evidence: z.string().check(
    z.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), MSG.badLink),
    z.maxLength(2000, MSG.badLink),
  ),
  proposal: oneOf(q('proposal'), PROPOSALS, false),
  email: z.string().check(z.refine((v) => v === '' || isEmail(v), MSG.badEmail)),
  phone: z.string().check(z.refine((v) => v === '' || /^(\+?84|0)\d{8,10}$/.test(normalisePhone(v)), MSG.badPhone)),
});

/** Normalise, validate and resolve one set of answers. Collects every reason, not just the first. */
export function readSubmission(raw: Answers, ctx: ReadContext): ReadResult {
  const a = normaliseAnswers(raw);
  const parsed = z.safeParse(answersSchema, a);
  const reasons = parsed.success ? [] : parsed.error.issues.map((i) => i.message);

  const unit = ctx.unitsByName.get(a.unit);
  if (a.unit !== '' && !unit) reasons.push(MSG.unknownUnit(a.unit));
  else if (unit && !unit.active) reasons.push(MSG.inactiveUnit(unit.name));

  const doneOn = parseLocalDate(a.doneOn);
  const startDate = a.startDate === '' ? undefined : parseLocalDate(a.startDate);
  const nature = codeByLabel(NATURES, a.nature);
  const proposal = codeByLabel(PROPOSALS, a.proposal) ?? 'none';
  if (doneOn) {
    if (dayNumber(doneOn) > dayNumber(ctx.today)) reasons.push(MSG.futureDate(viDate(doneOn)));
    if (dayNumber(doneOn) < dayNumber(EARLIEST)) reasons.push(MSG.tooOldDate);
  }
  if (nature === 'thuong_xuyen' && a.startDate === '') reasons.push(MSG.startDateNeeded);
  if (startDate && doneOn && dayNumber(startDate) > dayNumber(doneOn)) reasons.push(MSG.startAfterDone);
  if (proposal === 'thu_khen' && nature === 'thuong_xuyen') reasons.push(MSG.thuKhenNeedsDotXuat);
  if (proposal === 'giay_khen' && nature === 'dot_xuat') reasons.push(MSG.giayKhenNeedsThuongXuyen);

  if (reasons.length > 0 || !unit || !doneOn || !nature) return { ok: false, reasons: unique(reasons) };
  const field = fieldByLabel(a.field);
  return {
    ok: true,
    submission: {
      unit,
      performerKind: codeByLabel(PERFORMER_KINDS, a.performerKind) ?? 'ca_nhan',
      performerName: a.performerName,
      performerRole: a.performerRole,
      title: a.title,
      description: a.description,
      submittedField: a.field === FIELD_OTHER ? undefined : field,
      nature,
      startDate: nature === 'thuong_xuyen' ? startDate : undefined,
      doneOn,
      place: a.place,
      beneficiaries: a.beneficiaries,
      evidence: a.evidence,
      proposal,
      email: a.email,
      phone: normalisePhone(a.phone),
    },
  };
}

/**
 * Phone numbers arrive as typed, or as the linked response sheet displays them after it took them for
 * numbers (a known Forms/Sheets behaviour: "0912 345 678" shows as 912345678). Give the 0 back.
 */
export function normalisePhone(phone: string): string {
  const compact = phone.replace(/[\s.()-]/g, '');
  return /^[1-9]\d{8}$/.test(compact) ? `0${compact}` : compact;
}

/**
 * The same response gives the same key whichever way it arrives (spreadsheet- or form-bound event,
 * a second delivery of either): its timestamp to the second and its normalised answers.
 */
export function submissionKey(timestamp: string, raw: Answers, extra: Record<string, string>): string {
  const a = normaliseAnswers(raw);
  const date = (v: string) => {
    const d = parseLocalDate(v);
    return d ? isoDate(d) : v;
  };
  return JSON.stringify([
    timestamp,
    { ...a, doneOn: date(a.doneOn), startDate: date(a.startDate), phone: normalisePhone(a.phone) },
    extra,
  ]);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
