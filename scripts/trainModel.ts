// Fitting the field model: counts from labelled deeds, feature pruning, and smoothing and temperature chosen by
// cross-validation on the training split only (folds by source, so a source's reports stay together).

import { createHash } from 'node:crypto';
import { FIELD_CODES, type FieldCode } from '../src/shared/codes';
import { FLAG_CONFIDENCE } from '../src/domain/categorise';
import { deedFeatures, type Features } from '../src/domain/fieldFeatures';
import { packModel, score, type FieldModel, type PerField } from '../src/domain/fieldModel';
import type { Deed } from './corpus';

export interface Example {
  deed: Deed;
  features: Features;
}

export const examplesOf = (deeds: readonly Deed[]): Example[] =>
  deeds.map((deed) => ({ deed, features: deedFeatures(deed) }));

const zeros = (): PerField => FIELD_CODES.map(() => 0);

/** Every feature's counts per field, and in how many deeds it occurs. */
function countAll(examples: readonly Example[]): {
  docs: PerField;
  counts: Map<string, PerField>;
  df: Map<string, number>;
} {
  const docs = zeros();
  const counts = new Map<string, PerField>();
  const df = new Map<string, number>();
  for (const { deed, features } of examples) {
    const k = FIELD_CODES.indexOf(deed.field);
    docs[k] = (docs[k] as number) + 1;
    for (const [f, n] of features.counts) {
      const row = counts.get(f) ?? zeros();
      row[k] = (row[k] as number) + n;
      counts.set(f, row);
      df.set(f, (df.get(f) ?? 0) + 1);
    }
  }
  return { docs, counts, df };
}

/**
 * Features ranked by how much they tell the fields apart (the G statistic of their counts against the fields' share
 * of all counts); those seen in a single deed are left out, the table's "#field" and the "@unit" features always kept.
 */
function ranked(counts: Map<string, PerField>, df: Map<string, number>): string[] {
  const totals = zeros();
  for (const row of counts.values()) row.forEach((n, i) => (totals[i] = (totals[i] as number) + n));
  const all = totals.reduce((a, b) => a + b, 0);
  const g = (row: PerField): number => {
    const n = row.reduce((a, b) => a + b, 0);
    return row.reduce((s, c, i) => (c > 0 ? s + c * Math.log(c / ((n * (totals[i] as number)) / all)) : s), 0);
  };
  const fixed = (f: string): boolean => f[0] === '#' || f[0] === '@';
  return [...counts.keys()]
    .filter((f) => fixed(f) || (df.get(f) ?? 0) >= 2)
    .map((f): [string, number] => [f, fixed(f) ? Infinity : g(counts.get(f) as PerField)])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([f]) => f);
}

export interface Settings {
  alpha: number;
  features: number;
  temperature: number;
  lengthPower: number;
}

/** A model from labelled examples: the best `settings.features` features, counts as integers. */
export function fit(examples: readonly Example[], settings: Settings): FieldModel {
  const { docs, counts, df } = countAll(examples);
  const kept = new Map<string, PerField>();
  for (const f of ranked(counts, df).slice(0, settings.features)) kept.set(f, counts.get(f) as PerField);
  const totals = zeros();
  for (const row of kept.values()) row.forEach((n, i) => (totals[i] = (totals[i] as number) + n));
  const { alpha, temperature, lengthPower } = settings;
  return { docs, totals, counts: kept, alpha, temperature, lengthPower };
}

/** The most features whose packed form stays within `bytes`. */
export function featuresWithin(examples: readonly Example[], bytes: number): number {
  const { counts, df } = countAll(examples);
  const order = ranked(counts, df);
  let size = 0;
  let n = 0;
  for (const f of order) {
    const one = packModel({
      docs: [],
      totals: [],
      counts: new Map([[f, counts.get(f) as PerField]]),
      alpha: 1,
      temperature: 1,
      lengthPower: 0,
    });
    size += one.features.length + 1;
    if (size > bytes) break;
    n++;
  }
  return n;
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
  /** Cross-validated accuracy (accepting "also") of each smoothing and size tried. */
  tried: { alpha: number; features: number; accuracy: number }[];
}

/** Smoothing, size and temperature chosen on the training examples alone. */
export function tune(examples: readonly Example[], maxFeatures: number): Tuning {
  const tried: Tuning['tried'] = [];
  let best: { alpha: number; features: number; accuracy: number; oof: OutOfFold[] } | undefined;
  for (const alpha of [0.05, 0.1, 0.2, 0.5]) {
    for (const features of [maxFeatures, Math.round(maxFeatures * 0.7), Math.round(maxFeatures * 0.5)]) {
      const oof = outOfFold(examples, { alpha, features, temperature: 1, lengthPower: 0 });
      const right = oof.filter((o) => accepted(o.deed, FIELD_CODES[argmax(o.raw)] as FieldCode)).length;
      const accuracy = right / oof.length;
      tried.push({ alpha, features, accuracy });
      if (!best || accuracy > best.accuracy + 1e-9) best = { alpha, features, accuracy, oof };
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
  const { alpha, features } = chosen;
  return { settings: { alpha, features, ...(calibration ?? { temperature: 100, lengthPower: 0 }) }, tried };
}
