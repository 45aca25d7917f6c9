// Fitting the field model: counts from labelled deeds, feature pruning, and smoothing and temperature chosen by
// cross-validation on the training split only (folds by source, so a source's reports stay together).

import { createHash } from 'node:crypto';
import { FIELD_CODES, type FieldCode } from '../src/shared/codes';
import { FLAG_CONFIDENCE } from '../src/domain/categorise';
import { deedFeatures, type Features } from '../src/domain/fieldFeatures';
import { bucketOf, packModel, quantised, score, type FieldModel, type PerField } from '../src/domain/fieldModel';
import type { Deed } from './corpus';

export interface Example {
  deed: Deed;
  features: Features;
}

export const examplesOf = (deeds: readonly Deed[]): Example[] =>
  deeds.map((deed) => ({ deed, features: deedFeatures(deed) }));

const zeros = (): PerField => FIELD_CODES.map(() => 0);

/** Every feature's counts per field by bucket, in how many deeds it occurs, and the buckets always kept. */
function countAll(examples: readonly Example[]): {
  docs: PerField;
  counts: Map<number, PerField>;
  df: Map<number, number>;
  fixed: Set<number>;
} {
  const docs = zeros();
  const counts = new Map<number, PerField>();
  const df = new Map<number, number>();
  const fixed = new Set<number>();
  for (const { deed, features } of examples) {
    const k = FIELD_CODES.indexOf(deed.field);
    docs[k] = (docs[k] as number) + 1;
    for (const [f, n] of features.counts) {
      const bucket = bucketOf(f);
      const row = counts.get(bucket) ?? zeros();
      row[k] = (row[k] as number) + n;
      counts.set(bucket, row);
      df.set(bucket, (df.get(bucket) ?? 0) + 1);
      if (f[0] === '#' || f[0] === '@') fixed.add(bucket);
    }
  }
  return { docs, counts, df, fixed };
}

/**
 * Buckets ranked by how much they tell the fields apart (the G statistic of their counts against the fields' share
 * of all counts); those seen in a single deed are left out, the table's "#field" and the "@unit" features always kept.
 */
function ranked({ counts, df, fixed }: ReturnType<typeof countAll>): number[] {
  const totals = zeros();
  for (const row of counts.values()) row.forEach((n, i) => (totals[i] = (totals[i] as number) + n));
  const all = totals.reduce((x, y) => x + y, 0);
  const g = (row: PerField): number => {
    const n = row.reduce((x, y) => x + y, 0);
    return row.reduce((s, c, i) => (c > 0 ? s + c * Math.log(c / ((n * (totals[i] as number)) / all)) : s), 0);
  };
  return [...counts.keys()]
    .filter((f) => fixed.has(f) || (df.get(f) ?? 0) >= 2)
    .map((f): [number, number] => [f, fixed.has(f) ? Infinity : g(counts.get(f) as PerField)])
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .map(([f]) => f);
}

export interface Settings {
  mu: number;
  features: number;
  /** A feature's count for a field below this is dropped (it tells little and costs bytes). */
  minCount: number;
  temperature: number;
  lengthPower: number;
}

/** A model from labelled examples: the best `settings.features` features, counts as the packed model holds them. */
export function fit(examples: readonly Example[], settings: Settings): FieldModel {
  const all = countAll(examples);
  const kept = new Map<number, PerField>();
  for (const f of ranked(all).slice(0, settings.features)) kept.set(f, shipped(all.counts.get(f), settings.minCount));
  const totals = zeros();
  for (const row of kept.values()) row.forEach((n, i) => (totals[i] = (totals[i] as number) + n));
  const { mu, temperature, lengthPower } = settings;
  return { docs: all.docs, totals, counts: kept, mu, temperature, lengthPower };
}

/** A feature's counts as the packed model keeps them: those below `minCount` dropped, the others quantised. */
const shipped = (row: PerField | undefined, minCount: number): PerField =>
  (row as PerField).map((n) => (n < minCount ? 0 : quantised(n)));

/** The most features whose packed form stays within `bytes` (bisection on the real packing). */
function featuresWithin(examples: readonly Example[], bytes: number, minCount: number): number {
  const all = countAll(examples);
  const order = ranked(all);
  const size = (n: number): number => {
    const counts = new Map(order.slice(0, n).map((f) => [f, shipped(all.counts.get(f), minCount)]));
    return packModel({ docs: [], totals: [], counts, mu: 1, temperature: 1, lengthPower: 0 }).features.length;
  };
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(mid) <= bytes) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Fold 0–4 of a deed: by its source (the old set's lines by position). */
function foldOf(e: Example, i: number): number {
  if (e.deed.origin === 'old') return i % 5;
  return parseInt(createHash('md5').update(e.deed.source).digest('hex').slice(1, 3), 16) % 5;
}

interface OutOfFold {
  deed: Deed;
  /** Raw log scores (temperature 1) per field. */
  raw: number[];
  /** How many known feature occurrences the text has (the divisor's base). */
  evidence: number;
}

/** Each training example scored by a model fitted on the other folds. */
export function outOfFold(examples: readonly Example[], settings: Settings): OutOfFold[] {
  const folds = examples.map(foldOf);
  const result: OutOfFold[] = [];
  for (let k = 0; k < 5; k++) {
    const model = fit(
      examples.filter((_, i) => folds[i] !== k),
      { ...settings, temperature: 1, lengthPower: 0 },
    );
    examples.forEach((e, i) => {
      if (folds[i] !== k) return;
      const scored = score(model, e.features);
      const raw = scored.probabilities.map((x) => Math.log(Math.max(x, 1e-300)));
      result.push({ deed: e.deed, raw, evidence: Math.max(1, scored.evidence) });
    });
  }
  return result;
}

const accepted = (d: Deed, f: FieldCode): boolean => f === d.field || (d.also ?? []).includes(f);

export function argmax(xs: readonly number[]): number {
  let best = 0;
  xs.forEach((x, i) => {
    if (x > (xs[best] as number)) best = i;
  });
  return best;
}

interface Calibration {
  temperature: number;
  lengthPower: number;
}

/** Mean negative log-likelihood of the true fields under a calibration. */
function logLoss(oof: readonly OutOfFold[], c: Calibration): number {
  let sum = 0;
  for (const { deed, raw, evidence } of oof) {
    const t = c.temperature * Math.pow(evidence, c.lengthPower);
    const top = Math.max(...raw);
    const z = raw.reduce((s, r) => s + Math.exp((r - top) / t), 0);
    sum -= ((raw[FIELD_CODES.indexOf(deed.field)] as number) - top) / t - Math.log(z);
  }
  return sum / oof.length;
}

/** Of the wrong answers (cross-validated), the share that must come with a confidence below FLAG_CONFIDENCE. */
const FLAGGED_SHARE = 0.85;

/** The share of wrong answers whose confidence (the best field's probability; «Khác» always) is below FLAG_CONFIDENCE. */
function flaggedShare(oof: readonly OutOfFold[], c: Calibration): number {
  let wrong = 0;
  let low = 0;
  for (const { deed, raw, evidence } of oof) {
    const best = argmax(raw);
    if (accepted(deed, FIELD_CODES[best] as FieldCode)) continue;
    wrong++;
    const t = c.temperature * Math.pow(evidence, c.lengthPower);
    const z = raw.reduce((s, r) => s + Math.exp((r - (raw[best] as number)) / t), 0);
    if (FIELD_CODES[best] === 'khac' || 1 / z < FLAG_CONFIDENCE) low++;
  }
  return wrong === 0 ? 1 : low / wrong;
}

export interface Tuning {
  settings: Settings;
  /** Cross-validated accuracy (accepting "also") of each setting tried. */
  tried: { mu: number; minCount: number; features: number; accuracy: number }[];
}

/** Smoothing, pruning, size and calibration chosen on the training examples alone, the model within `bytes`. */
export function tune(examples: readonly Example[], bytes: number): Tuning {
  const tried: Tuning['tried'] = [];
  let best: (Tuning['tried'][number] & { oof: OutOfFold[] }) | undefined;
  for (const minCount of [1, 2, 3]) {
    const maxFeatures = featuresWithin(examples, bytes, minCount);
    for (const mu of [100, 200, 300, 500, 1000]) {
      for (const share of [1, 0.85, 0.7]) {
        const features = Math.round(maxFeatures * share);
        const oof = outOfFold(examples, { mu, features, minCount, temperature: 1, lengthPower: 0 });
        const right = oof.filter((o) => accepted(o.deed, FIELD_CODES[argmax(o.raw)] as FieldCode)).length;
        const accuracy = right / oof.length;
        tried.push({ mu, minCount, features, accuracy });
        if (!best || accuracy > best.accuracy + 1e-9) best = { mu, minCount, features, accuracy, oof };
      }
    }
  }
  const chosen = best as NonNullable<typeof best>;
  // The best-calibrated divisor (least log loss) that leaves FLAGGED_SHARE of the wrong answers below FLAG_CONFIDENCE.
  let calibration: Calibration | undefined;
  // Powers up to 1/2 only: a longer text must stay at least as sure as a shorter one saying the same (at 1, two
  // words would weigh as much as two hundred).
  for (const lengthPower of [0, 0.25, 0.5]) {
    for (let step = 0; step < 200; step++) {
      const c = { temperature: Math.round(Math.pow(1.05, step) * 0.05 * 1000) / 1000, lengthPower };
      if (flaggedShare(chosen.oof, c) < FLAGGED_SHARE) continue;
      if (!calibration || logLoss(chosen.oof, c) < logLoss(chosen.oof, calibration)) calibration = c;
    }
  }
  const { mu, features, minCount } = chosen;
  return { settings: { mu, features, minCount, ...(calibration ?? { temperature: 100, lengthPower: 0 }) }, tried };
}
