// Reads the deeds a report needs from "Việc tốt" without reading the whole tab: the rows of the months concerned
// (the month index) and the radio and bulletin picks (one server-side search each), then in each block of those rows
// the index columns (week, month; radio week, bulletin month) and only the columns reporting uses.
import { checked } from './structureGuard';
import { NATURES, PERFORMER_KINDS, STATUSES, codeByLabel, fieldByLabel } from '#shared/codes';
import type { UnitType } from '#shared/codes';
import { DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import type { ReportDeed, Selection } from '../domain/summary';
import { formatLocal } from '../gas/clock';
import { rowsMatchingPattern, tab } from '../gas/sheets';
import { weekCellPattern, weekKeyOf } from '../domain/weekCell';
import { dayNumber, fromDayNumber, monthKey } from '../domain/calendar';
import { wholeColumn } from '../domain/structure';
import { mondayOfWeekKey } from '../domain/summary';
import { mergeBlocks, monthEntry } from './indexes/months';
import type { Block } from './indexes/months';
import { cellText, weekOfDay } from './deedRows';
import { NO_DETAILS, decodeDetails } from '../domain/detailsCell';
import { unitTypeOf } from './config';
import { bulletinPattern, readMarks } from '../domain/recognitionCells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column spans [first key, last key] read in one getValues each. */
export type Span = [DeedKey, DeedKey];
const INDEX: Span[] = [
  ['doneOn', 'month'],
  ['media', 'media'],
];
/** What reporting shows, in four blocks that skip the long texts (description, reasons). */
const DATA: Span[] = [
  ['id', 'title'],
  ['field', 'field'],
  ['nature', 'doneOn'],
  ['status', 'reviewedAt'],
];
/** The weekly job tells the picked deeds' stories: the same four blocks, widened to the description and «Chi tiết» (place, beneficiaries). */
export const STORY_DATA: Span[] = [
  ['id', 'description'],
  ['field', 'field'],
  ['nature', 'month'],
  ['status', 'reviewedAt'],
];
/** With `changes`: the instants that tell what an earlier month's email missed. */
const CHANGED: Span[] = [
  ['receivedAt', 'receivedAt'],
  ['reviewedAt', 'reviewedAt'],
];
const instant = (v: unknown) => (v instanceof Date ? v.getTime() : 0);
const inSpans = (spans: readonly Span[], key: DeedKey) =>
  spans.some(([from, to]) => DEED.col[key] >= DEED.col[from] && DEED.col[key] <= DEED.col[to]);

/** One getValues per span over rows first..first+count-1; a key's value read by row offset. */
export function readSpans(
  sheet: Sheet,
  first: number,
  count: number,
  spans: readonly Span[],
): (key: DeedKey, i: number) => unknown {
  const read = spans.map(([from, to]) => ({
    from: DEED.col[from],
    to: DEED.col[to],
    values: sheet.getRange(first, DEED.col[from] + 1, count, DEED.col[to] - DEED.col[from] + 1).getValues(),
  }));
  return (key, i) => {
    const c = DEED.col[key];
    const block = read.find((b) => c >= b.from && c <= b.to);
    if (!block) throw new Error(`Column ${key} is not read`);
    return block.values[i]?.[c - block.from];
  };
}

/**
 * Deeds whose month or week is selected, or picked for the radio in a selected week or the bulletin in a selected
 * month. With `stories` (the weekly job: a week's span) the long texts a story is told from are read too.
 */
export function readReportDeeds(selection: Selection, { stories = false } = {}): ReportDeed[] {
  const found = tab(DEED.name);
  const sheet = found && checked(found, DEED); // read by column position
  if (!sheet) return [];
  const isoDay = dayFormatter();
  const changes = selection.changes;
  return rowBlocks(sheet, selection).flatMap(([first, last]) => {
    const index = readSpans(sheet, first, last - first + 1, changes ? [...INDEX, ...CHANGED] : INDEX);
    const col = (key: DeedKey, i: number) => cellText(index(key, i));
    const media = (i: number) => readMarks('', index('media', i)).marks;
    const changed = (i: number) =>
      changes !== undefined &&
      (instant(index('receivedAt', i)) > changes.since || instant(index('reviewedAt', i)) > changes.since);
    const picked: number[] = [];
    for (let i = 0; i <= last - first; i++) {
      if (
        selection.months.has(col('month', i)) ||
        selection.weeks.has(weekOfDay(isoDay(index('doneOn', i)))) ||
        selection.weeks.has(weekKeyOf(media(i).phatThanh)) ||
        selection.months.has(media(i).banTin) ||
        changed(i)
      )
        picked.push(i);
    }
    const lo = picked[0];
    const hi = picked[picked.length - 1];
    if (lo === undefined || hi === undefined) return [];
    const data = readSpans(sheet, first + lo, hi - lo + 1, stories ? STORY_DATA : DATA);
    return picked.map((i) =>
      reportDeedOf((key) => (inSpans(INDEX, key) ? index(key, i) : data(key, i - lo)), isoDay, stories),
    );
  });
}

/** The rows that may hold selected deeds: the months selected or touched by a selected week, and the picks. */
function rowBlocks(sheet: Sheet, selection: Selection): Block[] {
  const months = new Set(selection.months);
  for (const week of selection.weeks) {
    const monday = mondayOfWeekKey(week);
    if (!monday) continue;
    months.add(monthKey(monday));
    months.add(monthKey(fromDayNumber(dayNumber(monday) + 6)));
  }
  // What an earlier month's final missed: the previous month's rows (a proposal accepted late) and every row
  // appended since that final (a late report of any month).
  const changes = selection.changes;
  if (changes) months.add(changes.month);
  const appended: Block[] =
    changes && changes.afterRow < sheet.getLastRow() ? [[Math.max(2, changes.afterRow + 1), sheet.getLastRow()]] : [];
  const blocks = [...[...months].flatMap((m) => monthEntry(sheet, m).b), ...appended];
  const column = (key: DeedKey) => wholeColumn(DEED.col[key]);
  const picked = [
    ...[...selection.weeks].flatMap((w) => rowsMatchingPattern(sheet, column('media'), weekCellPattern(w))),
    ...[...selection.months].flatMap((m) => rowsMatchingPattern(sheet, column('media'), bulletinPattern(m))),
  ].filter((r) => r > 1);
  return mergeBlocks([...blocks, ...picked.map((r): Block => [r, r])], Infinity);
}

/** A deed from its cells (by column key); the description is '' unless `stories`. The playground reads rows with it too. */
export function reportDeedOf(
  cell: (key: DeedKey) => unknown,
  isoDay: (v: unknown) => string,
  stories: boolean,
  typeOf: (code: string) => UnitType | undefined = unitTypeOf,
): ReportDeed {
  const get = (key: DeedKey) => cellText(cell(key));
  const marks = readMarks(cell('honours'), cell('media')).marks;
  // A «Chi tiết» edited by hand out of its lines tells no start date, place or people: the sidebar shows it whole.
  const details = decodeDetails(cell('details')) ?? NO_DETAILS;
  const doneOn = isoDay(cell('doneOn'));
  return {
    id: get('id'),
    unitCode: get('unitCode'),
    unitName: get('unitName'),
    unitType: typeOf(get('unitCode')),
    performerKind: codeByLabel(PERFORMER_KINDS, get('performerKind')) ?? 'ca_nhan',
    performerName: get('performerName'),
    performerRole: get('performerRole'),
    title: get('title'),
    field: fieldByLabel(get('field')) ?? 'khac',
    nature: codeByLabel(NATURES, get('nature')) ?? 'dot_xuat',
    startDate: details.startDate,
    doneOn,
    week: weekOfDay(doneOn),
    month: get('month'),
    status: codeByLabel(STATUSES, get('status')) ?? 'moi',
    thuKhen: marks.thuKhen,
    giayKhen: marks.giayKhen,
    radioWeek: weekKeyOf(marks.phatThanh),
    bulletinMonth: marks.banTin,
    flagStory: marks.chuyenDuoiCo,
    note: get('note'),
    receivedAt: instant(cell('receivedAt')),
    reviewedAt: instant(cell('reviewedAt')),
    description: stories ? get('description') : '',
    place: details.place,
    beneficiaries: details.beneficiaries,
  };
}

/** yyyy-MM-dd of a date cell in the campaign's zone; deeds share few distinct days, so each is formatted once. */
export function dayFormatter(): (v: unknown) => string {
  const seen = new Map<number, string>();
  return (v) => {
    if (!(v instanceof Date)) return '';
    const t = v.getTime();
    let day = seen.get(t);
    if (day === undefined) {
      day = formatLocal(v, 'yyyy-MM-dd');
      seen.set(t, day);
    }
    return day;
  };
}
