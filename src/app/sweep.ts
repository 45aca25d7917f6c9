// The safety net under intake: an hourly look at the form's own responses, which it keeps whatever happened to
// its trigger. A response with no row in «Việc tốt», «Báo cáo bị trả lại» or «Chờ xử lý» — its execution was cut off at
// the time limit, or could not even queue it — is recorded now, once, with the id its trigger would have given; so is
// an edit of a recorded response (its timestamp later than the row's receipt) whose trigger was lost.
import { loadConfig } from './config';
import { fromResponse, handled, hasAnswers, idOf, record } from './intake';
import { notifyUnits } from './unitNotice';
import { requeueNotices, sendNoticesSoon } from './noticeMail';
import type { Handled } from './unitNotice';
import { withDocumentLock } from '../gas/lock';
import { firstRowMatching, tab } from '../gas/sheets';
import { ensureHourlyTrigger } from '../gas/triggers';
import { campaignForm } from '../gas/form';
import * as HANDLER from '#shared/handlers';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { DEED, NEEDS_FIX, PENDING } from '../domain/tabs';
import { drainDeferred } from './deferredRows';
import { followRoles } from './permissions';
import { formatTabs } from './tabFormats';

export const SWEEP_HANDLER = HANDLER.sweep;
/** The timestamp (ms) of the last response the sweep looked at. */
const CHECKPOINT = 'sweep:since';
/** A response younger than this may still be in its own trigger's hands: the next sweep takes it. */
const SETTLE_MS = 10 * 60_000;
/**
 * Without a checkpoint (the first sweep, or the first after an upgrade from the sheet-reading sweep, which
 * had checked everything up to an hour before), look this far back rather than read a year of responses.
 */
const FIRST_LOOK_BACK_MS = 7 * 24 * 3600_000;
/**
 * Each response costs a few dozen Forms calls (≈ 1.3 s modelled): at most this many a run, the rest in the next
 * hour — 60 keep a run near 80 s, inside the 120 s an execution is given here (LATENCY.md).
 */
const MAX_PER_RUN = 60;
/** The ids read from the end of each tab: responses since the checkpoint are recorded there (a week is ~5,000). */
const TAIL_ROWS = 10_000;

export function installSweepTrigger(): void {
  ensureHourlyTrigger(SWEEP_HANDLER);
}

const TABS = [DEED.name, NEEDS_FIX.name, PENDING.name];

/**
 * When each of the ids was last recorded (ms), absent when it is not: the last TAIL_ROWS ids of each tab that holds
 * them read once (recent responses land there), then the receipt times of the rows found there (one read a tab); an id
 * not among them is searched for in the whole column (rows sorted by hand) before it counts as missed — never a read
 * of every deed.
 */
function recordedAt(wanted: ReadonlySet<string>): Map<string, number> {
  const at = new Map<string, number>();
  const note = ([id, when]: unknown[] = []) =>
    at.set(String(id), Math.max(at.get(String(id)) ?? 0, when instanceof Date ? when.getTime() : 0));
  const sheets = TABS.map((name) => tab(name)).filter((sheet) => sheet !== null);
  for (const sheet of sheets) {
    const last = sheet.getLastRow();
    const first = Math.max(2, last - TAIL_ROWS + 1);
    const rows: number[] = [];
    if (last > 1)
      sheet
        .getRange(first, 1, last - first + 1, 1)
        .getValues()
        .forEach(([id], i) => wanted.has(String(id)) && rows.push(first + i));
    const lo = rows[0] ?? 0;
    const times = rows.length > 0 ? sheet.getRange(lo, 1, rows[rows.length - 1]! - lo + 1, 2).getValues() : [];
    for (const r of rows) note(times[r - lo]);
  }
  for (const id of wanted)
    for (const sheet of at.has(id) ? [] : sheets) {
      const row = firstRowMatching(sheet, 'A:A', id);
      if (row) note(sheet.getRange(row, 1, 1, 2).getValues()[0]);
    }
  return at;
}

/** Records what the triggers missed since the last sweep; returns how many responses it recorded. */
export function sweepResponses(): number {
  drainDeferred(); // rows written for people the protected tabs refuse (app/deferredRows.ts): this runs as the installer
  if (withDocumentLock(requeueNotices)) sendNoticesSoon(); // notices «Hộp thư đi» refused while its header was changed
  followRoles(); // «Cấu hình» changed since the last protection sync: protect again for the lists typed now
  withDocumentLock(() => formatTabs(false)); // dates and checkboxes on the rows the Sheet grew since the last hour
  const form = campaignForm();
  if (!form) return 0;
  const saved = getDocumentProperty(CHECKPOINT);
  const since = saved ? Number(saved) : Date.now() - FIRST_LOOK_BACK_MS;
  const settled = Date.now() - SETTLE_MS;
  const batch = form
    .getResponses(new Date(since))
    .map((response) => ({ response, at: response.getTimestamp().getTime() }))
    .filter(({ at }) => at <= settled)
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_PER_RUN);
  if (batch.length === 0) return 0;

  const config = loadConfig();
  const missed: Handled[] = [];
  withDocumentLock(() => {
    const responses = batch.map(({ response, at }) => ({ incoming: fromResponse(response), at }));
    const known = recordedAt(new Set(responses.map(({ incoming }) => idOf(incoming))));
    const done = new Set<string>();
    for (const { incoming, at } of responses) {
      const id = idOf(incoming);
      // Recorded after this version, or looked at by the last sweep (the checkpoint's own instant): an edit since (the
      // same id, a later timestamp) is recorded now.
      if (!hasAnswers(incoming) || done.has(id) || (known.get(id) ?? -Infinity) >= (at > since ? at : 0)) continue;
      done.add(id);
      missed.push(handled(incoming, record(incoming, id, new Date(), config)));
    }
  });
  setDocumentProperty(CHECKPOINT, String(batch[batch.length - 1]!.at));
  notifyUnits(missed, config);
  return missed.length;
}
