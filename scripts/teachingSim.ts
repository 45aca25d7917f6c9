// Simulated deployments of reviewers' corrections: learning curves, and the choice of how corrections teach the model
// (domain/corrections.ts TEACHING) on the training split alone.

import { createHash } from 'node:crypto';
import type { FieldCode } from '../src/shared/codes';
import { categorise } from '../src/domain/categorise';
import { withCorrections, type Correction, type Teaching } from '../src/domain/corrections';
import type { FieldModel } from '../src/domain/fieldModel';
import { textKey, type Deed } from './corpus';
import { examplesOf, fit, type Settings } from './trainModel';

export interface Point {
  corrections: number;
  accuracy: number;
}

const accepted = (d: Deed, f: FieldCode): boolean => f === d.field || (d.also ?? []).includes(f);
const rate = (set: readonly Deed[], model: FieldModel): number =>
  set.filter((d) => accepted(d, categorise(d, model).field)).length / set.length;

/** Deeds in a fixed order that has nothing to do with their fields (their folded text). */
export const arrival = (set: readonly Deed[]): Deed[] => [...set].sort((a, b) => (textKey(a) < textKey(b) ? -1 : 1));

/**
 * A deployment's reviewers at work: deeds arrive in order, once each; each
 * wrong answer (not an accepted field) is corrected and joins the model; accuracy on `evaluation` at each checkpoint
 * and at the end.
 */
export function learningCurve(
  base: FieldModel,
  stream: readonly Deed[],
  evaluation: readonly Deed[],
  checkpoints: readonly number[],
  teaching?: Teaching,
): Point[] {
  const corrections: Correction[] = [];
  const out: Point[] = [{ corrections: 0, accuracy: rate(evaluation, base) }];
  let model = base;
  for (const d of stream) {
    if (corrections.length >= Math.max(...checkpoints)) break;
    if (accepted(d, categorise(d, model).field)) continue;
    corrections.push(d);
    model = withCorrections(base, corrections, teaching);
    if (checkpoints.includes(corrections.length))
      out.push({ corrections: corrections.length, accuracy: rate(evaluation, model) });
  }
  if (out[out.length - 1]?.corrections !== corrections.length)
    out.push({ corrections: corrections.length, accuracy: rate(evaluation, model) });
  return out;
}

/** Fold 0–4 of a corpus deed by its source (as the cross-validation's). */
const foldOf = (d: Deed): number => parseInt(createHash('md5').update(d.source).digest('hex').slice(1, 3), 16) % 5;

export interface TeachingTrial {
  teaching: Teaching;
  /** Accuracy gained by the end of each simulation (see chooseTeaching). */
  newVoice: number;
  sameEvents: number;
}

/**
 * Each teaching tried on two deployments built from the training split only: "new voice" — a model of the old
 * clerk-style set, the corpus's folds 0–2 arriving as reports, folds 3–4 measuring; "same events" — a model of the
 * old set and folds 0–2, folds 3–4 the deployment (every other deed arrives, the rest measure: retellings of one
 * event fall on both sides). The best is the one with the largest summed gain.
 */
export function chooseTeaching(
  train: readonly Deed[],
  settings: Settings,
  teachings: readonly Teaching[],
): { best: Teaching; trials: TeachingTrial[] } {
  const corpus = train.filter((d) => d.origin === 'corpus');
  const early = arrival(corpus.filter((d) => foldOf(d) <= 2));
  const late = arrival(corpus.filter((d) => foldOf(d) > 2));
  const oldOnly = fit(examplesOf(train.filter((d) => d.origin === 'old')), settings);
  const withEarly = fit(examplesOf(train.filter((d) => d.origin === 'old' || foldOf(d) <= 2)), settings);
  const gain = (points: Point[]): number =>
    (points[points.length - 1] as Point).accuracy - (points[0] as Point).accuracy;
  const trials = teachings.map((teaching) => ({
    teaching,
    newVoice: gain(learningCurve(oldOnly, early, late, [200], teaching)),
    sameEvents: gain(
      learningCurve(
        withEarly,
        late.filter((_, i) => i % 2 === 0),
        late.filter((_, i) => i % 2 === 1),
        [200],
        teaching,
      ),
    ),
  }));
  const score = (t: TeachingTrial): number => t.newVoice + t.sameEvents;
  const best = trials.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
  return { best: best.teaching, trials };
}
