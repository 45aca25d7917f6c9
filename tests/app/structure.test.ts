// The structure check through the bundle: set-up and «Kiểm tra hệ thống» name every owned tab whose header row was
// renamed, moved or inserted into by hand, and stay quiet about tabs that match.
import { ADMIN } from '../../local/flows';
import * as MSG_STRUCTURE from '../../src/shared/messages/structure';
import { DEED, NEEDS_FIX, OUTBOX, SELF_CHECK } from '../../src/domain/tabs';
import { freshAddOn, tabRows } from '../helpers';
import type { AddOn } from '../../local/addon';

const sheetOf = (addOn: AddOn, name: string) => addOn.runtime.spreadsheet.getSheetByName(name)!;

/** Three hand edits: a header renamed, two headers swapped, a column inserted. */
function editByHand(addOn: AddOn): void {
  sheetOf(addOn, DEED.name)
    .getRange(1, DEED.col.unitCode + 1)
    .setValue('Mã ĐV');
  const outbox = sheetOf(addOn, OUTBOX.name);
  outbox.getRange(1, 3, 1, 2).setValues([[OUTBOX.headers[3], OUTBOX.headers[2]]]);
  const needsFix = sheetOf(addOn, NEEDS_FIX.name);
  needsFix.insertColumnsAfter(2, 1);
  needsFix.getRange(1, 3).setValue('Ghi chú riêng');
}

const setupMessage = (addOn: AddOn) => {
  addOn.call('menuSetup');
  return addOn.runtime.ui.alerts.at(-1)!.prompt;
};

function selfCheckRow(addOn: AddOn): unknown[] {
  addOn.runtime.setUser(ADMIN);
  addOn.call('menuSelfCheck');
  return tabRows(addOn, SELF_CHECK.name).find((r) => r[0] === 'sheet.structure')!;
}

describe('structure check', () => {
  it('set-up says nothing about headers that match', () => {
    const message = setupMessage(freshAddOn());
    expect(message).toContain('Đã thiết lập xong');
    expect(message).not.toContain(MSG_STRUCTURE.setup);
  });

  it('set-up names each tab whose header was renamed, moved or inserted into by hand, and only those', () => {
    const addOn = freshAddOn();
    editByHand(addOn);
    const lines = setupMessage(addOn).split('\n');
    const structure = lines.slice(lines.indexOf(MSG_STRUCTURE.setup) + 1);
    expect(lines).toContain(MSG_STRUCTURE.setup);
    expect(structure).toEqual([
      'Tab «Việc tốt»: cột C phải có tiêu đề «Mã đơn vị» nhưng đang là «Mã ĐV».',
      `Tab «${NEEDS_FIX.name}»: ` +
        NEEDS_FIX.headers
          .slice(2)
          .map((h, i) => `cột «${h}» bị chuyển từ cột ${'CDEFGH'[i]} sang cột ${'DEFGHI'[i]}`)
          .join('; ') +
        '; cột lạ «Ghi chú riêng» ở cột C.',
      'Tab «Hộp thư đi»: cột «Người nhận» bị chuyển từ cột C sang cột D; cột «Tiêu đề» bị chuyển từ cột D sang cột C.',
    ]);
  });

  it('the self-check passes its structure probe on matching tabs and fails it, naming the columns, after hand edits', () => {
    const addOn = freshAddOn();
    const passed = selfCheckRow(addOn);
    expect(passed[3]).toBe('Đạt');
    expect(passed[4]).toContain(`${DEED.name}: khớp`);
    editByHand(addOn);
    const failed = selfCheckRow(addOn);
    expect(failed[3]).toBe('Không đạt');
    expect(failed[4]).toContain('cột C phải có tiêu đề «Mã đơn vị» nhưng đang là «Mã ĐV»');
    expect(failed[4]).toContain('Tab «Hộp thư đi»');
    expect(failed[4]).toContain(`Tab «${NEEDS_FIX.name}»`);
  });
});
