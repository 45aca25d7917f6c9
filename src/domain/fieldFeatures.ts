// A deed's features for the field model: accent-folded syllables and syllable pairs, the phrase table's fields, the unit type.

import type { FieldCode, UnitType } from '#shared/codes';
import { FIELD_PHRASES, NEUTRAL_PHRASES } from './categoriseRules';
import { fold } from './text';

export interface FeatureInput {
  unitType?: UnitType | undefined;
  title: string;
  description: string;
}

/** The unit type counts as this many occurrences of its feature (chosen by cross-validation, as was a title counting once). */
export const UNIT_REPEAT = 3;

/**
 * Features and how often they occur: "word", "word word" (pairs), "#field" (the phrase table's phrases of a field,
 * counted by their weight) and "@unitType". `shown` gives each feature the words people typed (for "#field", each
 * phrase found as typed, separated by "|"), to explain a decision.
 */
export interface Features {
  counts: Map<string, number>;
  shown: Map<string, string>;
}

interface Phrase {
  readonly words: readonly string[];
  readonly field: FieldCode;
  readonly weight: number;
}

let compiled: Map<string, Phrase[]> | undefined;

/** Folds and indexes the phrase table once (by first word, longest phrases first); neutral names weigh 0. */
function phraseIndex(): Map<string, Phrase[]> {
  if (compiled) return compiled;
  const index = new Map<string, Phrase[]>();
  const add = (field: FieldCode, weight: number, text: string): void => {
    const words = fold(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (words.length === 0) return;
    const list = index.get(words[0] as string) ?? [];
    list.push({ words, field, weight });
    index.set(words[0] as string, list);
  };
  for (const field of Object.keys(FIELD_PHRASES) as Exclude<FieldCode, 'khac'>[]) {
    for (const group of FIELD_PHRASES[field]) {
      const colon = group.indexOf(':');
      for (const text of group.slice(colon + 1).split('|')) add(field, Number(group.slice(0, colon)), text);
    }
  }
  for (const text of NEUTRAL_PHRASES.split('|')) add('khac', 0, text);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);
  compiled = index;
  return index;
}

/**
 * The table's phrases in a text, each once with where it starts; a phrase inside a longer match (or an
 * organisation's name) is dropped.
 */
export function findPhrases(words: readonly string[]): { phrase: Phrase; at: number }[] {
  const index = phraseIndex();
  const found: { phrase: Phrase; at: number }[] = [];
  let coveredTo = 0;
  for (let i = 0; i < words.length; i++) {
    for (const phrase of index.get(words[i] as string) ?? []) {
      const n = phrase.words.length;
      let k = 1;
      while (k < n && words[i + k] === phrase.words[k]) k++;
      if (k < n || i + n <= coveredTo) continue;
      coveredTo = i + n;
      if (!found.some((p) => p.phrase === phrase)) found.push({ phrase, at: i });
      break;
    }
  }
  return found;
}

const CHUNKS = /[^\p{L}\p{N}]+/u;

/**
 * Folded words with the form they were typed in (lower case), on the same word boundaries as matching. The text is
 * folded once and both forms cut at the same non-letters; should they not line up (a stray accent mark standing
 * alone), the folded words are shown.
 */
export function typedWords(input: string): { folded: string[]; typed: string[] } {
  const lower = input.normalize('NFC').toLowerCase();
  const chunks = fold(lower).split(CHUNKS);
  const originals = lower.split(CHUNKS);
  const aligned = originals.length === chunks.length;
  const folded: string[] = [];
  const typed: string[] = [];
  chunks.forEach((chunk, i) => {
    const parts = /^[a-z0-9]+$/.test(chunk) ? [chunk] : chunk.split(/[^a-z0-9]+/).filter(Boolean);
    for (const part of parts) {
      folded.push(part);
      typed.push(aligned && parts.length === 1 ? (originals[i] as string) : part);
    }
  });
  return { folded, typed };
}

const isNumber = (w: string): boolean => /^[0-9]+$/.test(w);

/** The features of one deed (see Features). */
export function deedFeatures(input: FeatureInput): Features {
  const counts = new Map<string, number>();
  const shown = new Map<string, string>();
  const add = (feature: string, times: number, typed: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + times);
    if (!shown.has(feature)) shown.set(feature, typed);
  };
  const text = (raw: string): void => {
    const { folded, typed } = typedWords(raw);
    for (let i = 0; i < folded.length; i++) {
      const w = folded[i] as string;
      if (isNumber(w)) continue;
      add(w, 1, typed[i] as string);
      const next = folded[i + 1];
      if (next !== undefined && !isNumber(next)) add(w + ' ' + next, 1, typed[i] + ' ' + typed[i + 1]);
    }
    for (const { phrase, at } of findPhrases(folded)) {
      if (phrase.weight === 0) continue;
      const key = '#' + phrase.field;
      const words = typed.slice(at, at + phrase.words.length).join(' ');
      add(key, phrase.weight, words);
      if (!(shown.get(key) as string).split('|').includes(words)) shown.set(key, shown.get(key) + '|' + words);
    }
  };
  text(input.title);
  text(input.description);
  if (input.unitType) add('@' + input.unitType, UNIT_REPEAT, '');
  return { counts, shown };
}
