// «Loại hình» is no column of «Việc tốt»: the unit's type comes from «Đơn vị» by its code, and a code no longer there
// is said to be unknown (sidebar, filter, monthly summary) without stopping anything.
import { SAMPLE_UNITS } from '../../local/demo';
import { REVIEWER } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import type { DeedPage } from '#contract';
import { getDeed, okValue, sidebarCall, tabRows } from '../helpers';
import { block, monthlyAt, putDeeds, sheetAt } from './reporting-fixtures';

const at = (code: string) => SAMPLE_UNITS.findIndex((u) => u.code === code);

describe('a deed’s unit type', () => {
  it('is the registry’s for its code, and unknown (null) for a code «Đơn vị» no longer has', () => {
    const addOn = sheetAt('2026-11-20T09:00:00+07:00');
    putDeeds(addOn, [
      { doneOn: '2026-11-03', unit: at('DB-CONGAN') },
      { doneOn: '2026-11-04', unit: at('DB-CONGAN') },
    ]);
    const deeds = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    deeds.getRange(3, DEED.col.unitCode + 1).setValue('DB-DA-GIAI-THE');
    const [kept, gone] = tabRows(addOn, DEED.name).map((r) => String(r[DEED.col.id]));
    expect([getDeed(addOn, kept!).unitType, getDeed(addOn, gone!).unitType]).toEqual(['cong_an', null]);

    const filter = { month: '2026-11', unitType: 'cong_an' };
    const page = okValue(sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', { filter, offset: 0, limit: 20 }));
    expect(page.items.map((d) => d.id)).toEqual([kept]);

    expect(monthlyAt(addOn, '2026-12-01T06:00:00+07:00').error).toBeUndefined();
    const kinds = block(addOn, 'Tổng hợp 11/2026', 'Các loại đơn vị trong từng loại hình').slice(2);
    expect(kinds.filter((r) => r[1] === 'Công an').map((r) => r[2])).toEqual([1]);
  });
});
