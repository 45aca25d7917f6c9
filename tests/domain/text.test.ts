// Text normalisation: NFD keyboards, stray spaces and control characters, accent folding, cell fitting.
import { cleanLine, cleanParagraphs, fold, foldedWords } from '../../src/domain/text';
import { fitCell } from '../../src/domain/cells';

describe('text', () => {
  it('turns NFD input into NFC and collapses spaces', () => {
    const nfd = '  Trả   lại\tví  '.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(cleanLine(nfd)).toBe('Trả lại ví');
    expect(cleanLine(nfd)).toBe(cleanLine(nfd).normalize('NFC'));
  });

  it('removes control and zero-width characters but keeps paragraphs', () => {
    expect(cleanLine('a\u0000b\u200Bc\u0007')).toBe('abc');
    expect(cleanParagraphs('dòng 1  \r\n\r\n\r\n\r\n  dòng 2')).toBe('dòng 1\n\ndòng 2');
  });

  it('folds accents and đ', () => {
    expect(fold('Lòng Lề Đường')).toBe('long le duong');
    expect(fold('lòng lề đường'.normalize('NFD'))).toBe('long le duong');
    expect(foldedWords('Giải tỏa, lấn chiếm!')).toEqual(['giai', 'toa', 'lan', 'chiem']);
  });
});

describe('fitCell', () => {
  it('leaves short text alone', () => expect(fitCell('ngắn')).toEqual({ cell: 'ngắn', parts: [] }));

  it('cuts long text with a marker and keeps every character in parts', () => {
    const long = 'ạ'.repeat(60_000);
    const fitted = fitCell(long);
    expect(fitted.cell.length).toBeLessThanOrEqual(49_000);
    expect(fitted.cell).toContain('đã cắt');
    expect(fitted.parts.join('')).toBe(long);
    expect(fitted.parts.every((p) => p.length <= 49_000)).toBe(true);
  });
});
