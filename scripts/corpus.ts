// The labelled deed corpus (tests/data/deed-corpus.jsonl) and the old labelled set: read, validated, deduplicated.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_CODES, UNIT_TYPE_CODES, type FieldCode, type UnitType } from '../src/shared/codes';
import { fold } from '../src/domain/text';
import { LABELLED } from '../local/demo';

export const ROOT = join(__dirname, '..');
export const CORPUS_FILE = 'tests/data/deed-corpus.jsonl';

const VOICES = ['news', 'clerk', 'no-accents', 'typo'] as const;
const SOURCE_KINDS = ['news', 'government-site', 'union-site', 'modelled'] as const;

/** One line of the corpus. */
export interface CorpusDeed {
  unitType: UnitType;
  title: string;
  description: string;
  field: FieldCode;
  also?: FieldCode[];
  voice: (typeof VOICES)[number];
  sourceKind: (typeof SOURCE_KINDS)[number];
  source: string;
  split: 'train' | 'test';
}

/** A deed the trainer sees: a corpus line, or a line of the old set (source "labelled-deeds", voice "clerk"). */
export interface Deed extends CorpusDeed {
  origin: 'corpus' | 'old';
}

/** The split the corpus brief fixed before any tuning: test when md5(source)'s first hex digit is 0–4. */
export function splitOf(source: string): 'train' | 'test' {
  return parseInt(createHash('md5').update(source).digest('hex')[0] as string, 16) <= 4 ? 'test' : 'train';
}

/** What is wrong with a parsed line, or null. */
export function problemOf(d: Partial<CorpusDeed>): string | null {
  const keys = ['unitType', 'title', 'description', 'field', 'also', 'voice', 'sourceKind', 'source', 'split'];
  const extra = Object.keys(d).filter((k) => !keys.includes(k));
  if (extra.length > 0) return `unknown keys ${extra.join(', ')}`;
  if (!UNIT_TYPE_CODES.includes(d.unitType as UnitType)) return `unit type ${String(d.unitType)}`;
  if (!FIELD_CODES.includes(d.field as FieldCode)) return `field ${String(d.field)}`;
  if (d.also !== undefined && (!Array.isArray(d.also) || d.also.some((f) => !FIELD_CODES.includes(f))))
    return `also ${JSON.stringify(d.also)}`;
  if (typeof d.title !== 'string' || typeof d.description !== 'string' || !(d.title + d.description).trim())
    return 'no text';
  if (!VOICES.includes(d.voice as CorpusDeed['voice'])) return `voice ${String(d.voice)}`;
  if (!SOURCE_KINDS.includes(d.sourceKind as CorpusDeed['sourceKind'])) return `sourceKind ${String(d.sourceKind)}`;
  if (typeof d.source !== 'string' || !/^https?:\/\//.test(d.source)) return `source ${String(d.source)}`;
  if (d.split !== splitOf(d.source)) return `split ${String(d.split)} but the rule gives ${splitOf(d.source)}`;
  return null;
}

/** The key two lines share when they are the same report (accents, case and spacing aside). */
export const textKey = (d: { title: string; description: string }): string =>
  fold(d.title + ' ' + d.description)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');

/** Lines of JSON files, valid ones first-come deduplicated; the others listed with their reason. */
export function readCorpus(files: readonly string[]): { deeds: CorpusDeed[]; rejected: string[] } {
  const deeds: CorpusDeed[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: Partial<CorpusDeed>;
      try {
        parsed = JSON.parse(line) as Partial<CorpusDeed>;
      } catch {
        rejected.push(`${file}:${i + 1}: not JSON`);
        return;
      }
      const problem = problemOf(parsed);
      if (problem) {
        rejected.push(`${file}:${i + 1}: ${problem}`);
        return;
      }
      const d = parsed as CorpusDeed;
      const key = textKey(d);
      if (seen.has(key)) {
        rejected.push(`${file}:${i + 1}: duplicate`);
        return;
      }
      seen.add(key);
      const { unitType, title, description, field, also, voice, sourceKind, source, split } = d;
      const kept = also?.filter((f) => f !== field) ?? [];
      deeds.push({
        unitType,
        title,
        description,
        field,
        ...(kept.length > 0 ? { also: kept } : {}),
        voice,
        sourceKind,
        source,
        split,
      });
    });
  }
  return { deeds, rejected };
}

/** The corpus as the repository holds it (every line valid and distinct) and the old set, as deeds. */
export function allDeeds(): Deed[] {
  const { deeds, rejected } = readCorpus([join(ROOT, CORPUS_FILE)]);
  if (rejected.length > 0) throw new Error(`${CORPUS_FILE} has bad lines:\n${rejected.join('\n')}`);
  const old: Deed[] = LABELLED.map((d) => ({
    ...d,
    voice: 'clerk',
    sourceKind: 'modelled',
    source: 'labelled-deeds',
    split: d.split === 'dev' ? 'train' : 'test',
    origin: 'old',
  }));
  return [...deeds.map((d): Deed => ({ ...d, origin: 'corpus' })), ...old];
}
