// A registry too large for CacheService in bytes (though not in characters) never breaks a submission.
import { deliverSubmission } from '../../local/flows';
import { UNIT_TYPES } from '../../src/shared/codes';
import { GOOD, freshAddOn, tabRows } from '../helpers';
import { DEED, UNITS } from '../../src/domain/tabs';

/** 640 more units with Vietnamese names: under 100,000 characters as JSON, over 102,400 bytes. */
function largeRegistry(): unknown[][] {
  return Array.from({ length: 640 }, (_, i) => [
    `U${String(i).padStart(4, '0')}`,
    `Chi bộ ấp Phước Hưng Đông – tổ dân phố số ${i}`,
    UNIT_TYPES.xa_thi_tran,
    '',
    '',
    true,
  ]);
}

describe('the config cache', () => {
  it('stores submissions when the registry is over the cache limit in bytes but not in characters', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    const rows = largeRegistry();
    // The fixture is in the band the old character guard let through.
    const units = runtime.spreadsheet.getSheetByName(UNITS.name)!;
    const first = units.getLastRow() + 1;
    units.insertRowsAfter(units.getMaxRows(), rows.length);
    units.getRange(first, 1, rows.length, rows[0]!.length).setValues(rows);
    const asUnits = JSON.stringify(
      tabRows(addOn, UNITS.name).map(([code, name, , parent, email, active]) => ({
        code,
        name,
        unitType: 'xa_thi_tran',
        parent,
        email,
        active,
      })),
    );
    expect(asUnits.length).toBeLessThan(95_000);
    expect(Buffer.byteLength(asUnits, 'utf8')).toBeGreaterThan(102_400);
    addOn.call('onEdit', [{ range: units.getRange('A1') }]); // the registry changed: the cached config is dropped

    const a = deliverSubmission(addOn, GOOD);
    const b = deliverSubmission(addOn, { ...GOOD, title: 'Sửa đường liên ấp bị sạt lở' });
    expect([a.error, b.error]).toEqual([undefined, undefined]);
    expect([a.result, b.result]).toMatchObject([{ status: 'stored' }, { status: 'stored' }]);
    expect(tabRows(addOn, DEED.name)).toHaveLength(2);
  });
});
