// The commendation ladder: each performer's accepted deeds and recognitions, and what they suggest — a Giấy khen
// for a long-running deed that has reached the minimum duration, a model (gương điển hình) for the 19 May honours.
import { dayNumber, isoDate, monthsBetween, parseLocalDate, viDate } from './calendar';
import type { LocalDate } from './calendar';
import type { Nature, PerformerKind, Proposal, Recognition } from '#shared/codes';
import { fold } from './text';
import { HISTORY_DEEDS } from '#contract';
import type { PerformerHistory, Suggestion, UnitLadder } from '#contract';
import { MSG_LADDER } from '#shared/messages';

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

const newestFirst = (a: LadderDeed, b: LadderDeed) =>
  b.doneOn.localeCompare(a.doneOn) || b.id.localeCompare(a.id, 'en');

/** Histories, unit lines and suggestions from every deed of the sheet. */
export function buildLadder(deeds: readonly LadderDeed[], rules: LadderRules): Ladder {
  const byPerformer = new Map<string, LadderDeed[]>();
  for (const d of deeds) {
    if (!d.accepted || d.performerName.trim() === '') continue;
    const key = performerKey(d.unitCode, d.performerName);
    const list = byPerformer.get(key);
    if (list) list.push(d);
    else byPerformer.set(key, [d]);
  }
  const performers: PerformerHistory[] = [];
  const candidates: Suggestion[] = [];
  const models: Suggestion[] = [];
  for (const [key, list] of byPerformer) {
    list.sort(newestFirst);
    const history = historyOf(key, list);
    performers.push(history);
    candidates.push(...giayKhenCandidates(history, list, rules));
    const model = modelCandidate(history, list, rules);
    if (model) models.push(model);
  }
  const byScore = (a: Suggestion, b: Suggestion) => b.score - a.score || a.key.localeCompare(b.key, 'en');
  performers.sort((a, b) => a.unitCode.localeCompare(b.unitCode, 'en') || b.accepted - a.accepted);
  return {
    performers,
    units: tallyUnits(performers),
    candidates: [...candidates, ...models.sort(byScore).slice(0, rules.modelTop)].sort(byScore),
  };
}

function historyOf(key: string, list: readonly LadderDeed[]): PerformerHistory {
  const tally = emptyTally();
  list.forEach((d) => count(tally, d));
  const latest = list[0]!;
  return {
    key,
    name: latest.performerName,
    kind: latest.performerKind,
    unitCode: latest.unitCode,
    unitName: latest.unitName,
    ...tally,
    deeds: list.slice(0, HISTORY_DEEDS).map((d) => ({
      id: d.id,
      doneOn: d.doneOn,
      title: d.title,
      recognitions: [...d.recognitions],
    })),
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
  return [...units.values()].sort((a, b) => b.accepted - a.accepted || a.code.localeCompare(b.code, 'en'));
}

function suggestion(
  p: PerformerHistory,
  kind: Suggestion['kind'],
  key: string,
  deed: LadderDeed,
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
function giayKhenCandidates(p: PerformerHistory, list: readonly LadderDeed[], rules: LadderRules): Suggestion[] {
  const runs = new Map<string, LadderDeed[]>();
  for (const d of list) {
    if (d.nature !== 'thuong_xuyen' || !d.startDate) continue;
    runs.set(d.startDate, [...(runs.get(d.startDate) ?? []), d]);
  }
  const out: Suggestion[] = [];
  for (const [start, run] of runs) {
    if (run.some((d) => d.recognitions.includes('giay_khen'))) continue;
    const newest = run[0]!; // list is newest first
    const from = parseLocalDate(start);
    const to = parseLocalDate(newest.doneOn);
    if (!from || !to) continue;
    const months = monthsBetween(from, to);
    if (months < rules.giayKhenMinMonths) continue;
    const proposed = run.some((d) => d.proposal === 'giay_khen');
    const reason = MSG_LADDER.giayKhenReason(viDate(from), months, rules.giayKhenMinMonths, run.length, proposed);
    out.push(suggestion(p, 'giay_khen', `giay_khen|${p.key}|${start}`, newest, reason, months + (proposed ? 6 : 0)));
  }
  return out;
}

/** A model candidate for the next 19 May from the honours year's accepted deeds, commendations and media picks. */
function modelCandidate(p: PerformerHistory, list: readonly LadderDeed[], rules: LadderRules): Suggestion | undefined {
  const { date, from } = honoursOf(rules.today);
  const lo = dayNumber(from);
  const hi = dayNumber(date);
  const inYear = list.filter((d) => {
    const day = parseLocalDate(d.doneOn);
    return day !== undefined && dayNumber(day) >= lo && dayNumber(day) <= hi;
  });
  const t = emptyTally();
  inYear.forEach((d) => count(t, d));
  if (t.guongDienHinh > 0 || inYear.length === 0) return undefined;
  const commended = t.thuKhen + t.giayKhen;
  // A unit's own proposal (the form's «Gương điển hình») always reaches the reviewers, whatever the thresholds.
  const proposed = inYear.some((d) => d.proposal === 'guong_dien_hinh');
  if (!proposed && t.accepted < rules.modelMinDeeds && !(commended > 0 && t.accepted >= 2)) return undefined;
  // The deed the honour is marked on: the most recognised of the year, the newest among equals.
  const weight = (d: LadderDeed) => d.recognitions.length;
  const deed = inYear.reduce((best, d) => (weight(d) > weight(best) ? d : best), inYear[0]!);
  const score = t.accepted + 2 * t.thuKhen + 3 * t.giayKhen + t.media + (proposed ? 3 : 0);
  const key = `guong_dien_hinh|${date.year}|${p.key}`;
  return suggestion(p, 'guong_dien_hinh', key, deed, MSG_LADDER.modelReason(viDate(from), t, proposed), score);
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

export function parseDeedLines(text: string, labels: Record<Recognition, string>): PerformerHistory['deeds'] {
  const byLabel = new Map(Object.entries(labels).map(([code, label]) => [label, code as Recognition]));
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [doneOn = '', id = '', recognitions = '', ...title] = line.split(' · ');
      return {
        doneOn,
        id,
        recognitions: recognitions
          .split(', ')
          .map((r) => byLabel.get(r))
          .filter((r): r is Recognition => r !== undefined),
        title: title.join(' · '),
      };
    });
}

export const honoursText = (h: { date: LocalDate; from: LocalDate }) => ({
  date: isoDate(h.date),
  from: isoDate(h.from),
});
