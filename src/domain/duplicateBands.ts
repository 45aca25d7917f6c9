// The near-duplicate index's candidate stage: the few buckets a report falls in (the names and numbers it cites,
// and MinHash bands of its words), the bucket cells' text form, and which indexed reports are worth comparing.
// It only finds candidates: the decision is similarity.ts's exact comparison of the candidates' texts.
import type { DeedText, Profile } from './similarity';
import { MAX_DAYS_APART } from './similarity';

/** Buckets in the index (rows of its tab): ~41,000 deeds × ≤ KEYS_PER_DEED keys spread ~50 entries a bucket. */
export const BUCKETS = 8_192;
/** Keys per deed at most: its identifying marks with the smallest hashes, then the word bands. */
export const KEYS_PER_DEED = 8;
/** MinHash bands of the words (one hash each), for reports that cite no name or number. */
const WORD_BANDS = 3;
/** Candidates compared exactly at most: those sharing the most buckets, then the most recent. */
export const MAX_CANDIDATES = 12;
/** A bucket cell keeps at most this many characters, the oldest entries dropped first (a cell holds 50,000). */
export const BUCKET_CHARS = 30_000;

/** murmur3's finaliser: every bit of the result depends on every bit of h. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 units, mixed: a uniform 32-bit hash. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** The buckets (0..BUCKETS-1, distinct) a report is filed under and looked up by. */
export function bucketsOf(p: Profile): number[] {
  const marks = new Set<string>();
  for (const key of p.features.keys()) if (key.startsWith('@') || /^#\d\d/.test(key)) marks.add(key);
  for (const m of [...p.place, ...p.beneficiaries]) marks.add(/^\d+$/.test(m) ? `#${m}` : `@${m}`);
  const chosen = [...marks].map((m) => hash(m)).sort((a, b) => a - b);
  const words = [...p.features.keys()].filter((k) => !k.startsWith('@') && !k.startsWith('#')).map(hash);
  const bands: number[] = [];
  for (let band = 1; band <= WORD_BANDS && words.length > 0; band++) {
    // One hash function per band: the word's hash remixed with the band's seed.
    let min = Infinity;
    for (const w of words) min = Math.min(min, mix(w ^ Math.imul(band, 0x9e3779b1)));
    bands.push(mix(min ^ band));
  }
  const keys = [...chosen.slice(0, KEYS_PER_DEED - bands.length), ...bands];
  return [...new Set(keys.map((k) => k % BUCKETS))];
}

/** One entry of a bucket cell: where the report's text is kept (its slot) and the day it was done. */
export interface BucketEntry {
  slot: number;
  day: number;
}

export const entryText = (e: BucketEntry): string => `${e.slot.toString(36)}.${e.day.toString(36)}`;

export function parseBucket(cell: string): BucketEntry[] {
  return cell.split(' ').flatMap((t) => {
    const [slot, day] = t.split('.').map((x) => parseInt(x, 36));
    return slot !== undefined && day !== undefined && Number.isFinite(slot) && Number.isFinite(day)
      ? [{ slot, day }]
      : [];
  });
}

/** A bucket cell with this entry added: entries done before `fromDay` dropped, the oldest first past the cap. */
export function addToBucket(cell: string, entry: BucketEntry, fromDay: number): string {
  const kept = parseBucket(cell)
    .filter((e) => e.day >= fromDay && e.slot !== entry.slot)
    .map(entryText);
  kept.push(entryText(entry));
  let chars = kept.reduce((n, t) => n + t.length + 1, 0);
  while (chars > BUCKET_CHARS) chars -= kept.shift()!.length + 1;
  return kept.join(' ');
}

/** The slots worth an exact comparison: done near enough, sharing the most buckets, then the most recent. */
export function candidates(buckets: readonly string[], day: number): number[] {
  const shared = new Map<number, number>();
  for (const cell of buckets)
    for (const e of parseBucket(cell))
      if (Math.abs(e.day - day) <= MAX_DAYS_APART) shared.set(e.slot, (shared.get(e.slot) ?? 0) + 1);
  return [...shared]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, MAX_CANDIDATES)
    .map(([slot]) => slot);
}

/** A report as its slot keeps it (its id, and its text cut to what the comparison needs). */
export interface IndexedText extends DeedText {
  id: string;
}

const KEPT_CHARS = 2_000;

export function indexedToCell(d: IndexedText): string {
  const cut = (s: string) => s.slice(0, KEPT_CHARS);
  return JSON.stringify([
    d.id,
    d.unit,
    d.day,
    cut(d.title),
    cut(d.description),
    cut(d.place),
    cut(d.beneficiaries),
    cut(d.performer),
  ]);
}

export function indexedFromCell(cell: string): IndexedText | null {
  try {
    const v: unknown = JSON.parse(cell);
    if (!Array.isArray(v) || v.length !== 8 || typeof v[2] !== 'number') return null;
    const [id, unit, day, title, description, place, beneficiaries, performer] = v.map((x: unknown) =>
      typeof x === 'number' ? x : String(x ?? ''),
    ) as [string, string, number, string, string, string, string, string];
    return { id, unit, day, title, description, place, beneficiaries, performer };
  } catch {
    return null;
  }
}
