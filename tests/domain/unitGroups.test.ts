// The guidance's five loại hình hold the ten kinds of unit, each once; base committees follow «Trực thuộc».
import { UNIT_GROUPS, UNIT_GROUP_CODES, UNIT_TYPE_CODES } from '../../src/shared/codes';
import { baseCommitteeOf, baseCommittees, groupOf } from '../../src/domain/unitGroups';
import { SAMPLE_UNITS } from '../../local/demo';
import type { Unit } from '../../src/domain/submission';

describe('the five loại hình', () => {
  it('are five, in the guidance’s order, and hold every kind of unit exactly once', () => {
    expect(UNIT_GROUP_CODES.map((g) => UNIT_GROUPS[g].label)).toEqual([
      'Đảng bộ xã, thị trấn',
      'Cơ quan hành chính, đơn vị sự nghiệp',
      'Doanh nghiệp',
      'Cơ quan Đảng – Đoàn thể',
      'Khối nội chính',
    ]);
    const kinds = UNIT_GROUP_CODES.flatMap((g) => [...UNIT_GROUPS[g].kinds]);
    expect([...kinds].sort()).toEqual([...UNIT_TYPE_CODES].sort());
  });

  it('put Công an and Quân sự in «Khối nội chính», giáo dục and y tế with hành chính, sự nghiệp (section II.2, II.5)', () => {
    expect(['noi_chinh', 'cong_an', 'quan_su'].map((k) => groupOf(k as never))).toEqual([
      'noi_chinh',
      'noi_chinh',
      'noi_chinh',
    ]);
    expect(['hanh_chinh', 'su_nghiep', 'giao_duc', 'y_te'].map((k) => groupOf(k as never))).toEqual(
      Array(4).fill('hanh_chinh_su_nghiep'),
    );
  });
});

describe('base committees («Trực thuộc»)', () => {
  const unit = (code: string, parent: string): Unit => ({
    code,
    name: code,
    unitType: 'hanh_chinh',
    parent,
    email: '',
    active: true,
  });

  it('are the unit «Trực thuộc» names, or the unit itself when it is right under the organisation', () => {
    const base = baseCommittees(SAMPLE_UNITS);
    expect(base.get('CB-TUPHAP')).toBe('DB-UBND');
    expect(base.get('DB-UBND')).toBe('DB-UBND');
    expect(base.get('X-ANPHU')).toBe('X-ANPHU');
    expect(new Set(base.values()).size).toBe(SAMPLE_UNITS.length - 3); // three chi bộ under DB-UBND
  });

  it('follow a chain to the unit under the organisation, and stop on a loop', () => {
    const units = [unit('DB', 'ORG'), unit('DBBP', 'DB'), unit('CB', 'DBBP'), unit('A', 'B'), unit('B', 'A')];
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(baseCommitteeOf(units[2]!, byCode)).toBe('DB');
    expect(['A', 'B']).toContain(baseCommitteeOf(units[3]!, byCode));
    expect(baseCommitteeOf(unit('X', 'NOT-IN-REGISTRY'), byCode)).toBe('X');
  });
});
