// How the owned tabs' cells read to people: dates as dd/MM/yyyy (moments with their time), and the deed's yes/no
// columns as checkboxes (a checkbox cell holds true or false; a typed value that is not a boolean is refused:
// developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirecheckbox).
import { columnRuns } from '../domain/columnRuns';
import { DEED } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';

/** Sheets number formats (`mm` is the month next to days, minutes next to hours). */
const DAY_FORMAT = 'dd/mm/yyyy';
const MOMENT_FORMAT = 'dd/mm/yyyy hh:mm';

const columnsOf = (schema: TabSchema, kind: string): number[] =>
  schema.keys.flatMap((k, i) => (schema.kinds[k] === kind ? [i] : []));

/** Sets the formats and checkboxes of rows `from`…`to` (1-based, inclusive); a call per run of like columns. */
export function formatRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: TabSchema, from: number, to: number) {
  const rows = to - from + 1;
  if (rows < 1) return;
  const each = (kind: string, set: (range: GoogleAppsScript.Spreadsheet.Range) => unknown) => {
    for (const [a, z] of columnRuns(columnsOf(schema, kind))) set(sheet.getRange(from, a + 1, rows, z - a + 1));
  };
  each('day', (r) => r.setNumberFormat(DAY_FORMAT));
  each('date', (r) => r.setNumberFormat(MOMENT_FORMAT));
  if (schema !== DEED) return;
  const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
  each('boolean', (r) => r.setDataValidation(checkbox));
}
