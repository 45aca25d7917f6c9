// The sidebar's search: whole words, accents aside only where the reviewer typed none — "hien mau" finds «Hiến máu»,
// «Hiến máu» does not find «hiền», and «máu» does not find «máuxanh».
import { fold } from './text';

/** Lower-case words (letters and digits, NFC) of a text. */
const words = (input: string): string[] =>
  input
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** A query: each word typed, and whether it was typed without accents (then it matches any accents). */
export interface Query {
  words: { word: string; plain: boolean }[];
}

export function parseQuery(input: string): Query {
  return { words: words(input).map((word) => ({ word, plain: fold(word) === word })) };
}

/** Whether every word of the query is a whole word of the text (folded when the query word was typed plain). */
export function matchesQuery(text: string, query: Query): boolean {
  if (query.words.length === 0) return true;
  const exact = new Set(words(text));
  const folded = new Set([...exact].map(fold));
  return query.words.every(({ word, plain }) => (plain ? folded.has(word) : exact.has(word)));
}
