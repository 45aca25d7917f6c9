// Writes and reads by column position go only to a tab whose header row still matches its schema: a column a person
// inserted, moved, renamed or deleted refuses the operation (never a value into the wrong column) with an incident
// saying what changed and how to put it back. «Việc tốt»: one read of the header row per guarded operation; every
// other owned tab: one the first time the execution finds it (gas/sheets.ts calls back here).
import { headerMatches } from '../domain/structure';
import type { TabSchema } from '../domain/tabs';
import { MSG_STRUCTURE_GUARD } from '#shared/messages';
import { driftText, tabDrift } from '../gas/structure';
import { onTabFound } from '../gas/sheets';
import { reportIncident } from './incidents';

/** Jobs report it like any failure; the sidebar shows its message (server.ts's serve). */
export class StructureChanged extends Error {}

/** Per execution (Apps Script loads the script afresh for each): tabs found whole, and tabs refused with why. */
const vouched = new Set<string>();
const refused = new Map<string, string>();

/** The sheet, once its header row is checked against the schema; throws StructureChanged (reported) otherwise. */
export function checked<S extends GoogleAppsScript.Spreadsheet.Sheet>(sheet: S, schema: TabSchema): S {
  const drift = tabDrift(sheet, schema);
  if (headerMatches(drift)) return sheet;
  const problem = MSG_STRUCTURE_GUARD.refused(driftText(schema, drift));
  // Known before it is reported: the report's own lookup of this tab (a drifted «Sự cố») throws at once, not again.
  refused.set(schema.name, problem);
  reportIncident(MSG_STRUCTURE_GUARD.job, schema.name, problem, MSG_STRUCTURE_GUARD.todo, []);
  throw new StructureChanged(problem);
}

onTabFound((sheet, schema) => {
  const known = refused.get(schema.name);
  if (known !== undefined) throw new StructureChanged(known);
  if (vouched.has(schema.name)) return;
  checked(sheet, schema);
  vouched.add(schema.name);
});
