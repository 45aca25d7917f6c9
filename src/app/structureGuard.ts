// Writes and reads by column position go only to a tab whose header row still matches its schema: a column a person
// inserted, moved, renamed or deleted refuses the operation (never a value into the wrong column) with an incident
// saying what changed and how to put it back. One read of the header row per guarded operation.
import { headerMatches } from '../domain/structure';
import type { TabSchema } from '../domain/tabs';
import { MSG_STRUCTURE_GUARD } from '#shared/messages';
import { driftText, tabDrift } from '../gas/structure';
import { reportIncident } from './incidents';

/** Jobs report it like any failure; the sidebar shows its message (server.ts's serve). */
export class StructureChanged extends Error {}

/** The sheet, once its header row is checked against the schema; throws StructureChanged (reported) otherwise. */
export function checked<S extends GoogleAppsScript.Spreadsheet.Sheet>(sheet: S, schema: TabSchema): S {
  const drift = tabDrift(sheet, schema);
  if (headerMatches(drift)) return sheet;
  const what = driftText(schema, drift);
  reportIncident(MSG_STRUCTURE_GUARD.job, schema.name, MSG_STRUCTURE_GUARD.refused(what), MSG_STRUCTURE_GUARD.todo, []);
  throw new StructureChanged(MSG_STRUCTURE_GUARD.refused(what));
}
