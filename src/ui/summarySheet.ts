// The monthly summary tab as people read it: blocks of cells stacked down the tab (each written with one
// setValues), the colours of the unit × week grid, and the charts drawn over two of the blocks.
import { FIELDS, RECOGNITIONS, UNIT_GROUPS, UNIT_TYPES } from '#shared/codes';
import type { MonthSummary, ReportDeed, Tally } from '../domain/summary';
import * as MSG_REPORT from '#shared/messages/report';
import { dayLabel, monthLabel, monthTitle, weekLabel } from './reportText';
import type { MonthExtras } from './reportText';

export type Cell = string | number;
export type BlockKey = 'charts' | 'byWeek' | 'byField' | 'byGroup';

export interface TabBlock {
  key?: BlockKey;
  title: string;
  header?: readonly string[];
  rows: Cell[][];
  /** Background of each cell of `rows` (null: none). */
  shade?: (string | null)[][];
  /** Empty rows kept below the block (room for the charts). */
  space?: number;
}

export interface TabChart {
  title: string;
  kind: 'column' | 'bar';
  /** The block whose first two columns are the labels and the values. */
  data: BlockKey;
  /** Drawn over the empty rows of this block, from this column. */
  anchor: BlockKey;
  column: number;
  width: number;
  height: number;
}

export interface TabLayout {
  blocks: TabBlock[];
  charts: TabChart[];
  /** Column widths: [first column, number of columns, pixels]. */
  widths: [number, number, number][];
}

const SHADE = { done: '#dcfce7', missed: '#fee2e2', elsewhere: '#f1f5f9' };
/** Marks of the unit × week grid, explained by MSG_REPORT.coverageLegend. */
const MARK = { missed: '–', elsewhere: '0*' };
const CHART_ROWS = 16;

const deedRow = (d: ReportDeed): Cell[] => [d.title, d.unitName, d.performerName, dayLabel(d.doneOn), d.note, d.id];
const orNone = (rows: Cell[][]) => (rows.length > 0 ? rows : [[MSG_REPORT.none]]);
const tally = (t: Tally): Cell[] => [t.deeds, t.units, t.reported, t.silent];

/** «Bổ sung tháng trước»: proposals of earlier months accepted after last month's email, then late reports. */
function supplementBlock(x: MonthExtras): TabBlock[] {
  const sup = x.supplement;
  if (!sup) return [];
  const award = (d: ReportDeed) =>
    [d.thuKhen ? RECOGNITIONS.thu_khen : '', d.giayKhen ? RECOGNITIONS.giay_khen : ''].filter(Boolean).join(', ');
  const rows = [
    ...sup.proposals.map((d) => [award(d), ...deedRow(d)]),
    ...sup.late.map((d) => [MSG_REPORT.lateReport(monthLabel(d.month)), ...deedRow(d)]),
  ];
  return [
    {
      title: MSG_REPORT.supplement(x.sinceText),
      header: ['', ...MSG_REPORT.deedHeaders],
      rows: rows.length > 0 ? rows : [[MSG_REPORT.supplementNone]],
    },
  ];
}

export function summaryLayout(
  s: MonthSummary,
  c: {
    organisation: string;
    standingCommittee: string;
    standingBoard: string;
    baseLevel: string;
    builtAt: string;
  } & MonthExtras,
): TabLayout {
  const f = MSG_REPORT.figure;
  const missing = s.coverage.filter((r) => r.missed.length > 0).length;
  const short = MSG_REPORT.deedHeaders.slice(0, 4);
  const shortRow = (d: ReportDeed) => deedRow(d).slice(0, 4);
  const grid = s.coverage.map((r) =>
    s.weeks.map((w, i): [Cell, string | null] => {
      if ((r.counts[i] ?? 0) > 0) return [r.counts[i] ?? 0, SHADE.done];
      if (r.elsewhere[i]) return [MARK.elsewhere, SHADE.elsewhere];
      return r.missed.includes(w.key) ? [MARK.missed, SHADE.missed] : ['', null];
    }),
  );
  const blocks: TabBlock[] = [
    {
      title: `${monthTitle(s.month, c.draft)} — ${MSG_REPORT.campaign}`,
      rows: [
        [MSG_REPORT.builtAt(c.organisation, c.builtAt)],
        ...(c.draft ? [[MSG_REPORT.draftNotice(c.draft.until, c.draft.closing)]] : []),
        [MSG_REPORT.countingRule],
      ],
    },
    {
      title: MSG_REPORT.figures,
      rows: [
        [f.deeds, s.deeds],
        [f.approved, s.approved],
        [f.pending, s.deeds - s.approved],
        [f.activeUnits, s.activeUnits],
        [f.reported, s.reportedUnits],
        [f.silent, s.silentUnits.length],
        [f.missing, missing],
        [f.thuKhen, s.thuKhen.length],
        [f.giayKhen, s.giayKhen.length],
        [f.radioWeeks, `${s.radioWeeks.met}/${s.radioWeeks.of}`],
      ],
    },
    { key: 'charts', title: MSG_REPORT.charts, rows: [], space: CHART_ROWS },
    {
      title: MSG_REPORT.proposals(c.standingCommittee, RECOGNITIONS.thu_khen, s.thuKhen.length),
      header: MSG_REPORT.deedHeaders,
      rows: orNone(s.thuKhen.map(deedRow)),
    },
    {
      title: MSG_REPORT.proposals(c.standingBoard, RECOGNITIONS.giay_khen, s.giayKhen.length),
      header: MSG_REPORT.deedHeaders,
      rows: orNone(s.giayKhen.map(deedRow)),
    },
    ...supplementBlock(c),
    {
      title: MSG_REPORT.coverage,
      header: [
        ...MSG_REPORT.coverageHeaders,
        ...s.weeks.map((w) => (w.owned ? weekLabel(w) : MSG_REPORT.neighbourWeek(weekLabel(w)))),
      ],
      rows: [
        ...s.coverage.map((r, i) => [
          r.unitName,
          r.unitType ? UNIT_TYPES[r.unitType] : '',
          r.missed.length,
          ...(grid[i] ?? []).map(([v]) => v),
        ]),
        [MSG_REPORT.coverageLegend],
      ],
      shade: [...grid.map((cells) => [null, null, null, ...cells.map(([, bg]) => bg)]), []],
    },
    {
      key: 'byWeek',
      title: MSG_REPORT.byWeek,
      header: MSG_REPORT.byWeekHeaders,
      rows: s.weeks.map((w, i) => [weekLabel(w), s.byWeek[i] ?? 0, s.radio[i]?.length ?? 0, s.radioTarget]),
    },
    {
      key: 'byField',
      title: MSG_REPORT.byField,
      header: MSG_REPORT.byFieldHeaders,
      rows: orNone(s.byField.map((x) => [FIELDS[x.field], x.deeds])),
    },
    {
      key: 'byGroup',
      title: MSG_REPORT.byGroup,
      header: MSG_REPORT.byGroupHeaders,
      rows: orNone(s.byGroup.map((g) => [UNIT_GROUPS[g.group].label, ...tally(g)])),
      space: Math.max(0, CHART_ROWS - s.byGroup.length - 1),
    },
    {
      title: MSG_REPORT.byKind,
      header: MSG_REPORT.byKindHeaders,
      rows: orNone(
        s.byGroup.flatMap((g) => g.kinds.map((k) => [UNIT_GROUPS[g.group].label, UNIT_TYPES[k.unitType], ...tally(k)])),
      ),
    },
    {
      title: MSG_REPORT.byBase(c.baseLevel),
      header: MSG_REPORT.byBaseHeaders(c.baseLevel),
      rows: orNone(s.byBaseCommittee.map((b) => [b.name, ...tally(b)])),
    },
    {
      title: MSG_REPORT.radio,
      header: [MSG_REPORT.byWeekHeaders[0], ...MSG_REPORT.deedHeaders.slice(0, 3)],
      rows: orNone(
        s.weeks.flatMap((w, i) => (s.radio[i] ?? []).map((d) => [weekLabel(w), d.title, d.unitName, d.performerName])),
      ),
    },
    {
      title: MSG_REPORT.bulletin(s.bulletin.length),
      header: short,
      rows: orNone(s.bulletin.map(shortRow)),
    },
    {
      title: MSG_REPORT.flagStories(s.flagStories.length),
      header: short,
      rows: orNone(s.flagStories.map(shortRow)),
    },
    {
      title: MSG_REPORT.silentUnits(s.silentUnits.length),
      header: MSG_REPORT.silentHeaders,
      rows: orNone(s.silentUnits.map((u) => [u.name, UNIT_TYPES[u.unitType], u.email])),
    },
  ];
  return {
    blocks,
    charts: [
      {
        title: MSG_REPORT.chartByWeek,
        kind: 'column',
        data: 'byWeek',
        anchor: 'charts',
        column: 1,
        width: 560,
        height: 320,
      },
      {
        title: MSG_REPORT.chartByField,
        kind: 'bar',
        data: 'byField',
        anchor: 'charts',
        column: 3,
        width: 620,
        height: 320,
      },
      {
        title: MSG_REPORT.chartByGroup,
        kind: 'bar',
        data: 'byGroup',
        anchor: 'byGroup',
        column: 6,
        width: 520,
        height: 300,
      },
    ],
    widths: [
      [1, 1, 380],
      [2, 1, 220],
      [3, 1, 170],
      [4, 6, 120],
    ],
  };
}
