// The units' notices (receipts, refusals) leave the submission's execution: queued in «Hộp thư đi» with the deed,
// then sent about a minute later by a one-time trigger, so a submission never waits ≈ 1.2 s a message for MailApp
// (issue 12: a submission ≤ 3 s at the pessimistic cost). The daily outbox run sends whatever this one could not.
import * as HANDLER from '#shared/handlers';
import { OUTBOX } from '../domain/tabs';
import { appendRows, ensureTab } from '../gas/sheets';
import { deleteDocumentProperty, documentPropertyKeys, getDocumentProperty } from '../gas/properties';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { KEPT_NOTICE, keepNotices, queuedLines, sendQueuedMail } from './outbox';
import type { Outgoing } from './outbox';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOTICE_HANDLER = HANDLER.notices;
/** A burst of submissions shares one sending run. */
const NOTICE_DELAY_MS = 60_000;

/**
 * Appends the notices' rows (the caller holds the document lock) to the outbox tab, looked up here unless the caller
 * did it before its own writes (a tab looked up after a commit costs a cold read); whether any was queued. Those the
 * tab refuses (a header changed by hand: reported) are kept for the sweep, never lost.
 */
export function queueNotices(messages: readonly Outgoing[], name: string, outbox?: Sheet): boolean {
  if (messages.length === 0) return false;
  try {
    appendRows(outbox ?? ensureTab(OUTBOX), queuedLines(messages, name));
    return true;
  } catch {
    keepNotices(messages, name);
    return false;
  }
}

/** The sweep's part (under the document lock): each kept notice queued once the outbox takes it, then forgotten. */
export function requeueNotices(): boolean {
  let queued = false;
  for (const key of documentPropertyKeys().filter((k) => k.startsWith(KEPT_NOTICE))) {
    const { m, name } = JSON.parse(getDocumentProperty(key) ?? '{}') as { m: Outgoing; name: string };
    if (!queueNotices([m], name)) break; // still refused: kept for the next hour
    deleteDocumentProperty(key);
    queued = true;
  }
  return queued;
}

/**
 * Asks for the sending run, once the queued rows are committed (after the lock): a run that has already started
 * deleted its trigger before reading the outbox, so either it reads these rows or a new trigger is made for them.
 */
export const sendNoticesSoon = (): void => void ensureOneTimeTrigger(NOTICE_HANDLER, NOTICE_DELAY_MS);

/** The one-time trigger: sends what waits, as the daily run does; again in a minute when the lock is busy or more waits. */
export function sendNotices(): void {
  removeTriggers(NOTICE_HANDLER);
  const delivery = sendQueuedMail(); // undefined: a report job is sending, try after it
  if (!delivery || delivery.deferred > 0) sendNoticesSoon();
}
