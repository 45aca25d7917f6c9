// The near-duplicate index: fingerprints of the last WINDOW_DAYS days of deeds, where one cache read gets them
// all, and the check a valid submission goes through before its row is written.
// Kept in CacheService (the document cache), rebuilt from «Việc tốt» on a miss: a hit costs no Sheets call at
// all (get 3 ms + put 93 ms); properties cap at 500 KB shared with the triggers, a hidden tab would add a write.
import { dayNumber, parseLocalDate } from '../domain/calendar';
import { DEED } from '../domain/tabs';
import { duplicateScore, fingerprint, printFromText, printToText } from '../domain/similarity';
import type { DeedPrint } from '../domain/similarity';
import { documentCache } from '../gas/cache';
import { localDateOf, today } from '../gas/clock';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface IndexedDeed extends DeedPrint {
  id: string;
}

/** Deeds done this many days before today or earlier leave the index. */
export const WINDOW_DAYS = 60;
/** On a miss the index is rebuilt from at most this many last rows of «Việc tốt» (two Sheets reads). */
const REBUILD_ROWS = 6_000;
const KEY = 'duplicates:v1';
/** Values ≤ 100 KB each: ~650 deeds (~150 bytes each) a chunk, ~6,500 in the window before the oldest drop. */
const CHUNK_CHARS = 95_000;
const MAX_CHUNKS = 10;
const CACHE_SECONDS = 21_600; // the longest CacheService keeps anything: six hours

/** The index as last saved, or rebuilt from the sheet when the cache lost it (expiry, eviction, a new document). */
export function loadIndex(deeds: Sheet): IndexedDeed[] {
  const keys = [`${KEY}:head`, ...Array.from({ length: MAX_CHUNKS }, (_, i) => `${KEY}:${i}`)];
  const hit = documentCache().getAll(keys);
  const [stamp, count] = (hit[`${KEY}:head`] ?? '').split(' ');
  const chunks = Array.from({ length: Number(count) || 0 }, (_, i) => hit[`${KEY}:${i}`] ?? '');
  if (!stamp || chunks.length === 0 || chunks.some((c) => c.split('\n', 1)[0] !== stamp)) return rebuild(deeds);
  return chunks.flatMap((c) => c.split('\n').slice(1)).flatMap(parseEntry);
}

/** Saves the index (deeds out of the window dropped, the oldest first when it outgrows the cache). */
export function saveIndex(entries: readonly IndexedDeed[]): void {
  const from = dayNumber(today()) - WINDOW_DAYS;
  const lines = entries.filter((e) => e.day > from).map((e) => `${e.id} ${e.day.toString(36)} ${printToText(e.print)}`);
  const stamp = Date.now().toString(36);
  const chunks: string[][] = [[]];
  let chars = stamp.length;
  for (const line of lines.reverse()) {
    if (chars + line.length + 1 > CHUNK_CHARS) {
      if (chunks.length === MAX_CHUNKS) break;
      chunks.unshift([]);
      chars = stamp.length;
    }
    chunks[0]!.unshift(line);
    chars += line.length + 1;
  }
  const values: Record<string, string> = { [`${KEY}:head`]: `${stamp} ${chunks.length}` };
  chunks.forEach((c, i) => (values[`${KEY}:${i}`] = [stamp, ...c].join('\n')));
  documentCache().putAll(values, CACHE_SECONDS);
}

/** The id of the indexed deed most like this one, if any is a near duplicate; '' otherwise. */
export function earlierDuplicate(index: readonly IndexedDeed[], deed: DeedPrint): string {
  let best = { id: '', score: -1 };
  for (const e of index) {
    const score = duplicateScore(e, deed) ?? -1;
    if (score > best.score) best = { id: e.id, score };
  }
  return best.id;
}

function parseEntry(line: string): IndexedDeed[] {
  const [id, day, print] = line.split(' ');
  return id && day && print ? [{ id, day: parseInt(day, 36), print: printFromText(print) }] : [];
}

/** The last rows of «Việc tốt» (receipt order), fingerprinted: the deeds done within the window. */
function rebuild(deeds: Sheet): IndexedDeed[] {
  const last = deeds.getLastRow();
  if (last < 2) return [];
  const first = Math.max(2, last - REBUILD_ROWS + 1);
  const rows = deeds.getRange(first, 1, last - first + 1, DEED.col.doneOn + 1).getValues();
  const from = dayNumber(today()) - WINDOW_DAYS;
  return rows.flatMap((row): IndexedDeed[] => {
    const done = row[DEED.col.doneOn];
    const local = done instanceof Date ? localDateOf(done) : parseLocalDate(String(done ?? ''));
    if (!local || dayNumber(local) <= from) return [];
    const print = fingerprint(String(row[DEED.col.title] ?? ''), String(row[DEED.col.description] ?? ''));
    return [{ id: String(row[DEED.col.id]), day: dayNumber(local), print }];
  });
}
