// Realistic generated submissions for the playground, the simulate command and the benchmarks (deed texts
// from the labelled set, sent by units of the matching type, on seeded random dates), and the labelled sets.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unitsFromTsv } from '../src/domain/registry';
import type { Unit } from '../src/domain/submission';
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS } from '../src/shared/codes';
import type { FieldCode, UnitType } from '../src/shared/codes';
import { dayNumber, parseLocalDate } from '../src/domain/calendar';
import { compare, profile } from '../src/domain/similarity';
import type { Comparison } from '../src/domain/similarity';

const ROOT = path.join(__dirname, '..');

export const SAMPLE_UNITS: Unit[] = unitsFromTsv(readFileSync(path.join(ROOT, 'data/sample-organisation.tsv'), 'utf8'));
/** The sample organisation's own names, as its admin would type them into «Cấu hình» (label, value). */
export const SAMPLE_NAMES: string[][] = readFileSync(path.join(ROOT, 'data/sample-names.tsv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t'));

/** One line of tests/data/labelled-deeds.jsonl: a deed, its true field, and whether it tuned the rules. */
export interface LabelledDeed {
  unitType: UnitType;
  title: string;
  description: string;
  field: FieldCode;
  split: 'dev' | 'test';
}

/** One side of a labelled pair: a report as a unit sent it (unit: its code in data/sample-organisation.tsv). */
export interface PairedDeed {
  unit: string;
  unitName: string;
  title: string;
  description: string;
  place: string;
  beneficiaries: string;
  performer: string;
  doneOn: string; // yyyy-MM-dd
}

/** One line of tests/data/duplicate-pairs.jsonl: two reports, whether they are one event, and of which kind. */
export interface LabelledPair {
  id: string;
  /** The event the pair was written around; the split goes by family (md5 of its name, see the accuracy doc). */
  family: string;
  kind: 'two_units' | 'resend' | 'recurring' | 'same_kind' | 'template';
  duplicate: boolean;
  split: 'dev' | 'test';
  a: PairedDeed;
  b: PairedDeed;
}

const jsonLines = <T>(file: string): T[] =>
  readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

export const LABELLED: LabelledDeed[] = jsonLines('tests/data/labelled-deeds.jsonl');
export const LABELLED_PAIRS: LabelledPair[] = jsonLines('tests/data/duplicate-pairs.jsonl');
/** The pair the playground sends from two units (a clear one: the health-insurance cards of Phước Thạnh). */
export const SEEDED_PAIR = LABELLED_PAIRS.find((p) => p.id === 'bhyt/two_units/1')!;

/** The exact comparison of a labelled pair's two reports. */
export function comparePair(p: LabelledPair): Comparison {
  const side = (d: PairedDeed) => {
    const day = parseLocalDate(d.doneOn);
    if (!day) throw new Error(`bad date in a labelled pair: ${d.doneOn}`);
    return profile({ ...d, day: dayNumber(day) });
  };
  return compare(side(p.a), side(p.b));
}

/** Precision and recall of the duplicate check over labelled pairs (NaN when nothing was predicted). */
export function duplicateScores(pairs: readonly LabelledPair[]): { precision: number; recall: number; f1: number } {
  const predicted = pairs.map((p) => comparePair(p).duplicate);
  const hits = pairs.filter((p, i) => p.duplicate && predicted[i]).length;
  const precision = hits / predicted.filter(Boolean).length;
  const recall = hits / pairs.filter((p) => p.duplicate).length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** A small deterministic PRNG (mulberry32), so a seed reproduces the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** People's names the generated reports use (the bench adds more, for a city's variety). */
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Đặng', 'Bùi'];
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Thị Kim', 'Quốc'];
export const GIVEN = ['Tư', 'Hoa', 'Lan', 'Bình', 'Dũng', 'Hạnh', 'Phúc', 'Tâm', 'Hùng', 'Mai', 'Sơn', 'Thảo'];
const GROUPS = [
  'Chi đoàn ấp 3',
  'Tổ dân phố 5',
  'Chi hội Phụ nữ ấp Chợ',
  'Tổ công tác một cửa',
  'Khoa Nội',
  'Tổ dân quân',
];

export type Keyed = Record<string, string>;

/** One submission as a person fills in the form (keys of the form definition, labels as shown). */
export function demoSubmission(random: () => number, units: readonly Unit[], doneOn: Date): Keyed {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const deed = pick(LABELLED);
  const sameType = units.filter((u) => u.unitType === deed.unitType && u.active);
  const unit = pick(sameType.length > 0 ? sameType : units);
  const collective = random() < 0.3;
  const longRunning = random() < 0.25;
  const day = (d: Date) => d.toISOString().slice(0, 10); // a date picker's answer
  const start = new Date(doneOn.getTime() - Math.floor(30 + random() * 300) * 86_400_000);
  const proposal = random() < 0.15 ? (longRunning ? PROPOSALS.giay_khen : PROPOSALS.thu_khen) : '';
  return {
    unit: unit.name,
    performerKind: collective ? PERFORMER_KINDS.tap_the : PERFORMER_KINDS.ca_nhan,
    performerName: collective ? pick(GROUPS) : `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    performerRole: collective ? '' : 'Đảng viên',
    title: deed.title,
    description: deed.description,
    field: random() < 0.5 ? FIELDS[deed.field] : '',
    nature: longRunning ? NATURES.thuong_xuyen : NATURES.dot_xuat,
    startDate: longRunning ? day(start) : '',
    doneOn: day(doneOn),
    place: `${unit.name.replace(/^Đảng bộ |^Chi bộ /, '')}`,
    beneficiaries: random() < 0.5 ? `${1 + Math.floor(random() * 20)} hộ` : '',
    evidence: random() < 0.3 ? 'https://example.org/anh/viec-tot.jpg' : '',
    proposal,
    email: `${unit.code.toLowerCase()}@example.org`,
    phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
  };
}
