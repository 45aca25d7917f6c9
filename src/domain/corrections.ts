// Reviewers' field changes as labelled examples of this deployment: the hidden tab's row, read back, added to the model.

import { FIELD_CODES, UNIT_TYPE_CODES, type FieldCode, type UnitType } from '#shared/codes';
import { deedFeatures, type Features } from './fieldFeatures';
import { withExamples, type FieldModel, type LabelledFeatures, type Recalled } from './fieldModel';
import type { CellValue } from './deed';
import { CORRECTIONS, type ColumnKey } from './tabs';

/** How corrections teach the model (chosen on simulated deployments of the training split: see the accuracy report). */
export interface Teaching {
  /** A correction's words count as this many training deeds'. */
  weight: number;
  /** A word the model does not keep starts from this many occurrences spread over the fields (see withExamples). */
  background: number;
  /** A later deed at least this alike a corrected one (cosine of their words and pairs) gets the reviewers' field. */
  similarity: number;
}

export const TEACHING: Teaching = { weight: 2, background: 1, similarity: 0.5 };
/** The tab keeps the newest this many corrections (older rows are deleted when it grows past it). */
export const MAX_CORRECTIONS = 500;
/** A description is kept up to this many characters (the words that matter come first). */
const TEXT_LIMIT = 1500;

export interface Correction {
  unitType?: UnitType | undefined;
  title: string;
  description: string;
  field: FieldCode;
}

/** The tab's row for a reviewer's change of a deed's field. */
export function correctionRow(at: Date, deedId: string, c: Correction): CellValue[] {
  const cells: Record<ColumnKey<typeof CORRECTIONS>, CellValue> = {
    at,
    deedId,
    unitType: c.unitType ?? '',
    field: c.field,
    title: c.title.slice(0, TEXT_LIMIT),
    description: c.description.slice(0, TEXT_LIMIT),
  };
  return CORRECTIONS.keys.map((key) => cells[key]);
}

/** The tab's rows read back; a row someone spoiled (unknown field) is skipped. */
export function correctionsOf(rows: readonly (readonly unknown[])[]): Correction[] {
  const out: Correction[] = [];
  for (const row of rows) {
    const field = String(row[CORRECTIONS.col.field] ?? '') as FieldCode;
    if (!FIELD_CODES.includes(field)) continue;
    const unitType = String(row[CORRECTIONS.col.unitType] ?? '') as UnitType;
    out.push({
      unitType: UNIT_TYPE_CODES.includes(unitType) ? unitType : undefined,
      title: String(row[CORRECTIONS.col.title] ?? ''),
      description: String(row[CORRECTIONS.col.description] ?? ''),
      field,
    });
  }
  return out;
}

/** A deed's words and pairs as a unit vector (log counts): what two deeds share, whatever the model kept. */
function wordVector(features: Features): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [f, n] of features.counts) {
    if (f[0] === '#' || f[0] === '@') continue;
    const x = Math.log(1 + n);
    vector.set(f, x);
    norm += x * x;
  }
  for (const [f, x] of vector) vector.set(f, x / Math.sqrt(norm));
  return vector;
}

/** The nearest corrected deed at least `least` alike (through an index of their words: cheap for 500). */
function recallFrom(
  examples: readonly LabelledFeatures[],
  least: number,
): (features: Features) => Recalled | undefined {
  const index = new Map<string, [number, number][]>();
  examples.forEach(({ features }, i) => {
    for (const [f, x] of wordVector(features)) index.set(f, [...(index.get(f) ?? []), [i, x]]);
  });
  return (features) => {
    const vector = wordVector(features);
    const sums = new Map<number, number>();
    for (const [f, x] of vector) for (const [i, y] of index.get(f) ?? []) sums.set(i, (sums.get(i) ?? 0) + x * y);
    let best = -1;
    let similarity = least;
    for (const [i, sum] of sums) if (sum >= similarity) [best, similarity] = [i, sum];
    if (best < 0) return undefined;
    const near = (examples[best] as LabelledFeatures).features.counts;
    const shared = [...vector.entries()]
      .filter(([f]) => near.has(f))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([f]) => f);
    return { field: (examples[best] as LabelledFeatures).field, similarity: Math.min(1, similarity), shared };
  };
}

/** The model with the deployment's corrections added to its counts, and recalled for deeds that say the same. */
export function withCorrections(
  model: FieldModel,
  corrections: readonly Correction[],
  teaching: Teaching = TEACHING,
): FieldModel {
  if (corrections.length === 0) return model;
  const examples = corrections.map((c) => ({ features: deedFeatures(c), field: c.field }));
  return {
    ...withExamples(model, examples, teaching.weight, teaching.background),
    recall: recallFrom(examples, teaching.similarity),
  };
}
