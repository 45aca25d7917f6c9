// Checks for every value that crosses a trust boundary (the sidebar's arguments, form answers, «Cấu hình» cells): the
// part of zod/mini's API the add-on used, under zod's names and with its behaviour, in 1.3 KB of the bundle, not 18.5 KB.

/** One problem, at the path of the value that has it («action», «filter.month»; [] for the whole input). */
export interface Issue {
  readonly path: readonly string[];
  readonly message: string;
  /** A failed check or code, not a wrong kind: zod's `continue`, which a union reads (below). */
  readonly continue?: boolean;
}
/** A sentence, or one made from the input that failed (zod's `{ error }`). */
type Message = string | { error: (issue: { input: unknown }) => string };
/** A test a value of T must pass once its type is right; every check runs, as in zod. */
export interface Check<T> {
  readonly test: (value: T) => boolean;
  readonly message?: Message | undefined;
}
type Run<T> = (input: unknown, path: string[], issues: Issue[]) => T;
export interface Schema<T> {
  /** Adds an issue for each problem of `input` and returns the value to keep. */
  readonly run: Run<T>;
  check(...checks: Check<T>[]): Schema<T>;
}
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Only a settings cell of a kind its schema names no sentence for shows this one, after the setting's name. */
const INVALID = 'không đúng kiểu giá trị.';

function schema<T>(run: Run<T>): Schema<T> {
  return {
    run,
    check: (...checks) =>
      schema((input, path, issues) => {
        const before = issues.length;
        const value = run(input, path, issues);
        if (issues.slice(before).some((i) => !i.continue)) return value;
        for (const { test, message = INVALID } of checks)
          if (!test(value))
            issues.push({
              path,
              message: typeof message === 'string' ? message : message.error({ input }),
              continue: true,
            });
        return value;
      }),
  };
}

/** zod's parameters of a schema: the sentence for an input of the wrong kind. */
type Params = { error?: string } | undefined;
/** A value passing `test` as it comes (a code); a failure is of the same kind as a wrong type's (zod's). */
export const custom = <T>(test: (input: unknown) => boolean, params?: Params): Schema<T> =>
  schema((input, path, issues) => {
    if (!test(input)) issues.push({ path, message: params?.error ?? INVALID });
    return input as T;
  });
export const string = (params?: Params) => custom<string>((v) => typeof v === 'string', params);
/** A finite number, as zod's: NaN and ±Infinity are refused. */
export const number = (params?: Params) => custom<number>((v) => typeof v === 'number' && Number.isFinite(v), params);
export const boolean = (params?: Params) => custom<boolean>((v) => typeof v === 'boolean', params);
export const unknown = () => custom<unknown>(() => true);
export const literal = <const T extends string>(value: T, params?: Params) => custom<T>((v) => v === value, params);

export const optional = <T>(inner: Schema<T>): Schema<T | undefined> =>
  schema((input, path, issues) => (input === undefined ? undefined : inner.run(input, path, issues)));

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

/** A plain object (not null, not an array) with each key checked; keys the shape does not name are dropped. */
export const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> =>
  schema((input, path, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      issues.push({ path, message: INVALID });
      return input as ObjectOf<S>;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(shape)) {
      const value = inner.run((input as Record<string, unknown>)[key], [...path, key], issues);
      if (key in input) out[key] = value;
    }
    return out as ObjectOf<S>;
  });

/**
 * The first option the input passes. When none does but exactly one failed only its checks (the right `kind`, a
 * reason too long), that option's issues, at their own paths («action.reason»); otherwise one at the union's path.
 */
export const union = <const O extends readonly Schema<unknown>[]>(options: O): Schema<Infer<O[number]>> =>
  schema((input, path, issues) => {
    const near: [unknown, Issue[]][] = [];
    for (const option of options) {
      const own: Issue[] = [];
      const value = option.run(input, path, own);
      if (own.length === 0) return value as Infer<O[number]>;
      if (own.every((i) => i.continue)) near.push([value, own]);
    }
    if (near.length === 1 && near[0]) {
      issues.push(...near[0][1]);
      return near[0][0] as Infer<O[number]>;
    }
    issues.push({ path, message: INVALID });
    return input as Infer<O[number]>;
  });

export const refine = <T>(test: (value: T) => boolean, message?: Message): Check<T> => ({ test, message });
export const minLength = (min: number, message?: Message): Check<string> => ({ test: (v) => v.length >= min, message });
export const maxLength = (max: number, message?: Message): Check<string> => ({ test: (v) => v.length <= max, message });

export type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };
export function safeParse<T>(s: Schema<T>, input: unknown): SafeParse<T> {
  const issues: Issue[] = [];
  const data = s.run(input, [], issues);
  return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
}
export function parse<T>(s: Schema<T>, input: unknown): T {
  const result = safeParse(s, input);
  if (!result.success) throw new Error(result.error.issues.map((i) => i.message).join(' '));
  return result.data;
}
