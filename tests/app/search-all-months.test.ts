// A search across every month at once (issue 14): the sidebar's «Tất cả các tháng», newest deed first, each call
// within the page's read budget (20,000 cells: 2 s at LATENCY.md's pessimistic 0.1 ms a cell), «Tìm tiếp» going on
// through older months until every match is found once; accent-insensitive whole words, as within a month.
import type { AddOn } from '../../local/addon';
import { REVIEWER } from '../../local/flows';
import { ALL_MONTHS } from '#contract';
import type { DeedPage } from '#contract';
import { DEED } from '../../src/domain/tabs';
import { deedRow, putRows, sheetAt } from './reporting-fixtures';
import { okValue, sidebarCall } from '../helpers';

const MONTHS = ['2024-03', '2025-01', '2025-09', '2026-11'];

/** 6,000 deeds in each month; every 300th tells of «cầu khỉ», one of 2024 of «cầu khi» (another word). */
function sheetWith(): AddOn {
  const addOn = sheetAt('2026-11-20T09:00:00+07:00');
  putRows(
    addOn,
    MONTHS.flatMap((m) =>
      Array.from({ length: 6_000 }, (_, i) =>
        deedRow({
          doneOn: `${m}-${String(1 + (i % 28)).padStart(2, '0')}`,
          status: 'moi',
          title: i % 300 === 0 ? `Sửa cầu khỉ ${m} ${i}` : i === 7 && m === '2024-03' ? 'Cầu khi nào xong' : undefined,
        }),
      ),
    ),
  );
  return addOn;
}

const page = (addOn: AddOn, search: string, from?: number, offset = 0) =>
  okValue(
    sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', {
      filter: { month: ALL_MONTHS, search },
      offset,
      limit: 20,
      ...(from === undefined ? {} : { from }),
    }),
  );

describe('search across every month', () => {
  it('finds every match of every month once, newest first, each call within the read budget', () => {
    const addOn = sheetWith();
    const titles: string[] = [];
    let from: number | undefined;
    let calls = 0;
    let most = 0;
    for (;;) {
      let offset = 0;
      let p: DeedPage;
      do {
        addOn.runtime.meter.reset();
        p = page(addOn, 'cầu khỉ', from, offset);
        most = Math.max(most, addOn.runtime.meter.cellsRead);
        calls++;
        titles.push(...p.items.map((d) => d.title));
        offset += 20;
      } while (offset < p.total);
      if (p.more === null) break;
      from = p.more;
    }
    expect(titles).toHaveLength(80);
    expect(new Set(titles).size).toBe(80);
    expect(titles[0]).toMatch(/^Sửa cầu khỉ 2026-11/);
    expect(titles.at(-1)).toBe('Sửa cầu khỉ 2024-03 0');
    expect(titles).not.toContain('Cầu khi nào xong'); // typed with its accents: «khỉ» only
    expect(calls).toBeGreaterThan(1); // 24,000 deeds do not fit one call's budget
    // What any call reads besides the deeds (roles, settings, header rows): a search of a Sheet with no deed.
    const empty = sheetAt('2026-11-20T09:00:00+07:00');
    empty.runtime.meter.reset();
    page(empty, 'cầu khỉ');
    const overhead = empty.runtime.meter.cellsRead;
    expect(overhead).toBeLessThan(1_000);
    expect(most).toBeLessThanOrEqual(overhead + 20_000 + 20 * DEED.width);
  });

  it('a word typed without accents finds it with any accents, in every month', () => {
    const addOn = sheetWith();
    let p = page(addOn, 'cau khi nao');
    while (p.total === 0 && p.more !== null) p = page(addOn, 'cau khi nao', p.more);
    expect(p.items.map((d) => d.title)).toEqual(['Cầu khi nào xong']);
  });

  it('refuses a month that is neither a month nor every month', () => {
    const addOn = sheetWith();
    const r = sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', { filter: { month: 'all' }, offset: 0, limit: 20 });
    expect(r.ok).toBe(false);
  });
});
