// Near-duplicate deeds: a compact accent-folded fingerprint of a deed's title and description, a text
// similarity between two fingerprints, and the rule that calls two deeds probably the same one.
import { foldedWords } from './text';

/**
 * Folded syllables that say nothing about which deed it is: Vietnamese function words and the campaign's
 * own vocabulary (every report "vận động", "hỗ trợ", "nhân dân"…). Dropped before shingling.
 */
const STOP_WORDS = new Set(
  (
    'va voi cua cho cac nhung mot hai la co khong duoc bi trong tai tu den de da dang se nay do kia khi thi ma nen ' +
    'theo tren duoi ve ra vao len nhu cung con hon rat nhieu moi tung bang qua sau truoc nhat them tiep ' +
    'viec tot nguoi dan nhan ba gia dinh ho tro giup do van dong tham gia thuc hien to chuc phoi hop gop phan ' +
    'kip thoi dia ban cong tac can bo dang vien chi xa ap huyen thi tran khu pho'
  ).split(' '),
);

/** Hashes kept per deed (the smallest ones: a bottom-k sketch). Texts with fewer shingles are kept whole. */
export const SKETCH_SIZE = 64;
/** Shingle hashes are 18-bit: three characters of the index's 64-letter alphabet each. */
const HASH_BITS = 18;
/** Deeds done further apart than this are never duplicates. */
export const MAX_DAYS_APART = 14;
/**
 * Up to this many days apart two reports may be one deed told by two units in their own words (each dates it
 * its own way); from six days on a similar text is more often next week's new deed of a weekly habit.
 */
export const NEAR_DAYS = 5;
/** Text similarity that makes a duplicate when the dates are near (dev split: duplicates ≥ 0.49, others ≤ 0.40). */
export const NEAR_THRESHOLD = 0.45;
/** Text similarity that makes a duplicate further apart: a resent text (dev ≥ 0.92), not a weekly deed (≤ 0.64). */
export const FAR_THRESHOLD = 0.78;

export interface Fingerprint {
  /** Distinct shingles of the whole text (the sketch may hold fewer). */
  size: number;
  /** The SKETCH_SIZE smallest shingle hashes, ascending, distinct. */
  hashes: number[];
}

/** The deed as the duplicate check sees it: its fingerprint and the day it was done (calendar dayNumber). */
export interface DeedPrint {
  day: number;
  print: Fingerprint;
}

/** Folded words minus stop words; each word and each pair of neighbours is a shingle. */
export function shingles(text: string): Set<string> {
  const words = foldedWords(text).filter((w) => !STOP_WORDS.has(w));
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** FNV-1a over UTF-16 units, finished with murmur3's mixer so that every bit of the result is uniform. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> (32 - HASH_BITS);
}

export function fingerprint(title: string, description: string): Fingerprint {
  const set = shingles(`${title}\n${description}`);
  const hashes = [...new Set([...set].map(hash))].sort((a, b) => a - b);
  return { size: set.size, hashes: hashes.slice(0, SKETCH_SIZE) };
}

/**
 * How much of the shorter text the longer one repeats, 0..1: the shared shingles over the smaller set,
 * estimated from the two sketches (exact when both texts fit their sketch). Containment rather than
 * Jaccard, so that a unit's two-line report of a deed another unit described at length still matches.
 */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.hashes.length === 0 || b.hashes.length === 0) return 0;
  // The SKETCH_SIZE smallest hashes of the union, by merging the two sorted sketches: how many are in both.
  let [i, j, union, both] = [0, 0, 0, 0];
  for (; union < SKETCH_SIZE && (i < a.hashes.length || j < b.hashes.length); union++) {
    const x = a.hashes[i] ?? Infinity;
    const y = b.hashes[j] ?? Infinity;
    if (x === y) both++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  const jaccard = both / union;
  const shared = (jaccard * (a.size + b.size)) / (1 + jaccard);
  return Math.min(1, shared / Math.min(a.size, b.size));
}

/** The text similarity two deeds this many days apart need to count as one deed (Infinity: never). */
export function thresholdFor(daysApart: number): number {
  const days = Math.abs(daysApart);
  if (days > MAX_DAYS_APART) return Infinity;
  return days <= NEAR_DAYS ? NEAR_THRESHOLD : FAR_THRESHOLD;
}

/** The text similarity of two deeds that count as one (dates first: cheap), or null when they do not. */
export function duplicateScore(a: DeedPrint, b: DeedPrint): number | null {
  const needed = thresholdFor(a.day - b.day);
  if (needed > 1) return null;
  const score = similarity(a.print, b.print);
  return score >= needed ? score : null;
}

export function isNearDuplicate(a: DeedPrint, b: DeedPrint): boolean {
  return duplicateScore(a, b) !== null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHARS_PER_HASH = 3; // 64³ = 2^HASH_BITS

/** The fingerprint as short ASCII (size in base 36, a dot, then three letters per hash): ~200 bytes a deed. */
export function printToText(p: Fingerprint): string {
  const letters = p.hashes.map((h) => ALPHABET[h >> 12]! + ALPHABET[(h >> 6) & 63]! + ALPHABET[h & 63]!);
  return `${p.size.toString(36)}.${letters.join('')}`;
}

export function printFromText(text: string): Fingerprint {
  const dot = text.indexOf('.');
  const hashes: number[] = [];
  for (let i = dot + 1; i + CHARS_PER_HASH <= text.length; i += CHARS_PER_HASH) {
    const [a, b, c] = [0, 1, 2].map((k) => ALPHABET.indexOf(text[i + k]!)) as [number, number, number];
    hashes.push((a << 12) | (b << 6) | c);
  }
  return { size: parseInt(text.slice(0, dot), 36) || 0, hashes };
}
