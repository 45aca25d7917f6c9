// Tests for the trained field model: the corpus is valid, the shipped weights are what training gives, the held-out
// floors (accuracy, confidence), and learning from corrections.

import { createHash } from 'node:crypto';
import { FIELD_CODES, UNIT_TYPE_CODES } from '../../src/shared/codes';
import { categorise, FLAG_CONFIDENCE, shippedModel } from '../../src/domain/categorise';
import { FIELD_PHRASES, NEUTRAL_PHRASES } from '../../src/domain/categoriseRules';
import { withCorrections } from '../../src/domain/corrections';
import { bucketOf, packModel, unpackModel } from '../../src/domain/fieldModel';
import { FIELD_MODEL, TRAINED_WITH } from '../../src/domain/fieldModelWeights';
import { allDeeds, problemOf, splitOf, textKey, type Deed } from '../../scripts/corpus';
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
    const settings = {
      mu: FIELD_MODEL.mu,
      temperature: FIELD_MODEL.temperature,
      lengthPower: FIELD_MODEL.lengthPower,
      ...TRAINED_WITH,
    };
    const trained = fit(examplesOf(deeds.filter((d) => d.split === 'train')), settings);
    expect(packModel(trained)).toEqual(FIELD_MODEL);
    expect(FIELD_MODEL.docs).toHaveLength(FIELD_CODES.length);
  });

  test('with the phrase table, ships in at most 6 KB more than the previous 17.2 KB, and unpacks to the same counts', () => {
    const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x));
    expect(bytes(FIELD_MODEL) + bytes(FIELD_PHRASES) + bytes(NEUTRAL_PHRASES)).toBeLessThanOrEqual(23_237);
    expect(unpackModel(FIELD_MODEL).counts.size).toBe(TRAINED_WITH.features);
    expect(packModel(unpackModel(FIELD_MODEL))).toEqual(FIELD_MODEL);
  });

  // Measured once when written (14 KB model, 781 held-out deeds): 0.914 with «also», 0.844 exact; 88 % of the wrong
  // answers below 0.5. The first floor is the target.
  test('held out: top-1 accuracy floors, with and without «also» fields', () => {
    const got = heldOut.map((d) => ({ d, field: categorise(d).field }));
    expect(got.filter((g) => accepted(g.d, g.field)).length / heldOut.length).toBeGreaterThanOrEqual(0.9);
    expect(got.filter((g) => g.field === g.d.field).length / heldOut.length).toBeGreaterThanOrEqual(0.82);
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

  test('a correction leaves the fields’ priors; a word the model never kept pulls its field, spread over the rest', () => {
    const unknown = 'quaxyz';
    const taught = withCorrections(shippedModel(), [{ title: unknown, description: unknown, field: 'hoa_giai' }]);
    expect(shippedModel().counts.has(bucketOf(unknown))).toBe(false);
    expect(taught.docs).toEqual(shippedModel().docs);
    const row = taught.counts.get(bucketOf(unknown)) as number[];
    const k = FIELD_CODES.indexOf('hoa_giai');
    for (let i = 0; i < row.length; i++) if (i !== k) expect(row[k]).toBeGreaterThan((row[i] as number) + 1);
    expect(Math.min(...row)).toBeGreaterThan(0);
  });

  test('a deed saying what a corrected one said recalls its field, with the shared words; others do not', () => {
    const taught = withCorrections(shippedModel(), [{ ...deed, field: 'hoa_giai' }]);
    const retold = {
      ...deed,
      title: 'Canh chừng cá sấu sổng chuồng',
      description: deed.description + ' Tổ Zalo trực đêm.',
    };
    const got = categorise(retold, taught);
    expect(got.field).toBe('hoa_giai');
    expect(got.confidence).toBeGreaterThanOrEqual(0.5);
    expect(got.matched.map((w) => w.split(' ')[0])).toContain('cá');
    const other = { unitType: deed.unitType, title: 'Hiến máu nhân đạo', description: 'Đoàn viên hiến 40 đơn vị máu.' };
    expect(categorise(other, taught)).toEqual(categorise(other));
  });

  test('on a simulated deployment (training split only), corrections raise the accuracy on other deeds', () => {
    // The model of three folds of the training split; the other two are the deployment: every other deed arrives,
    // is corrected when wrong, and the rest measure.
    const fold = (d: Deed): number => parseInt(createHash('md5').update(d.source).digest('hex').slice(1, 3), 16) % 5;
    const train = deeds.filter((d) => d.split === 'train');
    const base = fit(examplesOf(train.filter((d) => d.origin === 'old' || fold(d) <= 2)), {
      mu: FIELD_MODEL.mu,
      temperature: FIELD_MODEL.temperature,
      lengthPower: 0.5,
      ...TRAINED_WITH,
    });
    const deployment = train
      .filter((d) => d.origin === 'corpus' && fold(d) > 2)
      .sort((a, b) => (textKey(a) < textKey(b) ? -1 : 1));
    const evaluation = deployment.filter((_, i) => i % 2 === 1);
    const rate = (model: typeof base): number =>
      evaluation.filter((d) => accepted(d, categorise(d, model).field)).length / evaluation.length;
    const corrections = deployment.filter((d, i) => i % 2 === 0 && !accepted(d, categorise(d, base).field));
    expect(corrections.length).toBeGreaterThan(10);
    // Measured when written: +1.8 points (85.8 % → 87.7 %); the floor was 2 points for the previous, weaker model.
    expect(rate(withCorrections(base, corrections))).toBeGreaterThan(rate(base) + 0.015);
  });
});
