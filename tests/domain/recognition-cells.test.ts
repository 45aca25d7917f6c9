// «Khen thưởng» and «Truyền thông»: the marks written as people read them, read back whatever a person typed, and
// nothing typed that is no mark either dropped or taken for one.
import { NO_MARKS, foldHonours, foldMedia, holds, marksCells, readMarks } from '../../src/domain/recognitionCells';
import type { Marks } from '../../src/domain/recognitionCells';

const ALL: Marks = {
  thuKhen: true,
  giayKhen: true,
  guongDienHinh: true,
  phatThanh: 'Tuần 48 (23/11–29/11/2026)',
  banTin: '2026-11',
  chuyenDuoiCo: true,
  kyYeu: true,
};
const read = (honours: unknown, media: unknown) => readMarks(honours, media);

describe('the two cells', () => {
  it('lists the marks in a fixed order, the radio week and bulletin month as the cells show them', () => {
    expect(marksCells(ALL)).toEqual({
      honours: 'Thư khen, Giấy khen, Gương điển hình',
      media: 'Phát thanh: Tuần 48 (23/11–29/11/2026); Bản tin: 2026-11; Dưới cờ; Kỷ yếu',
    });
    expect(marksCells(NO_MARKS)).toEqual({ honours: '', media: '' });
    expect(marksCells({ ...NO_MARKS, giayKhen: true, kyYeu: true })).toEqual({ honours: 'Giấy khen', media: 'Kỷ yếu' });
  });

  it('reads back what it wrote, each subset of marks', () => {
    const keys = Object.keys(ALL) as (keyof Marks)[];
    for (let bits = 0; bits < 1 << keys.length; bits++) {
      const marks = Object.fromEntries(keys.map((k, i) => [k, bits & (1 << i) ? ALL[k] : NO_MARKS[k]])) as Marks;
      const cells = marksCells(marks);
      expect(read(cells.honours, cells.media)).toEqual({ marks, bad: { honours: [], media: [] } });
    }
  });

  it('takes a person’s case, spaces, order, repeats, line breaks and decomposed accents', () => {
    const typed = read(
      '  gương ĐIỂN hình;thư khen\nThư khen ,',
      'KỶ YẾU\nphát thanh   25/11/2026 ; bản tin:2026-11'.normalize('NFD'),
    );
    expect(typed.bad).toEqual({ honours: [], media: [] });
    expect(typed.marks).toEqual({
      ...NO_MARKS,
      thuKhen: true,
      guongDienHinh: true,
      phatThanh: '25/11/2026',
      banTin: '2026-11',
      kyYeu: true,
    });
  });

  it('takes no mark from a part it cannot read, and keeps that part as typed', () => {
    const cases: [unknown, unknown, Partial<Record<'honours' | 'media', string[]>>][] = [
      ['Thu khen', '', { honours: ['Thu khen'] }], // without its accents: another word
      ['Thư khen x', '', { honours: ['Thư khen x'] }],
      ['Kỷ yếu', '', { honours: ['Kỷ yếu'] }], // a word of the other cell
      ['=HYPERLINK("http://x.example","Thư khen")', '', { honours: ['=HYPERLINK("http://x.example"', '"Thư khen")'] }],
      [true, '', { honours: ['true'] }],
      ['', 'Phát thanh: tuần sau', { media: ['Phát thanh: tuần sau'] }],
      ['', 'Phát thanh', { media: ['Phát thanh'] }],
      ['', 'Bản tin: 2026-13', { media: ['Bản tin: 2026-13'] }],
      ['', 'Bản tin: 11/2026', { media: ['Bản tin: 11/2026'] }],
      ['', 'Dưới cờ, Kỷ yếu', { media: ['Dưới cờ, Kỷ yếu'] }], // a comma does not part «Truyền thông»
      ['', 'Chuyện kể dưới cờ', { media: ['Chuyện kể dưới cờ'] }],
    ];
    for (const [honours, media, bad] of cases)
      expect(read(honours, media)).toEqual({ marks: NO_MARKS, bad: { honours: [], media: [], ...bad } });
  });

  it('reads one radio week and one bulletin month: a second, different one is not read', () => {
    const two = read('', 'Phát thanh: 2026-W47; Phát thanh: 2026-W48; Bản tin: 2026-10; Bản tin: 2026-10');
    expect([two.marks.phatThanh, two.marks.banTin, two.bad.media]).toEqual([
      '2026-W47',
      '2026-10',
      ['Phát thanh: 2026-W48'],
    ]);
  });

  it('keeps the parts it could not read when the marks are written again', () => {
    const { marks, bad } = read('Thư khen, khen miệng', 'Kỷ yếu');
    expect(marksCells({ ...marks, giayKhen: true }, bad)).toEqual({
      honours: 'Thư khen, Giấy khen, khen miệng',
      media: 'Kỷ yếu',
    });
  });

  it('tells whether one mark’s cell holds it', () => {
    expect([holds('kyYeu', 'Dưới cờ; Kỷ yếu'), holds('chuyenDuoiCo', 'Kỷ yếu')]).toEqual([true, false]);
    expect([holds('guongDienHinh', 'Gương điển hình'), holds('thuKhen', 'Giấy khen')]).toEqual([true, false]);
  });
});

describe('an older layout’s seven columns, folded', () => {
  it('into the cells today’s version writes, ticks and periods alike', () => {
    expect(foldHonours([true, 'TRUE', false])).toBe('Thư khen, Giấy khen');
    expect(foldHonours([false, 'FALSE', ''])).toBe('');
    expect(foldMedia(['Tuần 47 (16/11–22/11/2026)', '2026-11', true, false])).toBe(
      'Phát thanh: Tuần 47 (16/11–22/11/2026); Bản tin: 2026-11; Dưới cờ',
    );
    expect(foldMedia(['', '', false, true])).toBe('Kỷ yếu');
  });

  it('keeps any other value an older cell held, as text the cells then show as not read', () => {
    const honours = foldHonours(['có', true, 1]);
    expect(honours).toBe('có, Giấy khen, 1');
    expect(read(honours, '').marks).toEqual({ ...NO_MARKS, giayKhen: true });
    expect(read(honours, '').bad.honours).toEqual(['có', '1']);
    expect(foldMedia(['tuần sau', '', false, false])).toBe('Phát thanh: tuần sau');
  });
});
