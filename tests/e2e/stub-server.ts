// A stub of the sidebar's server for browser tests: serves dist/Sidebar.html with a google.script.run bridge
// (POST /api/run {fn, args}, like the playground) answered from canned deeds under the real review rules, and
// the commendation ladder (suggestions, performers' records, decisions) worked out from those deeds.
// Run by hand: `npx tsx tests/e2e/stub-server.ts` then open http://127.0.0.1:8181/sidebar (?as=outsider).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as z from 'zod/mini';
import {
  decisionArgs,
  draftArgs,
  getArgs,
  historyArgs,
  listArgs,
  reviewArgs,
  suggestionArgs,
} from '../../src/app/reviewArgs';
import { FIELDS, RECOGNITIONS, STATUSES, codeByLabel } from '../../src/domain/codes';
import type { FieldCode, Status } from '../../src/domain/codes';
import { blockedActions, decide, isSuspended, recognitionsOf } from '../../src/domain/review';
import type { ReviewState } from '../../src/domain/review';
import { fold } from '../../src/domain/text';
import { tallyUnits } from '../../src/domain/ladder';
import type {
  DeedDetail,
  DeedFilter,
  DeedPage,
  LadderView,
  PerformerHistory,
  Result,
  SidebarState,
  Suggestion,
} from '#contract';
import { HISTORY_DEEDS, summaryOf } from '#contract';
import { MSG_LADDER, MSG_REVIEW } from '../../src/ui/messages';
import { CURRENT_MONTH, CURRENT_WEEK, HONOURS, TODAY, sampleDeeds, sampleSuggestions, sampleUnits } from './fixtures';

const RULES = { giayKhenMinMonths: 3, currentWeek: CURRENT_WEEK, currentMonth: CURRENT_MONTH };
/** A copy of the deed as the real server sends it: with what the rules forbid now. */
const answer = (deed: DeedDetail): DeedDetail => ({
  ...structuredClone(deed),
  blocked: blockedActions(stateOf(deed), RULES),
});

/** The stub's clock for what it records (a decision, a rebuild): fixed, so that tests can read it back. */
export const NOW = `${TODAY}T03:30:00.000Z`;
export const LADDER_UPDATED = `${TODAY}T01:00:00.000Z`;

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
  suggestions: Suggestion[];
  /** When «Hồ sơ khen thưởng» was last rebuilt. */
  ladderUpdatedAt: string | null;
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

  const deeds = sampleDeeds(units);
  const stub: StubServer = {
    url: '',
    deeds,
    role: 'reviewer',
    settingsErrors: [],
    suggestions: sampleSuggestions(deeds),
    ladderUpdatedAt: LADDER_UPDATED,
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
      stub.suggestions = sampleSuggestions(stub.deeds);
      stub.ladderUpdatedAt = LADDER_UPDATED;
      stub.role = 'reviewer';
      stub.settingsErrors = [];
      stub.calls = [];
      faults.clear();
      gate = undefined;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const user = () => (stub.role === 'reviewer' ? REVIEWER : OUTSIDER);
  /** Only reviewers change anything. */
  const asReviewer = <T>(work: () => Result<T>): Result<T> =>
    stub.role === 'reviewer' ? work() : refuse('forbidden', MSG_REVIEW.forbidden);
  /** The deed by id, or not_found. */
  const withDeed = <T>(id: string, work: (deed: DeedDetail) => Result<T>): Result<T> => {
    const deed = stub.deeds.find((d) => d.id === id);
    return deed ? work(deed) : refuse('not_found', MSG_REVIEW.notFound);
  };
  const ladder = (): Result<LadderView> =>
    ok({
      updatedAt: stub.ladderUpdatedAt,
      honours: { ...HONOURS },
      suggestions: structuredClone(stub.suggestions),
      units: tallyUnits(histories(stub.deeds)),
    });

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
    getDeed: (raw) => parsed(getArgs, raw, (a) => withDeed(a.id, (deed) => ok(answer(deed)))),
    reviewDeed: (raw) =>
      parsed(reviewArgs, raw, (a) =>
        asReviewer(() =>
          withDeed(a.id, (deed) => {
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
        ),
      ),
    getLadder: () => ladder(),
    refreshLadder: () =>
      asReviewer(() => {
        stub.ladderUpdatedAt = NOW;
        return ladder();
      }),
    decideSuggestion: (raw) =>
      parsed(suggestionArgs, raw, (a) =>
        asReviewer(() => {
          const reason = a.reason?.trim() ?? '';
          if (!a.accept && reason.length < 5) return refuse('invalid', MSG_LADDER.dismissReasonNeeded);
          const s = stub.suggestions.find((x) => x.key === a.key);
          if (!s) return refuse('not_found', MSG_LADDER.notFound);
          if (s.status !== 'pending') {
            return refuse('stale', MSG_LADDER.alreadyDecided(MSG_LADDER.status[s.status], s.decidedBy));
          }
          if (a.accept) {
            const result = withDeed(s.deedId, (deed) => {
              if (!deed.recognitions.includes(s.kind)) deed.recognitions.push(s.kind);
              deed.version += 1;
              return ok(null);
            });
            if (!result.ok) return result;
          }
          Object.assign(s, {
            status: a.accept ? 'accepted' : 'dismissed',
            decidedBy: user(),
            decidedAt: NOW,
            note: reason,
          });
          // pending first, then the latest decided
          stub.suggestions.sort((x, y) => Number(x.status !== 'pending') - Number(y.status !== 'pending'));
          return ladder();
        }),
      ),
    getHistory: (raw) =>
      parsed(historyArgs, raw, (a) =>
        ok(
          histories(stub.deeds).filter((p) =>
            'performerKey' in a ? p.key === a.performerKey : p.unitCode === a.unitCode,
          ),
        ),
      ),
    recordDecision: (raw) =>
      parsed(decisionArgs, raw, (a) =>
        asReviewer(() =>
          withDeed(a.id, (deed) => {
            if (deed.version !== a.version) return refuse('stale', MSG_REVIEW.stale);
            if (!deed.recognitions.includes(a.recognition)) {
              return refuse('rule', MSG_LADDER.notCarrying(RECOGNITIONS[a.recognition]));
            }
            const [number, level] = [a.number.trim(), a.level.trim()];
            if (!number || number.length > 50) return refuse('invalid', MSG_LADDER.numberNeeded);
            if (!level || level.length > 200) return refuse('invalid', MSG_LADDER.levelNeeded);
            if (a.date > TODAY) return refuse('invalid', MSG_LADDER.badDecisionDate);
            const { recognition, date } = a;
            deed.decisions = [
              ...deed.decisions.filter((r) => r.recognition !== recognition),
              { deedId: deed.id, recognition, number, date, level, recordedBy: user(), recordedAt: NOW },
            ];
            return ok(answer(deed));
          }),
        ),
      ),
    showDraft: (raw) =>
      parsed(draftArgs, raw, (a) =>
        withDeed(a.id, (deed) =>
          deed.recognitions.includes(a.recognition)
            ? ok(null)
            : refuse('rule', MSG_LADDER.notCarrying(RECOGNITIONS[a.recognition])),
        ),
      ),
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

const MEDIA = ['phat_thanh', 'ban_tin', 'chuyen_duoi_co', 'ky_yeu'] as const;

/** «Hồ sơ khen thưởng»: each performer's accepted deeds of the honours year, newest first; most deeds first. */
function histories(deeds: DeedDetail[]): PerformerHistory[] {
  const byKey = new Map<string, PerformerHistory>();
  const counted = deeds.filter((d) => d.status === 'da_duyet' && d.doneOn >= HONOURS.from);
  for (const d of counted.sort((a, b) => b.doneOn.localeCompare(a.doneOn))) {
    const p = byKey.get(d.performerKey) ?? {
      key: d.performerKey,
      name: d.performerName,
      kind: d.performerKind,
      unitCode: d.unitCode,
      unitName: d.unitName,
      accepted: 0,
      thuKhen: 0,
      giayKhen: 0,
      guongDienHinh: 0,
      media: 0,
      deeds: [],
    };
    byKey.set(p.key, p);
    const has = (r: string) => Number(d.recognitions.includes(r as never));
    p.accepted += 1;
    p.thuKhen += has('thu_khen');
    p.giayKhen += has('giay_khen');
    p.guongDienHinh += has('guong_dien_hinh');
    p.media += MEDIA.filter((r) => d.recognitions.includes(r)).length;
    if (p.deeds.length < HISTORY_DEEDS) {
      p.deeds.push({ id: d.id, doneOn: d.doneOn, title: d.title, recognitions: [...d.recognitions] });
    }
  }
  return [...byKey.values()].sort((a, b) => b.accepted - a.accepted || a.name.localeCompare(b.name, 'vi'));
}

if (require.main === module) {
  void startStubServer(Number(process.env.PORT ?? 8181)).then((s) => console.log(`Stub sidebar: ${s.url}/sidebar`));
}
