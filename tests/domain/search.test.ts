// The sidebar's search (src/domain/search.ts): whole words; accents aside only for words typed without accents.
import { matchesQuery, parseQuery } from '../../src/domain/search';

const finds = (query: string, text: string) => matchesQuery(text, parseQuery(query));

describe('search', () => {
  it('«Hiến máu» finds the blood drive, not a gentle («hiền») neighbour', () => {
    expect(finds('Hiến máu', 'Ngày hội hiến máu tình nguyện')).toBe(true);
    expect(finds('Hiến máu', 'Bà cụ hiền lành được giúp sửa nhà, máu lửa')).toBe(false);
  });

  it('words typed without accents match any accents; case never matters', () => {
    expect(finds('hien mau', 'HIẾN MÁU nhân đạo')).toBe(true);
    expect(finds('hien', 'Bà cụ hiền lành')).toBe(true);
    expect(finds('duong', 'Sửa đường liên ấp')).toBe(true);
  });

  it('whole words only: a part of a word finds nothing', () => {
    expect(finds('máu', 'máuxanh')).toBe(false);
    expect(finds('ap', 'Sửa đường liên ấp 3')).toBe(true);
    expect(finds('ap', 'tập huấn')).toBe(false);
  });

  it('an empty query finds everything; text typed in NFD matches', () => {
    expect(finds('  ', 'bất kỳ')).toBe(true);
    expect(finds('hiến', 'hiến'.normalize('NFD'))).toBe(true);
  });
});
