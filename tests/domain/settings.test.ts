// The settings and registry tabs read back: good values typed, bad ones named by their cell in Vietnamese.
import { blankNames, readSettings, SETTING_SPECS } from '../../src/domain/settings';
import { readRegistry, unitsFromTsv, unitToRow } from '../../src/domain/registry';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const defaults = () => SETTING_SPECS.map((s) => [s.label, s.initial, s.help] as unknown[]);
/** The defaults set-up writes, with the organisation's names typed (they start blank). */
const rows = () => {
  const names = new Set(blankNames(defaults()));
  return defaults().map((r) => (names.has(String(r[0])) ? [r[0], 'Đảng bộ phường Tân Định', r[2]] : r));
};

describe('readSettings', () => {
  it('starts with the organisation’s names blank, never a sample’s, and refuses them blank', () => {
    expect(blankNames(defaults())).toEqual([
      'Tên tổ chức',
      'Cơ quan theo dõi',
      'Thường trực (tặng Thư khen)',
      'Ban Thường vụ (tặng Giấy khen)',
    ]);
    expect(blankNames(rows())).toEqual([]);
    const out = readSettings(defaults());
    expect(!out.ok && out.errors[0]).toContain('«Tên tổ chức» không được để trống.');
  });

  it('reads the defaults, with email lists split and numbers typed', () => {
    const r = rows();
    r[4]![1] = 'A@example.org, b@example.org;c@example.org';
    const out = readSettings(r);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.settings.reviewers).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
    expect(out.settings.monthlyHour).toBe(6);
    expect(out.settings.radioTarget).toBe(2);
    expect(out.settings.modelMinDeeds).toBe(4);
  });

  it('gives a row added after the first release its default when an older tab lacks it', () => {
    const older = rows().filter((r) => r[0] !== 'Số việc tốt tối thiểu để đề cử gương điển hình');
    const out = readSettings(older);
    expect(out.ok && out.settings.modelMinDeeds).toBe(4);
    const typed = rows().map((r) => (r[0] === 'Số việc tốt tối thiểu để đề cử gương điển hình' ? [r[0], '6'] : r));
    const six = readSettings(typed);
    expect(six.ok && six.settings.modelMinDeeds).toBe(6);
  });

  it('reads «Có»/«Không» typed or ticked, and says in Vietnamese what a yes/no or a number cell should hold', () => {
    const at = (label: string) => SETTING_SPECS.findIndex((s) => s.label === label);
    const flag = at('Báo lý do cho đơn vị khi từ chối');
    const hour = at('Giờ gửi bản tin tuần (thứ Hai)');
    const read = (flagCell: unknown, hourCell: unknown) => {
      const r = rows();
      r[flag]![1] = flagCell;
      r[hour]![1] = hourCell;
      return readSettings(r);
    };
    const ticked = read(false, ' 9 ');
    expect(ticked.ok && [ticked.settings.notifyRejection, ticked.settings.weeklyHour]).toEqual([false, 9]);
    const typed = read(' CÓ ', 23);
    expect(typed.ok && [typed.settings.notifyRejection, typed.settings.weeklyHour]).toEqual([true, 23]);
    const bad = read('ok', 'bảy giờ');
    expect(!bad.ok && bad.errors).toEqual([
      expect.stringContaining('«Giờ gửi bản tin tuần (thứ Hai)» phải là số nguyên từ 0 đến 23.'),
      expect.stringContaining('«Báo lý do cho đơn vị khi từ chối» phải là «Có» hoặc «Không».'),
    ]);
  });

  it('names the cell of each bad value and each missing row', () => {
    const r = rows();
    r[4]![1] = 'không phải email';
    r[7]![1] = '25';
    const out = readSettings(r.slice(0, 10));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toEqual([
      expect.stringMatching(/^Cấu hình sai ở ô Cấu hình!B6: «Email người duyệt» có địa chỉ email không đúng dạng/),
      expect.stringMatching(
        /ô Cấu hình!B9: «Giờ gửi tổng hợp tháng \(ngày chốt tháng\)» phải là số nguyên từ 0 đến 23/,
      ),
      expect.stringContaining('thiếu dòng «Số tháng tối thiểu để đề nghị Giấy khen»'),
      expect.stringContaining('thiếu dòng «Số mô hình phát thanh mỗi tuần»'),
    ]);
  });
});

describe('registry', () => {
  const tsv = readFileSync(path.join(__dirname, '../../data/sample-organisation.tsv'), 'utf8');

  it('reads the sample organisation of 48 units of every type', () => {
    const units = unitsFromTsv(tsv);
    expect(units).toHaveLength(48);
    expect(new Set(units.map((u) => u.unitType)).size).toBe(10);
  });

  it('round-trips units through the tab rows', () => {
    const units = unitsFromTsv(tsv);
    const read = readRegistry(units.map(unitToRow));
    expect(read.errors).toEqual([]);
    expect(read.units).toEqual(units);
  });

  it('names the cell of a bad unit type, a bad email and a duplicate name, and keeps the good rows', () => {
    const read = readRegistry([
      ['A', 'Chi bộ A', 'Công an', 'HU', '', true],
      ['B', 'Chi bộ B', 'Không rõ', 'HU', 'x@', true],
      ['C', 'Chi bộ A', 'cong_an', 'HU', '', false],
      ['', '', '', '', '', ''],
    ]);
    expect(read.units.map((u) => [u.code, u.active])).toEqual([
      ['A', true],
      ['C', false],
    ]);
    expect(read.errors).toEqual([
      expect.stringContaining('Đơn vị!C3: loại hình «Không rõ» không có'),
      expect.stringContaining('Đơn vị!E3: email «x@» không đúng dạng'),
      expect.stringContaining('Đơn vị!B4: tên «Chi bộ A» trùng với dòng 2'),
    ]);
  });
});
