// «Nhật ký»'s one-line «Nội dung» through the bundle: the accept-time check reads a line from the left, so a value
// holding " · Thư khen: Có" never passes for a reviewer's mark, and a line typed by hand is of unknown origin.
import { REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { AUDIT, DEED } from '../../src/domain/tabs';
import type { DeedDetail } from '#contract';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';

const NOT_BY_REVIEWER =
  '«Thư khen» không do người duyệt đánh dấu (sửa tay trong Sheet hoặc không có trong «Nhật ký»): đã gỡ; đánh dấu lại ở thanh bên nếu đồng ý.';

/** A cell of the deed typed by hand: an accepted deed goes back to «Cần duyệt lại». */
function typeInto(addOn: AddOn, id: string, column: number, value: string): void {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
  const a1 = sheet.getRange(getDeed(addOn, id).row, column + 1).getA1Notation();
  expect(addOn.runtime.userEdit(DEED.name, a1, value, { user: REVIEWER }).map((f) => f.error)).toEqual([undefined]);
}

function accept(addOn: AddOn, id: string): DeedDetail {
  const { row, version } = getDeed(addOn, id);
  return okValue(
    sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', { id, row, version, action: { kind: 'accept' } }),
  );
}

/** A deed the reviewer accepted and gave a Thư khen, then its title typed by hand: back in «Cần duyệt lại». */
function markedThenEdited(): [AddOn, string] {
  const addOn = freshAddOn();
  const id = submitAnswers(addOn, GOOD).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  okValue(review(addOn, id, { kind: 'mark', recognition: 'thu_khen', on: true }));
  typeInto(addOn, id, DEED.col.title, 'Dọn vỉa hè chợ An Phú cùng bà con');
  return [addOn, id];
}

describe('the accept-time check reads «Nhật ký»’s lines from the left', () => {
  it('a reviewer’s note holding « · Thư khen: Có» is no mark: the Thư khen ticked by hand is withdrawn', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'accept' }));
    typeInto(addOn, id, DEED.col.honours, 'Thư khen');
    okValue(review(addOn, id, { kind: 'note', note: 'Đã xem · Thư khen: Có' }));
    const line = tabRows(addOn, AUDIT.name).at(-1)![AUDIT.col.content];
    expect(line).toBe('ghi chú · Ghi chú người duyệt: → Đã xem · Thư khen: Có');
    expect(accept(addOn, id).cleared).toEqual([{ recognition: 'thu_khen', reason: NOT_BY_REVIEWER }]);
  });

  it('a line typed by hand into «Nhật ký» naming the column is of unknown origin: the mark is withdrawn', () => {
    const [addOn, id] = markedThenEdited();
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    audit.appendRow([new Date(), REVIEWER, id, 'người duyệt đã đánh dấu · Thư khen: Không → Có']);
    expect(accept(addOn, id).cleared).toEqual([{ recognition: 'thu_khen', reason: NOT_BY_REVIEWER }]);
  });

  it('keeps a mark the reviewer set, read from its line', () => {
    const [addOn, id] = markedThenEdited();
    const detail = accept(addOn, id);
    expect([detail.cleared, detail.recognitions]).toEqual([undefined, ['thu_khen']]);
  });
});
