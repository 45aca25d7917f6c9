// Tests for the deed categoriser: folding, word boundaries, unit-type prior, khac, reconcileField, the old set's floors.

import { FIELD_CODES, FIELDS, UNIT_TYPE_CODES, type FieldCode } from '../../src/shared/codes';
import { categorise, FLAG_CONFIDENCE, reconcileField, type Categorisation } from '../../src/domain/categorise';
import { fold } from '../../src/domain/text';
import { LABELLED } from '../../local/demo';
import type { LabelledDeed } from '../../local/demo';

type Deed = LabelledDeed;

const deeds: Deed[] = LABELLED;

const sidewalk = {
  title: 'Giải tỏa hàng rong lấn chiếm lòng lề đường',
  description: 'Tổ trật tự đô thị vận động 47 hộ kinh doanh tự tháo dỡ mái che lấn chiếm vỉa hè đường Nguyễn Thị Rành.',
};

describe('categorise: accent-insensitive matching', () => {
  const variants: [string, (s: string) => string][] = [
    ['without accents', (s) => fold(s)],
    ['NFD', (s) => s.normalize('NFD')],
    ['upper case', (s) => s.toUpperCase()],
    ['upper case without accents', (s) => fold(s).toUpperCase()],
  ];
  const samples = [
    { unitType: 'xa_thi_tran' as const, ...sidewalk },
    ...deeds
      .filter((_, i) => i % 23 === 0)
      .map((d) => ({ unitType: d.unitType, title: d.title, description: d.description })),
  ];

  test.each(variants)('%s gives the same field, confidence and (folded) words', (_name, transform) => {
    for (const sample of samples) {
      const expected = categorise(sample);
      const got = categorise({
        unitType: sample.unitType,
        title: transform(sample.title),
        description: transform(sample.description),
      });
      expect({ ...got, matched: got.matched.map(fold) }).toEqual({ ...expected, matched: expected.matched.map(fold) });
    }
  });

  test('the words shown are the words as typed, the table’s phrases included', () => {
    const got = categorise({ title: fold(sidewalk.title), description: fold(sidewalk.description) });
    expect(got.field).toBe('trat_tu_do_thi');
    expect(got.matched).toContain('lan chiem long le duong');
    expect(got.matched).not.toContain('via he');
    expect(categorise(sidewalk).matched).toContain('lấn chiếm lòng lề đường');
    const said = 'Đoàn viên dọn vệ sinh, phát quang bụi rậm, khơi thông cống hẻm 12';
    const typed = categorise({ title: 'dọn vệ sinh hẻm 12', description: said });
    expect(typed.field).toBe('nuoc_sach_moi_truong');
    expect(typed.matched.length).toBeGreaterThan(0);
    for (const words of typed.matched) expect(said.toLowerCase()).toContain(words);
  });

  test('the longer phrase takes the words of the shorter one inside it', () => {
    const got = categorise({ title: 'lấn chiếm lòng lề đường', description: '' });
    expect(got.matched[0]).toBe('lấn chiếm lòng lề đường');
    expect(got.matched).not.toContain('lòng lề đường');
  });
});

describe('categorise: word boundaries', () => {
  test('a phrase does not match inside a longer word', () => {
    // "stem" is a phrase (STEM teaching); "system" and "ecosystem" must not trigger it.
    const got = categorise({ title: 'Nâng cấp system', description: 'ecosystem, systems' });
    expect(got.matched.map(fold)).not.toContain('stem');
    expect(got.confidence).toBeLessThan(FLAG_CONFIDENCE);
    expect(categorise({ title: 'Dạy học STEM', description: '' }).field).toBe('giao_duc_dao_tao');
  });

  test('words that collide once folded are kept apart by phrases (Trưởng ≠ trường, luồng ≠ lương)', () => {
    const chief = categorise({
      unitType: 'xa_thi_tran',
      title: 'Trưởng ấp Bàu Tre hòa giải tranh chấp ranh đất',
      description: 'Đồng chí Trưởng ấp kiên trì gặp gỡ hai hộ, hòa giải thành.',
    });
    expect(chief.field).toBe('hoa_giai');
    expect(chief.matched).not.toContain('trường');
    const traffic = categorise({ title: 'Phân luồng giao thông giờ tan ca', description: 'phân luồng xe' });
    expect(traffic.field).not.toBe('cham_lo_nguoi_lao_dong');
  });

  test('organisation names are not evidence ("Phòng Tài nguyên và Môi trường")', () => {
    const got = categorise({
      unitType: 'hanh_chinh',
      title: 'Trả kết quả trước hẹn',
      description: 'Bộ phận một cửa Phòng Tài nguyên và Môi trường trả 37 hồ sơ trước hẹn.',
    });
    expect(got.field).toBe('thu_tuc_hanh_chinh');
    expect(got.matched).not.toContain('môi trường');
  });
});

describe('categorise: the unit type is a prior', () => {
  // "sáng kiến" (sang_kien_tiet_kiem) and "hòa giải" (hoa_giai) in one title: the text alone is nearly balanced, so
  // the unit type's prior decides it (a commune mediates; a company makes improvements), and shows in the confidence.
  const tie = { title: 'Sáng kiến trong công tác hòa giải', description: '' };
  const both = { title: 'Sáng kiến cải tiến trong công tác hòa giải', description: '' };

  test('moves the balance towards the unit type’s typical field', () => {
    const commune = categorise({ ...tie, unitType: 'xa_thi_tran' });
    const company = categorise({ ...tie, unitType: 'doanh_nghiep' });
    expect([commune.field, company.field]).toEqual(['hoa_giai', 'sang_kien_tiet_kiem']);
    const communeIdea = categorise({ ...both, unitType: 'xa_thi_tran' });
    const companyIdea = categorise({ ...both, unitType: 'doanh_nghiep' });
    expect([communeIdea.field, companyIdea.field]).toEqual(['sang_kien_tiet_kiem', 'sang_kien_tiet_kiem']);
    expect(companyIdea.confidence).toBeGreaterThan(communeIdea.confidence);
  });

  test('a tie without a unit type gives low confidence', () => {
    expect(categorise(tie).confidence).toBeLessThan(FLAG_CONFIDENCE);
  });

  test('strong text wins over the prior: a school helping a poor household is an_sinh_xa_hoi', () => {
    const got = categorise({
      unitType: 'giao_duc',
      title: 'Sửa nhà tình thương cho hộ nghèo',
      description:
        'Chi bộ Trường THCS Phước Hiệp quyên góp 20 triệu đồng sửa nhà tình thương cho bà Tư, sống neo đơn, thuộc hộ nghèo.',
    });
    expect(got.field).toBe('an_sinh_xa_hoi');
    expect(got.confidence).toBeGreaterThanOrEqual(FLAG_CONFIDENCE);
  });

  test('strong text wins over the prior: the police doing paperwork at home is thu_tuc_hanh_chinh', () => {
    const got = categorise({
      unitType: 'cong_an',
      title: 'Làm thủ tục cấp căn cước tại nhà',
      description: 'Công an xã làm thủ tục cấp căn cước công dân tại nhà cho 12 người già yếu.',
    });
    expect(got.field).toBe('thu_tuc_hanh_chinh');
  });
});

describe('categorise: khac and low confidence', () => {
  test.each([
    ['empty', { title: '', description: '' }],
    ['blank', { title: '   ', description: '\n\t' }],
    ['not Vietnamese', { title: 'Lorem ipsum', description: 'dolor sit amet' }],
  ])('%s → khac with nothing matched', (_name, input) => {
    const got = categorise({ unitType: 'xa_thi_tran', ...input });
    expect(got).toEqual({ field: 'khac', confidence: 0, matched: [] });
  });

  test.each([
    ['off-topic', { title: 'Giải bóng đá thiếu niên hè', description: 'Tổ chức giải bóng đá với 12 đội tham gia.' }],
    ['too little evidence', { title: 'Việc tốt', description: 'Giúp đỡ một người.' }],
  ])('%s → an answer below the flag level, which the reviewer is asked to check', (_name, input) => {
    const got = categorise({ unitType: 'xa_thi_tran', ...input });
    expect(got.confidence).toBeLessThan(FLAG_CONFIDENCE);
    expect(reconcileField(undefined, got).flagged).toBe(true);
  });

  test('«Khác» always comes with a confidence below the flag level', () => {
    const khac = deeds.map((d) => categorise(d)).filter((c) => c.field === 'khac');
    expect(khac.length).toBeGreaterThan(0);
    for (const c of khac) expect(c.confidence).toBeLessThan(FLAG_CONFIDENCE);
  });

  test('the unit type alone never produces a field', () => {
    for (const unitType of UNIT_TYPE_CODES)
      expect(categorise({ unitType, title: '', description: '' }).field).toBe('khac');
  });
});

describe('categorise: output shape on the labelled set', () => {
  test('matched is non-empty whenever the field is not khac; confidence is 0..1 with two decimals', () => {
    for (const d of deeds) {
      const got = categorise(d);
      if (got.field !== 'khac') expect(got.matched.length).toBeGreaterThan(0);
      expect(got.confidence).toBeGreaterThanOrEqual(0);
      expect(got.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(got.confidence * 100) / 100).toBe(got.confidence);
    }
  });
});

describe('reconcileField', () => {
  const auto = (
    field: FieldCode,
    confidence: number,
    matched: string[] = ['hòa giải', 'tranh chấp'],
  ): Categorisation => ({
    field,
    confidence,
    matched,
  });

  test('no choice: the categoriser decides, and the reason names the keywords', () => {
    const r = reconcileField(undefined, auto('hoa_giai', FLAG_CONFIDENCE));
    expect(r).toEqual({
      field: 'hoa_giai',
      flagged: false,
      reason: 'Tự động phân loại theo từ khóa: hòa giải, tranh chấp',
    });
  });

  test('no choice and an unsure categoriser: its field, flagged for a reviewer to check', () => {
    const r = reconcileField(undefined, auto('hoa_giai', FLAG_CONFIDENCE - 0.01));
    expect(r).toEqual({
      field: 'hoa_giai',
      flagged: true,
      reason: 'Tự động phân loại theo từ khóa: hòa giải, tranh chấp (độ tin cậy thấp, cần xem lại)',
    });
  });

  test('"khac" chosen: the categoriser decides', () => {
    const r = reconcileField('khac', auto('hoa_giai', 0.9));
    expect(r.field).toBe('hoa_giai');
    expect(r.flagged).toBe(false);
    expect(r.reason).toContain('Tự động phân loại theo từ khóa: hòa giải');
  });

  test('no choice and nothing fits: khac, flagged for a reviewer to check', () => {
    const r = reconcileField(undefined, auto('khac', 0.3, []));
    expect(r.field).toBe('khac');
    expect(r.flagged).toBe(true);
    expect(r.reason).toMatch(/Khác/);
  });

  test('agreement: the submitter’s choice, not flagged', () => {
    const r = reconcileField('hoa_giai', auto('hoa_giai', 0.95));
    expect(r.field).toBe('hoa_giai');
    expect(r.flagged).toBe(false);
    expect(r.reason).toMatch(/^Theo lựa chọn của đơn vị/);
  });

  test('disagreement with a confident categoriser: the choice is kept and flagged', () => {
    const r = reconcileField('an_ninh_trat_tu', auto('hoa_giai', FLAG_CONFIDENCE));
    expect(r.field).toBe('an_ninh_trat_tu');
    expect(r.flagged).toBe(true);
    expect(r.reason).toBe(
      `Đơn vị chọn «${FIELDS.an_ninh_trat_tu}», hệ thống gợi ý «${FIELDS.hoa_giai}» (từ khóa: hòa giải, tranh chấp)`,
    );
  });

  test('disagreement with an unsure categoriser: the choice is kept, not flagged', () => {
    const r = reconcileField('an_ninh_trat_tu', auto('hoa_giai', FLAG_CONFIDENCE - 0.01));
    expect(r).toEqual({ field: 'an_ninh_trat_tu', flagged: false, reason: 'Theo lựa chọn của đơn vị' });
  });

  test('a choice is never flagged against khac', () => {
    expect(reconcileField('hoa_giai', auto('khac', 0.9, [])).flagged).toBe(false);
  });

  test('works end to end with categorise', () => {
    const r = reconcileField('giao_duc_dao_tao', categorise({ unitType: 'xa_thi_tran', ...sidewalk }));
    expect(r.field).toBe('giao_duc_dao_tao');
    expect(r.flagged).toBe(true);
    expect(r.reason).toContain('lấn chiếm lòng lề đường');
  });
});

describe('labelled set', () => {
  test('is well formed, covers every unit type and field, and splits every other line', () => {
    expect(deeds.length).toBeGreaterThanOrEqual(220);
    deeds.forEach((d, i) => {
      expect(UNIT_TYPE_CODES).toContain(d.unitType);
      expect(FIELD_CODES).toContain(d.field);
      expect(d.split).toBe(i % 2 === 0 ? 'dev' : 'test');
      expect(d.title.length + d.description.length).toBeGreaterThan(0);
    });
    for (const u of UNIT_TYPE_CODES) expect(deeds.some((d) => d.unitType === u)).toBe(true);
    for (const f of FIELD_CODES) {
      expect(deeds.filter((d) => d.field === f).length).toBeGreaterThanOrEqual(f === 'khac' ? 4 : 6);
    }
  });

  // Measured with the trained model (its dev half trains it): test 0.951.
  test('held-out accuracy stays above the floor', () => {
    const test = deeds.filter((d) => d.split === 'test');
    const right = test.filter((d) => categorise(d).field === d.field).length;
    expect(right / test.length).toBeGreaterThanOrEqual(0.88);
  });

  test('every field but khac is recalled at least half the time on the whole set; khac deeds are flagged', () => {
    for (const d of deeds.filter((x) => x.field === 'khac'))
      expect(reconcileField(undefined, categorise(d)).flagged || categorise(d).field === 'khac').toBe(true);
    for (const f of FIELD_CODES.filter((x) => x !== 'khac')) {
      const labelled = deeds.filter((d) => d.field === f);
      const recalled = labelled.filter((d) => categorise(d).field === f).length;
      expect({ field: f, recall: recalled / labelled.length >= 0.5 }).toEqual({ field: f, recall: true });
    }
  });
});
