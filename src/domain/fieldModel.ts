// The field model: multinomial naive Bayes over a deed's features (fieldFeatures.ts), its packed form, and the
// deployment's own labelled examples (reviewers' corrections) added to its counts.

import { FIELD_CODES, type FieldCode } from '#shared/codes';
import type { Features } from './fieldFeatures';

/** Counts per field, in FIELD_CODES order. */
export type PerField = number[];

export interface FieldModel {
  /** Labelled deeds per field. */
  docs: PerField;
  /** Feature occurrences per field (of the features in `counts`). */
  totals: PerField;
  /** Occurrences of each kept feature per field. */
  counts: Map<string, PerField>;
  /** Additive smoothing. */
  alpha: number;
  /** Scores are divided by temperature × evidence^lengthPower before the softmax (calibration: see the train script). */
  temperature: number;
  lengthPower: number;
}

/** The packed model as the generated module holds it (see packModel). */
export interface PackedModel {
  docs: PerField;
  alpha: number;
  temperature: number;
  lengthPower: number;
  /** "feature=a12c3|…": a feature, then each field it occurs in (a letter, FIELD_CODES index) and its count. */
  features: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const zeros = (): PerField => FIELD_CODES.map(() => 0);

export function packModel(model: FieldModel): PackedModel {
  const features = [...model.counts.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([f, c]) => f + '=' + c.map((n, i) => (n > 0 ? LETTERS[i] + String(n) : '')).join(''))
    .join('|');
  const { docs, alpha, temperature, lengthPower } = model;
  return { docs, alpha, temperature, lengthPower, features };
}

export function unpackModel(packed: PackedModel): FieldModel {
  const counts = new Map<string, PerField>();
  const totals = zeros();
  for (const entry of packed.features.split('|')) {
    const eq = entry.indexOf('=');
    const perField = zeros();
    const body = entry.slice(eq + 1);
    const pairs = /([a-z])(\d+)/g;
    for (let m = pairs.exec(body); m; m = pairs.exec(body)) {
      const i = LETTERS.indexOf(m[1] as string);
      perField[i] = Number(m[2]);
      totals[i] = (totals[i] as number) + Number(m[2]);
    }
    counts.set(entry.slice(0, eq), perField);
  }
  const { docs, alpha, temperature, lengthPower } = packed;
  return { docs, totals, counts, alpha, temperature, lengthPower };
}

/** A labelled deed of this deployment: its features and the field a reviewer gave it. */
export interface LabelledFeatures {
  features: Features;
  field: FieldCode;
}

/**
 * The model with labelled examples added, each counting `weight` times. Only the model's own features count: a word
 * it pruned (a common one) would otherwise return with the examples' fields alone and pull every deed towards them.
 */
export function withExamples(model: FieldModel, examples: readonly LabelledFeatures[], weight: number): FieldModel {
  if (examples.length === 0) return model;
  const docs = [...model.docs];
  const totals = [...model.totals];
  const counts = new Map(model.counts);
  for (const { features, field } of examples) {
    const k = FIELD_CODES.indexOf(field);
    docs[k] = (docs[k] as number) + weight;
    for (const [f, n] of features.counts) {
      const known = counts.get(f);
      if (!known) continue;
      const perField = [...known];
      perField[k] = (perField[k] as number) + n * weight;
      counts.set(f, perField);
      totals[k] = (totals[k] as number) + n * weight;
    }
  }
  return { ...model, docs, totals, counts };
}

interface LogTables {
  prior: Float64Array;
  /** log P(feature | field) for a feature never seen with the field. */
  unseen: Float64Array;
  logs: Map<string, Float64Array>;
}

const tables = new WeakMap<FieldModel, LogTables>();

function logTables(model: FieldModel): LogTables {
  const known = tables.get(model);
  if (known) return known;
  const k = FIELD_CODES.length;
  const vocabulary = model.counts.size;
  const docs = model.docs.reduce((a, b) => a + b, 0);
  const prior = new Float64Array(k);
  const unseen = new Float64Array(k);
  const denominators = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    prior[i] = Math.log(((model.docs[i] as number) + 1) / (docs + k));
    denominators[i] = Math.log((model.totals[i] as number) + model.alpha * vocabulary);
    unseen[i] = Math.log(model.alpha) - (denominators[i] as number);
  }
  const logs = new Map<string, Float64Array>();
  for (const [f, perField] of model.counts) {
    const row = new Float64Array(k);
    for (let i = 0; i < k; i++) row[i] = Math.log((perField[i] as number) + model.alpha) - (denominators[i] as number);
    logs.set(f, row);
  }
  const built = { prior, unseen, logs };
  tables.set(model, built);
  return built;
}

export interface Scored {
  /** Probability of each field (FIELD_CODES order). */
  probabilities: number[];
  best: number;
  /** The known features that pulled towards the best field rather than the runner-up, strongest first. */
  reasons: string[];
  /** Known features of the text (the unit type aside). */
  evidence: number;
}

/** Each field's probability for these features, and what decided it. */
export function score(model: FieldModel, features: Features): Scored {
  const { prior, logs } = logTables(model);
  const k = FIELD_CODES.length;
  const raw = Float64Array.from(prior);
  const used: [string, number, Float64Array][] = [];
  let evidence = 0;
  for (const [f, n] of features.counts) {
    const row = logs.get(f);
    if (!row) continue;
    for (let i = 0; i < k; i++) raw[i] = (raw[i] as number) + n * (row[i] as number);
    used.push([f, n, row]);
    if (f[0] !== '@') evidence += n;
  }
  let best = 0;
  for (let i = 1; i < k; i++) if ((raw[i] as number) > (raw[best] as number)) best = i;
  let second = best === 0 ? 1 : 0;
  for (let i = 0; i < k; i++) if (i !== best && (raw[i] as number) > (raw[second] as number)) second = i;
  let sum = 0;
  const divisor = model.temperature * Math.pow(Math.max(1, evidence), model.lengthPower);
  const probabilities = [...raw].map((s) => {
    const e = Math.exp((s - (raw[best] as number)) / divisor);
    sum += e;
    return e;
  });
  const reasons = used
    .filter(([f]) => f[0] !== '@')
    .map(([f, n, row]): [string, number] => [f, n * ((row[best] as number) - (row[second] as number))])
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([f]) => f);
  return { probabilities: probabilities.map((p) => p / sum), best, reasons, evidence };
}
