// The safety net under intake: an hourly look at the form's own responses, which it keeps whatever happened to
// its trigger. A response with no row in «Việc tốt», «Cần bổ sung» or «Chờ xử lý» — its execution was cut off at
// the time limit, or could not even queue it — is recorded now, once, with the id its trigger would have given.
import { loadConfig } from './config';
import { fromResponse, hasAnswers, idOf, notifyRefused, record } from './intake';
import type { Incoming, IntakeResult } from './intake';
import { withDocumentLock } from '../gas/lock';
import { spreadsheet, tab } from '../gas/sheets';
import { ensureHourlyTrigger } from '../gas/triggers';
import { openFormByUrl } from '../gas/form';
import { HANDLER } from '#shared/entryPoints';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { DEED, NEEDS_FIX, PENDING } from '../domain/tabs';
import { drainDeferred } from './deferredRows';

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
/** Each response costs a few dozen Forms calls: at most this many a run, the rest in the next hour. */
const MAX_PER_RUN = 100;

export function installSweepTrigger(): void {
  ensureHourlyTrigger(SWEEP_HANDLER);
}

/** Ids already recorded: one open-ended read of the first column of each tab that holds them. */
function recordedIds(): Set<string> {
  const ids = new Set<string>();
  for (const name of [DEED.name, NEEDS_FIX.name, PENDING.name]) {
    const sheet = tab(name);
    if (!sheet) continue;
    for (const [v] of sheet.getRange('A2:A').getValues()) if (v !== '') ids.add(String(v));
  }
  return ids;
}

/** Records what the triggers missed since the last sweep; returns how many responses it recorded. */
export function sweepResponses(): number {
  drainDeferred(); // rows written for people the protected tabs refuse (app/deferredRows.ts): this runs as the installer
  const url = spreadsheet().getFormUrl();
  if (!url) return 0;
  const saved = getDocumentProperty(CHECKPOINT);
  const since = saved ? Number(saved) : Date.now() - FIRST_LOOK_BACK_MS;
  const settled = Date.now() - SETTLE_MS;
  const batch = openFormByUrl(url)
    .getResponses(new Date(since))
    .map((response) => ({ response, at: response.getTimestamp().getTime() }))
    .filter(({ at }) => at <= settled)
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_PER_RUN);
  if (batch.length === 0) return 0;

  const config = loadConfig();
  const missed: { answers: Incoming['answers']; result: IntakeResult }[] = [];
  withDocumentLock(() => {
    const known = recordedIds();
    for (const { response } of batch) {
      const incoming = fromResponse(response);
      const id = idOf(incoming);
      if (!hasAnswers(incoming) || known.has(id)) continue;
      known.add(id);
      missed.push({ answers: incoming.answers, result: record(incoming, id, new Date(), config) });
    }
  });
  setDocumentProperty(CHECKPOINT, String(batch[batch.length - 1]!.at));
  notifyRefused(missed, config);
  return missed.length;
}
