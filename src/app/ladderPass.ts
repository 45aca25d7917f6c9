// The ladder rebuilt in steps: «Việc tốt» read in slices of rows folded into per-performer aggregates, saved in
// LADDER_PARTS partitions (a row of the hidden tab each, by a hash of the performer) that an execution loads and
// saves one at a time, with the next row and each partition's checksum between executions (a one-time trigger goes on);
// the tabs are replaced only when the pass completes. The last complete pass's partitions stay (the tab holds two
// sets, a pass writes the other) and give every performer's history to the sidebar.
import type { LadderView, PerformerHistory } from '#contract';
import * as HANDLER from '#shared/handlers';
import { errorText } from '#shared/errorText';
import * as MSG_LADDER from '#shared/messages/ladder';
import * as MSG_REPORT from '#shared/messages/report';
import { LADDER_PARTS, finishLadder, foldDeeds, historyOf, partOf, performerKey } from '../domain/ladder';
import type { Ladder, LadderDeed, LadderFold, LadderRules } from '../domain/ladder';
import { hash } from '../domain/duplicateBands';
import { checked } from './structureGuard';
import { DEED, LADDER_PASS } from '../domain/tabs';
import { localDateOf } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { ensureTab, tab, toCell } from '../gas/sheets';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { adminsOf, loadConfig } from './config';
import type { Config } from './config';
import { reportIncident } from './incidents';
import { chunked, ladderView, readLadderDeeds, writeLadder } from './ladder';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Where the pass stands: when it started and under which rules, the next row to fold and the id of the row before
 * it, and each partition's checksum: a partition edited by hand, or written by an execution whose step was not kept
 * (it died, or another one ran meanwhile), no longer matches.
 */
interface Cursor {
  startedAt: string;
  rules: LadderRules;
  next: number;
  lastId: string;
  sums: string[];
  /** The first partition's row less 2: 0 or LADDER_PARTS, the set the last complete pass did not write. */
  base?: number;
}

const CURSOR_KEY = 'ladder:pass';
/** The base (see Cursor) of the last complete pass's partitions. */
const DONE_KEY = 'ladder:done';
/**
 * Rows folded per trigger execution: 10,000 rows × 21 columns = 210,000 cells, 21 s at the pessimistic 0.1 ms a cell
 * and ~23 MB held, plus one partition at a time (docs/benchmarks.md), inside the 6-minute execution limit
 * (APPS-SCRIPT-FACTS.md, quotas).
 */
export const TRIGGER_ROWS = 10_000;
/** A sheet of at most this many rows is rebuilt within «Làm mới» itself: 10,500 cells, ~1 s pessimistic. */
export const INTERACTIVE_ROWS = 500;
/** The follow-up trigger fires after this (Apps Script's one-time triggers fire within minutes of it anyway). */
const SOON_MS = 60_000;
/** A pass older than this (its trigger lost, the rules' «today» stale) starts again. */
const STALE_MS = 24 * 3600_000;

const checksum = (text: string) => hash(text).toString(36);

/** A partition's text no longer matches the checksum saved with the cursor (edited by hand, or a step died). */
class Distrusted extends Error {}

/** Partition `p`'s text (`p` counted with the base), its row's cells joined. */
const partText = (sheet: Sheet, p: number, width: number) =>
  sheet
    .getRange(p + 2, 1, 1, width)
    .getValues()[0]!
    .join('');

/** Partition `p`'s performers, checked against the checksum the cursor saved. */
function loadPart(sheet: Sheet, p: number, width: number, sum: string | undefined): LadderFold['performers'] {
  const text = partText(sheet, p, width);
  if (checksum(text) !== (sum ?? checksum(''))) throw new Distrusted();
  return text ? (JSON.parse(text) as LadderFold['performers']) : [];
}

/** Saves partition `p`'s performers over its row (`p` counted with the base); returns its checksum. */
function savePart(sheet: Sheet, p: number, performers: LadderFold['performers']): string {
  const text = JSON.stringify(performers);
  const chunks = chunked(text);
  const width = sheet.getMaxColumns();
  if (chunks.length > width) sheet.insertColumnsAfter(width, chunks.length - width);
  const row = Array.from({ length: Math.max(width, chunks.length) }, (_, i) => toCell(chunks[i] ?? ''));
  sheet.getRange(p + 2, 1, 1, row.length).setValues([row]);
  return checksum(text);
}

/** The hidden tab with a row for every partition of both sets; the pass's set (from `base`) emptied when it starts. */
function partsTab(fresh: boolean, base: number): Sheet {
  const sheet = ensureTab(LADDER_PASS);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  // Exactly its rows: a new tab's 1,000 would count 1,000 × its width against the cell limit.
  const extra = sheet.getMaxRows() - 2 * LADDER_PARTS - 1;
  if (extra > 0) sheet.deleteRows(2 * LADDER_PARTS + 2, extra);
  if (extra < 0) sheet.insertRowsAfter(sheet.getMaxRows(), -extra);
  if (fresh) sheet.getRange(base + 2, 1, LADDER_PARTS, sheet.getMaxColumns()).clearContent();
  return sheet;
}

/**
 * Histories from the last complete pass's partitions: a performer's (its partition's row read), or a unit's people
 * (every partition's rows in one read, parsed one at a time), most accepted deeds first. None before the first
 * pass; a partition edited by hand into what does not parse is left out.
 */
export function histories(query: { performerKey: string } | { unitCode: string }): PerformerHistory[] {
  const done = getDocumentProperty(DONE_KEY);
  const sheet = tab(LADDER_PASS.name);
  const key = 'performerKey' in query ? query.performerKey : performerKey(query.unitCode, '');
  if (!sheet || done === null || key.startsWith('|')) return [];
  const one = !key.endsWith('|');
  const rows = sheet
    .getRange(Number(done) + (one ? partOf(key) : 0) + 2, 1, one ? 1 : LADDER_PARTS, sheet.getMaxColumns())
    .getValues();
  return rows
    .flatMap((row) => {
      try {
        return (JSON.parse(row.join('') || '[]') as LadderFold['performers']).filter(([k]) =>
          one ? k === key : k.startsWith(key),
        );
      } catch {
        return [];
      }
    })
    .map(([, p]) => historyOf(p))
    .sort((a, b) => b.accepted - a.accepted);
}

/**
 * One execution's share of the pass: `rows` more rows folded, or the pass started again when the rows before the
 * cursor moved (a sort, a deleted or inserted row: the row before it no longer bears the id saved) or a partition
 * no longer matches its checksum. Returns the view when this step completed the pass and wrote the tabs, null when
 * the pass goes on.
 */
export function ladderStep(config: Config, rows: number): LadderView | null {
  const saved = getDocumentProperty(CURSOR_KEY);
  const now = new Date();
  const old = saved ? (JSON.parse(saved) as Cursor) : null;
  const found = tab(DEED.name);
  const sheet = found && checked(found, DEED); // read by column position
  const last = sheet ? sheet.getLastRow() : 1;
  const step = (c: Cursor) => {
    const before = c.next > 2 ? 1 : 0; // the row before the cursor, only looked at: its id must be the one saved
    const read = readLadderDeeds(sheet, c.next - before, Math.min(rows, last - c.next + 1) + before, before > 0);
    if (before && read.firstId !== c.lastId) throw new Distrusted();
    return { ...foldStep(c, read, c.next + rows > last), lastId: read.lastId };
  };
  let result: ReturnType<typeof step>;
  try {
    if (!old || now.getTime() - Date.parse(old.startedAt) >= STALE_MS) throw new Distrusted();
    result = step(old);
  } catch (err) {
    if (!(err instanceof Distrusted)) throw err;
    const rules = {
      today: localDateOf(now),
      giayKhenMinMonths: config.settings?.giayKhenMinMonths ?? 3,
      modelMinDeeds: config.settings?.modelMinDeeds ?? 4,
      modelTop: config.settings?.modelTop ?? 30,
    };
    const base = getDocumentProperty(DONE_KEY) === '0' ? LADDER_PARTS : 0;
    result = step({ startedAt: now.toISOString(), rules, next: 2, lastId: '', sums: [], base });
  }
  const { ladder } = result;
  const next = Math.min(result.cursor.next + rows, last + 1);
  return withDocumentLock(() => {
    // Another execution moved the pass on meanwhile: its work stands, this one's is dropped.
    if (getDocumentProperty(CURSOR_KEY) !== saved) return null;
    if (ladder) {
      deleteDocumentProperty(CURSOR_KEY);
      setDocumentProperty(DONE_KEY, String(result.cursor.base ?? 0));
      return writeLadder(ladder, new Date(result.cursor.startedAt));
    }
    setDocumentProperty(CURSOR_KEY, JSON.stringify({ ...result.cursor, next, lastId: result.lastId }));
    return null;
  });
}

/**
 * Folds the rows read into the partitions they touch, one partition loaded and saved at a time; the last step folds
 * every partition into the finished ladder instead of saving it.
 */
function foldStep(
  cursor: Cursor,
  read: ReturnType<typeof readLadderDeeds>,
  final: boolean,
): { cursor: Cursor; ladder: Ladder | null } {
  const base = cursor.base ?? 0;
  const sheet = partsTab(cursor.next === 2, base);
  const byPart = new Map<number, LadderDeed[]>();
  for (const d of read.deeds) {
    if (!d.accepted || d.performerName.trim() === '') continue;
    const p = partOf(performerKey(d.unitCode, d.performerName));
    byPart
      .set(p, byPart.get(p) ?? [])
      .get(p)!
      .push(d);
  }
  const width = sheet.getMaxColumns();
  const sums = [...cursor.sums];
  const folded = (p: number) =>
    foldDeeds(
      { rules: cursor.rules, performers: cursor.next === 2 ? [] : loadPart(sheet, base + p, width, sums[p]) },
      byPart.get(p) ?? [],
    ).performers;
  if (!final) {
    for (const p of byPart.keys()) sums[p] = savePart(sheet, base + p, folded(p));
    return { cursor: { ...cursor, sums }, ladder: null };
  }
  // The last step finishes the ladder from every partition as it is loaded (one held at a time), saving those it
  // changed: the sidebar's histories read them once the pass is complete.
  const performers = function* () {
    for (let p = 0; p < LADDER_PARTS; p++) {
      const part = folded(p);
      if (byPart.has(p)) savePart(sheet, base + p, part);
      yield* part;
    }
  };
  return { cursor, ladder: finishLadder({ rules: cursor.rules, performers: performers() }) };
}

/**
 * The sidebar's «Làm mới»: a small sheet is rebuilt at once; otherwise the pass starts (or goes on) in the
 * background and the last complete ladder comes back at once, saying it is being updated: no deed is read here.
 */
export function refreshLadder(config: Config): LadderView {
  const sheet = tab(DEED.name);
  const small = !sheet || sheet.getLastRow() - 1 <= INTERACTIVE_ROWS;
  const done = small && !getDocumentProperty(CURSOR_KEY) ? ladderStep(config, INTERACTIVE_ROWS) : null;
  if (done) return done;
  ensureOneTimeTrigger(HANDLER.ladder, SOON_MS);
  return { ...ladderView(), note: MSG_LADDER.updating };
}

/** Monday's trigger: the rebuild runs in its own executions (a follow-up trigger), not inside the digest's. */
export const startLadder = (): void => reportFailure(() => ensureOneTimeTrigger(HANDLER.ladder, SOON_MS));

/** The follow-up trigger: one step, and another follow-up while the pass is not done. */
export function continueLadder(): void {
  removeTriggers(HANDLER.ladder); // a one-time trigger stays listed after it fired
  reportFailure((config) => {
    if (!ladderStep(config, TRIGGER_ROWS)) ensureOneTimeTrigger(HANDLER.ladder, SOON_MS);
  });
}

/** A failure goes to «Sự cố» with what to do. */
function reportFailure(work: (config: Config) => unknown): void {
  let admins: readonly string[] = [];
  try {
    const config = loadConfig();
    admins = adminsOf(config);
    work(config);
  } catch (err) {
    reportIncident(MSG_LADDER.job, '', MSG_REPORT.failed(errorText(err)), MSG_LADDER.refreshTodo, admins);
  }
}
