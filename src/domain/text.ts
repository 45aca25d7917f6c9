// Text normalisation: what people type (NFD keyboards, stray spaces, control characters) made clean,
// and an accent-folded form for matching ("lòng lề đường" = "long le duong").

// Control characters except tab/newline; zero-width and BOM characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** One-line text: NFC, no control characters, runs of whitespace collapsed to one space, trimmed. */
export function cleanLine(input: string): string {
  return input.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Multi-line text: like cleanLine but keeps single line breaks between paragraphs. */
export function cleanParagraphs(input: string): string {
  return input
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Lower case, no diacritics, đ → d: the form used for search and categorisation. */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** Folded words (letters and digits only), for matching keyword phrases on word boundaries. */
export function foldedWords(input: string): string[] {
  return fold(input)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
