// The guidance's five loại hình (section II) holding the ten kinds of unit, and the base committees (the
// registry's «Trực thuộc»): the two groupings every report rolls up by.
import { UNIT_GROUPS } from '#shared/codes';
import type { UnitGroup, UnitType } from '#shared/codes';
import type { Unit } from './submission';

const GROUP_OF = new Map<UnitType, UnitGroup>(
  (Object.keys(UNIT_GROUPS) as UnitGroup[]).flatMap((g) =>
    UNIT_GROUPS[g].kinds.map((k): [UnitType, UnitGroup] => [k, g]),
  ),
);

/** The loại hình of a kind of unit (every kind is in exactly one: tests/domain/unitGroups.test.ts). */
export function groupOf(kind: UnitType): UnitGroup {
  const group = GROUP_OF.get(kind);
  if (!group) throw new Error(`Unit type ${kind} has no group`);
  return group;
}

/**
 * The base committee (cơ sở Đảng trực thuộc) a unit reports through: the registry unit its «Trực thuộc» names, or
 * the unit itself when «Trực thuộc» is the organisation (or names no unit of the registry).
 */
export function baseCommitteeOf(unit: Pick<Unit, 'code' | 'parent'>, byCode: ReadonlyMap<string, Unit>): string {
  let code = unit.code;
  let parent = unit.parent;
  // A chain (chi bộ → đảng bộ bộ phận → đảng bộ cơ sở) ends at the unit right under the organisation.
  for (let hops = 0; hops < 10 && parent !== '' && parent !== code; hops++) {
    const up = byCode.get(parent);
    if (!up) break;
    code = up.code;
    parent = up.parent;
  }
  return code;
}

/** Each unit's base committee by unit code, for a registry. */
export function baseCommittees(units: readonly Unit[]): Map<string, string> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  return new Map(units.map((u) => [u.code, baseCommitteeOf(u, byCode)]));
}
