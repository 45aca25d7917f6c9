// Near-duplicate deeds through the real bundle: the later report points at the earlier one, nothing is dropped,
// a submission costs the same Sheets calls, and the index comes back from the sheet when the cache loses it.
import { submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import type { DeedDetail, DeedPage, Result } from '#contract';
import { freshAddOn, tabRows } from '../helpers';

type AddOn = ReturnType<typeof freshAddOn>;
const cell = (row: unknown[] | undefined, key: keyof typeof DEED.col) => row?.[DEED.col[key]];

/** The Hội Cựu chiến binh's report of a house repair, and the commune's own report of the same deed. */
const VETERANS = {
  unit: 'Chi bộ Hội Cựu chiến binh huyện',
  performerKind: 'Tập thể',
  performerName: 'Hội Cựu chiến binh huyện',
  title: 'Sửa nhà tình thương cho bà Sáu',
  description:
    'Hội Cựu chiến binh huyện vận động hội viên góp 35 triệu đồng và 60 ngày công sửa chữa nhà tình thương cho ' +
    'bà Lê Thị Sáu, 78 tuổi, sống neo đơn ở ấp Xóm Mới, xã Tân An Hội.',
  nature: 'Đột xuất',
  doneOn: '2026-11-20',
};
const COMMUNE = {
  ...VETERANS,
  unit: 'Đảng bộ xã Tân An Hội',
  performerName: 'Chi hội Cựu chiến binh ấp Xóm Mới',
  title: 'Cựu chiến binh sửa nhà cho cụ bà neo đơn ấp Xóm Mới',
  description:
    'Hội viên Cựu chiến binh góp 35 triệu đồng cùng 60 ngày công sửa lại căn nhà xuống cấp của bà Lê Thị Sáu ' +
    '(78 tuổi), sống một mình tại ấp Xóm Mới, xã Tân An Hội.',
  doneOn: '2026-11-21',
};
/** The same kind of deed, elsewhere and by other people: not a duplicate. */
const OTHER_HOUSE = {
  ...VETERANS,
  unit: 'Đảng bộ xã Phước Hiệp',
  performerName: 'Đoàn thanh niên xã',
  title: 'Sửa nhà cho hộ cận nghèo ấp 4',
  description:
    'Đoàn thanh niên xã Phước Hiệp góp ngày công, vận động 15 triệu đồng sửa mái tôn, tô lại tường nhà bà ' +
    'Nguyễn Thị Bảy, hộ cận nghèo ở ấp 4.',
};

function stored(addOn: AddOn, keyed: Record<string, string>): string {
  const result = submitAnswers(addOn, keyed);
  expect(result.status).toBe('stored');
  return result.id!;
}

const rowOf = (addOn: AddOn, id: string) => tabRows(addOn, DEED.name).find((r) => r[DEED.col.id] === id);

describe('near-duplicate deeds at intake', () => {
  it('points the second of two units’ reports of one deed at the first, and stores both', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const second = stored(addOn, COMMUNE);
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
    expect(cell(rowOf(addOn, first), 'duplicateOf')).toBe('');
    expect(cell(rowOf(addOn, second), 'duplicateOf')).toBe(first);
  });

  it('leaves a different deed of the same kind unmarked', () => {
    const addOn = freshAddOn();
    stored(addOn, VETERANS);
    const other = stored(addOn, OTHER_HOUSE);
    expect(cell(rowOf(addOn, other), 'duplicateOf')).toBe('');
  });

  it('flags last week’s text sent again with small edits, typed without accents', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, { ...VETERANS, doneOn: '2026-11-13' });
    const bare = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd');
    const resent = stored(addOn, {
      ...VETERANS,
      title: bare(VETERANS.title),
      description: bare(VETERANS.description.replace('sống neo đơn', 'sống một mình')),
      doneOn: '2026-11-20',
    });
    expect(cell(rowOf(addOn, resent), 'duplicateOf')).toBe(first);
  });

  it('does not touch the field check: flagged and the reason are those of the deed alone', () => {
    const alone = freshAddOn();
    const aloneRow = rowOf(alone, stored(alone, { ...COMMUNE, field: 'Hòa giải bức xúc của Nhân dân' }));
    const addOn = freshAddOn();
    stored(addOn, VETERANS);
    const row = rowOf(addOn, stored(addOn, { ...COMMUNE, field: 'Hòa giải bức xúc của Nhân dân' }));
    expect(cell(row, 'duplicateOf')).not.toBe('');
    for (const key of ['flagged', 'fieldReason', 'field', 'status', 'confidence'] as const)
      expect(cell(row, key)).toEqual(cell(aloneRow, key));
    expect(cell(row, 'flagged')).toBe(true);
  });

  it('ignores the same text done more than two weeks apart', () => {
    const addOn = freshAddOn();
    stored(addOn, { ...VETERANS, doneOn: '2026-10-30' });
    const later = stored(addOn, { ...VETERANS, doneOn: '2026-11-20', title: 'Sửa nhà tình thương cho bà Sáu (đợt 2)' });
    expect(cell(rowOf(addOn, later), 'duplicateOf')).toBe('');
  });
});

describe('the index', () => {
  /** Sheets and cache calls of one submission, after a first one has warmed the caches. */
  function callsOf(addOn: AddOn, keyed: Record<string, string>) {
    addOn.runtime.meter.reset();
    stored(addOn, keyed);
    const snap = addOn.runtime.meter.snapshot();
    const cache = Object.entries(snap.calls).filter(([k]) => k.startsWith('Cache.Cache.'));
    return {
      sheets: snap.sheetsCalls,
      // Less the one read of the header row every submission makes first (src/app/structureGuard.ts).
      reads: (snap.calls['Spreadsheet.Range.getValues'] ?? 0) - 1,
      cache: cache.reduce((n, [, c]) => n + c, 0),
    };
  }

  it('costs a duplicate submission the same Sheets calls as any other, and no sheet read', () => {
    const addOn = freshAddOn();
    stored(addOn, { ...OTHER_HOUSE, title: 'Lượt đầu: nạp cấu hình và chỉ mục', doneOn: '2026-10-01' });
    const plain = callsOf(addOn, VETERANS);
    const duplicate = callsOf(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).not.toBe('');
    expect(duplicate).toEqual(plain);
    expect(duplicate.sheets).toBeLessThanOrEqual(7);
    expect(duplicate.reads).toBe(0);
    expect(duplicate.cache).toBe(3); // config get, index getAll, index putAll
  });

  it('survives the cache’s expiry: rebuilt from «Việc tốt» with two more Sheets calls, once', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    addOn.runtime.clock.advance(7 * 3600_000); // CacheService keeps nothing longer than six hours
    addOn.runtime.scriptRun('getSidebarState'); // the settings come back into the cache: only the index is cold
    const rebuilt = callsOf(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).toBe(first);
    const warm = callsOf(addOn, { ...OTHER_HOUSE, title: 'Sửa nhà cho hộ cận nghèo ấp 4, xã Phước Hiệp' });
    expect(rebuilt.sheets).toBe(warm.sheets + 2); // getLastRow, and one getValues of the last rows
    expect(rebuilt.reads).toBe(1);
    expect(warm.reads).toBe(0);
  });

  it('keeps working when the index outgrows one cache value', () => {
    const addOn = freshAddOn();
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    // 1,500 deeds of the last weeks, written straight into the sheet: the rebuild fingerprints them all.
    const rows = Array.from({ length: 1500 }, (_, i) => {
      const row: unknown[] = Array.from({ length: sheet.getLastColumn() }, () => '');
      row[DEED.col.id] = `VT-${i.toString(16).padStart(12, '0')}`;
      row[DEED.col.title] = `Việc tốt số ${i} của ấp ${i % 40}`;
      row[DEED.col.description] = `Hộ ${i} được giúp ${i * 7} ngày công, ${i * 3} triệu đồng, mã ${i.toString(36)}.`;
      row[DEED.col.doneOn] = new Date(Date.UTC(2026, 10, 1 + (i % 26)));
      return row;
    });
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
    sheet.getRange(2, 1, rows.length, rows[0]!.length).setValues(rows as never);
    const first = stored(addOn, VETERANS); // rebuilds the index: ~1,500 deeds, several cache values
    const second = callsOf(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).toBe(first);
    expect(second.reads).toBe(0); // read back whole from the cache
  });
});

describe('the sidebar', () => {
  it('gets the earlier deed’s id in the list and the detail, and opens the earlier deed by it', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const second = stored(addOn, COMMUNE);
    const page = addOn.runtime.scriptRun('listDeeds', {
      filter: { month: '2026-11' },
      offset: 0,
      limit: 20,
    }) as Result<DeedPage>;
    expect(page.ok && page.value.items.map((d) => [d.id, d.duplicateOf])).toEqual([
      [second, first],
      [first, null],
    ]);
    const detail = addOn.runtime.scriptRun('getDeed', { id: second }) as Result<DeedDetail>;
    expect(detail.ok && detail.value.duplicateOf).toBe(first);
    const earlier = addOn.runtime.scriptRun('getDeed', { id: first }) as Result<DeedDetail>;
    expect(earlier.ok && earlier.value.title).toBe(VETERANS.title);
  });
});
