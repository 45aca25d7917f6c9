// «Chi tiết»: the labelled lines read back exactly; hostile values never shift a field; a cell out of its lines is refused.
import { NO_DETAILS, decodeDetails, encodeDetails } from '../../src/domain/detailsCell';
import type { Details } from '../../src/domain/detailsCell';

const FULL: Details = {
  startDate: '2026-06-03',
  place: 'Ấp Chợ, xã An Phú',
  beneficiaries: 'Cụ bà Nguyễn Thị Hai',
  evidence: 'https://example.org/anh/1',
  proposal: 'giay_khen',
  phone: '0912345678',
};

describe('«Chi tiết»', () => {
  it('writes one labelled line per answer given, in the fixed order, dates dd/MM/yyyy', () => {
    expect(encodeDetails(FULL)).toBe(
      'Ngày bắt đầu: 03/06/2026\nĐịa điểm: Ấp Chợ, xã An Phú\nNgười được giúp đỡ: Cụ bà Nguyễn Thị Hai\n' +
        'Minh chứng: https://example.org/anh/1\nĐề nghị: Giấy khen\nĐiện thoại: 0912345678',
    );
    expect(encodeDetails({ ...NO_DETAILS, phone: '0912345678' })).toBe('Điện thoại: 0912345678');
    expect(encodeDetails(NO_DETAILS)).toBe('');
  });

  it.each([
    ['all answers', FULL],
    ['none', NO_DETAILS],
    ['a place naming another label', { ...NO_DETAILS, place: 'Địa điểm: giả; Điện thoại: 0999' }],
    ['a value that is a label alone', { ...NO_DETAILS, beneficiaries: 'Minh chứng:', phone: '0912345678' }],
    ['a formula-looking value', { ...NO_DETAILS, beneficiaries: '=HYPERLINK("x")' }],
  ])('reads back %s exactly', (_, d) => {
    expect(decodeDetails(encodeDetails(d))).toEqual(d);
  });

  it('puts a typed line break on one line, so the next line is never taken for a label', () => {
    const cell = encodeDetails({ ...NO_DETAILS, place: 'Ấp 3\nĐiện thoại: 0999999999', phone: '0912345678' });
    expect(cell).toBe('Địa điểm: Ấp 3 Điện thoại: 0999999999\nĐiện thoại: 0912345678');
    expect(decodeDetails(cell)).toEqual({ ...NO_DETAILS, place: 'Ấp 3 Điện thoại: 0999999999', phone: '0912345678' });
  });

  it.each([
    ['a line with no label', 'Địa điểm: Ấp 3\nthêm một dòng'],
    ['labels out of order', 'Điện thoại: 0912345678\nĐịa điểm: Ấp 3'],
    ['a label twice', 'Địa điểm: Ấp 3\nĐịa điểm: Ấp 4'],
    ['a date that is no date', 'Ngày bắt đầu: đầu năm'],
    ['a date not dd/MM/yyyy', 'Ngày bắt đầu: 2026-06-03 xx'],
    ['a proposal the form has not', 'Đề nghị: Huân chương'],
    ['a label without its separator', 'Địa điểm Ấp 3'],
  ])('refuses %s (null: shown whole, never half read)', (_, cell) => {
    expect(decodeDetails(cell)).toBeNull();
  });

  it('reads a cell a person retyped in the same lines', () => {
    expect(decodeDetails('Ngày bắt đầu: 01/10/2026\nĐề nghị: Không đề nghị')).toEqual({
      ...NO_DETAILS,
      startDate: '2026-10-01',
    });
  });
});
