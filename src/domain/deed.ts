// A stored deed: the record built from a valid submission, as a row of the "Việc tốt" tab (domain/tabs.ts).
import { FIELDS, NATURES, PERFORMER_KINDS, STATUSES } from '#shared/codes';
import type { FieldCode } from '#shared/codes';
import { isoDate, monthKey } from './calendar';
import { encodeDetails } from './detailsCell';
import type { Categorisation } from './categorise';
import type { Submission } from './submission';
import { DEED } from './tabs';
import type { DeedKey } from './tabs';

export type CellValue = string | number | boolean | Date;
export type DeedRow = Record<DeedKey, CellValue>;

export function deedToRow(d: DeedRow): CellValue[] {
  return DEED.keys.map((key) => d[key]);
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
    details: encodeDetails({ ...s, startDate: s.startDate ? isoDate(s.startDate) : '' }), // the answers it names
    doneOn: args.toCellDate(s.doneOn),
    month: monthKey(s.doneOn),
    email: s.email,
    status: STATUSES.moi,
    honours: '',
    media: '',
    note: '',
    reviewer: '',
    reviewedAt: '',
    version: 1,
    duplicateOf: '',
  };
}
