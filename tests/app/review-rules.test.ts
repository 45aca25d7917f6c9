// Rules hold whatever path a deed takes (issue 13): an accept re-checks every mark the deed carries, through the bundle.
import { auditRow } from '../../src/domain/auditLine';
import { AUDIT_VIEW, auditRows } from '../auditView';
import { REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { AUDIT, DEED } from '../../src/domain/tabs';
import type { DeedKey } from '../../src/domain/tabs';
import type { DeedDetail } from '#contract';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';

// A reviewer ticking by hand: an editor the add-on's columns are not open to cannot (hostile-protections.test.ts).
const EDITOR = REVIEWER;
const TK_RULE = 'Thư khen chỉ dành cho việc tốt đột xuất; việc này là «Thường xuyên».';
const GK_ONE_MONTH = 'Giấy khen cần việc tốt thực hiện ít nhất 3 tháng; việc này mới 1 tháng.';
const notByReviewer = (label: string) =>
  `«${label}» không do người duyệt đánh dấu (sửa tay trong Sheet hoặc không có trong «Nhật ký»): đã gỡ; đánh dấu lại ở thanh bên nếu đồng ý.`;
const withdrawnBy = (reason: string) => `gỡ khi duyệt: ${reason}`;

/** A thường xuyên deed (done 2026-11-20) started on `startDate`; the settings' minimum for a Giấy khen is 3 months. */
const regular = (startDate: string, title: string) => ({
  ...GOOD,
  title,
  description: 'Chi hội phụ nữ ấp 3 thay nhau nấu cơm, chăm sóc cụ bà neo đơn, hộ nghèo Nguyễn Thị Hai.',
  nature: 'Thường xuyên',
  startDate,
  proposal: 'Giấy khen',
});
const LONG = regular('2026-01-05', 'Nuôi dưỡng cụ bà neo đơn suốt 10 tháng');
const SHORT = regular('2026-10-01', 'Nấu cơm cho cụ bà neo đơn từ tháng 10');

const rowOf = (addOn: AddOn, id: string) => tabRows(addOn, DEED.name).find((r) => r[DEED.col.id] === id)!;
const cells = (addOn: AddOn, id: string, keys: readonly DeedKey[]) => keys.map((k) => rowOf(addOn, id)[DEED.col[k]]);
/** The deed's «Nhật ký» rows (who, action, column, before, after), from the `from`-th on. */
const auditOf = (addOn: AddOn, id: string, from = 0) =>
  auditRows(addOn)
    .filter((a) => a[AUDIT_VIEW.col.deedId] === id)
    .slice(from)
    .map((a) => a.slice(AUDIT_VIEW.col.user, AUDIT_VIEW.col.after + 1).filter((_, i) => i !== 1));
const auditCount = (addOn: AddOn, id: string) => auditOf(addOn, id).length;

/** A person types into one cell of the deed's row (the simple onEdit runs); its A1 comes from the emulator. */
function typeInto(addOn: AddOn, id: string, key: DeedKey, value: unknown): void {
  const sheet = addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
  const a1 = sheet.getRange(getDeed(addOn, id).row, DEED.col[key] + 1).getA1Notation();
  expect(addOn.runtime.userEdit(DEED.name, a1, value, { user: EDITOR }).map((f) => f.error)).toEqual([undefined]);
}

/** «Duyệt» from the sidebar on the deed as just opened, with the Sheets calls it cost. */
function accept(addOn: AddOn, id: string): { detail: DeedDetail; calls: number } {
  const { row, version } = getDeed(addOn, id);
  addOn.runtime.meter.reset();
  const r = sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', { id, row, version, action: { kind: 'accept' } });
  return { detail: okValue(r), calls: addOn.runtime.meter.sheetsCalls() };
}

/** A deed accepted and marked in the sidebar by the reviewer. */
function reviewerMarked(addOn: AddOn, keyed: Record<string, string>, ...marks: ('thu_khen' | 'giay_khen')[]): string {
  const id = submitAnswers(addOn, keyed).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  for (const recognition of marks) okValue(review(addOn, id, { kind: 'mark', recognition, on: true }));
  return id;
}

/** Rows of «Nhật ký» about other deeds, added below the last (as months of other reviews would). */
function otherAuditRows(addOn: AddOn, n: number): void {
  if (n === 0) return;
  const sheet = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
  const first = sheet.getLastRow() + 1;
  // Room to spare below, as a tab that grew over months has: appending then needs no new rows.
  const missing = first + n + 100 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  const row = auditRow(
    new Date('2026-11-02T09:00:00+07:00'),
    REVIEWER,
    'VT-0000000000aa',
    'mark',
    'Giấy khen',
    false,
    true,
  );
  sheet.getRange(first, 1, n, AUDIT.width).setValues(Array.from({ length: n }, () => row));
}

describe('Thư khen and Giấy khen ticked by hand on a thường xuyên deed, then «Duyệt»', () => {
  it('withdraws both when the deed is too short for a Giấy khen: each with the rule’s reason, audited', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, SHORT).id!;
    typeInto(addOn, id, 'honours', 'Thư khen');
    typeInto(addOn, id, 'honours', 'Thư khen, Giấy khen');
    expect(getDeed(addOn, id)).toEqual(expect.objectContaining({ status: 'can_duyet_lai', suspended: true }));
    const { detail } = accept(addOn, id);
    expect(detail).toEqual(expect.objectContaining({ status: 'da_duyet', suspended: false, recognitions: [] }));
    expect(detail.cleared).toEqual([
      { recognition: 'thu_khen', reason: TK_RULE },
      { recognition: 'giay_khen', reason: GK_ONE_MONTH },
    ]);
    expect(cells(addOn, id, ['status', 'honours'])).toEqual(['Đã duyệt', '']);
    expect(auditOf(addOn, id, 2)).toEqual([
      [REVIEWER, 'duyệt', 'Trạng thái', 'Cần duyệt lại', 'Đã duyệt'],
      [REVIEWER, withdrawnBy(TK_RULE), 'Thư khen', 'Có', 'Không'],
      [REVIEWER, withdrawnBy(GK_ONE_MONTH), 'Giấy khen', 'Có', 'Không'],
    ]);
    expect(getDeed(addOn, id).cleared).toBeUndefined(); // said once, in the answer to the accept
  });

  it('withdraws a Giấy khen the rules would allow when no reviewer set it; the reviewer can then mark it', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, LONG).id!;
    typeInto(addOn, id, 'honours', 'Thư khen');
    typeInto(addOn, id, 'honours', 'Thư khen, Giấy khen');
    // Another deed's Giấy khen marked by the reviewer after the tick: it says nothing about this deed's.
    reviewerMarked(addOn, { ...LONG, title: 'Dạy bơi miễn phí cho trẻ em suốt mùa hè' }, 'giay_khen');
    const { detail } = accept(addOn, id);
    expect(detail.recognitions).toEqual([]);
    expect(detail.cleared).toEqual([
      { recognition: 'thu_khen', reason: TK_RULE },
      { recognition: 'giay_khen', reason: notByReviewer('Giấy khen') },
    ]);
    expect(auditOf(addOn, id, 3).map((a) => a[1])).toEqual([
      withdrawnBy(TK_RULE),
      withdrawnBy(notByReviewer('Giấy khen')),
    ]);
    expect(okValue(review(addOn, id, { kind: 'mark', recognition: 'giay_khen', on: true })).recognitions).toEqual([
      'giay_khen',
    ]);
  });

  it('keeps every mark a reviewer set through hand edits and a re-accept; withdraws only the one ticked by hand', () => {
    const addOn = freshAddOn();
    const id = reviewerMarked(addOn, LONG, 'giay_khen');
    typeInto(addOn, id, 'honours', 'Giấy khen, Thư khen');
    const { detail } = accept(addOn, id);
    expect(detail.recognitions).toEqual(['giay_khen']);
    expect(detail.cleared).toEqual([{ recognition: 'thu_khen', reason: TK_RULE }]);
    expect(cells(addOn, id, ['honours'])).toEqual(['Giấy khen']);

    const other = reviewerMarked(addOn, GOOD, 'thu_khen');
    okValue(review(addOn, other, { kind: 'mark', recognition: 'phat_thanh', on: true, period: '2026-W47' }));
    typeInto(addOn, other, 'description', 'Tổ trật tự ấp Chợ vận động 15 hộ kinh doanh dọn hàng lấn chiếm vỉa hè.');
    const before = auditCount(addOn, other);
    const again = accept(addOn, other).detail;
    expect(again).toEqual(expect.objectContaining({ status: 'da_duyet', recognitions: ['thu_khen', 'phat_thanh'] }));
    expect(again.cleared).toBeUndefined();
    expect(auditOf(addOn, other, before)).toEqual([[REVIEWER, 'duyệt', 'Trạng thái', 'Cần duyệt lại', 'Đã duyệt']]);
  });

  it('reads a hand edit an older version audited by its code («hand_edit») as a hand edit', () => {
    const addOn = freshAddOn();
    const id = reviewerMarked(addOn, GOOD);
    typeInto(addOn, id, 'honours', 'Thư khen');
    const audit = addOn.runtime.spreadsheet.getSheetByName(AUDIT.name)!;
    const row = auditRows(addOn).findIndex(
      (a) => a[AUDIT_VIEW.col.column] === 'Thư khen' && a[AUDIT_VIEW.col.action] === 'sửa tay',
    );
    audit.getRange(row + 2, AUDIT.col.content + 1).setValue('hand_edit · Thư khen: Không → Có');
    expect(accept(addOn, id).detail.cleared).toEqual([{ recognition: 'thu_khen', reason: notByReviewer('Thư khen') }]);
  });
});

describe('an accept re-checks every mark, whatever path it took to the row', () => {
  it('withdraws a Giấy khen a reviewer set once a hand edit leaves the deed too short for it', () => {
    const addOn = freshAddOn();
    const id = reviewerMarked(addOn, LONG, 'giay_khen');
    typeInto(addOn, id, 'details', 'Ngày bắt đầu: 01/10/2026');
    const { detail } = accept(addOn, id);
    expect(detail.cleared).toEqual([{ recognition: 'giay_khen', reason: GK_ONE_MONTH }]);
    expect(cells(addOn, id, ['honours'])).toEqual(['']);
  });

  it('withdraws a radio week a reviewer set and a person then retyped; one typed as no week is no mark', () => {
    const addOn = freshAddOn();
    const id = reviewerMarked(addOn, GOOD);
    okValue(review(addOn, id, { kind: 'mark', recognition: 'phat_thanh', on: true, period: '2026-W47' }));
    typeInto(addOn, id, 'media', 'Phát thanh: 2026-W48');
    const { detail } = accept(addOn, id);
    expect(detail.cleared).toEqual([{ recognition: 'phat_thanh', reason: notByReviewer('Phát thanh') }]);
    expect(cells(addOn, id, ['media'])).toEqual(['']);
    const typed = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    typeInto(addOn, typed, 'media', 'Phát thanh: tuần sau');
    const { detail: plain } = accept(addOn, typed);
    expect([plain.cleared, plain.recognitions, plain.radioWeek]).toEqual([undefined, [], '']);
    expect(cells(addOn, typed, ['media'])).toEqual(['Phát thanh: tuần sau']); // kept as typed, reported
  });

  it('withdraws a Thư khen ticked on a deed never accepted, audited as a hand edit or not audited at all', () => {
    const addOn = freshAddOn();
    const audited = submitAnswers(addOn, GOOD).id!;
    typeInto(addOn, audited, 'honours', 'Thư khen');
    // The Sheet busy when the person ticks: the onEdit cannot take the lock, so no audit row and no new review.
    const unaudited = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    addOn.runtime.faults.holdLock('document', true);
    typeInto(addOn, unaudited, 'honours', 'Thư khen');
    addOn.runtime.faults.holdLock('document', false);
    expect(auditOf(addOn, unaudited)).toEqual([]);
    expect(cells(addOn, unaudited, ['status', 'honours'])).toEqual(['Mới', 'Thư khen']);
    for (const id of [audited, unaudited]) {
      const { detail } = accept(addOn, id);
      expect(detail.cleared).toEqual([{ recognition: 'thu_khen', reason: notByReviewer('Thư khen') }]);
      expect(detail.recognitions).toEqual([]);
      expect(auditOf(addOn, id).at(-1)).toEqual([
        REVIEWER,
        withdrawnBy(notByReviewer('Thư khen')),
        'Thư khen',
        'Có',
        'Không',
      ]);
    }
  });
});

describe('what the re-check costs', () => {
  it('nothing for a deed without marks (9 Sheets calls: 7 and two header checks); with marks, a number that does not grow with «Nhật ký»', () => {
    const plain = freshAddOn();
    accept(plain, submitAnswers(plain, GOOD).id!); // creates «Nhật ký»
    // 7 before the header rows' checks of «Việc tốt» and «Nhật ký» (src/app/structureGuard.ts); the tabs found in one
    // listing of the sheets (src/gas/sheets.ts), where each took a getSheetById before
    expect(accept(plain, submitAnswers(plain, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!).calls).toBe(9);

    /** Marks the reviewer set on one deed and one ticked by hand, after `before` other audit rows. */
    const scenario = (before: number, between: number) => {
      const addOn = freshAddOn();
      accept(addOn, submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!); // «Nhật ký» made
      otherAuditRows(addOn, before);
      const kept = reviewerMarked(addOn, GOOD, 'thu_khen');
      otherAuditRows(addOn, between);
      typeInto(addOn, kept, 'description', 'Tổ trật tự ấp Chợ vận động 15 hộ dọn hàng lấn chiếm vỉa hè.');
      const withdrawn = reviewerMarked(addOn, LONG, 'giay_khen');
      typeInto(addOn, withdrawn, 'honours', 'Giấy khen, Thư khen');
      return [accept(addOn, kept), accept(addOn, withdrawn)].map((a) => [a.calls, a.detail.cleared?.length ?? 0]);
    };
    // Both carry a Thư khen or Giấy khen, so the answer reads «Sổ quyết định» (as before): 11 with the header checks of «Việc tốt» and «Nhật ký». Kept: + the search of
    // «Nhật ký» and one read of the deed's rows. Withdrawn: + those, the status and the Thư khen beside it in one
    // write (as the status alone was), the three audit rows in one write plus two metadata calls to find the tab's end.
    // + 1 each: whether «Nhật ký» has a filter, asked once before its search (gas/sheets.ts rowsWhere). − 2 each: the
    // three tabs found in one listing of the sheets (gas/sheets.ts), where each took a getSheetById. − 1 withdrawn:
    // up to three rows are appended by appendRow each, without the two metadata calls (gas/sheets.ts appendRows).
    expect(scenario(0, 0)).toEqual([
      [12, 0],
      [13, 1],
    ]);
    expect(scenario(5000, 0)).toEqual(scenario(0, 0));
    // The deed's own audit rows far apart (a hand edit long after the marks): one read more, for the older ones.
    expect(scenario(0, 5000)).toEqual([
      [13, 0],
      [13, 1],
    ]);
  });
});
