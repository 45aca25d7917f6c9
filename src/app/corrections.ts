// The deployment's corrections: each change of a deed's field by a reviewer kept in a hidden tab, and the model
// they teach (the shipped model plus their counts and recall), read once per execution in one bounded read.
import { type FieldCode } from '#shared/codes';
import { unitTypeOf } from './config';
import { shippedModel } from '../domain/categorise';
import { MAX_CORRECTIONS, correctionRow, correctionsOf, withCorrections } from '../domain/corrections';
import type { FieldModel } from '../domain/fieldModel';
import { CORRECTIONS, DEED } from '../domain/tabs';
import { errorText } from '#shared/errorText';
import { appendRows, ensureTab, tab } from '../gas/sheets';

let taught: FieldModel | undefined;

/**
 * The hidden tab, its header checked: taken before a field change writes the deed, so that a drifted tab refuses the
 * change (gas/sheets.ts) rather than leave the deed changed and its correction unrecorded.
 */
export function correctionsSheet(): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = tab(CORRECTIONS.name);
  const sheet = existing ?? ensureTab(CORRECTIONS);
  if (!existing) sheet.hideSheet();
  return sheet;
}

/** Records a reviewer's change of field (the deed's row as it was read), keeping the newest MAX_CORRECTIONS. */
export function recordCorrection(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly unknown[],
  field: FieldCode,
  at: Date,
): void {
  const text = (key: 'title' | 'description'): string => String(values[DEED.col[key]] ?? '');
  const unitType = unitTypeOf(String(values[DEED.col.unitCode] ?? ''));
  const row = correctionRow(at, String(values[DEED.col.id]), {
    unitType,
    title: text('title'),
    description: text('description'),
    field,
  });
  appendRows(sheet, [row]);
  const excess = sheet.getLastRow() - 1 - MAX_CORRECTIONS;
  if (excess > 0) sheet.deleteRows(2, excess);
  taught = undefined;
}

/** The newest MAX_CORRECTIONS rows of the tab in one read, however many rows a person pasted into it. */
function newestRows(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  const last = sheet.getLastRow();
  const first = Math.max(2, last - MAX_CORRECTIONS + 1);
  return last < first ? [] : sheet.getRange(first, 1, last - first + 1, CORRECTIONS.width).getValues();
}

/**
 * The model with this deployment's corrections (the shipped one when there are none): one read per execution. A tab
 * that cannot be read (renamed by a person: reported by tab()) never costs a deed: the shipped model decides.
 */
export function deploymentModel(): FieldModel {
  if (taught) return taught;
  try {
    const sheet = tab(CORRECTIONS.name);
    taught = withCorrections(shippedModel(), sheet ? correctionsOf(newestRows(sheet)) : []);
  } catch (err) {
    console.warn(`Corrections not read: ${errorText(err)}`);
    taught = shippedModel();
  }
  return taught;
}
