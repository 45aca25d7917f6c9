// Tests for the trained field model: the corpus is valid, the shipped weights are what training gives, the held-out
// floors (accuracy, confidence), and learning from corrections.

import { FIELD_CODES, UNIT_TYPE_CODES } from '../../src/shared/codes';
import { categorise, FLAG_CONFIDENCE, shippedModel } from '../../src/domain/categorise';
import { withCorrections } from '../../src/domain/corrections';
import { packModel, unpackModel } from '../../src/domain/fieldModel';
import { FIELD_MODEL } from '../../src/domain/fieldModelWeights';
import { allDeeds, problemOf, splitOf, type Deed } from '../../scripts/corpus';
import { examplesOf, fit } from '../../scripts/trainModel';

const deeds = allDeeds();
const corpus = deeds.filter((d) => d.origin === 'corpus');
const heldOut = corpus.filter((d) => d.split === 'test');
const accepted = (d: Deed, f: string): boolean => f === d.field || (d.also ?? []).includes(f as Deed['field']);

describe('the corpus (tests/data/deed-corpus.jsonl)', () => {
  test('is valid, split by source as fixed, and covers every field and unit type', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(800);
    for (const d of corpus) {
      const { origin: _origin, ...line } = d;
      expect(problemOf(line)).toBeNull();
      expect(d.split).toBe(splitOf(d.source));
    }
    for (const f of FIELD_CODES) expect(corpus.filter((d) => d.field === f).length).toBeGreaterThanOrEqual(20);
    for (const u of UNIT_TYPE_CODES) expect(corpus.some((d) => d.unitType === u)).toBe(true);
    const sources = (split: string) => new Set(corpus.filter((d) => d.split === split).map((d) => d.source));
    for (const s of sources('test')) expect(sources('train').has(s)).toBe(false);
  });

  test('problemOf refuses a wrong split, an unknown code and a missing text', () => {
    const good = corpus[0] as Deed;
    const { origin: _origin, ...line } = good;
    expect(problemOf({ ...line, split: line.split === 'test' ? 'train' : 'test' })).toMatch(/^split/);
    expect(problemOf({ ...line, field: 'nope' as never })).toMatch(/^field/);
    expect(problemOf({ ...line, title: '', description: ' ' })).toBe('no text');
  });
});

describe('the shipped model', () => {
  test('is exactly what training on the repository’s corpus gives (generated, not edited)', () => {
    const model = unpackModel(FIELD_MODEL);
    const settings = {
      alpha: FIELD_MODEL.alpha,
      temperature: FIELD_MODEL.temperature,
      lengthPower: FIELD_MODEL.lengthPower,
      features: model.counts.size,
    };
    const trained = fit(examplesOf(deeds.filter((d) => d.split === 'train')), settings);
    expect(packModel(trained)).toEqual(FIELD_MODEL);
    expect(FIELD_MODEL.docs).toHaveLength(FIELD_CODES.length);
  });

  test('packs into less than 25 KB and unpacks to the same counts', () => {
    expect(FIELD_MODEL.features.length).toBeLessThan(25_000);
    expect(packModel(unpackModel(FIELD_MODEL))).toEqual(FIELD_MODEL);
  });

  // Measured when written (14 KB model): 0.862 with «also», 0.796 exact; 93 % of the wrong answers below 0.5.
  test('held out: top-1 accuracy floors, with and without «also» fields', () => {
    const got = heldOut.map((d) => ({ d, field: categorise(d).field }));
    expect(got.filter((g) => accepted(g.d, g.field)).length / heldOut.length).toBeGreaterThanOrEqual(0.82);
    expect(got.filter((g) => g.field === g.d.field).length / heldOut.length).toBeGreaterThanOrEqual(0.74);
  });

  test('held out: most wrong answers come below the flag level; «Khác» always does', () => {
    const got = heldOut.map((d) => ({ d, c: categorise(d) }));
    const wrong = got.filter((g) => !accepted(g.d, g.c.field));
    const low = wrong.filter((g) => g.c.confidence < FLAG_CONFIDENCE);
    expect(low.length / wrong.length).toBeGreaterThanOrEqual(0.8);
    for (const g of got) if (g.c.field === 'khac') expect(g.c.confidence).toBeLessThan(FLAG_CONFIDENCE);
    // …and confidence means something: answers at or above the level are right far more often than those below.
    const rate = (set: typeof got) => set.filter((g) => accepted(g.d, g.c.field)).length / set.length;
    const high = got.filter((g) => g.c.confidence >= FLAG_CONFIDENCE);
    expect(rate(high)).toBeGreaterThanOrEqual(0.93);
    expect(rate(high)).toBeGreaterThan(rate(got.filter((g) => g.c.confidence < FLAG_CONFIDENCE)) + 0.05);
  });

  test('the words that weighed most come with every field but khac', () => {
    for (const d of heldOut) {
      const c = categorise(d);
      if (c.field !== 'khac') expect(c.matched.length).toBeGreaterThan(0);
      expect(c.matched.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('learning from corrections', () => {
  const deed = {
    unitType: 'xa_thi_tran' as const,
    title: 'Tổ Zalo canh chừng cá sấu sổng chuồng',
    description: 'Tổ Zalo ấp Bờ Kênh canh chừng cá sấu sổng chuồng, báo tin cá sấu cho bà con.',
  };

  test('a reviewer’s field, taught a few times, wins for a deed that says the same', () => {
    const before = categorise(deed);
    const target = before.field === 'an_ninh_trat_tu' ? 'hoa_giai' : 'an_ninh_trat_tu';
    const taught = withCorrections(
      shippedModel(),
      Array.from({ length: 4 }, () => ({ ...deed, field: target })),
    );
    expect(categorise(deed, taught).field).toBe(target);
    expect(categorise(deed).field).toBe(before.field); // the shipped model itself is untouched
  });

  test('corrections count only the model’s own features: a common word it pruned pulls nothing', () => {
    const pruned = 'quaxyz';
    const taught = withCorrections(shippedModel(), [{ title: pruned, description: pruned, field: 'hoa_giai' }]);
    expect(taught.counts.has(pruned)).toBe(false);
    expect(taught.docs[FIELD_CODES.indexOf('hoa_giai')]).toBeGreaterThan(
      shippedModel().docs[FIELD_CODES.indexOf('hoa_giai')] as number,
    );
  });

  test('on a simulated stream, accuracy on other deeds does not fall after 50 corrections', () => {
    const ordered = [...heldOut].sort((a, b) => (a.title < b.title ? -1 : 1));
    const stream = ordered.filter((_, i) => i % 2 === 0);
    const evaluation = ordered.filter((_, i) => i % 2 === 1);
    const rate = (model = shippedModel()) =>
      evaluation.filter((d) => accepted(d, categorise(d, model).field)).length / evaluation.length;
    const corrections = stream.filter((d) => !accepted(d, categorise(d).field)).slice(0, 50);
    expect(corrections.length).toBeGreaterThan(5);
    expect(rate(withCorrections(shippedModel(), corrections))).toBeGreaterThanOrEqual(rate() - 0.01);
  });
});
