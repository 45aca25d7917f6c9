// The field model: multinomial naive Bayes over a deed's hashed features (fieldFeatures.ts), its packed form, and
// the deployment's own labelled examples (reviewers' corrections) added to its counts.

import { FIELD_CODES, type FieldCode } from '#shared/codes';
import type { Features } from './fieldFeatures';

/** Counts per field, in FIELD_CODES order. */
export type PerField = number[];

export interface FieldModel {
  /** Labelled deeds per field. */
  docs: PerField;
  /** Feature occurrences per field (of the features in `counts`). */
  totals: PerField;
  /** Occurrences per field of each kept feature, by its bucket (bucketOf). */
  counts: Map<number, PerField>;
  /**
   * Smoothing: each field's counts of a feature get `mu` occurrences spread as the feature's share of all counts
   * (Dirichlet smoothing towards the background, chosen by cross-validation over additive smoothing).
   */
  mu: number;
  /** Scores are divided by temperature × evidence^lengthPower before the softmax (calibration: see the train script). */
  temperature: number;
  lengthPower: number;
  /** The deployment's corrected deed nearest to these features, when one is near enough (domain/corrections.ts). */
  recall?: ((features: Features) => Recalled | undefined) | undefined;
}

/** A corrected deed recalled for a new one: its field, how alike the two are (0..1), the words they share. */
export interface Recalled {
  field: FieldCode;
  similarity: number;
  shared: string[];
}

/** The packed model as the generated module holds it (see packModel). */
export interface PackedModel {
  docs: PerField;
  mu: number;
  temperature: number;
  lengthPower: number;
  /**
   * The kept buckets in ascending order, each as its distance from the previous one in capital letters (base 26),
   * then each field it occurs in (a small letter a–u, FIELD_CODES index) and its count as one LEVELS character:
   * "Ja5c2Bd0…".
   */
  features: string;
}

/** Features are stored by a hash of their text (no vocabulary ships): this many bits of FNV-1a. */
const BUCKET_BITS = 20;

/** The bucket of a feature: 32-bit FNV-1a of its characters, cut to BUCKET_BITS. */
export function bucketOf(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << BUCKET_BITS) - 1);
}

const zeros = (): PerField => FIELD_CODES.map(() => 0);
const A = 65;
const a = 97;
/** A count's character: the first ten stand for 1–10, each next one for 1.2 times the one before (up to 2,774). */
const LEVELS = '0123456789vwxyz!#$%&()*+,-./:;<=>?@[]^_{|}~';
const LEVEL_VALUES: number[] = [];
for (let i = 0; i < LEVELS.length; i++)
  LEVEL_VALUES.push(i < 10 ? i + 1 : Math.round((LEVEL_VALUES[i - 1] as number) * 1.2));
const LEVEL_OF = new Map([...LEVELS].map((c, i) => [c.charCodeAt(0), LEVEL_VALUES[i] as number]));

/** The level character nearest to a count (on a log scale); counts below 1 are not stored. */
function levelChar(n: number): string {
  let best = 0;
  for (let i = 1; i < LEVEL_VALUES.length; i++)
    if (Math.abs(Math.log(n / (LEVEL_VALUES[i] as number))) < Math.abs(Math.log(n / (LEVEL_VALUES[best] as number))))
      best = i;
  return LEVELS[best] as string;
}

/** A count as the packed model stores it (the value of its level). */
export function quantised(n: number): number {
  return n < 1 ? 0 : (LEVEL_OF.get(levelChar(n).charCodeAt(0)) as number);
}

function base26(n: number): string {
  let s = String.fromCharCode(A + (n % 26));
  for (n = Math.floor(n / 26); n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(A + (n % 26)) + s;
  return s;
}

export function packModel(model: FieldModel): PackedModel {
  let previous = 0;
  const features = [...model.counts.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([bucket, c]) => {
      const gap = base26(bucket - previous);
      previous = bucket;
      return gap + c.map((n, i) => (n >= 1 ? String.fromCharCode(a + i) + levelChar(n) : '')).join('');
    })
    .join('');
  const { docs, mu, temperature, lengthPower } = model;
  return { docs, mu, temperature, lengthPower, features };
}

/** Reads the packed string in one pass (no regular expressions: it runs at every execution's first classification). */
export function unpackModel(packed: PackedModel): FieldModel {
  const counts = new Map<number, PerField>();
  const totals = zeros();
  const s = packed.features;
  let bucket = 0;
  let i = 0;
  while (i < s.length) {
    let gap = 0;
    for (let c = s.charCodeAt(i); c >= A && c < A + 26; c = s.charCodeAt(++i)) gap = gap * 26 + c - A;
    bucket += gap;
    const row = zeros();
    for (let c = s.charCodeAt(i); c >= a && c < a + FIELD_CODES.length; c = s.charCodeAt((i += 2))) {
      const field = c - a;
      const n = LEVEL_OF.get(s.charCodeAt(i + 1)) as number;
      row[field] = n;
      totals[field] = (totals[field] as number) + n;
    }
    counts.set(bucket, row);
  }
  const { docs, mu, temperature, lengthPower } = packed;
  return { docs, totals, counts, mu, temperature, lengthPower };
}

/** A labelled deed of this deployment: its features and the field a reviewer gave it. */
export interface LabelledFeatures {
  features: Features;
  field: FieldCode;
}

/**
 * The model with labelled examples added, each counting `weight` times; the fields' priors stay (corrections are the
 * model's mistakes, not a sample of what units report). A feature the model does not keep (pruned,
 * or never seen) starts from `background` occurrences spread over the fields as the model's words are: a common word
 * the model pruned then pulls an example's field only a little, a word no report had used pulls it clearly.
 */
export function withExamples(
  model: FieldModel,
  examples: readonly LabelledFeatures[],
  weight: number,
  background: number,
): FieldModel {
  if (examples.length === 0) return model;
  const totals = [...model.totals];
  const all = totals.reduce((x, y) => x + y, 0);
  const share = totals.map((t) => (background * t) / all);
  const counts = new Map(model.counts);
  for (const { features, field } of examples) {
    const k = FIELD_CODES.indexOf(field);
    for (const [f, n] of features.counts) {
      const bucket = bucketOf(f);
      const known = counts.get(bucket);
      const perField = known ? [...known] : [...share];
      if (!known) share.forEach((x, i) => (totals[i] = (totals[i] as number) + x));
      perField[k] = (perField[k] as number) + n * weight;
      counts.set(bucket, perField);
      totals[k] = (totals[k] as number) + n * weight;
    }
  }
  return { ...model, totals, counts };
}

interface LogTables {
  prior: Float64Array;
  logs: Map<number, Float64Array>;
}

const tables = new WeakMap<FieldModel, LogTables>();

function logTables(model: FieldModel): LogTables {
  const known = tables.get(model);
  if (known) return known;
  const k = FIELD_CODES.length;
  const docs = model.docs.reduce((x, y) => x + y, 0);
  const prior = new Float64Array(k);
  const denominators = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    prior[i] = Math.log(((model.docs[i] as number) + 1) / (docs + k));
    denominators[i] = Math.log((model.totals[i] as number) + model.mu);
  }
  // The background: a feature's share of all counts, add-one smoothed over the kept features.
  const all = model.totals.reduce((x, y) => x + y, 0) + model.counts.size;
  const logs = new Map<number, Float64Array>();
  for (const [bucket, perField] of model.counts) {
    const row = new Float64Array(k);
    const spread = (model.mu * (perField.reduce((x, y) => x + y, 0) + 1)) / all;
    for (let i = 0; i < k; i++) row[i] = Math.log((perField[i] as number) + spread) - (denominators[i] as number);
    logs.set(bucket, row);
  }
  const built = { prior, logs };
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
    const row = logs.get(bucketOf(f));
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
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([f]) => f);
  return { probabilities: probabilities.map((p) => p / sum), best, reasons, evidence };
}
