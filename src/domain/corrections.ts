// Reviewers' field changes as labelled examples of this deployment: the hidden tab's row, read back, added to the model.

import { FIELD_CODES, UNIT_TYPE_CODES, type FieldCode, type UnitType } from '#shared/codes';
import { deedFeatures } from './fieldFeatures';
import { withExamples, type FieldModel } from './fieldModel';
import type { CellValue } from './deed';
import { CORRECTIONS, type ColumnKey } from './tabs';

/** A correction counts as this many training deeds: the deployment's own voice outweighs the corpus's. */
export const CORRECTION_WEIGHT = 3;
/** The tab keeps the newest this many corrections (older rows are deleted when it grows past it). */
export const MAX_CORRECTIONS = 500;
/** A description is kept up to this many characters (the words that matter come first). */
const TEXT_LIMIT = 1500;

export interface Correction {
  unitType?: UnitType | undefined;
  title: string;
  description: string;
  field: FieldCode;
}

/** The tab's row for a reviewer's change of a deed's field. */
export function correctionRow(at: Date, deedId: string, c: Correction): CellValue[] {
  const cells: Record<ColumnKey<typeof CORRECTIONS>, CellValue> = {
    at,
    deedId,
    unitType: c.unitType ?? '',
    field: c.field,
    title: c.title.slice(0, TEXT_LIMIT),
    description: c.description.slice(0, TEXT_LIMIT),
  };
  return CORRECTIONS.keys.map((key) => cells[key]);
}

/** The tab's rows read back; a row someone spoiled (unknown field) is skipped. */
export function correctionsOf(rows: readonly (readonly unknown[])[]): Correction[] {
  const out: Correction[] = [];
  for (const row of rows) {
    const field = String(row[CORRECTIONS.col.field] ?? '') as FieldCode;
    if (!FIELD_CODES.includes(field)) continue;
    const unitType = String(row[CORRECTIONS.col.unitType] ?? '') as UnitType;
    out.push({
      unitType: UNIT_TYPE_CODES.includes(unitType) ? unitType : undefined,
      title: String(row[CORRECTIONS.col.title] ?? ''),
      description: String(row[CORRECTIONS.col.description] ?? ''),
      field,
    });
  }
  return out;
}

/** The model with the deployment's corrections added to its counts. */
export function withCorrections(model: FieldModel, corrections: readonly Correction[]): FieldModel {
  return withExamples(
    model,
    corrections.map((c) => ({ features: deedFeatures(c), field: c.field })),
    CORRECTION_WEIGHT,
  );
}
