// The unit registry tab ("Đơn vị"): its rows (the sample organisation's TSV for local/), and reading it back.
import { UNIT_TYPES, UNIT_TYPE_CODES, codeByLabel } from '#shared/codes';
import type { UnitType } from '#shared/codes';
import type { Unit } from './submission';
import { cleanLine } from './text';
import * as MSG from '#shared/messages/general';

/** Units from a TSV with columns code, name, unit_type, parent (the sample organisation's format). */
export function unitsFromTsv(tsv: string): Unit[] {
  return tsv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', name = '', unitType = '', parent = ''] = line.split('\t').map(cleanLine);
      if (!UNIT_TYPE_CODES.includes(unitType as UnitType)) throw new Error(`Unknown unit type ${unitType}`);
      return { code, name, unitType: unitType as UnitType, parent, email: '', active: true };
    });
}

export function unitToRow(u: Unit): (string | boolean)[] {
  return [u.code, u.name, UNIT_TYPES[u.unitType], u.parent, u.email, u.active];
}

/** Units that read well, and an error naming the cell for every row that did not. */
export interface RegistryResult {
  units: Unit[];
  errors: string[];
}

const cellRef = (row: number, col: number) => `Đơn vị!${String.fromCharCode(64 + col)}${row}`;

/** Reads the registry rows (without the header); errors name the cell, in Vietnamese. */
export function readRegistry(rows: readonly (readonly unknown[])[]): RegistryResult {
  const units: Unit[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const r = i + 2;
    const [code, name, type, parent, email, active] = row.map((v) => (typeof v === 'string' ? cleanLine(v) : v));
    if (code === '' && name === '') return; // an empty line people left
    const unitType =
      typeof type === 'string'
        ? (codeByLabel(UNIT_TYPES, type) ?? (type in UNIT_TYPES ? (type as UnitType) : undefined))
        : undefined;
    if (typeof code !== 'string' || code === '') errors.push(MSG.registryError(cellRef(r, 1), 'thiếu mã đơn vị.'));
    if (typeof name !== 'string' || name === '') errors.push(MSG.registryError(cellRef(r, 2), 'thiếu tên đơn vị.'));
    if (!unitType)
      errors.push(
        MSG.registryError(
          cellRef(r, 3),
          `loại hình «${String(type)}» không có; chọn một trong: ${Object.values(UNIT_TYPES).join('; ')}.`,
        ),
      );
    if (typeof email === 'string' && email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      errors.push(MSG.registryError(cellRef(r, 5), `email «${email}» không đúng dạng.`));
    if (typeof name === 'string' && seen.has(name))
      errors.push(MSG.registryError(cellRef(r, 2), `tên «${name}» trùng với dòng ${seen.get(name)}.`));
    if (typeof name === 'string') seen.set(name, r);
    if (typeof code === 'string' && typeof name === 'string' && unitType)
      units.push({
        code,
        name,
        unitType,
        parent: String(parent ?? ''),
        email: typeof email === 'string' ? email : '',
        active: active !== false && active !== 'FALSE' && active !== 'Không',
      });
  });
  return { units, errors };
}
