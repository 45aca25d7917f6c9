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
