// Installable triggers, installed idempotently: look for the handler's trigger before creating one.
type Trigger = GoogleAppsScript.Script.Trigger;

/** Keeps exactly one trigger for the handler: creates it when missing, deletes any extra copies. */
export function ensureTrigger(handler: string, create: () => Trigger): Trigger {
  const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  mine.slice(1).forEach((t) => ScriptApp.deleteTrigger(t));
  return mine[0] ?? create();
}

export function ensureFormSubmitTrigger(handler: string): Trigger {
  return ensureTrigger(handler, () =>
    ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create(),
  );
}

export const RETRY_HANDLER = 'retryPending';

/** One one-off trigger a minute from now for the retry queue, unless one is already waiting. */
export function scheduleRetry(): void {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === RETRY_HANDLER)) return;
  ScriptApp.newTrigger(RETRY_HANDLER).timeBased().after(60_000).create();
}

/** Removes the handler's triggers (a one-off trigger stays listed after it fired). */
export function removeTriggers(handler: string): void {
  ScriptApp.getProjectTriggers()
    .filter((t) => t.getHandlerFunction() === handler)
    .forEach((t) => ScriptApp.deleteTrigger(t));
}
