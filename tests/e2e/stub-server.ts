// A stub of the sidebar's server for browser tests: serves dist/Sidebar.html with a google.script.run bridge
// (POST /api/run {fn, args}, like the playground) answered from canned deeds under the real review rules.
// Run by hand: `npx tsx tests/e2e/stub-server.ts` then open http://127.0.0.1:8181/sidebar (?as=outsider).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as z from 'zod/mini';
import { getArgs, listArgs, reviewArgs } from '../../src/app/reviewArgs';
import { FIELDS, STATUSES, codeByLabel } from '../../src/domain/codes';
import type { FieldCode, Status } from '../../src/domain/codes';
import { blockedActions, decide, isSuspended, recognitionsOf } from '../../src/domain/review';
import type { ReviewState } from '../../src/domain/review';
import { fold } from '../../src/domain/text';
import type { DeedDetail, DeedFilter, DeedPage, Result, SidebarState } from '#contract';
import { summaryOf } from '#contract';
import { MSG_REVIEW } from '../../src/ui/messages';
import { CURRENT_MONTH, CURRENT_WEEK, TODAY, sampleDeeds, sampleUnits } from './fixtures';

const RULES = { giayKhenMinMonths: 3, currentWeek: CURRENT_WEEK, currentMonth: CURRENT_MONTH };
/** A copy of the deed as the real server sends it: with what the rules forbid now. */
const answer = (deed: DeedDetail): DeedDetail => ({
  ...structuredClone(deed),
  blocked: blockedActions(stateOf(deed), RULES),
});

export const REVIEWER = 'tuyengiao@cuchi.example';
export const OUTSIDER = 'khach@example.com';
export type Role = 'reviewer' | 'outsider';

const HTML_PATH = path.join(__dirname, '../../dist/Sidebar.html');

/** What the page gets as google.script.run: handlers chain, each call is one POST /api/run. */
const BRIDGE = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, { get: function (_, name) {
      if (name === 'withSuccessHandler') return function (h) { return runner(h, fail); };
      if (name === 'withFailureHandler') return function (h) { return runner(ok, h); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ fn: name, args: args }) })
          .then(function (r) { return r.json().then(function (b) {
            if (!r.ok) throw new Error(b.error || r.statusText); return b.value; }); })
          .then(function (v) { if (ok) ok(v); }, function (e) { if (fail) fail(e); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

type Fault = 'crash';

export interface StubServer {
  url: string;
  deeds: DeedDetail[];
  role: Role;
  settingsErrors: string[];
  /** Every call the page made, in order. */
  calls: { fn: string; args: unknown[] }[];
  /** The next call to fn fails as a crash would (the page's failure handler runs). */
  fail(fn: string, fault?: Fault): void;
  /** Calls wait until the returned function is called: lets a test look at the page mid-call. */
  hold(): () => void;
  /** Another reviewer changed the deed: its version moves on. */
  touch(id: string): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startStubServer(port = 0): Promise<StubServer> {
  const units = sampleUnits();
  const faults = new Map<string, Fault>();
  let gate: Promise<void> | undefined;

  const stub: StubServer = {
    url: '',
    deeds: sampleDeeds(units),
    role: 'reviewer',
    settingsErrors: [],
    calls: [],
    fail: (fn, fault = 'crash') => void faults.set(fn, fault),
    hold: () => {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = undefined;
        release();
      };
    },
    touch: (id) => {
      const deed = stub.deeds.find((d) => d.id === id);
      if (deed) deed.version += 1;
    },
    reset: () => {
      stub.deeds = sampleDeeds(units);
      stub.role = 'reviewer';
      stub.settingsErrors = [];
      stub.calls = [];
      faults.clear();
      gate = undefined;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const user = () => (stub.role === 'reviewer' ? REVIEWER : OUTSIDER);

  const api: Record<string, (raw: unknown) => Result<unknown>> = {
    getSidebarState: (): Result<SidebarState> => {
      const canEdit = stub.role === 'reviewer';
      return ok({
        user: user(),
        canEdit,
        readOnlyReason: canEdit ? null : MSG_REVIEW.readOnly(user()),
        today: TODAY,
        currentMonth: CURRENT_MONTH,
        currentWeek: CURRENT_WEEK,
        radio: { week: CURRENT_WEEK, picks: stub.deeds.filter((d) => d.radioWeek === CURRENT_WEEK).length, target: 2 },
        units,
        settingsErrors: stub.settingsErrors,
        mail: canEdit ? { remaining: 100, queued: 0, failed: 0, uncertain: 0 } : null,
      });
    },
    listDeeds: (raw) => parsed(listArgs, raw, (a) => list(stub.deeds, a.filter, a.offset, a.limit)),
    getDeed: (raw) =>
      parsed(getArgs, raw, (a) => {
        const deed = stub.deeds.find((d) => d.id === a.id);
        return deed ? ok(answer(deed)) : refuse('not_found', MSG_REVIEW.notFound);
      }),
    reviewDeed: (raw) =>
      parsed(reviewArgs, raw, (a) => {
        if (stub.role !== 'reviewer') return refuse('forbidden', MSG_REVIEW.forbidden);
        const deed = stub.deeds.find((d) => d.id === a.id);
        if (!deed) return refuse('not_found', MSG_REVIEW.notFound);
        if (deed.version !== a.version) return refuse('stale', MSG_REVIEW.stale);
        const state = stateOf(deed);
        const decision = decide(state, a.action, RULES);
        if (!decision.ok) return refuse('rule', decision.error);
        if (decision.changes.length === 0) return ok(answer(deed));
        for (const c of decision.changes) (state as unknown as Record<string, unknown>)[c.key] = c.after;
        deed.status = codeByLabel(STATUSES, String(state.status)) ?? (state.status as Status);
        deed.field = codeByLabel(FIELDS, String(state.field)) ?? (state.field as FieldCode);
        deed.flagged = deed.submittedField !== null && deed.submittedField !== deed.field;
        deed.note = state.note;
        deed.radioWeek = state.phatThanh;
        deed.bulletinMonth = state.banTin;
        deed.recognitions = recognitionsOf(state);
        deed.suspended = isSuspended(state);
        deed.version += 1;
        deed.reviewer = user();
        deed.reviewedAt = `${TODAY}T08:00:00.000Z`;
        return ok(answer(deed));
      }),
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/sidebar' || url.pathname === '/')) {
      const as = url.searchParams.get('as');
      if (as === 'reviewer' || as === 'outsider') stub.role = as;
      const html = readFileSync(HTML_PATH, 'utf8').replace('<head>', () => `<head>${BRIDGE}`);
      send(res, 200, html, 'text/html; charset=utf-8');
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/run') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', async () => {
        const { fn, args } = JSON.parse(body || '{}') as { fn: string; args: unknown[] };
        stub.calls.push({ fn, args });
        if (gate) await gate;
        const handler = api[fn];
        if (faults.get(fn)) {
          faults.delete(fn);
          send(res, 500, JSON.stringify({ error: `Exception: simulated crash in ${fn}` }));
        } else if (!handler) {
          send(res, 500, JSON.stringify({ error: `Script function not found: ${fn}` }));
        } else {
          send(res, 200, JSON.stringify({ value: handler(args[0]) }));
        }
      });
      return;
    }
    send(res, 404, 'not found', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const refuse = (code: Exclude<Result<never>, { ok: true }>['code'], error: string): Result<never> => ({
  ok: false,
  code,
  error,
});

/** The server's argument check: the page must send exactly what the contract's schemas accept. */
function parsed<A, T>(schema: z.ZodMiniType<A>, raw: unknown, work: (args: A) => Result<T>): Result<T> {
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || 'tham số').join(', ');
    return refuse('invalid', MSG_REVIEW.invalid(where));
  }
  return work(result.data);
}

function stateOf(d: DeedDetail): ReviewState {
  const has = (r: string) => d.recognitions.includes(r as never);
  return {
    status: d.status,
    field: d.field,
    nature: d.nature,
    startDate: d.startDate,
    doneOn: d.doneOn,
    thuKhen: has('thu_khen'),
    giayKhen: has('giay_khen'),
    guongDienHinh: has('guong_dien_hinh'),
    phatThanh: d.radioWeek,
    banTin: d.bulletinMonth,
    chuyenDuoiCo: has('chuyen_duoi_co'),
    kyYeu: has('ky_yeu'),
    note: d.note,
  };
}

/** The server's listing: one month, counts per status, the other filters, accent-insensitive words, newest first. */
function list(deeds: DeedDetail[], f: DeedFilter, offset: number, limit: number): Result<DeedPage> {
  const statusCounts = Object.fromEntries(Object.keys(STATUSES).map((s) => [s, 0])) as Record<Status, number>;
  const words = f.search ? fold(f.search).split(/\s+/).filter(Boolean) : [];
  const month = deeds.filter((d) => d.doneOn.startsWith(f.month));
  for (const d of month) statusCounts[d.status] += 1;
  const matches = month.filter(
    (d) =>
      (!f.week || d.week === f.week) &&
      (!f.status || d.status === f.status) &&
      (!f.field || d.field === f.field) &&
      (!f.unitCode || d.unitCode === f.unitCode) &&
      (!f.unitType || d.unitType === f.unitType) &&
      (!f.recognition || d.recognitions.includes(f.recognition)) &&
      words.every((w) => fold([d.title, d.unitName, d.performerName, d.description].join(' ')).includes(w)),
  );
  matches.reverse();
  return ok({
    items: matches.slice(offset, offset + limit).map(summaryOf),
    total: matches.length,
    offset,
    statusCounts,
  });
}

if (require.main === module) {
  void startStubServer(Number(process.env.PORT ?? 8181)).then((s) => console.log(`Stub sidebar: ${s.url}/sidebar`));
}
