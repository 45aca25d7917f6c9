// Near-duplicate deeds through the real bundle: the later report points at the earlier one, nothing is dropped,
// and the index in its hidden tab holds 60 days at city scale for a few cells read per submission.
import { AUDIT_VIEW, auditRows } from '../auditView';
import { LABELLED, rng } from '../../local/demo';
import { submitAnswers } from '../../local/flows';
import { dayNumber, parseLocalDate } from '../../src/domain/calendar';
import { BUCKETS, BUCKET_CHARS, bucketsOf, indexedToCell } from '../../src/domain/duplicateBands';
import { profile } from '../../src/domain/similarity';
import { AUDIT, DEED, DUPLICATE_INDEX, DUPLICATE_INDEX_TAB, INCIDENTS, PENDING } from '../../src/domain/tabs';
import * as MSG_DUPLICATE from '../../src/shared/messages/duplicate';
import type { DeedDetail, DeedPage, Result } from '#contract';
import { freshAddOn, okValue, review, tabRows } from '../helpers';

type AddOn = ReturnType<typeof freshAddOn>;
const cell = (row: unknown[] | undefined, key: keyof typeof DEED.col) => row?.[DEED.col[key]];

/** The Hội Cựu chiến binh's report of a house repair, and the commune's own report of the same deed. */
const VETERANS = {
  unit: 'Chi bộ Hội Cựu chiến binh huyện',
  performerKind: 'Tập thể',
  performerName: 'Hội Cựu chiến binh huyện',
  place: 'Ấp Xóm Mới, xã Tân An Hội',
  beneficiaries: 'Bà Lê Thị Sáu',
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
  place: 'Xóm Mới',
  beneficiaries: 'Cụ Lê Thị Sáu, 78 tuổi',
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
  place: 'Ấp 4, xã Phước Hiệp',
  beneficiaries: 'Bà Nguyễn Thị Bảy',
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

  it('flags a report sent again with small edits, typed without accents', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const bare = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd');
    const resent = stored(addOn, {
      ...VETERANS,
      title: bare(VETERANS.title),
      description: bare(VETERANS.description.replace('sống neo đơn', 'sống một mình')),
      place: bare(VETERANS.place),
    });
    expect(cell(rowOf(addOn, resent), 'duplicateOf')).toBe(first);
  });

  it('does not touch the field check: flagged and the reason are those of the deed alone', () => {
    const alone = freshAddOn();
    // The unit chose «Hòa giải»; the categoriser is sure of an_sinh_xa_hoi, so the choice is kept and flagged.
    const mediation = { ...COMMUNE, field: 'Hòa giải bức xúc của Nhân dân' };
    const aloneRow = rowOf(alone, stored(alone, mediation));
    const addOn = freshAddOn();
    stored(addOn, VETERANS);
    const row = rowOf(addOn, stored(addOn, mediation));
    expect(cell(row, 'duplicateOf')).not.toBe('');
    for (const key of ['flagged', 'fieldReason', 'field', 'status', 'confidence'] as const)
      expect(cell(row, key)).toEqual(cell(aloneRow, key));
    expect(cell(row, 'flagged')).toBe(true);
  });

  it('ignores the same text done a week apart: a weekly habit done again', () => {
    const addOn = freshAddOn();
    stored(addOn, { ...VETERANS, doneOn: '2026-11-13' });
    const later = stored(addOn, VETERANS);
    expect(cell(rowOf(addOn, later), 'duplicateOf')).toBe('');
  });

  it('ignores the same text reused for another hamlet and family the next day', () => {
    const addOn = freshAddOn();
    stored(addOn, VETERANS);
    const swap = (s: string) => s.replace(/Xóm Mới/g, 'Bàu Sim').replace(/Lê Thị Sáu/g, 'Trần Thị Năm');
    const next = stored(addOn, {
      ...VETERANS,
      title: 'Sửa nhà tình thương cho bà Năm',
      description: swap(VETERANS.description),
      place: swap(VETERANS.place),
      beneficiaries: swap(VETERANS.beneficiaries),
      doneOn: '2026-11-21',
    });
    expect(cell(rowOf(addOn, next), 'duplicateOf')).toBe('');
  });
});

describe('the index', () => {
  /** What one submission costs, from the meter. */
  function costOf(addOn: AddOn, keyed: Record<string, string>) {
    addOn.runtime.meter.reset();
    stored(addOn, keyed);
    const snap = addOn.runtime.meter.snapshot();
    return {
      cellsRead: snap.cellsRead,
      reads: (snap.calls['Spreadsheet.Range.getValue'] ?? 0) + (snap.calls['Spreadsheet.Range.getValues'] ?? 0),
      sheets: snap.sheetsCalls,
    };
  }

  /**
   * The hidden tab as it stands after `count` deeds spread over the last 60 days (~41,000 at 250,000 a year),
   * written straight into the sheet: 2,050 variants of the labelled deeds (another hamlet and family each),
   * each told about 20 times over the 60 days (computing 41,000 profiles would take the test minutes).
   */
  function cityIndex(addOn: AddOn, count: number, lastDay: string): void {
    const random = rng(18);
    const last = dayNumber(parseLocalDate(lastDay)!);
    const variants = Array.from({ length: 2_050 }, (_, v) => {
      const deed = LABELLED[v % LABELLED.length]!;
      const n = Math.floor(random() * 1e6);
      const text = {
        unit: 'X-TANANHOI',
        title: deed.title,
        description: deed.description,
        place: `Ấp ${n % 53}`,
        beneficiaries: `Hộ ông Nguyễn Văn ${n.toString(36)}`,
        performer: '',
      };
      return { text, buckets: bucketsOf(profile({ ...text, day: 0 })) };
    });
    const buckets: string[][] = Array.from({ length: BUCKETS }, () => []);
    const slots: string[][] = [];
    for (let slot = 0; slot < count; slot++) {
      const { text, buckets: mine } = variants[slot % variants.length]!;
      const day = last - 59 + Math.floor((slot * 60) / count);
      for (const b of mine) buckets[b]!.push(`${slot.toString(36)}.${day.toString(36)}`);
      slots.push([indexedToCell({ ...text, id: `VT-${slot.toString(16).padStart(12, '0')}`, day })]);
    }
    // Each bucket as addToBucket leaves it: the newest entries that fit in BUCKET_CHARS.
    const cells = buckets.map((entries) => {
      let [from, chars] = [entries.length, -1];
      while (from > 0 && chars + entries[from - 1]!.length + 1 <= BUCKET_CHARS) chars += entries[--from]!.length + 1;
      return [entries.slice(from).join(' ')];
    });
    const sheet = addOn.runtime.spreadsheet.insertSheet(DUPLICATE_INDEX_TAB);
    sheet.hideSheet();
    sheet.deleteColumns(3, sheet.getMaxColumns() - 2); // as the add-on made it before it had a header row
    sheet.insertRowsAfter(sheet.getMaxRows(), count + 1 - sheet.getMaxRows());
    sheet.getRange(1, 2).setValue(`${count} ${count + 1}`);
    sheet.getRange(2, 1, BUCKETS, 1).setValues(cells);
    sheet.getRange(2, 2, count, 1).setValues(slots);
  }

  it('holds 60 days at 250,000 deeds a year and reads a few cells of it per submission, in a few calls', () => {
    const small = freshAddOn();
    stored(small, { ...OTHER_HOUSE, doneOn: '2026-10-01' }); // set-up and the first index
    const alone = costOf(small, VETERANS);

    const addOn = freshAddOn();
    cityIndex(addOn, 41_000, '2026-11-21');
    stored(addOn, { ...OTHER_HOUSE, doneOn: '2026-10-01' });
    const first = costOf(addOn, VETERANS);
    const second = costOf(addOn, COMMUNE);
    const rows = tabRows(addOn, DEED.name);
    expect(cell(rows.at(-1), 'duplicateOf')).toBe(cell(rows.at(-2), 'id'));
    // The index's part: at most 8 bucket cells, the head cell and 12 candidates' texts, one getValue each.
    for (const cost of [first, second]) {
      expect(cost.cellsRead - alone.cellsRead).toBeLessThanOrEqual(21);
      expect(cost.reads - alone.reads).toBeLessThanOrEqual(21);
      // ≤ 3 s even at a pessimistic 0.1 ms a cell read.
      expect(cost.cellsRead * 0.1).toBeLessThan(3_000);
    }
  });

  it('survives the cache’s expiry: nothing is rebuilt, the tab is the index', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    addOn.runtime.clock.advance(7 * 3600_000); // CacheService keeps nothing longer than six hours
    addOn.runtime.scriptRun('getSidebarState');
    stored(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).toBe(first);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DUPLICATE_INDEX_TAB)!;
    expect(sheet.isSheetHidden()).toBe(true);
    expect(sheet.getRange('A1:C2').getValues()[0]).toEqual(DUPLICATE_INDEX.headers);
    expect(sheet.getRange(2, 3).getValue()).toBe(`2 ${BUCKETS + 1}`);
  });

  it('gives an index made before it had a header row its header, once, and keeps finding what it holds', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DUPLICATE_INDEX_TAB)!;
    // The old layout: no header, the counter in B1, two columns.
    const counter = String(sheet.getRange(2, 3).getValue());
    sheet.deleteColumns(3, 1);
    sheet.getRange('A1:B1').setValues([['', counter]]);
    stored(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).toBe(first);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(DUPLICATE_INDEX.headers);
    expect(sheet.getRange(2, 3).getValue()).toBe(`2 ${BUCKETS + 1}`);
  });

  it('refuses to write an index whose header a person changed, with an incident; the deed is still recorded', () => {
    const addOn = freshAddOn();
    stored(addOn, VETERANS);
    const sheet = addOn.runtime.spreadsheet.getSheetByName(DUPLICATE_INDEX_TAB)!;
    sheet.getRange('B1').setValue('Ghi chú');
    const before = sheet.getRange('B2:C3').getValues();
    submitAnswers(addOn, COMMUNE);
    expect(sheet.getRange('B2:C3').getValues()).toEqual(before);
    expect(tabRows(addOn, INCIDENTS.name).some((r) => String(r[3]).includes(DUPLICATE_INDEX_TAB))).toBe(true);
    expect(tabRows(addOn, DEED.name).length + tabRows(addOn, PENDING.name).length).toBe(2);
  });

  it('starts from the last deeds of «Việc tốt» when the hidden tab is missing', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    addOn.runtime.spreadsheet.deleteSheet(addOn.runtime.spreadsheet.getSheetByName(DUPLICATE_INDEX_TAB)!);
    stored(addOn, COMMUNE);
    expect(cell(tabRows(addOn, DEED.name).at(-1), 'duplicateOf')).toBe(first);
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

describe('the reviewer’s verdict', () => {
  const audited = (addOn: AddOn, id: string) =>
    auditRows(addOn)
      .filter((r) => r[AUDIT_VIEW.col.deedId] === id)
      .map((r) => [
        r[AUDIT_VIEW.col.action],
        r[AUDIT_VIEW.col.column],
        r[AUDIT_VIEW.col.before],
        r[AUDIT_VIEW.col.after],
      ]);

  it('«Không trùng» clears the mark for good, audited with the pair', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const second = stored(addOn, COMMUNE);
    const d = okValue(review(addOn, second, { kind: 'duplicate', same: false }));
    expect(d.duplicateOf).toBeNull();
    expect(d.status).toBe('moi');
    expect(cell(rowOf(addOn, second), 'duplicateOf')).toBe('');
    expect(audited(addOn, second)).toEqual([['xét trùng', 'Có thể trùng với', first, '']]);
    // Nothing marks the pair again: another deed later is checked, this one is not.
    stored(addOn, { ...OTHER_HOUSE, doneOn: '2026-11-22' });
    expect(cell(rowOf(addOn, second), 'duplicateOf')).toBe('');
    // A second verdict has nothing left to judge.
    const again = review(addOn, second, { kind: 'duplicate', same: false });
    expect(again.ok || again.error).toBe(MSG_DUPLICATE.notMarked);
  });

  it('«Trùng» rejects the later deed with the earlier one as its reason, keeping the pair on the row', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const second = stored(addOn, COMMUNE);
    const d = okValue(review(addOn, second, { kind: 'duplicate', same: true }));
    expect(d.status).toBe('tu_choi');
    expect(d.note).toContain(MSG_DUPLICATE.sameReason(first));
    expect(d.duplicateOf).toBe(first);
    expect(audited(addOn, second).map((r) => r[0])).toEqual(['xét trùng', 'xét trùng']);
  });

  it('refuses a verdict on a deed that carries no mark, and an argument of the wrong shape', () => {
    const addOn = freshAddOn();
    const first = stored(addOn, VETERANS);
    const refused = review(addOn, first, { kind: 'duplicate', same: false });
    expect(refused.ok).toBe(false);
    const bad = review(addOn, first, { kind: 'duplicate', same: 'yes' } as never);
    expect(bad.ok).toBe(false);
    expect(tabRows(addOn, AUDIT.name)).toEqual([]);
  });
});
