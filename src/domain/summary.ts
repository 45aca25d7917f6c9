// Reporting arithmetic, pure: which deeds count in a month or a week, and the figures, the unit × week grid
// and the lists that the summary tab, the leadership email and the weekly digest show.
import { FIELD_CODES, UNIT_GROUPS, UNIT_GROUP_CODES } from '#shared/codes';
import type { FieldCode, Nature, PerformerKind, Status, UnitGroup, UnitType } from '#shared/codes';
import { dayNumber, fromDayNumber, isoWeekKey, isoWeekday, mondayOf, parseMonthKey, weeksOfMonth } from './calendar';
import type { LocalDate } from './calendar';
import type { Unit } from './submission';
import { baseCommittees, groupOf } from './unitGroups';

/** A deed as reporting reads it from its row (only the columns reporting needs). */
export interface ReportDeed {
  id: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType | undefined;
  performerKind: PerformerKind;
  performerName: string;
  performerRole: string;
  title: string;
  field: FieldCode;
  nature: Nature;
  /** yyyy-MM-dd, '' when the cell holds no date. */
  startDate: string;
  /** yyyy-MM-dd, '' when the cell holds no date. */
  doneOn: string;
  week: string;
  month: string;
  status: Status;
  thuKhen: boolean;
  giayKhen: boolean;
  radioWeek: string;
  bulletinMonth: string;
  flagStory: boolean;
  note: string;
  /** When the add-on received it and when a reviewer last decided on it: ms since 1970, 0 when unknown. */
  receivedAt: number;
  reviewedAt: number;
  /** What the media pack tells a story from: read only for the weekly job (long texts), '' otherwise. */
  description: string;
  place: string;
  beneficiaries: string;
}

/** A week (Monday to Sunday) as it appears in a month: the days it has inside that month. */
export interface ReportWeek {
  key: string;
  monday: LocalDate;
  first: LocalDate;
  last: LocalDate;
  /** Over (its Sunday before today): only an ended week can be missed. */
  ended: boolean;
  /**
   * The week belongs to the month shown: its Thursday is in that month (the ISO rule, stated in the tab). A partial
   * week of the neighbouring month is shown with its deeds but is never counted as missed, nor in the radio target.
   */
  owned: boolean;
}

export interface CoverageRow {
  unitCode: string;
  unitName: string;
  unitType: UnitType | undefined;
  /** This month's deeds of the unit in each week of the month. */
  counts: number[];
  /** The week has a deed of the unit only in the neighbouring month (a week that spans two months). */
  elsewhere: boolean[];
  /** Ended weeks without any deed of an active unit. */
  missed: string[];
}

export interface MonthSummary {
  month: string;
  weeks: ReportWeek[];
  deeds: number;
  approved: number;
  activeUnits: number;
  reportedUnits: number;
  silentUnits: Unit[];
  /** The guidance's five loại hình, each with its kinds of unit inside (those with units or deeds). */
  byGroup: (Tally & { group: UnitGroup; kinds: (Tally & { unitType: UnitType })[] })[];
  /** One row per base committee (the registry's «Trực thuộc»), by name. */
  byBaseCommittee: (Tally & { code: string; name: string })[];
  byField: { field: FieldCode; deeds: number }[];
  byWeek: number[];
  coverage: CoverageRow[];
  thuKhen: ReportDeed[];
  giayKhen: ReportDeed[];
  radio: ReportDeed[][];
  radioTarget: number;
  /** Weeks of the month (owned ones) with enough radio picks, out of how many. */
  radioWeeks: { met: number; of: number };
  bulletin: ReportDeed[];
  flagStories: ReportDeed[];
}

/** Active units, those of them that reported, those silent, and deeds, of a group of units. */
export interface Tally {
  units: number;
  reported: number;
  silent: number;
  deeds: number;
}

export interface WeekDigest {
  /** The week that starts: the radio script and the flag-ceremony stories are for it. */
  week: ReportWeek;
  /** The week that ended: its deeds, its silent units, and the stories told from it. */
  past: ReportWeek;
  deeds: number;
  radio: ReportDeed[];
  radioTarget: number;
  flagStories: ReportDeed[];
  /** Active units without a deed in the week that ended. */
  silentUnits: Unit[];
}

/** What a report reads from the deeds tab: rows of these months or weeks, and media picks for them. */
export interface Selection {
  months: ReadonlySet<string>;
  weeks: ReadonlySet<string>;
  /**
   * Also every deed received or reviewed after `since` (ms) among the rows of `month` (the month before) and the
   * rows after `afterRow` (the last row when that month's final went): what its email missed.
   */
  changes?: { since: number; month: string; afterRow: number };
}

/**
 * What came after the previous month's final email (sent at `since`): deeds of earlier months received late,
 * and proposals of earlier months accepted late. The month's email shows them as «Bổ sung tháng trước».
 */
export interface Supplement {
  since: number;
  late: ReportDeed[];
  proposals: ReportDeed[];
}

export function supplementOf(monthKey: string, read: readonly ReportDeed[], since: number): Supplement {
  const earlier = read.filter((d) => counts(d) && d.month !== '' && d.month < monthKey);
  return {
    since,
    late: earlier.filter((d) => d.receivedAt > since).sort(byDateThenUnit),
    proposals: earlier
      .filter((d) => d.status === 'da_duyet' && standing(d) && (d.thuKhen || d.giayKhen) && d.reviewedAt > since)
      .sort(byDateThenUnit),
  };
}

const counts = (d: ReportDeed) => d.status !== 'tu_choi';
/** Nominations and media picks count unless a hand edit sent the deed back to review (they are suspended). */
const standing = (d: ReportDeed) => d.status !== 'can_duyet_lai';
const byDateThenUnit = (a: ReportDeed, b: ReportDeed) =>
  a.doneOn.localeCompare(b.doneOn) || a.unitName.localeCompare(b.unitName, 'vi');

export function reportWeek(monday: LocalDate, today: LocalDate, month?: { year: number; month: number }): ReportWeek {
  const start = dayNumber(monday);
  const inMonth = (n: number) => {
    const d = fromDayNumber(n);
    return !month || (d.year === month.year && d.month === month.month);
  };
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => start + i).filter(inMonth);
  return {
    key: isoWeekKey(monday),
    monday,
    first: fromDayNumber(days[0] ?? start),
    last: fromDayNumber(days[days.length - 1] ?? start + 6),
    ended: start + 6 < dayNumber(today),
    owned: inMonth(start + 3),
  };
}

/** The month's weeks, and what to read for them: the month's rows, its weeks' rows, and their media picks. */
export function monthSelection(monthKey: string, today: LocalDate): { weeks: ReportWeek[]; selection: Selection } {
  const ym = parseMonthKey(monthKey);
  if (!ym) throw new Error(`Bad month key ${monthKey}`);
  const weeks = weeksOfMonth(ym.year, ym.month).map((monday) => reportWeek(monday, today, ym));
  return { weeks, selection: { months: new Set([monthKey]), weeks: new Set(weeks.map((w) => w.key)) } };
}

/** What a person types for a month: "11/2026", "1/2026", "11-2026" or "2026-11"; the month key, or undefined. */
export function parseMonthInput(text: string): string | undefined {
  const t = text.trim();
  const monthFirst = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(t);
  const [year, month] = monthFirst ? [monthFirst[2], monthFirst[1]] : yearFirst ? [yearFirst[1], yearFirst[2]] : [];
  const key = `${year}-${(month ?? '').padStart(2, '0')}`;
  return parseMonthKey(key) ? key : undefined;
}

export function summariseMonth(
  monthKey: string,
  weeks: readonly ReportWeek[],
  read: readonly ReportDeed[],
  units: readonly Unit[],
  radioTarget: number,
): MonthSummary {
  const live = read.filter(counts);
  const deeds = live.filter((d) => d.month === monthKey);
  const active = units.filter((u) => u.active);
  const reporting = new Set(deeds.map((d) => d.unitCode));
  const silentUnits = active.filter((u) => !reporting.has(u.code));
  const accepted = (flag: 'thuKhen' | 'giayKhen') =>
    deeds.filter((d) => d[flag] && d.status === 'da_duyet' && standing(d)).sort(byDateThenUnit);
  const radio = weeks.map((w) => radioPicks(live, w.key));

  return {
    month: monthKey,
    weeks: [...weeks],
    deeds: deeds.length,
    approved: deeds.filter((d) => d.status === 'da_duyet').length,
    activeUnits: active.length,
    reportedUnits: reporting.size,
    silentUnits,
    ...groupings(deeds, units, silentUnits),
    byField: FIELD_CODES.map((field) => ({ field, deeds: deeds.filter((d) => d.field === field).length }))
      .filter((f) => f.deeds > 0)
      .sort((a, b) => b.deeds - a.deeds),
    byWeek: weeks.map((w) => deeds.filter((d) => d.week === w.key).length),
    coverage: coverage(monthKey, weeks, live, deeds, units),
    thuKhen: accepted('thuKhen'),
    giayKhen: accepted('giayKhen'),
    radio,
    radioTarget,
    radioWeeks: {
      met: weeks.filter((w, i) => w.owned && (radio[i]?.length ?? 0) >= radioTarget).length,
      of: weeks.filter((w) => w.owned).length,
    },
    bulletin: live.filter((d) => d.bulletinMonth === monthKey && standing(d)).sort(byDateThenUnit),
    flagStories: deeds.filter((d) => d.flagStory && standing(d)).sort(byDateThenUnit),
  };
}

/** Tallies by a key of the unit (its kind, its loại hình, its base committee), in one pass over units and deeds. */
function tallyBy(
  keyOf: (unitType: UnitType | undefined, code: string) => string,
  deeds: readonly ReportDeed[],
  active: readonly Unit[],
  silentUnits: readonly Unit[],
): (key: string) => Tally {
  const tallies = new Map<string, Tally & { seen: Set<string> }>();
  const at = (key: string) => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { units: 0, reported: 0, silent: 0, deeds: 0, seen: new Set() }));
    return t;
  };
  active.forEach((u) => at(keyOf(u.unitType, u.code)).units++);
  silentUnits.forEach((u) => at(keyOf(u.unitType, u.code)).silent++);
  deeds.forEach((d) => {
    const t = at(keyOf(d.unitType, d.unitCode));
    t.deeds++;
    t.seen.add(d.unitCode);
  });
  return (key) => {
    const { units, silent, deeds: n, seen } = at(key);
    return { units, reported: seen.size, silent, deeds: n };
  };
}

/** The five loại hình (with their kinds) and the base committees, tallied over the month's deeds. */
function groupings(
  deeds: readonly ReportDeed[],
  units: readonly Unit[],
  silentUnits: readonly Unit[],
): Pick<MonthSummary, 'byGroup' | 'byBaseCommittee'> {
  const active = units.filter((u) => u.active);
  const kept = (t: Tally) => t.units > 0 || t.deeds > 0;
  const byKind = tallyBy((t) => t ?? '', deeds, active, silentUnits);
  const byGroupKey = tallyBy((t) => (t ? groupOf(t) : ''), deeds, active, silentUnits);
  const byGroup = UNIT_GROUP_CODES.map((group) => ({
    group,
    ...byGroupKey(group),
    kinds: UNIT_GROUPS[group].kinds.map((unitType) => ({ unitType, ...byKind(unitType) })).filter(kept),
  })).filter(kept);
  const base = baseCommittees(units);
  const baseOf = (code: string) => base.get(code) ?? code;
  const byBase = tallyBy((_, code) => baseOf(code), deeds, active, silentUnits);
  const name = new Map(units.map((u) => [u.code, u.name]));
  deeds.forEach((d) => name.has(d.unitCode) || name.set(d.unitCode, d.unitName));
  const codes = new Set([...active.map((u) => baseOf(u.code)), ...deeds.map((d) => baseOf(d.unitCode))]);
  const byBaseCommittee = [...codes]
    .map((code) => ({ code, name: name.get(code) ?? code, ...byBase(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { byGroup, byBaseCommittee };
}

/** One row per active unit and per other unit that reported; units that missed the most weeks first. */
function coverage(
  monthKey: string,
  weeks: readonly ReportWeek[],
  live: readonly ReportDeed[],
  deeds: readonly ReportDeed[],
  units: readonly Unit[],
): CoverageRow[] {
  const index = new Map(weeks.map((w, i) => [w.key, i]));
  const active = new Set(units.filter((u) => u.active).map((u) => u.code));
  const rows = new Map<string, CoverageRow>();
  const add = (unitCode: string, unitName: string, unitType: UnitType | undefined) => {
    if (rows.has(unitCode)) return;
    const row = { unitCode, unitName, unitType, missed: [] };
    rows.set(unitCode, { ...row, counts: weeks.map(() => 0), elsewhere: weeks.map(() => false) });
  };
  units.filter((u) => u.active).forEach((u) => add(u.code, u.name, u.unitType));
  deeds.forEach((d) => add(d.unitCode, d.unitName, d.unitType));
  for (const d of live) {
    const i = index.get(d.week);
    const row = rows.get(d.unitCode);
    if (i === undefined || !row) continue;
    if (d.month === monthKey) row.counts[i] = (row.counts[i] ?? 0) + 1;
    else row.elsewhere[i] = true;
  }
  for (const row of rows.values()) {
    row.elsewhere = row.elsewhere.map((e, i) => e && row.counts[i] === 0);
    if (active.has(row.unitCode))
      row.missed = weeks
        .filter((w, i) => w.owned && w.ended && row.counts[i] === 0 && !row.elsewhere[i])
        .map((w) => w.key);
  }
  return [...rows.values()].sort(
    (a, b) => b.missed.length - a.missed.length || a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

/** The Monday of a week key such as "2026-W48" (ISO: week 1 holds 4 January). */
export function mondayOfWeekKey(key: string): LocalDate | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) return undefined;
  return fromDayNumber(dayNumber(mondayOf({ year: Number(m[1]), month: 1, day: 4 })) + (Number(m[2]) - 1) * 7);
}

/** The week before the one that holds `today`: the ended week whose silent units are reminded. */
export function previousWeek(today: LocalDate): ReportWeek {
  return reportWeek(fromDayNumber(dayNumber(mondayOf(today)) - 7), today);
}

/** The week before `week`, as seen on `today`. */
export function weekBefore(week: ReportWeek, today: LocalDate): ReportWeek {
  return reportWeek(fromDayNumber(dayNumber(week.monday) - 7), today);
}

/**
 * The week the digest is for: the one in progress from Monday to Thursday (Monday's digest, a resend from the menu),
 * the next one from Friday (the reminder to pick radio models before it starts).
 */
export function upcomingWeek(today: LocalDate): ReportWeek {
  const monday = dayNumber(mondayOf(today));
  return reportWeek(fromDayNumber(isoWeekday(today) <= 4 ? monday : monday + 7), today);
}

/** The deeds picked for the radio in a week, in the order the script tells them (rejected or suspended ones left out). */
export function radioPicks(read: readonly ReportDeed[], weekKey: string): ReportDeed[] {
  return read.filter((d) => d.radioWeek === weekKey && counts(d) && standing(d)).sort(byDateThenUnit);
}

/** The digest of `week` (the one that starts): its radio picks, and the ended week `past` it looks back on. */
export function summariseWeek(
  week: ReportWeek,
  past: ReportWeek,
  read: readonly ReportDeed[],
  units: readonly Unit[],
  radioTarget: number,
): WeekDigest {
  const live = read.filter(counts);
  const inPast = live.filter((d) => d.week === past.key);
  const radio = radioPicks(live, week.key);
  const reporting = new Set(inPast.map((d) => d.unitCode));
  return {
    week,
    past,
    deeds: inPast.length,
    radio,
    radioTarget,
    flagStories: inPast.filter((d) => d.flagStory && standing(d)).sort(byDateThenUnit),
    silentUnits: units.filter((u) => u.active && !reporting.has(u.code)),
  };
}
