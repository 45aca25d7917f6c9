// Near-duplicate deeds, decided exactly: what in a report tells which event it is (its words with Vietnamese stop
// words dropped on their accented form, the names and numbers it cites, its place and beneficiaries), how close
// two reports are, and the rule that calls them one event told twice.
import { fold } from './text';

/** The fields of a report that identify its event. */
export interface DeedText {
  unit: string;
  title: string;
  description: string;
  place: string;
  beneficiaries: string;
  performer: string;
  /** The day it was done (calendar dayNumber). */
  day: number;
}

/**
 * Words that say nothing about which event it is, matched on their accented form so that a stop word never
 * deletes a content word that folds like it: "mới" goes, "môi" (môi trường) stays; "vệ", "dân", "nhân", "viên"
 * survive everywhere. Pairs go as a pair only ("nhân dân", "gia đình"), never word by word.
 */
const STOP_WORDS = new Set(
  (
    'và với của cho các những một là có không được bị trong tại từ đến để đã đang sẽ này đó kia khi thì mà nên ' +
    'theo trên dưới về ra vào lên như cũng còn hơn rất nhiều mỗi mới ở từng bằng qua sau trước nhất thêm cùng đi ' +
    'ông bà anh chị em cháu cụ xã ấp huyện đồng việc tốt người'
  ).split(' '),
);
const STOP_PAIRS = new Set(
  (
    'nhân dân|người dân|bà con|gia đình|hỗ trợ|giúp đỡ|vận động|tham gia|thực hiện|tổ chức|phối hợp|góp phần|' +
    'kịp thời|địa bàn|công tác|cán bộ|đảng viên|chi bộ|đảng bộ|thị trấn|khu phố|trao tặng|hoàn cảnh|khó khăn'
  ).split('|'),
);
/**
 * The stop words a report typed without accents still drops: only those whose bare form no content word shares
 * ("moi" may be "môi", "ve" "vệ", "dan" "dân", "qua" "quà", "sau" "Sáu", "tai" "tai nạn": all kept).
 */
const BARE_STOP_WORDS = new Set(
  'va voi cua cac nhung mot khong duoc trong den nay khi theo tren duoi vao len nhu cung hon rat nhieu tung truoc them ong anh em chau huyen viec nguoi'.split(
    ' ',
  ),
);
/** Words that open a name without being part of it ("chị Võ Thị Hoa", "Ấp Phước Hòa", "Trạm y tế xã Trung An"). */
const NAME_OPENERS = new Set(
  'chị anh ông bà cụ em cháu gia đình hộ ấp xã huyện thị trấn khu phố trường trạm đường kênh chợ nhà văn hóa thôn tổ'.split(
    ' ',
  ),
);

/** Weights of the features two reports share: a word, a pair of neighbouring words, a name, a number. */
export const WEIGHTS = { word: 1, pair: 0.5, name: 2, number: 2 };
/** Reports done further apart than this are never one event: each unit dates it its own way, not a week apart. */
export const MAX_DAYS_APART = 4;
/** The score from which two reports are one event (set on the dev split: see docs/duplicate-accuracy.md). */
export const THRESHOLD = 0.52;
/** How much the place and the beneficiaries move the score: all of theirs found (+half), none (−all). */
export const FIELD_WEIGHTS = { place: 0.5, beneficiaries: 0.5 };

interface Token {
  /** NFC lower case. */
  lower: string;
  folded: string;
  capital: boolean;
  /** First word of a sentence (its capital says nothing). */
  opens: boolean;
}

const NUMBER = /^\d/;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let opens = true;
  for (const m of text.normalize('NFC').matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|[.!?;:\n()–-]/gu)) {
    const w = m[0];
    if (/^[.!?;:\n()–-]$/.test(w)) {
      opens = opens || /[.!?:\n]/.test(w);
      out.push({ lower: '|', folded: '|', capital: false, opens: false });
      continue;
    }
    const number = NUMBER.test(w);
    const lower = number ? w.replace(/[.,]/g, '') : w.toLowerCase();
    // A capital opens a name; an acronym (UBND, MTTQ) is a plain word.
    const capital = !number && w[0] !== lower[0] && !(w.length > 1 && w === w.toUpperCase());
    out.push({ lower, folded: number ? lower : fold(lower), capital, opens });
    opens = false;
  }
  return out;
}

/** Names cited in a text: runs of capitalised words (one alone counts mid-sentence), folded, openers dropped. */
function names(toks: readonly Token[], field = false): string[] {
  const words = toks.filter((t) => t.lower !== '|');
  // A text typed in capitals says nothing by its capitals (a short field may well be all names).
  if (!field && words.filter((t) => t.capital).length > words.length * 0.6) return [];
  const out: string[] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && NAME_OPENERS.has(run[0]!.lower)) run.shift();
    if (run.length > 1 || (run.length === 1 && !run[0]!.opens)) out.push(run.map((t) => t.folded).join(' '));
    run = [];
  };
  for (const t of toks) {
    if (t.capital) run.push(t);
    else close();
  }
  close();
  return out;
}

/** Content words in order (stop words and stop pairs dropped, a sentence break kept as '|'), folded. */
function contentWords(toks: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (next && STOP_PAIRS.has(`${t.lower} ${next.lower}`)) {
      i++;
      continue;
    }
    const bare = t.lower === t.folded;
    if (STOP_WORDS.has(t.lower) || (bare && BARE_STOP_WORDS.has(t.folded))) continue;
    out.push(t.folded);
  }
  return out;
}

/** A report as the comparison sees it: weighted features, and the names and numbers of its identifying fields. */
export interface Profile {
  unit: string;
  day: number;
  features: Map<string, number>;
  weight: number;
  /** Its whole text folded, one space between words and at both ends, for finding the other's names in it. */
  text: string;
  place: string[];
  beneficiaries: string[];
}

/** The names and numbers of a short field ("Ấp Phước Hòa, xã Phước Thạnh" → "phuoc hoa", "phuoc thanh"). */
function fieldMarks(field: string): string[] {
  const toks = tokens(field);
  const numbers = toks.filter((t) => NUMBER.test(t.lower)).map((t) => t.lower);
  return [...new Set([...names(toks, true), ...numbers])];
}

export function profile(d: DeedText): Profile {
  const toks = tokens(`${d.title}.\n${d.description}`);
  const features = new Map<string, number>();
  const add = (key: string, w: number) => features.set(key, Math.max(features.get(key) ?? 0, w));
  const words = contentWords(toks);
  words.forEach((w, i) => {
    if (w === '|') return;
    if (NUMBER.test(w)) add(`#${w}`, w.length > 1 ? WEIGHTS.number : WEIGHTS.word);
    else add(w, WEIGHTS.word);
    const prev = words[i - 1];
    if (prev && prev !== '|') add(`${prev} ${w}`, WEIGHTS.pair);
  });
  for (const n of names(toks)) add(`@${n}`, WEIGHTS.name);
  let weight = 0;
  for (const w of features.values()) weight += w;
  const all = `${d.title} ${d.description} ${d.place} ${d.beneficiaries} ${d.performer}`;
  const text = ` ${tokens(all)
    .filter((t) => t.lower !== '|')
    .map((t) => t.folded)
    .join(' ')} `;
  return {
    unit: d.unit,
    day: d.day,
    features,
    weight,
    text,
    place: fieldMarks(d.place),
    beneficiaries: fieldMarks(d.beneficiaries),
  };
}

/**
 * How much of the shorter report's weighted features the other shares, 0..1 (exact, no sampling). Measured on the
 * shorter one only when they share a name or a number: a two-line generic report ("Dọn vệ sinh môi trường khu
 * dân cư") inside a long specific one is not the same event; it is then measured on the longer one.
 */
export function textSimilarity(a: Profile, b: Profile): number {
  const [small, large] = a.weight <= b.weight ? [a, b] : [b, a];
  if (small.weight === 0) return 0;
  let [shared, marks] = [0, 0];
  for (const [key, w] of small.features) {
    const other = large.features.get(key);
    if (other === undefined) continue;
    shared += Math.min(w, other);
    if (key.startsWith('@') || /^#\d\d/.test(key)) marks++;
  }
  return shared / (marks > 0 ? small.weight : large.weight);
}

/**
 * How far one report's place (or beneficiaries) is found in the other report, 0..1, both ways averaged;
 * null when neither names one.
 */
export function fieldSupport(
  marksA: readonly string[],
  a: Profile,
  marksB: readonly string[],
  b: Profile,
): number | null {
  const found = (marks: readonly string[], other: Profile) =>
    marks.filter((m) => other.text.includes(` ${m} `)).length / marks.length;
  if (marksA.length > 0 && marksB.length > 0) return (found(marksA, b) + found(marksB, a)) / 2;
  // Only one report names it: what the other does not say is no evidence against, only what it does say counts.
  const one = marksA.length > 0 ? found(marksA, b) : marksB.length > 0 ? found(marksB, a) : null;
  return one === null || one <= 0.5 ? null : one;
}

export interface Comparison {
  days: number;
  text: number;
  place: number | null;
  beneficiaries: number | null;
  score: number;
  duplicate: boolean;
}

/** The whole comparison of two reports: each piece of evidence and the decision. */
export function compare(a: Profile, b: Profile): Comparison {
  const days = Math.abs(a.day - b.day);
  const text = textSimilarity(a, b);
  const place = fieldSupport(a.place, a, b.place, b);
  const beneficiaries = fieldSupport(a.beneficiaries, a, b.beneficiaries, b);
  // Nothing of one found in the other, both naming theirs: twice the evidence against (another place, other people).
  const lean = (support: number | null, weight: number) =>
    support === null ? 0 : support === 0 ? -weight : (support - 0.5) * weight;
  const score = text + lean(place, FIELD_WEIGHTS.place) + lean(beneficiaries, FIELD_WEIGHTS.beneficiaries);
  return { days, text, place, beneficiaries, score, duplicate: days <= MAX_DAYS_APART && score >= THRESHOLD };
}
