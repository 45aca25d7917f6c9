// An older installation's «Việc tốt» (39 columns, as 62f8509 wrote it) folded by set-up: «Tuần» and «Loại hình»
// dropped, the six answers in «Chi tiết»; the sidebar reads back what it read before, a cut-off run included.
import { readFileSync } from 'node:fs';
import { gas } from '../../local/runtime';
import type { AddOn } from '../../local/addon';
import { ADMIN } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import type { CellValue } from '../../src/domain/deed';
import { toCell } from '../../src/gas/sheets';
import { freshAddOn, getDeed, tabRows } from '../helpers';

interface Layout {
  deeds: unknown[][];
  details: Record<string, Record<string, unknown>>;
}
const LAYOUT = JSON.parse(readFileSync('tests/data/layout-2026-12.json', 'utf8'), (_, v: unknown) =>
  v !== null && typeof v === 'object' && '$date' in v ? new Date(String(v.$date)) : v,
) as Layout;

/** What this change reads from elsewhere than before: the same values the older layout's sidebar showed. */
const READ_BACK = ['week', 'unitType', 'startDate', 'place', 'beneficiaries', 'evidence', 'proposal', 'phone'] as const;

/** A fresh add-on whose «Việc tốt» holds the older layout's rows, as if never folded. */
function olderLayout(): AddOn {
  const addOn = freshAddOn();
  const { PropertiesService } = gas(addOn.runtime);
  PropertiesService.getDocumentProperties().deleteProperty(`folds:${DEED.name}`);
  const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
  const width = LAYOUT.deeds[0]!.length;
  sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, sheet.getMaxRows(), width).clearDataValidations().clearContent();
  // Text columns were plain text (a phone keeps its leading zero), as set-up formats them.
  LAYOUT.deeds[0]!.forEach((_, c) => {
    if (LAYOUT.deeds.every((r) => typeof r[c] === 'string'))
      sheet.getRange(1, c + 1, sheet.getMaxRows()).setNumberFormat('@');
  });
  sheet
    .getRange(1, 1, LAYOUT.deeds.length, width)
    .setValues(LAYOUT.deeds.map((r) => r.map((v) => toCell(v as CellValue))));
  return addOn;
}

const readBack = (addOn: AddOn) =>
  Object.keys(LAYOUT.details).map((id) => {
    const d = getDeed(addOn, id) as unknown as Record<string, unknown>;
    return Object.fromEntries(READ_BACK.map((k) => [k, d[k]]));
  });
const before = Object.values(LAYOUT.details).map((d) => Object.fromEntries(READ_BACK.map((k) => [k, d[k]])));

describe('set-up folds an older «Việc tốt» into «Chi tiết»', () => {
  it('keeps every answer, hostile ones included, and the sidebar reads back what it read before', () => {
    const addOn = olderLayout();
    addOn.call('menuSetup', [], { user: ADMIN });
    const headers = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getRange(1, 1, 1, DEED.width).getValues()[0];
    expect(headers).toEqual(DEED.headers);
    expect(readBack(addOn)).toEqual(before);
    const hostile = tabRows(addOn, DEED.name).find((r) => String(r[DEED.col.details]).includes('HYPERLINK'))!;
    expect(hostile[DEED.col.details]).toBe(
      'Địa điểm: Địa điểm: giả; Thư khen, Giấy khen\nNgười được giúp đỡ: =HYPERLINK("x") · Thư khen: không → có\n' +
        'Đề nghị: Thư khen\nĐiện thoại: 0912345678',
    );
  });

  it.each(Array.from({ length: 60 }, (_, k) => k + 1))(
    'a set-up cut off at its Sheets call %i loses nothing: the next one finishes the fold',
    (n) => {
      const addOn = olderLayout();
      addOn.runtime.faults.failNextSheetsCall(n);
      addOn.call('menuSetup', [], { user: ADMIN });
      addOn.call('menuSetup', [], { user: ADMIN });
      expect(readBack(addOn)).toEqual(before);
    },
  );
});
