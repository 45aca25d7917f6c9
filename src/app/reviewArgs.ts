// Schemas (#shared/schema) for every argument the sidebar sends: the server trusts nothing that crosses google.script.run.
import * as z from '#shared/schema';
import { FIELD_CODES, STATUSES, UNIT_TYPE_CODES, RECOGNITIONS } from '#shared/codes';
import type { FieldCode, Recognition, Status, UnitType } from '#shared/codes';
import type { DeedFilter, ReviewAction } from '#contract';

// Codes and patterns as custom checks.
const codes = <T extends string>(list: readonly T[]) => z.custom<T>((v) => list.includes(v as T));
const matching = (pattern: RegExp) => z.string().check(z.refine((v) => pattern.test(v)));

const id = matching(/^VT-[0-9a-f]{12}$/);
/** A whole number from `min` to `max`. */
const int = (min: number, max = Infinity) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max));
const row = z.optional(int(2));
const field = codes<FieldCode>(FIELD_CODES);
const recognition = codes(Object.keys(RECOGNITIONS) as Recognition[]);
const shortText = (max: number) => z.string().check(z.maxLength(max));

export const filterSchema = z.object({
  month: matching(/^(\d{4}-\d{2}|\*)$/), // or ALL_MONTHS
  week: z.optional(matching(/^\d{4}-W\d{2}$/)),
  unitType: z.optional(codes<UnitType>(UNIT_TYPE_CODES)),
  unitCode: z.optional(shortText(100)),
  field: z.optional(field),
  status: z.optional(codes(Object.keys(STATUSES) as Status[])),
  recognition: z.optional(recognition),
  search: z.optional(shortText(200)),
});

export const listArgs = z.object({
  filter: filterSchema,
  offset: int(0),
  limit: int(1, 100),
  from: row,
});

export const getArgs = z.object({ id, row });

// A plain union: each option's `kind` is a literal, so exactly one can match, and a wrong field of the right kind is
// named («action.reason»).
const action = z.union([
  z.object({ kind: z.literal('accept'), reverse: z.optional(z.boolean()) }),
  z.object({ kind: z.literal('request_info'), message: shortText(2000) }),
  z.object({ kind: z.literal('reject'), reason: shortText(2000), reverse: z.optional(z.boolean()) }),
  z.object({ kind: z.literal('set_field'), field }),
  z.object({ kind: z.literal('mark'), recognition, on: z.boolean(), period: z.optional(shortText(10)) }),
  z.object({ kind: z.literal('note'), note: shortText(2000) }),
  z.object({ kind: z.literal('duplicate'), same: z.boolean() }),
  z.object({ kind: z.literal('set_title'), title: shortText(200) }),
]);

export const reviewArgs = z.object({
  id,
  row,
  version: int(1),
  action,
});

const commendation = codes<'thu_khen' | 'giay_khen'>(['thu_khen', 'giay_khen']);

export const suggestionArgs = z.object({
  key: shortText(300),
  accept: z.boolean(),
  reason: z.optional(shortText(2000)),
});

export const historyArgs = z.union([
  z.object({ performerKey: shortText(300) }),
  z.object({ unitCode: shortText(100) }),
]);

/** Lengths and the date's meaning are checked by the handler, with messages a person can act on. */
export const decisionArgs = z.object({
  id,
  row,
  version: int(1),
  recognition: commendation,
  number: shortText(500),
  date: matching(/^\d{4}-\d{2}-\d{2}$/),
  level: shortText(500),
});

export const draftArgs = z.object({ id, recognition: commendation });

// The schemas must produce the contract's types: these lines stop compiling if the two drift apart.
type Assert<T extends true> = T;
type Fits<A, B> = [A] extends [B] ? true : false;
export type FilterFitsContract = Assert<Fits<z.Infer<typeof filterSchema>, DeedFilter>>;
export type ActionFitsContract = Assert<Fits<z.Infer<typeof action>, ReviewAction>>;
