// The sidebar's google.script.run proxy (src/ui/client/api.ts) on a fake runner: results, failures, and typing.
import { SERVER_FUNCTIONS } from '#contract';
import type { Result, ServerApi } from '#contract';
import { MSG_SIDEBAR } from '../../src/shared/clientMessages';
import { serverProxy } from '../../src/ui/client/api';
import type { ScriptRun } from '../../src/ui/client/api';

type Reply = { value: unknown } | { error: Error } | { throws: Error };

/** A google.script.run look-alike: every call is recorded and answered with `reply`. */
function fakeRun(reply: (fn: string, args: unknown[]) => Reply) {
  const calls: { fn: string; args: unknown[] }[] = [];
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get: (_t, name: string) => {
        if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => make(h, fail);
        if (name === 'withFailureHandler') return (h: (e: unknown) => void) => make(ok, h);
        return (...args: unknown[]) => {
          calls.push({ fn: name, args });
          const r = reply(name, args);
          if ('throws' in r) throw r.throws;
          queueMicrotask(() => ('value' in r ? ok?.(r.value) : fail?.(r.error)));
        };
      },
    });
  return { run: make(), calls };
}

const internal: Result<never> = { ok: false, code: 'internal', error: MSG_SIDEBAR.common.callFailed };

describe('serverProxy', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  test('calls the server function by name with its argument and resolves to its Result', async () => {
    const page = { items: [], total: 0, offset: 0, statusCounts: {} };
    const { run, calls } = fakeRun(() => ({ value: { ok: true, value: page } }));
    const api = serverProxy<ServerApi>(() => run);
    const args = { filter: { month: '2026-11' }, offset: 0, limit: 20 };
    await expect(api.listDeeds(args)).resolves.toEqual({ ok: true, value: page });
    expect(calls).toEqual([{ fn: 'listDeeds', args: [args] }]);
  });

  test('passes a refusal through untouched', async () => {
    const refusal = { ok: false, code: 'stale', error: 'Việc tốt này vừa được người khác thay đổi.' };
    const { run } = fakeRun(() => ({ value: refusal }));
    const api = serverProxy<ServerApi>(() => run);
    await expect(api.getDeed({ id: 'VT-000000000001' })).resolves.toEqual(refusal);
  });

  test('a failure handler call (network, crash) becomes an internal Result in Vietnamese', async () => {
    const { run } = fakeRun(() => ({ error: new Error('ScriptError: We are sorry, a server error occurred.') }));
    const api = serverProxy<ServerApi>(() => run);
    await expect(api.getSidebarState()).resolves.toEqual(internal);
  });

  test('a reply that is not a Result, a synchronous throw, or no google.script.run at all: internal', async () => {
    await expect(serverProxy<ServerApi>(() => fakeRun(() => ({ value: null })).run).getSidebarState()).resolves.toEqual(
      internal,
    );
    const throwing = fakeRun(() => ({ throws: new TypeError('Failed due to illegal value in property: 0') })).run;
    await expect(serverProxy<ServerApi>(() => throwing).getSidebarState()).resolves.toEqual(internal);
    await expect(serverProxy<ServerApi>(() => undefined).getSidebarState()).resolves.toEqual(internal);
    await expect(serverProxy<ServerApi>().getSidebarState()).resolves.toEqual(internal); // no global google here
  });

  test('a misspelt name, which does not compile, reaches nothing at run time and resolves to internal', async () => {
    const { run, calls } = fakeRun(() => ({ value: { ok: true, value: null } }));
    // Apps Script's google.script.run has a method per top-level server function, and nothing else.
    const served = new Proxy(run, {
      get: (target, name: string) =>
        name.startsWith('with') || (SERVER_FUNCTIONS as readonly string[]).includes(name)
          ? (target as unknown as Record<string, unknown>)[name]
          : undefined,
    });
    const api = serverProxy<ServerApi>(() => served);
    // @ts-expect-error a misspelt server function does not compile (npm run typecheck)
    await expect(api.listDeed({ filter: { month: '2026-11' }, offset: 0, limit: 20 })).resolves.toEqual(internal);
    expect(calls).toEqual([]);
    await expect(api.getLadder()).resolves.toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ fn: 'getLadder', args: [] }]);
    // The compiler refuses these too; at run time they go to the server, whose schemas refuse them (reviewArgs).
    // @ts-expect-error a wrong argument type does not compile
    await api.getDeed({ id: 42 });
    // @ts-expect-error an unknown review action does not compile
    await api.reviewDeed({ id: 'VT-000000000001', version: 1, action: { kind: 'approve' } });
    expect(calls.map((c) => c.fn)).toEqual(['getLadder', 'getDeed', 'reviewDeed']);
  });
});
