// Promise-returning, type-checked proxy over google.script.run: `await api.listDeeds(args)` resolves to the Result.
import type { ErrorCode, Result } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';

/** The slice of google.script.run the sidebar uses (developers.google.com/apps-script/guides/html/reference/run). */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}
/** Every server function is reachable by name on a runner; its arguments must be plain JSON. */
type Runner = ScriptRun & { [fn: string]: (...args: unknown[]) => void };

declare const google: { script?: { run?: ScriptRun } } | undefined;

/** Each server function, returning a promise of its Result instead of taking handlers. */
export type Promised<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** Shown when the call never reached the server or the server crashed (google.script.run's failure handler). */
const CALL_FAILED = MSG_SIDEBAR.common.callFailed;

const failure = (code: ErrorCode, error: string): { ok: false; code: ErrorCode; error: string } => ({
  ok: false,
  code,
  error,
});

function defaultRun(): ScriptRun | undefined {
  return typeof google === 'undefined' ? undefined : google?.script?.run;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * A proxy whose methods are the server functions of T. A misspelt name or a wrong argument does not compile.
 * The promise never rejects: a failure (network, crash, a reply that is not a Result) becomes an 'internal' Result.
 */
export function serverProxy<T extends { [K in keyof T]: (...args: never[]) => Result<unknown> }>(
  getRun: () => ScriptRun | undefined = defaultRun,
): Promised<T> {
  const call =
    (name: string) =>
    (...args: unknown[]): Promise<Result<unknown>> =>
      new Promise((resolve) => {
        const run = getRun() as Runner | undefined;
        const fn = run?.[name];
        if (!run || typeof fn !== 'function') {
          resolve(failure('internal', CALL_FAILED));
          return;
        }
        const runner = run
          .withSuccessHandler((value) => resolve(isResult(value) ? value : failure('internal', CALL_FAILED)))
          .withFailureHandler((error) => {
            console.error(`google.script.run.${name} failed:`, error);
            resolve(failure('internal', CALL_FAILED));
          }) as Runner;
        try {
          (runner[name] as (...a: unknown[]) => void)(...args);
        } catch (error) {
          // Apps Script throws synchronously when an argument cannot be carried (a Date, a function…).
          console.error(`google.script.run.${name} refused its arguments:`, error);
          resolve(failure('internal', CALL_FAILED));
        }
      });
  return new Proxy({} as Promised<T>, {
    get: (_target, name) => (typeof name === 'string' ? call(name) : undefined),
  });
}
