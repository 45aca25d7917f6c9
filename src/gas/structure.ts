// The structure check: each owned tab's header row, as the Sheet holds it, against its schema (domain/tabs.ts).
import { headerDrift, headerMatches, columnLetter } from '../domain/structure';
import type { HeaderDrift } from '../domain/structure';
import { DUPLICATE_INDEX, OWNED_TABS } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';
import * as MSG_STRUCTURE from '#shared/messages/structure';
import { spreadsheet } from './sheets';

/** A tab's header row held against its schema: '1:1' spans every column of the grid, so one read sees them all. */
export function tabDrift(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: TabSchema): HeaderDrift {
  return headerDrift(schema, sheet.getRange('1:1').getValues()[0] ?? []);
}

/** What is wrong with a tab's header row, in Vietnamese, with the columns as people see them (A, B, …). */
export function driftText(schema: TabSchema, drift: HeaderDrift): string {
  const L = columnLetter;
  return MSG_STRUCTURE.tab(schema.name, [
    ...drift.missing.map((c) => MSG_STRUCTURE.missing(c.header, L(c.column))),
    ...drift.moved.map((c) => MSG_STRUCTURE.moved(c.header, L(c.from), L(c.to))),
    ...drift.renamed.map((c) => MSG_STRUCTURE.renamed(c.header, c.found, L(c.column))),
    ...drift.extra.map((c) => MSG_STRUCTURE.extra(c.header, L(c.column))),
  ]);
}

export interface TabStructure {
  schema: TabSchema;
  /** null when the tab does not exist (yet): the add-on creates it when first needed. */
  drift: HeaderDrift | null;
}

/** Every tab with a header row: the owned ones and the duplicate index (created when first needed). */
const HEADED: readonly TabSchema[] = [...OWNED_TABS, DUPLICATE_INDEX];

/** Every such tab's structure: one lookup per tab and one header read per tab present. */
export function checkStructure(schemas = HEADED): TabStructure[] {
  const ss = spreadsheet();
  return schemas.map((schema) => {
    const sheet = ss.getSheetByName(schema.name);
    return { schema, drift: sheet ? tabDrift(sheet, schema) : null };
  });
}

/** One Vietnamese line per present tab whose header row no longer matches its schema. */
export function structureProblems(schemas = HEADED): string[] {
  return checkStructure(schemas)
    .filter((t): t is { schema: TabSchema; drift: HeaderDrift } => t.drift !== null && !headerMatches(t.drift))
    .map((t) => driftText(t.schema, t.drift));
}
