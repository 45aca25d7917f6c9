// Suggests a deed's field from its title and description (weighted Vietnamese keywords, accent-insensitive).

import { FIELDS, type FieldCode, type UnitType } from '#shared/codes';
import { FIELD_PHRASES, NEUTRAL_PHRASES, TYPICAL_FIELDS } from './categoriseRules';
import { foldedWords } from './text';

export interface Categorisation {
  field: FieldCode;
  /** 0..1, two decimals: how far the best field is ahead of the next and how much evidence there is. */
  confidence: number;
  /** The table's phrases (with accents) that decided the field, best first; empty for `khac`. */
  matched: string[];
}

export interface CategoriseInput {
  unitType?: UnitType | undefined;
  title: string;
  description: string;
}

/** At or above this confidence a disagreement with the submitter's choice is flagged for review. */
export const FLAG_CONFIDENCE = 0.7;
/** A phrase in the title counts this many times a phrase in the description. */
export const TITLE_WEIGHT = 1.5;
/** Added to a unit type's typical fields, but only when the text already points at them. */
export const UNIT_PRIOR = 1.5;
/** Below this much text evidence for the best field the answer is `khac`. */
export const MIN_EVIDENCE = 4.5;

interface Phrase {
  readonly words: readonly string[];
  readonly field: FieldCode;
  readonly weight: number;
  readonly text: string;
}

let compiled: Map<string, Phrase[]> | undefined;

/** Folds and indexes the phrase table once (by first word, longest phrases first). */
function phraseIndex(): Map<string, Phrase[]> {
  if (compiled) return compiled;
  const index = new Map<string, Phrase[]>();
  const seen = new Map<string, Phrase>();
  const addPhrase = (field: FieldCode, weight: number, text: string): void => {
    const words = foldedWords(text);
    const key = field + ' ' + words.join(' ');
    const previous = seen.get(key);
    if (words.length === 0 || (previous && previous.weight >= weight)) return;
    const phrase: Phrase = { words, field, weight, text: text.trim() };
    seen.set(key, phrase);
    const list = index.get(words[0] as string) ?? [];
    const at = previous ? list.indexOf(previous) : -1;
    if (at >= 0) list[at] = phrase;
    else list.push(phrase);
    index.set(words[0] as string, list);
  };
  for (const field of Object.keys(FIELD_PHRASES) as Exclude<FieldCode, 'khac'>[]) {
    for (const group of FIELD_PHRASES[field]) {
      const colon = group.indexOf(':');
      const weight = Number(group.slice(0, colon));
      for (const text of group.slice(colon + 1).split('|')) addPhrase(field, weight, text);
    }
  }
  for (const text of NEUTRAL_PHRASES.split('|')) addPhrase('khac', 0, text);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  compiled = index;
  return index;
}

/** The phrases found in one text, each once; a phrase lying inside a longer match is dropped. */
function findPhrases(words: readonly string[], index: Map<string, Phrase[]>): Phrase[] {
  const hits: { start: number; end: number; phrase: Phrase }[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i] as string);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const n = phrase.words.length;
      if (i + n > words.length) continue;
      let k = 1;
      while (k < n && words[i + k] === phrase.words[k]) k++;
      if (k === n) hits.push({ start: i, end: i + n, phrase });
    }
  }
  const found: Phrase[] = [];
  for (const hit of hits) {
    const len = hit.end - hit.start;
    const inside = hits.some((o) => o.end - o.start > len && o.start <= hit.start && o.end >= hit.end);
    if (!inside && !found.includes(hit.phrase)) found.push(hit.phrase);
  }
  return found;
}

function round2(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Picks the deed's field from its text; the unit type tilts close calls towards its typical fields. */
export function categorise(input: CategoriseInput): Categorisation {
  const index = phraseIndex();
  const text = new Map<FieldCode, number>();
  const contributions = new Map<FieldCode, Map<string, number>>();
  const add = (phrases: Phrase[], factor: number): void => {
    for (const p of phrases) {
      if (p.weight === 0) continue;
      const points = p.weight * factor;
      text.set(p.field, (text.get(p.field) ?? 0) + points);
      const byPhrase = contributions.get(p.field) ?? new Map<string, number>();
      byPhrase.set(p.text, (byPhrase.get(p.text) ?? 0) + points);
      contributions.set(p.field, byPhrase);
    }
  };
  add(findPhrases(foldedWords(input.title), index), TITLE_WEIGHT);
  add(findPhrases(foldedWords(input.description), index), 1);

  // Only a field with enough text evidence can win; the prior just tilts the comparison.
  const typical = input.unitType ? TYPICAL_FIELDS[input.unitType] : [];
  let best: FieldCode = 'khac';
  let bestScore = 0;
  let secondScore = 0;
  for (const [field, points] of text) {
    const score = points + (typical.includes(field) ? UNIT_PRIOR : 0);
    if (points >= MIN_EVIDENCE && score > bestScore) {
      secondScore = Math.max(secondScore, bestScore);
      best = field;
      bestScore = score;
    } else secondScore = Math.max(secondScore, score);
  }
  if (best === 'khac') {
    const strongest = Math.max(0, ...text.values());
    return { field: 'khac', confidence: round2(0.5 + 0.4 * (1 - strongest / MIN_EVIDENCE)), matched: [] };
  }
  const amount = 1 - Math.exp(-bestScore / 6);
  const margin = (bestScore - secondScore) / bestScore;
  const matched = [...(contributions.get(best) ?? new Map<string, number>()).entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([phrase]) => phrase);
  return { field: best, confidence: round2(amount * (0.3 + 0.7 * margin)), matched };
}

function quoted(field: FieldCode): string {
  return '«' + FIELDS[field] + '»';
}

/** The field a deed is filed under: the submitter's choice when there is one, flagged if the text says otherwise. */
export function reconcileField(
  submitted: FieldCode | undefined,
  auto: Categorisation,
): { field: FieldCode; flagged: boolean; reason: string } {
  const keywords = auto.matched.slice(0, 3).join(', ');
  if (submitted === undefined || submitted === 'khac') {
    if (auto.field === 'khac') {
      const why = 'hệ thống không tìm thấy từ khóa phù hợp lĩnh vực nào';
      return {
        field: 'khac',
        flagged: false,
        reason: submitted === 'khac' ? `Theo lựa chọn của đơn vị («Khác»); ${why}` : `Xếp vào «Khác»: ${why}`,
      };
    }
    const prefix = submitted === 'khac' ? 'Đơn vị chọn «Khác»; ' : '';
    return { field: auto.field, flagged: false, reason: `${prefix}Tự động phân loại theo từ khóa: ${keywords}` };
  }
  if (auto.field === submitted) {
    return { field: submitted, flagged: false, reason: 'Theo lựa chọn của đơn vị (khớp với gợi ý của hệ thống)' };
  }
  if (auto.field !== 'khac' && auto.confidence >= FLAG_CONFIDENCE) {
    return {
      field: submitted,
      flagged: true,
      reason: `Đơn vị chọn ${quoted(submitted)}, hệ thống gợi ý ${quoted(auto.field)} (từ khóa: ${keywords})`,
    };
  }
  return { field: submitted, flagged: false, reason: 'Theo lựa chọn của đơn vị' };
}
