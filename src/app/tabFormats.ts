// The owned tabs' date formats and checkboxes kept over every row: set-up formats each tab whole; the hourly sweep
// formats the rows the Sheet grew since (appendRow adds bare rows) and keeps spare formatted rows below the deeds.
import { DEED, OWNED_TABS } from '../domain/tabs';
import { formatRows } from '../gas/cellFormats';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { tab } from '../gas/sheets';
import { StructureChanged } from './structureGuard';

/** Per tab, the rows formatted so far (JSON). */
const KEY = 'formats:rows';
/** Blank formatted rows kept below the last deed, so a new deed lands on a row that already has its checkboxes. */
const SPARE_ROWS = 500;
/** Rows one sweep formats in a tab (≈ 2 s of writes at 10 cells a row, LATENCY.md): a tab grown by more, or never
 * formatted (an upgrade), is caught up over the following hours rather than in one execution. */
const ROWS_PER_RUN = 20_000;

const FORMATTED = OWNED_TABS.filter((s) => s.keys.some((k) => /^(day|date|boolean)$/.test(String(s.kinds[k]))));

/** Formats every row (`whole`, set-up) or only those added since the last run; the caller holds the document lock. */
export function formatTabs(whole: boolean): void {
  const done = JSON.parse((whole ? null : getDocumentProperty(KEY)) ?? '{}') as Record<string, number>;
  for (const schema of FORMATTED) {
    const sheet = drifted(() => tab(schema.name));
    if (!sheet) continue;
    if (schema === DEED && sheet.getMaxRows() - sheet.getLastRow() < SPARE_ROWS / 2)
      sheet.insertRowsAfter(sheet.getMaxRows(), SPARE_ROWS);
    const max = sheet.getMaxRows();
    const from = Math.min(done[schema.name] ?? 1, max) + 1; // rows deleted since: from the end
    const to = whole ? max : Math.min(max, from + ROWS_PER_RUN - 1);
    formatRows(sheet, schema, from, to);
    done[schema.name] = to;
  }
  setDocumentProperty(KEY, JSON.stringify(done));
}

/** A tab whose header drifted is left unformatted (its columns are not where the kinds say): already reported. */
function drifted<T>(find: () => T): T | null {
  try {
    return find();
  } catch (e) {
    if (e instanceof StructureChanged) return null;
    throw e;
  }
}
