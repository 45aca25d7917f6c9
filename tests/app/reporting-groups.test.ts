// The monthly summary through the bundle, by the guidance's five loại hình (Công an and Quân sự inside «Khối nội
// chính») and by base committee («Trực thuộc»): the tab's blocks, its chart, and the leadership email.
import { SAMPLE_UNITS } from '../../local/demo';
import { block, leadershipMails, monthlyAt, putDeeds, sheetAt } from './reporting-fixtures';

const NOV = 'Tổng hợp 11/2026';
const at = (code: string) => SAMPLE_UNITS.findIndex((u) => u.code === code);

describe('the month by the five loại hình and by base committee', () => {
  it('rolls Công an, Quân sự and the courts into «Khối nội chính», and chi bộ into their base committee', () => {
    const addOn = sheetAt('2026-11-02T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-11-03', unit: at('DB-CONGAN') },
      { doneOn: '2026-11-04', unit: at('DB-QUANSU') },
      { doneOn: '2026-11-05', unit: at('CB-TOAAN') },
      { doneOn: '2026-11-06', unit: at('CB-TUPHAP') },
      { doneOn: '2026-11-07', unit: at('CB-TUPHAP') },
      { doneOn: '2026-11-09', unit: at('CB-PGD') },
    ]);
    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();

    const groups = block(addOn, NOV, /^Theo 5 loại hình/);
    expect(groups[1]!.slice(0, 5)).toEqual(['Loại hình', 'Việc tốt', 'Số đơn vị', 'Có báo cáo', 'Chưa báo cáo']);
    const row = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.slice(0, 5);
    expect(row(groups, 'Khối nội chính')).toEqual(['Khối nội chính', 3, 5, 3, 2]);
    expect(row(groups, 'Cơ quan hành chính, đơn vị sự nghiệp')).toEqual([
      'Cơ quan hành chính, đơn vị sự nghiệp',
      3,
      12,
      2,
      10,
    ]);
    expect(groups.slice(2).map((r) => r[0])).toEqual([
      'Đảng bộ xã, thị trấn',
      'Cơ quan hành chính, đơn vị sự nghiệp',
      'Doanh nghiệp',
      'Cơ quan Đảng – Đoàn thể',
      'Khối nội chính',
    ]);

    const kinds = block(addOn, NOV, 'Các loại đơn vị trong từng loại hình').slice(2);
    expect(kinds.filter((r) => r[0] === 'Khối nội chính').map((r) => [r[1], r[2]])).toEqual([
      ['Khối nội chính', 1],
      ['Công an', 1],
      ['Quân sự', 1],
    ]);

    const bases = block(addOn, NOV, 'Theo cơ sở Đảng trực thuộc');
    expect(bases[1]![0]).toBe('Cơ sở Đảng trực thuộc');
    expect(bases.find((r) => r[0] === 'Đảng bộ cơ quan Ủy ban nhân dân huyện')?.slice(1, 5)).toEqual([2, 4, 1, 3]);
    expect(bases.some((r) => r[0] === 'Chi bộ Phòng Tư pháp')).toBe(false);
    expect(bases).toHaveLength(2 + SAMPLE_UNITS.length - 3);

    const chart = addOn.runtime.spreadsheet
      .getSheetByName(NOV)!
      .getCharts()
      .find((c) => c.getOptions().get('title') === 'Việc tốt theo loại hình');
    expect(chart).toBeDefined();

    const [mail] = leadershipMails(addOn);
    expect(mail!.body).toContain('Khối nội chính: 3 việc tốt; 3/5 đơn vị có báo cáo');
    expect(mail!.body).toContain('Khối nội chính: 1; Công an: 1; Quân sự: 1');
  });
});
