// The safety net under intake: an hourly look at the form's response sheet, which keeps every response
// whatever happened to its trigger. A response with no row in «Việc tốt», «Cần bổ sung» or «Chờ xử lý» —
// its execution was cut off at the time limit, or could not even queue it — is recorded now, once.
import { loadConfig } from './config';
import { fromSheetEvent, idOf, notifySubmitter, record } from './intake';
import type { IntakeResult } from './intake';
import { withDocumentLock } from '../gas/lock';
import { TAB, spreadsheet, tab } from '../gas/sheets';
import { ensureTrigger } from '../gas/triggers';

export const SWEEP_HANDLER = 'sweepResponses';
const CHECKPOINT = 'sweep:row';
/** A response younger than this may still be in its own trigger's hands: the next sweep takes it. */
const SETTLE_MS = 10 * 60_000;

export function installSweepTrigger(): void {
  ensureTrigger(SWEEP_HANDLER, () => ScriptApp.newTrigger(SWEEP_HANDLER).timeBased().everyHours(1).create());
}

/** Ids already recorded: one open-ended read of the first column of each tab that holds them. */
function recordedIds(): Set<string> {
  const ids = new Set<string>();
  for (const name of [TAB.deeds, TAB.needsFix, TAB.pending]) {
    const sheet = tab(name);
    if (!sheet) continue;
    for (const [v] of sheet.getRange('A2:A').getValues()) if (v !== '') ids.add(String(v));
  }
  return ids;
}

/** Records what the triggers missed since the last sweep; returns how many responses it recorded. */
export function sweepResponses(): number {
  const responses = spreadsheet()
    .getSheets()
    .find((s) => s.getFormUrl() !== null);
  if (!responses) return 0;
  const props = PropertiesService.getDocumentProperties();
  const from = Number(props.getProperty(CHECKPOINT) ?? '1') + 1;
  const last = responses.getLastRow();
  if (last < from) return 0;
  const width = responses.getLastColumn();
  const headers = responses.getRange(1, 1, 1, width).getDisplayValues()[0] ?? [];
  const range = responses.getRange(from, 1, last - from + 1, width);
  const stamps = range.getValues().map((r) => r[0]);
  const shown = range.getDisplayValues();
  const settled = stamps.findIndex((t) => !(t instanceof Date) || t.getTime() > Date.now() - SETTLE_MS);
  const rows = settled < 0 ? shown : shown.slice(0, settled);
  if (rows.length === 0) return 0;

  const config = loadConfig();
  const missed: { answers: ReturnType<typeof fromSheetEvent>['answers']; result: IntakeResult }[] = [];
  withDocumentLock(() => {
    const known = recordedIds();
    for (const values of rows) {
      if (values.slice(1).every((v) => v.trim() === '')) continue; // nothing was answered: nothing to keep
      // The same event the trigger would have had: display values by column, and by question title.
      const namedValues: Record<string, string[]> = {};
      headers.forEach((h, c) => (namedValues[h] ??= []).push(values[c] ?? ''));
      const incoming = fromSheetEvent({ values, namedValues } as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit);
      const id = idOf(incoming);
      if (known.has(id)) continue;
      known.add(id);
      missed.push({ answers: incoming.answers, result: record(incoming, id, new Date(), config) });
    }
  });
  props.setProperty(CHECKPOINT, String(from + rows.length - 1));
  for (const { answers, result } of missed)
    if (result.status === 'needs_fix')
      notifySubmitter(result.id, answers, result.reasons, config.settings?.organisation);
  return missed.length;
}
