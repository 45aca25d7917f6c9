// Writes and reads by column position go only to a tab whose header row still matches its schema: a column a person
// inserted, moved, renamed or deleted refuses the operation (never a value into the wrong column) with an incident
// saying what changed and how to put it back. «Việc tốt»: one read of the header row per guarded operation; every
// other owned tab: one the first time the execution finds it (gas/sheets.ts calls back here).
import { headerMatches } from '../domain/structure';
import type { TabSchema } from '../domain/tabs';
import * as MSG_STRUCTURE_GUARD from '#shared/messages/structureGuard';
import { driftText, tabDrift } from '../gas/structure';
import { onTabFound } from '../gas/sheets';
import { reportIncident } from './incidents';

/** Jobs report it like any failure; the sidebar shows its message (server.ts's serve). */
export class StructureChanged extends Error {}

/** Tabs whose header row matched in this execution (Apps Script loads the script afresh for each), and those being reported now. */
const vouched = new Set<string>();
const reporting = new Set<string>();

/** The sheet, once its header row is checked against the schema; throws StructureChanged (reported) otherwise. */
export function checked<S extends GoogleAppsScript.Spreadsheet.Sheet>(sheet: S, schema: TabSchema): S {
  const drift = tabDrift(sheet, schema);
  if (headerMatches(drift)) return sheet;
  const problem = MSG_STRUCTURE_GUARD.refused(driftText(schema, drift));
  // The report's own lookup of this tab (a drifted «Sự cố») throws at once instead of reporting again.
  if (reporting.has(schema.name)) throw new StructureChanged(problem);
  reporting.add(schema.name);
  try {
    reportIncident(MSG_STRUCTURE_GUARD.job, schema.name, problem, MSG_STRUCTURE_GUARD.todo, []);
  } finally {
    reporting.delete(schema.name);
  }
  throw new StructureChanged(problem);
}

onTabFound((sheet, schema) => {
  if (vouched.has(schema.name)) return;
  checked(sheet, schema);
  vouched.add(schema.name);
});
