// The commendation ladder: each performer's accepted deeds and recognitions, and what they suggest — a Giấy khen
// for a long-running deed that has reached the minimum duration, a model (gương điển hình) for the 19 May honours.
import { dayNumber, isoDate, monthsBetween, parseLocalDate, viDate } from './calendar';
import type { LocalDate } from './calendar';
import type { Nature, PerformerKind, Proposal, Recognition } from '#shared/codes';
import { fold } from './text';
import { HISTORY_DEEDS } from '#contract';
import { hash } from './duplicateBands';
import type { PerformerHistory, Suggestion, UnitLadder } from '#contract';
import * as MSG_LADDER from '#shared/messages/ladder';

/** What the ladder needs of a deed row. */
export interface LadderDeed {
  id: string;
  unitCode: string;
  unitName: string;
  performerKind: PerformerKind;
  performerName: string;
  title: string;
  nature: Nature;
  startDate: string; // yyyy-MM-dd or ''
  doneOn: string; // yyyy-MM-dd
  proposal: Proposal;
  /** Accepted («Đã duyệt»): only accepted deeds count; one waiting for a new review after a hand edit does not. */
  accepted: boolean;
  recognitions: Recognition[];
}

export interface LadderRules {
  today: LocalDate;
  giayKhenMinMonths: number;
  /** Accepted deeds in the honours year that make a performer a model candidate on their own. */
  modelMinDeeds: number;
  /** Model candidates kept per honours year (the organisation's choice): a list leadership can read. */
  modelTop: number;
}

export interface Ladder {
  performers: PerformerHistory[];
  units: UnitLadder[];
  /** Fresh suggestions (status pending), highest score first. */
  candidates: Suggestion[];
}

const MEDIA: readonly Recognition[] = ['phat_thanh', 'ban_tin', 'chuyen_duoi_co', 'ky_yeu'];

/** One performer across spellings: the unit's code and the name without accents, case or extra spaces. */
export function performerKey(unitCode: string, name: string): string {
  const folded = fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `${unitCode.trim().toUpperCase()}|${folded}`;
}

/** The next 19 May honours on or after today, and the first day of the year of deeds it looks at. */
export function honoursOf(today: LocalDate): { date: LocalDate; from: LocalDate } {
  const passed = today.month > 5 || (today.month === 5 && today.day > 19);
  const year = passed ? today.year + 1 : today.year;
  return { date: { year, month: 5, day: 19 }, from: { year: year - 1, month: 5, day: 20 } };
}

interface Tally {
  accepted: number;
  thuKhen: number;
  giayKhen: number;
  guongDienHinh: number;
  media: number;
}

const emptyTally = (): Tally => ({ accepted: 0, thuKhen: 0, giayKhen: 0, guongDienHinh: 0, media: 0 });

function count(t: Tally, d: LadderDeed): void {
  t.accepted += 1;
  if (d.recognitions.includes('thu_khen')) t.thuKhen += 1;
  if (d.recognitions.includes('giay_khen')) t.giayKhen += 1;
  if (d.recognitions.includes('guong_dien_hinh')) t.guongDienHinh += 1;
  t.media += d.recognitions.filter((r) => MEDIA.includes(r)).length;
}

type Mark = PerformerHistory['deeds'][number];

/** Newer: done later, or the same day with a greater id (the order histories are listed in). */
const newer = (a: Mark, b: Mark) => (a.doneOn.localeCompare(b.doneOn) || a.id.localeCompare(b.id, 'en')) > 0;
const byNewest = (a: Mark, b: Mark) => b.doneOn.localeCompare(a.doneOn) || b.id.localeCompare(a.id, 'en');

/** A long-running deed's reports so far (one start date): how many, whether commended or proposed, the newest. */
interface Run {
  reports: number;
  giayKhen: boolean;
  proposed: boolean;
  newest: Mark;
}

/** One performer folded so far: small whatever the number of deeds (counts, the newest deeds, runs, the year). */
export interface PerformerFold {
  key: string;
  latest: Mark & Pick<LadderDeed, 'performerName' | 'performerKind' | 'unitCode' | 'unitName'>;
  tally: Tally;
  deeds: Mark[];
  runs: Record<string, Run>;
  /** The honours year's deeds: their tally and the most recognised one (the newest among equals). */
  year: { tally: Tally; best: Mark; proposed: boolean } | null;
}

/** A ladder being built: the deeds folded so far, by performer (in order of first appearance), JSON-safe. */
export interface LadderFold {
  rules: LadderRules;
  performers: [string, PerformerFold][];
}

export const emptyFold = (rules: LadderRules): LadderFold => ({ rules, performers: [] });

const markOf = (d: LadderDeed): Mark => ({
  id: d.id,
  doneOn: d.doneOn,
  title: d.title,
  recognitions: [...d.recognitions],
});

/** Folds more deeds (any number, in sheet order) into the ladder being built. */
export function foldDeeds(state: LadderFold, deeds: readonly LadderDeed[]): LadderFold {
  const { date, from } = honoursOf(state.rules.today);
  const [lo, hi] = [dayNumber(from), dayNumber(date)];
  const byKey = new Map(state.performers);
  for (const d of deeds) {
    if (!d.accepted || d.performerName.trim() === '') continue;
    const key = performerKey(d.unitCode, d.performerName);
    const mark = markOf(d);
    const latest = { ...mark, ...pick(d) };
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { key, latest, tally: emptyTally(), deeds: [], runs: {}, year: null }));
    else if (newer(mark, p.latest)) p.latest = latest;
    count(p.tally, d);
    p.deeds.push(mark);
    if (p.deeds.length > HISTORY_DEEDS) p.deeds = p.deeds.sort(byNewest).slice(0, HISTORY_DEEDS);
    if (d.nature === 'thuong_xuyen' && d.startDate) {
      const run = p.runs[d.startDate] ?? { reports: 0, giayKhen: false, proposed: false, newest: mark };
      run.reports += 1;
      run.giayKhen ||= d.recognitions.includes('giay_khen');
      run.proposed ||= d.proposal === 'giay_khen';
      if (newer(mark, run.newest)) run.newest = mark;
      p.runs[d.startDate] = run;
    }
    const day = parseLocalDate(d.doneOn);
    if (day !== undefined && dayNumber(day) >= lo && dayNumber(day) <= hi) {
      p.year ??= { tally: emptyTally(), best: mark, proposed: false };
      p.year.proposed ||= d.proposal === 'guong_dien_hinh';
      count(p.year.tally, d);
      const w = (m: Mark) => m.recognitions.length;
      if (w(mark) > w(p.year.best) || (w(mark) === w(p.year.best) && newer(mark, p.year.best))) p.year.best = mark;
    }
  }
  return { rules: state.rules, performers: [...byKey] };
}

const pick = (d: LadderDeed) => ({
  performerName: d.performerName,
  performerKind: d.performerKind,
  unitCode: d.unitCode,
  unitName: d.unitName,
});

/**
 * Histories, unit lines and suggestions from the deeds folded (the performers may come one partition at a time).
 * The histories kept are bounded (HISTORY_ROWS); the unit lines count every performer.
 */
export function finishLadder(state: { rules: LadderRules; performers: Iterable<[string, PerformerFold]> }): Ladder {
  const { rules } = state;
  let performers: PerformerHistory[] = [];
  const candidates: Suggestion[] = [];
  const models: Suggestion[] = [];
  const suggested = new Set<string>();
  const rank = (p: PerformerHistory) => (suggested.has(p.key) ? 1e9 : 0) + p.accepted;
  // Each performer is tallied into its unit's line as it goes by; only the best-ranked histories are kept.
  const units = tallyUnits(
    (function* () {
      for (const [, p] of state.performers) {
        const history = historyOf(p);
        const mine = giayKhenCandidates(history, p, rules);
        const model = modelCandidate(history, p, rules);
        if (model) mine.push(model);
        for (const s of mine) {
          (s.kind === 'giay_khen' ? candidates : models).push(s);
          suggested.add(p.key);
        }
        if (isCandidate(history, p, suggested)) performers.push(history);
        if (performers.length > 2 * HISTORY_ROWS) performers = performers.sort(byRank).slice(0, HISTORY_ROWS);
        yield history;
      }
    })(),
  );
  function byRank(a: PerformerHistory, b: PerformerHistory) {
    return rank(b) - rank(a) || a.key.localeCompare(b.key, 'en');
  }
  return {
    performers: performers.sort(byRank).slice(0, HISTORY_ROWS).sort(byUnit),
    units,
    candidates: [...candidates, ...models.sort(byScore).slice(0, rules.modelTop)].sort(byScore),
  };
}

const byScore = (a: Suggestion, b: Suggestion) => b.score - a.score || a.key.localeCompare(b.key, 'en');
const byUnit = (a: PerformerHistory, b: PerformerHistory) =>
  a.unitCode.localeCompare(b.unitCode, 'en') || b.accepted - a.accepted;

/** The partitions a pass saves its aggregates in: a performer's is picked by a hash of its key. */
export const LADDER_PARTS = 64;
export const partOf = (key: string): number => hash(key) % LADDER_PARTS;

/**
 * «Hồ sơ khen thưởng» holds the people leadership reads it for, the candidates: a suggestion, any recognition or
 * media pick, or 2 accepted deeds in the honours year (one deed and no mark is no case for any commendation; the
 * sidebar reads everyone from the saved aggregates).
 */
function isCandidate(h: PerformerHistory, p: PerformerFold, suggested: Set<string>): boolean {
  return (
    suggested.has(h.key) || h.thuKhen + h.giayKhen + h.guongDienHinh + h.media > 0 || (p.year?.tally.accepted ?? 0) > 1
  );
}

/**
 * Histories «Hồ sơ khen thưởng» keeps at most (a bound whatever the data: 55,000 cells of the Sheet's 10,000,000):
 * those with a suggestion, then the most accepted deeds.
 */
export const HISTORY_ROWS = 5_000;

/** Histories, unit lines and suggestions from every deed of the sheet, in one pass. */
export const buildLadder = (deeds: readonly LadderDeed[], rules: LadderRules): Ladder =>
  finishLadder(foldDeeds(emptyFold(rules), deeds));

export function historyOf(p: PerformerFold): PerformerHistory {
  const { latest } = p;
  return {
    key: p.key,
    name: latest.performerName,
    kind: latest.performerKind,
    unitCode: latest.unitCode,
    unitName: latest.unitName,
    ...p.tally,
    deeds: [...p.deeds].sort(byNewest).slice(0, HISTORY_DEEDS),
  };
}

type UnitCounts = Pick<
  PerformerHistory,
  'unitCode' | 'unitName' | 'accepted' | 'thuKhen' | 'giayKhen' | 'guongDienHinh'
>;

/** Each unit's line: its performers' counts added up, most accepted deeds first. */
export function tallyUnits(performers: Iterable<UnitCounts>): UnitLadder[] {
  const units = new Map<string, UnitLadder>();
  for (const p of performers) {
    const u = units.get(p.unitCode) ?? {
      code: p.unitCode,
      name: p.unitName,
      performers: 0,
      accepted: 0,
      thuKhen: 0,
      giayKhen: 0,
      guongDienHinh: 0,
    };
    u.performers += 1;
    u.accepted += p.accepted;
    u.thuKhen += p.thuKhen;
    u.giayKhen += p.giayKhen;
    u.guongDienHinh += p.guongDienHinh;
    units.set(p.unitCode, u);
  }
  return [...units.values()].sort(byLine);
}

const byLine = (a: UnitLadder, b: UnitLadder) => b.accepted - a.accepted || a.code.localeCompare(b.code, 'en');

function suggestion(
  p: PerformerHistory,
  kind: Suggestion['kind'],
  key: string,
  deed: Mark,
  reason: string,
  score: number,
): Suggestion {
  return {
    key,
    kind,
    performerKey: p.key,
    performerName: p.name,
    performerKind: p.kind,
    unitCode: p.unitCode,
    unitName: p.unitName,
    deedId: deed.id,
    deedTitle: deed.title,
    reason,
    score,
    status: 'pending',
    decidedBy: '',
    decidedAt: null,
    note: '',
  };
}

/**
 * A long-running deed is reported again and again with the same start date: one suggestion per (performer, start),
 * on its newest report, once that report reaches the minimum duration — unless one of them already has a Giấy khen.
 */
function giayKhenCandidates(p: PerformerHistory, fold: PerformerFold, rules: LadderRules): Suggestion[] {
  const out: Suggestion[] = [];
  for (const [start, run] of Object.entries(fold.runs)) {
    if (run.giayKhen) continue;
    const from = parseLocalDate(start);
    const to = parseLocalDate(run.newest.doneOn);
    if (!from || !to) continue;
    const months = monthsBetween(from, to);
    if (months < rules.giayKhenMinMonths) continue;
    const reason = MSG_LADDER.giayKhenReason(viDate(from), months, rules.giayKhenMinMonths, run.reports, run.proposed);
    const score = months + (run.proposed ? 6 : 0);
    out.push(suggestion(p, 'giay_khen', `giay_khen|${p.key}|${start}`, run.newest, reason, score));
  }
  return out;
}

/** A model candidate for the next 19 May from the honours year's accepted deeds, commendations and media picks. */
function modelCandidate(p: PerformerHistory, fold: PerformerFold, rules: LadderRules): Suggestion | undefined {
  const { date, from } = honoursOf(rules.today);
  const t = fold.year?.tally;
  if (!t || t.guongDienHinh > 0) return undefined;
  const commended = t.thuKhen + t.giayKhen;
  // A unit's own proposal (the form's «Gương điển hình») always reaches the reviewers, whatever the thresholds.
  const proposed = fold.year?.proposed ?? false;
  if (!proposed && t.accepted < rules.modelMinDeeds && !(commended > 0 && t.accepted >= 2)) return undefined;
  // The deed the honour is marked on: the most recognised of the year, the newest among equals.
  const score = t.accepted + 2 * t.thuKhen + 3 * t.giayKhen + t.media + (proposed ? 3 : 0);
  const key = `guong_dien_hinh|${date.year}|${p.key}`;
  return suggestion(
    p,
    'guong_dien_hinh',
    key,
    fold.year!.best,
    MSG_LADDER.modelReason(viDate(from), t, proposed),
    score,
  );
}

/**
 * The suggestions after a rebuild: decided ones stay as they were (an accepted one suggested again lost its mark:
 * pending again); a pending one still suggested takes the new reason and score; one no longer suggested expires (an
 * expired one suggested again is pending again); new ones join.
 */
export function mergeSuggestions(
  existing: readonly Suggestion[],
  fresh: readonly Suggestion[],
  now: string,
): Suggestion[] {
  const freshByKey = new Map(fresh.map((s) => [s.key, s]));
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const s of existing) {
    if (seen.has(s.key)) continue;
    seen.add(s.key);
    const again = freshByKey.get(s.key);
    // Suggested again after being accepted: the recognition was taken off the deed since (or the deed rejected).
    if (s.status === 'accepted' && again) out.push({ ...again, note: MSG_LADDER.unmarked });
    else if (s.status === 'accepted' || s.status === 'dismissed') out.push(s);
    else if (again) out.push({ ...again, note: s.status === 'expired' ? '' : s.note });
    else if (s.status === 'pending')
      out.push({ ...s, status: 'expired', decidedBy: '', decidedAt: now, note: MSG_LADDER.expired });
    else out.push(s);
  }
  for (const s of fresh) if (!seen.has(s.key)) out.push(s);
  return out;
}

/** A performer's history as its one cell of deeds: "yyyy-MM-dd · id · recognitions · title" per line. */
export function deedLines(deeds: PerformerHistory['deeds'], labels: Record<Recognition, string>): string {
  return deeds
    .map((d) => [d.doneOn, d.id, d.recognitions.map((r) => labels[r]).join(', '), d.title].join(' · '))
    .join('\n');
}

export const honoursText = (h: { date: LocalDate; from: LocalDate }) => ({
  date: isoDate(h.date),
  from: isoDate(h.from),
});
