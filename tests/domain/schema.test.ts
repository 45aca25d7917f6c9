// src/shared/schema.ts took zod/mini's place in the bundle: every construct the add-on uses, built once with each,
// must accept and refuse the same inputs, keep the same value, and put its issues at the same paths.
import fc from 'fast-check';
import * as zod from 'zod/mini';
import * as ours from '#shared/schema';

const KINDS = ['accept', 'reject', 'set_field'] as const;

/** The same schemas from either module (they share zod/mini's names): each kind of construct the add-on builds. */
function schemas(z: typeof ours) {
  const code = z.custom<string>((v) => (['a', 'b'] as unknown[]).includes(v));
  const id = z.string().check(z.refine((v: string) => /^VT-\d$/.test(v)));
  const count = z.number().check(z.refine((n: number) => Number.isInteger(n) && n >= 1));
  return {
    args: z.object({
      id,
      row: z.optional(count),
      code: z.optional(code),
      note: z.optional(z.string().check(z.maxLength(3))),
      filter: z.object({ month: id, flag: z.optional(z.boolean()) }),
      action: z.union([
        z.object({ kind: z.literal(KINDS[0]), reverse: z.optional(z.boolean()) }),
        z.object({ kind: z.literal(KINDS[1]), reason: z.string().check(z.maxLength(3)) }),
        z.object({ kind: z.literal(KINDS[2]), field: code }),
      ]),
    }),
    answer: z.string().check(
      z.minLength(2, 'ngắn'),
      z.maxLength(4, 'dài'),
      z.refine((v: string) => !v.includes('x'), { error: (issue) => `có x: ${String(issue.input)}` }),
    ),
    cell: z.union([z.number(), z.string()]).check(z.refine((v: number | string) => Number(v) > 0, 'âm')),
    none: z.optional(z.unknown()),
  };
}
const theirs = schemas(zod as unknown as typeof ours);
const mine = schemas(ours);

const scalar = fc.oneof(
  fc.constantFrom('VT-1', 'VT-x', 'a', 'b', 'c', '', 'xx', 'abc', 'abcde', ...KINDS, '2', '-3'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(0, 1, 2, -1, 1.5, NaN, Infinity, true, false, null, undefined),
);
const KEYS = ['id', 'row', 'code', 'note', 'filter', 'month', 'flag', 'action', 'kind', 'reverse', 'reason', 'field'];
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, tie('obj'), fc.array(scalar, { maxLength: 2 })),
  obj: fc.dictionary(fc.constantFrom(...KEYS), tie('any'), { maxKeys: 7 }),
})).any;
/** Inputs near the `args` shape, so that the well-formed and the almost well-formed are both common. */
const pick = (good: unknown) => fc.oneof({ weight: 5, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: scalar });
const near = fc.oneof(
  value,
  fc.record(
    {
      id: pick('VT-1'),
      row: pick(2),
      code: pick('a'),
      note: pick('ok'),
      extra: scalar,
      filter: fc.oneof(scalar, fc.record({ month: pick('VT-2'), flag: pick(true) }, { requiredKeys: ['month'] })),
      action: fc.oneof(
        scalar,
        fc.record(
          { kind: fc.constantFrom(...KINDS, 'mark'), reverse: pick(false), reason: pick('ok'), field: pick('b') },
          { requiredKeys: ['kind'] },
        ),
      ),
    },
    { requiredKeys: ['id', 'filter', 'action'] },
  ),
);

function outcome(parse: typeof ours.safeParse, s: ours.Schema<unknown>, input: unknown) {
  const r = parse(s, input);
  return r.success
    ? { ok: true, data: r.data }
    : { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
const zodParse = zod.safeParse as unknown as typeof ours.safeParse;

describe('schema (zod/mini parity)', () => {
  it.each(Object.keys(mine) as (keyof typeof mine)[])('%s: same verdict, value and issue paths as zod/mini', (name) => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(near, (input) => {
        const a = outcome(zodParse, theirs[name], input);
        const b = outcome(ours.safeParse, mine[name], input);
        expect(b.ok).toBe(a.ok);
        if (a.ok) accepted++;
        else refused++;
        if (a.ok) expect(b.data).toStrictEqual(a.data);
        // zod also runs a length check on a value of the wrong kind that has a length (an array): one more issue at
        // the same path. Ours stops at the wrong kind; the paths a caller is told are the same.
        else expect(new Set(b.issues?.map((i) => i.path))).toEqual(new Set(a.issues?.map((i) => i.path)));
      }),
      { numRuns: 3000 },
    );
    // Both verdicts are common (`none` takes anything), so the comparison tells something either way.
    expect(accepted).toBeGreaterThan(10);
    if (name !== 'none') expect(refused).toBeGreaterThan(10);
  });

  it('accepts a well-formed argument, dropping keys the shape does not name', () => {
    const input = { id: 'VT-1', row: 2, extra: 1, filter: { month: 'VT-2' }, action: { kind: 'reject', reason: 'ok' } };
    expect(ours.safeParse(mine.args, input)).toEqual(zodParse(theirs.args, input));
    expect(ours.parse(mine.args, input)).toEqual({
      id: 'VT-1',
      row: 2,
      filter: { month: 'VT-2' },
      action: { kind: 'reject', reason: 'ok' },
    });
  });

  it('gives our messages, every failed check one, and refuses a wrong kind without running the checks', () => {
    const messages = (input: unknown) => {
      const r = ours.safeParse(mine.answer, input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages('x')).toEqual(['ngắn', 'có x: x']);
    expect(messages('abxde')).toEqual(['dài', 'có x: abxde']);
    expect(messages(5)).toEqual(['không đúng kiểu giá trị.']);
    expect(() => ours.parse(mine.cell, '-1')).toThrow('âm');
    const typed = (z: typeof ours) => z.string({ error: 'phải là chữ.' }).check(z.maxLength(1, 'dài'));
    for (const input of [5, 'ab'])
      expect(outcome(ours.safeParse, typed(ours), input)).toEqual(outcome(zodParse, typed(zod as never), input));
  });
});
