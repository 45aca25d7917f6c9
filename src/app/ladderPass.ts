// The ladder rebuilt in steps: «Việc tốt» read in slices of rows folded into small per-performer aggregates, saved
// with the next row between executions (a one-time trigger goes on), the tabs replaced only when the pass completes.
import type { LadderView } from '#contract';
import { HANDLER } from '#shared/entryPoints';
import { errorText } from '#shared/errorText';
import { MSG_LADDER, MSG_REPORT } from '#shared/messages';
import { emptyFold, finishLadder, foldDeeds } from '../domain/ladder';
import type { LadderFold } from '../domain/ladder';
import { checked } from './structureGuard';
import { DEED, LADDER_PASS } from '../domain/tabs';
import { localDateOf } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { ensureTab, readBody, replaceBody, tab } from '../gas/sheets';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { loadConfig } from './config';
import type { Config } from './config';
import { reportIncident } from './incidents';
import { ladderView, readLadderDeeds, writeLadder } from './ladder';

/** Where the pass stands: when it started, the next row to fold, and the id of the row before it. */
interface Cursor {
  startedAt: string;
  next: number;
  lastId: string;
}

const CURSOR_KEY = 'ladder:pass';
/**
 * Rows folded per trigger execution: 20,000 rows × 21 columns = 420,000 cells, 42 s at the pessimistic 0.1 ms a cell
 * and ~37 MB held (docs/benchmarks.md), inside the 6-minute execution limit (APPS-SCRIPT-FACTS.md, quotas).
 */
export const TRIGGER_ROWS = 20_000;
/** A sheet of at most this many rows is rebuilt within «Làm mới» itself: 10,500 cells, ~1 s pessimistic. */
export const INTERACTIVE_ROWS = 500;
/** The aggregates' JSON split into cells under the 50,000 characters a cell holds (APPS-SCRIPT-FACTS.md, Sheets). */
const CHUNK = 45_000;
/** The follow-up trigger fires after this (Apps Script's one-time triggers fire within minutes of it anyway). */
const SOON_MS = 60_000;
/** A pass older than this (its trigger lost, the rules' «today» stale) starts again. */
const STALE_MS = 24 * 3600_000;

function loadFold(): LadderFold | null {
  const sheet = tab(LADDER_PASS.name);
  try {
    return sheet
      ? (JSON.parse(
          readBody(sheet)
            .map(([chunk]) => String(chunk))
            .join(''),
        ) as LadderFold)
      : null;
  } catch {
    return null; // edited by hand: the pass starts again
  }
}

function saveFold(fold: LadderFold | null): void {
  const sheet = fold ? ensureTab(LADDER_PASS) : tab(LADDER_PASS.name);
  if (!sheet) return;
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  const text = fold ? JSON.stringify(fold) : '';
  const chunks: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push([text.slice(i, i + CHUNK)]);
  replaceBody(sheet, chunks, 1);
}

/**
 * One execution's share of the pass: `rows` more rows folded, or the pass started again when the rows before the
 * cursor moved (a sort, a deleted or inserted row: the row before it no longer bears the id saved). Returns the view
 * when this step completed the pass and wrote the tabs, null when the pass goes on.
 */
export function ladderStep(config: Config, rows: number): LadderView | null {
  const saved = getDocumentProperty(CURSOR_KEY);
  const now = new Date();
  const found = tab(DEED.name);
  const sheet = found && checked(found, DEED); // read by column position
  const last = sheet ? sheet.getLastRow() : 1;
  const old = saved ? (JSON.parse(saved) as Cursor) : null;
  let step: { cursor: Cursor; fold: LadderFold; read: ReturnType<typeof readLadderDeeds> } | null = null;
  if (old && sheet && now.getTime() - Date.parse(old.startedAt) < STALE_MS) {
    const read = readLadderDeeds(sheet, old.next - 1, Math.min(rows, last - old.next + 1) + 1, true);
    const fold = read.firstId === old.lastId ? loadFold() : null;
    if (fold) step = { cursor: old, fold, read };
  }
  if (!step) {
    const rules = {
      today: localDateOf(now),
      giayKhenMinMonths: config.settings?.giayKhenMinMonths ?? 3,
      modelMinDeeds: config.settings?.modelMinDeeds ?? 4,
      modelTop: config.settings?.modelTop ?? 30,
    };
    const read = readLadderDeeds(sheet, 2, Math.min(rows, last - 1), false);
    step = { cursor: { startedAt: now.toISOString(), next: 2, lastId: '' }, fold: emptyFold(rules), read };
  }
  const { cursor, read } = step;
  const fold = foldDeeds(step.fold, read.deeds);
  const next = Math.min(cursor.next + rows, last + 1);
  return withDocumentLock(() => {
    // Another execution moved the pass on meanwhile: its work stands, this one's is dropped.
    if (getDocumentProperty(CURSOR_KEY) !== saved) return null;
    if (next > last) {
      deleteDocumentProperty(CURSOR_KEY);
      saveFold(null);
      return writeLadder(finishLadder(fold), new Date(cursor.startedAt));
    }
    saveFold(fold);
    setDocumentProperty(CURSOR_KEY, JSON.stringify({ ...cursor, next, lastId: read.lastId }));
    return null;
  });
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
    admins = config.settings?.admins ?? [];
    work(config);
  } catch (err) {
    reportIncident(MSG_LADDER.job, '', MSG_REPORT.failed(errorText(err)), MSG_LADDER.refreshTodo, admins);
  }
}
