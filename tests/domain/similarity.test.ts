// The near-duplicate check on its own: Vietnamese stop words on their accented form, names and numbers as
// evidence, place and beneficiaries for or against, the date window, the candidate buckets, and floors on the
// held-out pairs of tests/data/duplicate-pairs.jsonl (measured: see docs/duplicate-accuracy.md).
import { LABELLED_PAIRS, comparePair, duplicateScores } from '../../local/demo';
import {
  BUCKETS,
  BUCKET_CHARS,
  KEYS_PER_DEED,
  MAX_CANDIDATES,
  addToBucket,
  bucketsOf,
  candidates,
  indexedFromCell,
  indexedToCell,
  parseBucket,
} from '../../src/domain/duplicateBands';
import { MAX_DAYS_APART, compare, profile } from '../../src/domain/similarity';
import type { DeedText } from '../../src/domain/similarity';

const HOUSE: DeedText = {
  unit: 'CB-HOICCB',
  title: 'Sửa nhà tình thương cho bà Sáu',
  description:
    'Hội Cựu chiến binh huyện vận động hội viên góp 35 triệu đồng và 60 ngày công sửa chữa nhà tình thương cho ' +
    'bà Lê Thị Sáu, 78 tuổi, sống neo đơn ở ấp Xóm Mới, xã Tân An Hội.',
  place: 'Ấp Xóm Mới, xã Tân An Hội',
  beneficiaries: 'Bà Lê Thị Sáu',
  performer: 'Hội Cựu chiến binh huyện',
  day: 20_000,
};
const bare = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
const words = (d: Partial<DeedText>) => [...profile({ ...HOUSE, ...d }).features.keys()];

describe('text features', () => {
  it('drops stop words on their accented form: «môi», «vệ», «dân», «nhân», «viên» survive, «mới», «về» go', () => {
    const keys = words({
      title: 'Dọn vệ sinh môi trường',
      description: 'Dân quân, công nhân, đoàn viên về bệnh viện thăm bệnh nhân mới mổ.',
    });
    for (const w of ['ve', 'moi', 'dan', 'nhan', 'vien']) expect(keys).toContain(w);
    expect(keys).toContain('ve sinh');
    expect(keys).toContain('moi truong');
    expect(keys).toContain('benh vien');
    expect(keys).toContain('cong nhan');
    // "mới" (new) and "về" (to) are stop words: no pair is made with them.
    expect(keys).toContain('mo');
    expect(keys).toContain('vien benh');
    for (const pair of ['moi mo', 'nhan moi', 've benh', 'vien ve']) expect(keys).not.toContain(pair);
    expect(words({ title: 'Việc tốt', description: 'Vận động nhân dân tham gia, hỗ trợ và giúp đỡ bà con' })).toEqual(
      [],
    );
  });

  it('keeps names and numbers as strong evidence, the same typed with or without accents', () => {
    const keys = words({});
    expect(keys).toEqual(expect.arrayContaining(['@le thi sau', '@xom moi', '@tan an hoi', '#35', '#60', '#78']));
    const typedBare = profile({ ...HOUSE, title: bare(HOUSE.title), description: bare(HOUSE.description) });
    const bareKeys = [...typedBare.features.keys()];
    expect(bareKeys.filter((k) => /^[@#]/.test(k)).sort()).toEqual(keys.filter((k) => /^[@#]/.test(k)).sort());
    // Without accents "bà", "ở" cannot be told from "ba" (three), "o": kept, so a few more words and pairs.
    expect(keys.filter((k) => bareKeys.includes(k)).length).toBeGreaterThan(keys.length * 0.8);
    expect(compare(profile(HOUSE), typedBare).duplicate).toBe(true);
  });

  it('a generic clean-up is not a specific canal clean-up', () => {
    const generic = profile({
      ...HOUSE,
      title: 'Dọn vệ sinh môi trường khu dân cư',
      description: 'Ra quân dọn vệ sinh môi trường khu dân cư.',
      place: 'Xã Tân Phú Trung',
      beneficiaries: '',
    });
    const canal = profile({
      ...HOUSE,
      title: 'Ra quân nạo vét kênh Thầy Cai đoạn ấp 4',
      description:
        'Sáng Chủ nhật, 85 đoàn viên, hội viên và dân quân xã Tân Thạnh Tây vớt 3 tấn lục bình, rác thải trên ' +
        '1,2 km kênh Thầy Cai đoạn qua ấp 4, dọn vệ sinh môi trường khu dân cư ven kênh.',
      place: 'Kênh Thầy Cai, ấp 4, xã Tân Thạnh Tây',
      beneficiaries: 'Bà con ấp 4',
    });
    expect(compare(generic, canal).duplicate).toBe(false);
  });
});

describe('the decision', () => {
  const house = profile(HOUSE);
  const retold = profile({
    ...HOUSE,
    unit: 'X-TANANHOI',
    title: 'Cựu chiến binh sửa nhà cho cụ bà neo đơn',
    description:
      'Các chú cựu chiến binh bỏ 60 công, góp 35 triệu sửa lại căn nhà dột nát của cụ Sáu (Lê Thị Sáu) 78 tuổi.',
    place: 'Xóm Mới',
    beneficiaries: 'Cụ Lê Thị Sáu',
    day: HOUSE.day + 1,
  });

  it('one event told by two units in their own words: found, the place and the family in favour', () => {
    const c = compare(house, retold);
    expect(c.duplicate).toBe(true);
    expect(c.place).toBeGreaterThan(0.5); // "Xóm Mới" found both ways, "Tân An Hội" one way
    expect(c.beneficiaries).toBe(1);
    expect(c.score).toBeGreaterThan(c.text);
  });

  it('the same text for another hamlet and family: the mismatch in place and beneficiaries decides', () => {
    const swap = (s: string) => s.replace(/Xóm Mới/g, 'Bàu Sim').replace(/Lê Thị Sáu/g, 'Trần Thị Năm');
    const other = profile({
      ...HOUSE,
      description: swap(HOUSE.description),
      place: swap(HOUSE.place),
      beneficiaries: swap(HOUSE.beneficiaries),
    });
    const c = compare(house, other);
    expect(c.text).toBeGreaterThan(0.7);
    expect(c.place).toBeLessThan(0.75);
    expect(c.beneficiaries).toBe(0);
    expect(c.duplicate).toBe(false);
  });

  it('is symmetric, and never joins reports done more than MAX_DAYS_APART days apart', () => {
    expect(compare(house, retold)).toEqual(compare(retold, house));
    expect(compare(house, { ...house, day: house.day - MAX_DAYS_APART }).duplicate).toBe(true);
    expect(compare(house, { ...house, day: house.day + MAX_DAYS_APART + 1 }).duplicate).toBe(false);
  });
});

describe('the candidate buckets', () => {
  it('puts a deed in at most KEYS_PER_DEED distinct buckets, shared with its retellings', () => {
    const mine = bucketsOf(profile(HOUSE));
    expect(new Set(mine).size).toBe(mine.length);
    expect(mine.length).toBeLessThanOrEqual(KEYS_PER_DEED);
    expect(mine.every((b) => Number.isInteger(b) && b >= 0 && b < BUCKETS)).toBe(true);
    for (const p of LABELLED_PAIRS.filter((x) => x.duplicate)) {
      const side = (d: typeof p.a) => bucketsOf(profile({ ...d, day: 0 }));
      expect(side(p.a).some((b) => side(p.b).includes(b))).toBe(true);
    }
  });

  it('keeps a bucket cell within the window and BUCKET_CHARS, the newest entries first to stay', () => {
    let cell = addToBucket('', { slot: 1, day: 100 }, 50);
    cell = addToBucket(cell, { slot: 2, day: 40 }, 50); // itself added even if old: the caller filters by day
    cell = addToBucket(cell, { slot: 3, day: 120 }, 110); // drops slot 1 (day 100) and slot 2 (day 40)
    expect(parseBucket(cell)).toEqual([{ slot: 3, day: 120 }]);
    const full = Array.from({ length: 5_000 }, (_, i) => `${(10_000 + i).toString(36)}.5k`).join(' ');
    cell = addToBucket(full, { slot: 99_999, day: 200 }, 110);
    expect(full.length).toBeGreaterThan(BUCKET_CHARS);
    expect(cell.length).toBeLessThanOrEqual(BUCKET_CHARS);
    expect(parseBucket(cell)[0]!.slot).toBeGreaterThan(10_000); // the oldest went
    expect(parseBucket(cell).at(-1)).toEqual({ slot: 99_999, day: 200 });
  });

  it('picks near-dated candidates sharing the most buckets, at most MAX_CANDIDATES', () => {
    const cells = [
      [1, 5, 2, 30].map((s) => `${s.toString(36)}.${(s === 30 ? 90 : 100).toString(36)}`).join(' '),
      ['5.2s', '7.2s'].join(' '), // slots 5 and 7 on day 100
    ];
    expect(candidates(cells, 100)).toEqual([5, 7, 2, 1]);
    const many = Array.from({ length: 40 }, (_, i) => `${i.toString(36)}.2s`).join(' ');
    expect(candidates([many], 100)).toHaveLength(MAX_CANDIDATES);
  });

  it('keeps a deed’s text in its slot as it came, and refuses a damaged cell', () => {
    const text = { ...HOUSE, id: 'VT-1' };
    expect(indexedFromCell(indexedToCell(text))).toEqual(text);
    expect(indexedFromCell('{not json')).toBeNull();
    expect(indexedFromCell('[1,2]')).toBeNull();
  });
});

describe('the labelled pairs', () => {
  const test = LABELLED_PAIRS.filter((p) => p.split === 'test');

  it('hold at least 150 pairs, about half duplicates, of every kind, split by event family', () => {
    expect(LABELLED_PAIRS.length).toBeGreaterThanOrEqual(150);
    const dups = LABELLED_PAIRS.filter((p) => p.duplicate).length;
    expect(Math.abs(dups / LABELLED_PAIRS.length - 0.5)).toBeLessThan(0.05);
    const kinds = new Set(LABELLED_PAIRS.map((p) => `${p.kind} ${p.duplicate}`));
    expect([...kinds].sort()).toEqual([
      'recurring false',
      'resend true',
      'same_kind false',
      'template false',
      'two_units true',
    ]);
    const families = new Map<string, string>();
    for (const p of LABELLED_PAIRS)
      expect(families.set(p.family, families.get(p.family) ?? p.split).get(p.family)).toBe(p.split);
  });

  it('held out: precision ≥ 95 % and recall ≥ 90 % (measured 100 % and 97.7 %; 95.5 % before the last two rules)', () => {
    const { precision, recall } = duplicateScores(test);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('every retelling by two units found in the dev split, no weekly habit flagged anywhere', () => {
    for (const p of LABELLED_PAIRS.filter((x) => x.split === 'dev' && x.kind === 'two_units'))
      expect(comparePair(p).duplicate).toBe(true);
    for (const p of LABELLED_PAIRS.filter((x) => x.kind === 'recurring')) expect(comparePair(p).duplicate).toBe(false);
  });
});
