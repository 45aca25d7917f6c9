// The sidebar's list at city scale, through the bundle: a page reads its month's rows (the month index), never the
// whole tab; a search goes on with «Tìm tiếp» and loses no deed; the index heals after rows are moved by hand; the
// month list reaches back to the first deed.
import type { AddOn } from '../../local/addon';
import { REVIEWER } from '../../local/flows';
import type { DeedPage, SidebarState } from '#contract';
import { DEED } from '../../src/domain/tabs';
import { deedRow, putRows, sheetAt } from './reporting-fixtures';
import type { DeedSpec } from './reporting-fixtures';
import { fireSubmission, okValue, review, sidebarCall, titledAnswers } from '../helpers';

const day = (month: string, i: number) => `${month}-${String(1 + (i % 28)).padStart(2, '0')}`;

/** So many deeds in each month, oldest month first; every 50th tells of «cầu khỉ» in its title. */
function sheetWith(months: Record<string, number>, spec: Partial<DeedSpec> = {}): AddOn {
  const addOn = sheetAt('2026-11-20T09:00:00+07:00');
  putRows(
    addOn,
    Object.entries(months).flatMap(([m, count]) =>
      Array.from({ length: count }, (_, i) =>
        deedRow({
          doneOn: day(m, i),
          status: 'moi',
          title: i % 50 === 0 ? `Sửa cầu khỉ ${m} ${i}` : undefined,
          ...spec,
        }),
      ),
    ),
  );
  return addOn;
}

type Args = { filter: object; offset?: number; from?: number };
const list = (addOn: AddOn, { filter, offset = 0, from }: Args) =>
  okValue(
    sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', {
      filter: { month: '2026-11', ...filter },
      offset,
      limit: 20,
      ...(from === undefined ? {} : { from }),
    }),
  );

/** Cells read and Sheets calls of one page. */
function cost(addOn: AddOn, args: Args): { cells: number; calls: number } {
  addOn.runtime.meter.reset();
  list(addOn, args);
  return { cells: addOn.runtime.meter.cellsRead, calls: addOn.runtime.meter.sheetsCalls() };
}

/** Every match of a search, page after page, «Tìm tiếp» after «Tìm tiếp», and how many scans it took. */
function searchAll(addOn: AddOn, filter: object): { titles: string[]; scans: number } {
  const titles: string[] = [];
  let from: number | undefined;
  for (let scans = 1; scans < 100; scans++) {
    let page = list(addOn, { filter, from });
    titles.push(...page.items.map((d) => d.title));
    while (page.offset + page.items.length < page.total) {
      page = list(addOn, { filter, from, offset: page.offset + 20 });
      titles.push(...page.items.map((d) => d.title));
    }
    if (page.more === null) return { titles, scans };
    from = page.more;
  }
  throw new Error('the search never ended');
}

describe('a sidebar page at any size', () => {
  it('reads the same cells and calls beside 1,000 or 60,000 older deeds, once the month is indexed', () => {
    const small = sheetWith({ '2026-10': 1000, '2026-11': 1000 });
    const older = Object.fromEntries(
      ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2026-10'].map((m) => [m, 10_000]),
    );
    const large = sheetWith({ ...older, '2026-11': 1000 });
    for (const addOn of [small, large]) list(addOn, { filter: {} }); // the first page indexes the month
    const a = cost(small, { filter: { status: 'moi' } });
    const b = cost(large, { filter: { status: 'moi' } });
    expect(b).toEqual(a);
    // The budget: SCAN_CELLS while scanning, the page's 20 rows whole, a few index cells.
    expect(cost(large, { filter: { search: 'cau khi' } }).cells).toBeLessThanOrEqual(20_000 + 20 * DEED.width + 10);
  });

  it('goes on with «Tìm tiếp» through a month larger than one scan, losing and repeating no deed', () => {
    const addOn = sheetWith({ '2026-11': 12_000 });
    const first = list(addOn, { filter: { search: 'cầu khỉ' } });
    expect(first.more).not.toBeNull();
    const { titles, scans } = searchAll(addOn, { search: 'cầu khỉ' });
    expect(scans).toBeGreaterThan(1);
    expect(new Set(titles).size).toBe(240);
    expect(titles).toHaveLength(240);
  });

  it('counts a new submission and a review in the month at once (the index follows intake and review)', () => {
    const addOn = sheetWith({ '2026-11': 100 });
    expect(list(addOn, { filter: {} }).statusCounts!.moi).toBe(100);
    fireSubmission(addOn, titledAnswers());
    const page = list(addOn, { filter: {} });
    expect(page.statusCounts!.moi).toBe(101);
    okValue(review(addOn, page.items[0]!.id, { kind: 'accept' }));
    expect(list(addOn, { filter: {} }).statusCounts).toEqual(expect.objectContaining({ moi: 100, da_duyet: 1 }));
  });

  it('heals after rows are moved by hand: the month is searched for again, no deed missing', () => {
    const addOn = sheetWith({ '2026-10': 300, '2026-11': 300 });
    expect(list(addOn, { filter: {} }).total).toBe(300);
    // Sorted by hand, newest month on top (no onEdit fires for a sort).
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const rows = sheet.getRange(2, 1, 600, DEED.width).getValues();
    sheet.getRange(2, 1, 600, DEED.width).setValues([...rows.slice(300), ...rows.slice(0, 300)]);
    const page = list(addOn, { filter: {} });
    expect(page.total).toBe(300);
    expect(page.items.every((d) => d.doneOn.startsWith('2026-11'))).toBe(true);
    expect(list(addOn, { filter: {}, offset: 280 }).items).toHaveLength(20);
  });

  it('answers while a submission holds the document lock (the index is saved by a later page)', () => {
    const addOn = sheetWith({ '2026-11': 50 });
    addOn.runtime.faults.holdLock('document', true);
    expect(list(addOn, { filter: {} }).total).toBe(50);
    addOn.runtime.faults.holdLock('document', false);
    expect(list(addOn, { filter: {} }).statusCounts!.moi).toBe(50);
  });
});

describe('the month list', () => {
  it('reaches back to the first deed, however old', () => {
    const addOn = sheetWith({ '2023-02': 3, '2026-11': 3 });
    const side = okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState'));
    expect(side.months[0]).toBe('2026-11');
    expect(side.months.at(-1)).toBe('2023-02');
    expect(side.months).toHaveLength(46);
    expect(list(addOn, { filter: { month: '2023-02' } }).total).toBe(3);
  });
});
