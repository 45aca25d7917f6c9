// Reads the deeds a report needs from "Việc tốt" in a fixed number of Sheets calls at any size: the index
// columns (week, month; radio week, bulletin month) over all rows, then only the columns reporting uses,
// one getValues per contiguous block, over the span of rows that holds the selected deeds.
import { checked } from './structureGuard';
import { FIELDS, NATURES, PERFORMER_KINDS, STATUSES, UNIT_TYPES, codeByLabel } from '#shared/codes';
import { DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import type { ReportDeed, Selection } from '../domain/summary';
import { formatLocal } from '../gas/clock';
import { tab } from '../gas/sheets';
import { cellText, isTicked } from './deedRows';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Column spans [first key, last key] read in one getValues each. */
export type Span = [DeedKey, DeedKey];
const INDEX: Span[] = [
  ['week', 'month'],
  ['phatThanh', 'banTin'],
];
/** What reporting shows, in four blocks that skip the long texts (description, reasons, place…phone). */
const DATA: Span[] = [
  ['id', 'title'],
  ['field', 'field'],
  ['nature', 'doneOn'],
  ['status', 'note'],
];
/** The weekly job tells the picked deeds' stories: the same four blocks, widened to the description, place and beneficiaries. */
const STORY_DATA: Span[] = [
  ['id', 'description'],
  ['field', 'field'],
  ['nature', 'beneficiaries'],
  ['status', 'note'],
];
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
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return [];
  const index = readSpans(sheet, 2, last - 1, INDEX);
  const col = (key: DeedKey, i: number) => cellText(index(key, i));
  const picked: number[] = [];
  for (let i = 0; i < last - 1; i++) {
    if (
      selection.months.has(col('month', i)) ||
      selection.weeks.has(col('week', i)) ||
      selection.weeks.has(col('phatThanh', i)) ||
      selection.months.has(col('banTin', i))
    )
      picked.push(i);
  }
  const lo = picked[0];
  const hi = picked[picked.length - 1];
  if (lo === undefined || hi === undefined) return [];
  const data = readSpans(sheet, lo + 2, hi - lo + 1, stories ? STORY_DATA : DATA);
  const isoDay = dayFormatter();
  return picked.map((i) =>
    reportDeedOf((key) => (inSpans(INDEX, key) ? index(key, i) : data(key, i - lo)), isoDay, stories),
  );
}

/** A deed from its cells (by column key); the story texts are '' unless `stories`. The playground reads rows with it too. */
export function reportDeedOf(
  cell: (key: DeedKey) => unknown,
  isoDay: (v: unknown) => string,
  stories: boolean,
): ReportDeed {
  const get = (key: DeedKey) => cellText(cell(key));
  const story = (key: DeedKey) => (stories ? get(key) : '');
  return {
    id: get('id'),
    unitCode: get('unitCode'),
    unitName: get('unitName'),
    unitType: codeByLabel(UNIT_TYPES, get('unitType')),
    performerKind: codeByLabel(PERFORMER_KINDS, get('performerKind')) ?? 'ca_nhan',
    performerName: get('performerName'),
    performerRole: get('performerRole'),
    title: get('title'),
    field: codeByLabel(FIELDS, get('field')) ?? 'khac',
    nature: codeByLabel(NATURES, get('nature')) ?? 'dot_xuat',
    startDate: isoDay(cell('startDate')),
    doneOn: isoDay(cell('doneOn')),
    week: get('week'),
    month: get('month'),
    status: codeByLabel(STATUSES, get('status')) ?? 'moi',
    thuKhen: isTicked(cell('thuKhen')),
    giayKhen: isTicked(cell('giayKhen')),
    radioWeek: get('phatThanh'),
    bulletinMonth: get('banTin'),
    flagStory: isTicked(cell('chuyenDuoiCo')),
    note: get('note'),
    description: story('description'),
    place: story('place'),
    beneficiaries: story('beneficiaries'),
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
