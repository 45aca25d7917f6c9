// A deed's seven recognitions in «Việc tốt»'s two readable cells, «Khen thưởng» and «Truyền thông», both ways.
import type { ReviewState } from './review';
import { weekKeyOf } from './weekCell';

export type MarkKey = 'thuKhen' | 'giayKhen' | 'guongDienHinh' | 'phatThanh' | 'banTin' | 'chuyenDuoiCo' | 'kyYeu';
export type Marks = Pick<ReviewState, MarkKey>;

/** A cell's marks: each with its word there and, when other, its words in «Nhật ký» (its older column's header). */
interface Layout {
  readonly sep: string;
  readonly words: readonly (readonly [MarkKey, string, string?])[];
}
/** «Khen thưởng»: the labels of the honours set, in this order, joined by ", ". */
const HONOURS: Layout = {
  sep: ', ',
  words: [
    ['thuKhen', 'Thư khen'],
    ['giayKhen', 'Giấy khen'],
    ['guongDienHinh', 'Gương điển hình'],
  ],
};
/** «Truyền thông»: in this order, joined by "; "; the radio week and bulletin month after their word and a colon. */
const MEDIA: Layout = {
  sep: '; ',
  words: [
    ['phatThanh', 'Phát thanh', 'Phát thanh (tuần)'],
    ['banTin', 'Bản tin', 'Bản tin (tháng)'],
    ['chuyenDuoiCo', 'Dưới cờ', 'Chuyện kể dưới cờ'],
    ['kyYeu', 'Kỷ yếu'],
  ],
};

/** Each mark's words in «Nhật ký» (and the older layout's column headers), kept so old audit rows still match. */
export const MARK_LABELS = Object.fromEntries(
  [...HONOURS.words, ...MEDIA.words].map(([k, w, label = w]) => [k, label]),
) as Readonly<Record<MarkKey, string>>;

export const NO_MARKS: Marks = {
  thuKhen: false,
  giayKhen: false,
  guongDienHinh: false,
  phatThanh: '',
  banTin: '',
  chuyenDuoiCo: false,
  kyYeu: false,
};

const encode = ({ sep, words }: Layout, m: Marks, kept: readonly string[] = []): string =>
  [...words.flatMap(([k, w]) => (m[k] === true ? [w] : m[k] ? [`${w}: ${m[k]}`] : [])), ...kept].join(sep);

/** The two cells of these marks; `kept`: parts of each cell that were not understood, left as they were. */
export function marksCells(m: Marks, kept: { honours?: string[]; media?: string[] } = {}) {
  return { honours: encode(HONOURS, m, kept.honours), media: encode(MEDIA, m, kept.media) };
}

/** What a month in «Bản tin: …» must look like (yyyy-MM). */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The marks two cells hold, and each cell's parts that are none (`bad`). «Khen thưởng» is split at ",", ";" or a line
 * break, «Truyền thông» at ";" or a line break (a typed week may hold a comma); a word matches whatever its case or
 * Unicode form, not without its accents; a radio part needs a week weekKeyOf reads, a bulletin part a yyyy-MM month;
 * one part twice is one mark, a second different week or month is not read.
 */
export function readMarks(honours: unknown, media: unknown) {
  const marks: Marks = { ...NO_MARKS };
  const read = ({ sep, words }: Layout, cell: unknown): string[] =>
    String(cell ?? '')
      .split(new RegExp(`[${sep[0]};\n]`))
      .map((p) => p.normalize('NFC').replace(/\s+/g, ' ').trim())
      .filter((part) => {
        for (const [k, w] of words) {
          if (!part.toLowerCase().startsWith(w.toLowerCase())) continue;
          const rest = part.slice(w.length).replace(/^ ?:?/, '').trim();
          const flag = NO_MARKS[k] === false;
          if (
            flag
              ? rest !== ''
              : !(k === 'banTin' ? MONTH.test(rest) : weekKeyOf(rest)) || ![rest, ''].includes(marks[k] as string)
          )
            return true;
          (marks as Record<MarkKey, string | boolean>)[k] = flag || rest;
          return false;
        }
        return part !== '';
      });
  return { marks, bad: { honours: read(HONOURS, honours), media: read(MEDIA, media) } };
}

/** Set-up's fold of the older layout's checkbox or text cells (as `words` orders them) into one cell. */
const foldOld =
  ({ sep, words }: Layout) =>
  (old: readonly unknown[]): string =>
    words
      .flatMap(([k, w], i) => {
        const v = old[i];
        if (v === false || v === 'FALSE' || (v ?? '') === '') return [];
        // A checkbox holds true; any other value an older row held is kept as text (read back as not understood).
        return v === true || v === 'TRUE' ? [w] : [typeof NO_MARKS[k] === 'string' ? `${w}: ${String(v)}` : String(v)];
      })
      .join(sep);
export const foldHonours = foldOld(HONOURS);
export const foldMedia = foldOld(MEDIA);

/** The column that holds mark `k`. */
export const cellOf = (k: MarkKey) => (HONOURS.words.some(([h]) => h === k) ? 'honours' : 'media');

/** The marks one cell holds, whichever of the two it is (no word of one is a word of the other). */
export const marksIn = (cell: unknown) => readMarks(cell, cell);

/** Whether the cell of mark `k`'s column holds it. */
export const holds = (k: MarkKey, cell: unknown): boolean => marksIn(cell).marks[k] !== NO_MARKS[k];

/** RE2 whole-cell pattern for a «Truyền thông» cell holding this bulletin month (readMarks then makes sure). */
export const bulletinPattern = (month: string) => `(?:.*\\D)?${month}(?:\\D.*)?`;
