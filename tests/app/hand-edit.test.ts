// Hand edits of «Việc tốt» through the built bundle (runtime.userEdit fires the real onEdit): an accepted or nominated
// deed changed in the Sheet goes back to «Cần duyệt lại», its nominations suspended until a reviewer accepts; every
// hand edit of any deed is audited.
import { auditRows } from '../auditView';
import { REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { AUDIT, DEED, NEEDS_FIX } from '../../src/domain/tabs';
import type { DeedKey } from '../../src/domain/tabs';
import type { DeedDetail, SidebarState } from '#contract';
import { GOOD, freshAddOn, getDeed, isDate, okValue, review, sidebarCall, tabRows } from '../helpers';
import { INCIDENTS, block, monthlyAt, reopenMonth } from './reporting-fixtures';

const DEEDS = DEED.name;
const AUDIT_TAB = AUDIT.name;
// A reviewer editing by hand: an editor the add-on's columns are not open to is in hostile-protections.test.ts.
const EDITOR = REVIEWER;
const NOV = 'Tổng hợp 11/2026';
const NEW_TEXT = 'Tổ trật tự ấp Chợ vận động 15 hộ kinh doanh dọn hàng lấn chiếm vỉa hè (sửa lại số hộ).';

/** The A1 letter of a deed column (all within A–AN). */
const letter = (key: DeedKey) => {
  const n = DEED.col[key];
  return (n >= 26 ? String.fromCharCode(64 + Math.floor(n / 26)) : '') + String.fromCharCode(65 + (n % 26));
};
const rowOf = (addOn: AddOn, id: string) => tabRows(addOn, DEEDS).find((r) => r[DEED.col.id] === id)!;
const handEdits = (addOn: AddOn) => auditRows(addOn).filter((a) => a[3] === 'sửa tay');
const cellOf = (addOn: AddOn, id: string, key: DeedKey) => `${letter(key)}${getDeed(addOn, id).row}`;
/** A person types into one cell of the deed's row; the simple onEdit must not fail. */
function typeInto(addOn: AddOn, id: string, key: DeedKey, value: unknown, hideEmail = false): void {
  const fired = addOn.runtime.userEdit(DEEDS, cellOf(addOn, id, key), value, { user: EDITOR, hideEmail });
  expect(fired.map((f) => f.error)).toEqual([undefined]);
}
/** The ids in the monthly tab's Thư khen proposal list for November. */
/** November's Thư khen proposals in its tab, rebuilt on its closing day (the default 3 grace days). */
function thuKhenProposals(addOn: AddOn): unknown[] {
  reopenMonth(addOn, '2026-11');
  monthlyAt(addOn, '2026-12-04T06:00:00+07:00');
  return block(addOn, NOV, /tặng Thư khen/)
    .map((r) => r[5])
    .filter((v) => /^VT-/.test(String(v)));
}
/** November week 47's radio picks in the monthly tab. */
const radioPicksWeek47 = (addOn: AddOn) =>
  block(addOn, NOV, 'Theo tuần').find((r) => /^Tuần 47/.test(String(r[0])))![2];

/** A deed accepted, proposed for a Thư khen and picked for the radio in its week, as a reviewer does in the sidebar. */
function nominated(addOn: AddOn, keyed: Record<string, string> = GOOD): string {
  const id = submitAnswers(addOn, keyed).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  okValue(review(addOn, id, { kind: 'mark', recognition: 'thu_khen', on: true }));
  okValue(review(addOn, id, { kind: 'mark', recognition: 'phat_thanh', on: true, period: '2026-W47' }));
  return id;
}

describe('a hand edit of an accepted, nominated deed', () => {
  it('sends it back to «Cần duyệt lại», suspends its nominations, bumps the version and audits the cell', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    expect(rowOf(addOn, id)[DEED.col.version]).toBe(4);
    const a1 = cellOf(addOn, id, 'description');
    addOn.runtime.meter.reset();
    expect(addOn.runtime.userEdit(DEEDS, a1, NEW_TEXT, { user: EDITOR })[0]!.error).toBeUndefined();
    const calls = addOn.runtime.meter.sheetsCalls();
    const row = rowOf(addOn, id);
    expect(row[DEED.col.description]).toBe(NEW_TEXT); // the person's edit stays
    expect(row[DEED.col.status]).toBe('Cần duyệt lại');
    expect(row[DEED.col.version]).toBe(5);
    expect(row[DEED.col.honours]).toBe('Thư khen'); // suspended, not withdrawn
    expect(row[DEED.col.reviewer]).toBe(REVIEWER); // the last reviewer stays on record
    const audit = handEdits(addOn);
    expect(audit).toHaveLength(1);
    expect(isDate(audit[0]![0])).toBe(true);
    expect(audit[0]!.slice(1)).toEqual([EDITOR, id, 'sửa tay', 'Nội dung', GOOD.description, NEW_TEXT]);
    // One read of the row, the audit tab, status, version, one audit row, the flush before the lock is released.
    expect(calls).toBe(8); // 6, and the header rows' checks of both tabs (src/app/structureGuard.ts)
    const detail = getDeed(addOn, id);
    expect(detail).toEqual(
      expect.objectContaining({ status: 'can_duyet_lai', suspended: true, recognitions: ['thu_khen', 'phat_thanh'] }),
    );
  });

  it('drops out of the monthly proposals and radio picks until a reviewer accepts it again', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    expect(thuKhenProposals(addOn)).toEqual([id]);
    expect(radioPicksWeek47(addOn)).toBe(1);
    typeInto(addOn, id, 'description', NEW_TEXT);
    expect(thuKhenProposals(addOn)).toEqual([]);
    expect(radioPicksWeek47(addOn)).toBe(0);
    expect(block(addOn, NOV, /tặng Thư khen/)[0]![0]).toMatch(/\(0\)$/);

    const accepted = okValue(review(addOn, id, { kind: 'accept' }));
    expect(accepted).toEqual(expect.objectContaining({ status: 'da_duyet', suspended: false }));
    expect(auditRows(addOn).at(-1)!.slice(1)).toEqual([
      REVIEWER,
      id,
      'duyệt',
      'Trạng thái',
      'Cần duyệt lại',
      'Đã duyệt',
    ]);
    expect(thuKhenProposals(addOn)).toEqual([id]);
    expect(radioPicksWeek47(addOn)).toBe(1);
  });

  it('stops counting its radio pick in the sidebar until a reviewer accepts it again', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'accept' }));
    okValue(review(addOn, id, { kind: 'mark', recognition: 'phat_thanh', on: true })); // this week (2026-W48)
    const picks = () => okValue(sidebarCall<SidebarState>(addOn, REVIEWER, 'getSidebarState')).radio.picks;
    expect(picks()).toBe(1);
    typeInto(addOn, id, 'description', NEW_TEXT);
    expect(picks()).toBe(0);
    okValue(review(addOn, id, { kind: 'accept' }));
    expect(picks()).toBe(1);
  });

  it('makes a sidebar opened before the edit stale, so the reviewer reloads instead of overwriting', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    const seen = getDeed(addOn, id);
    typeInto(addOn, id, 'title', 'Giải tỏa hàng rong lấn chiếm lòng lề đường chợ An Phú');
    const stale = sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', {
      id,
      row: seen.row,
      version: seen.version,
      action: { kind: 'note', note: 'Đã xem' },
    });
    expect(stale).toEqual({ ok: false, code: 'stale', error: expect.stringContaining('tải lại') });
    expect(rowOf(addOn, id)[DEED.col.note]).toBe('');
  });

  it('a «Chi tiết» typed out of its lines goes back to review like any edit and is shown whole, said so, never half read', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    const typed = 'Điện thoại: 0999999999\nĐịa điểm: Ấp 3\nĐề nghị: Thư khen';
    typeInto(addOn, id, 'details', typed);
    const d = getDeed(addOn, id);
    expect([d.status, d.suspended]).toEqual(['can_duyet_lai', true]);
    expect(d.place).toBe(`(«Chi tiết» sửa tay, không đọc được:) ${typed}`);
    expect([d.phone, d.proposal, d.startDate]).toEqual(['', 'none', null]);
    expect(handEdits(addOn).map((a) => a.slice(4))).toEqual([
      ['Chi tiết', 'Đề nghị: Thư khen\nĐiện thoại: 0912345678', typed],
    ]);
  });

  it('ends the suspension when a reviewer rejects it or asks for more, clearing the nominations', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    typeInto(addOn, id, 'details', 'Địa điểm: Chợ An Phú');
    const rejected = okValue(review(addOn, id, { kind: 'reject', reason: 'Nội dung sửa không đúng thực tế' }));
    expect(rejected).toEqual(expect.objectContaining({ status: 'tu_choi', suspended: false, recognitions: [] }));
  });

  it('records who edited as «(không rõ)» when Apps Script does not tell', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    typeInto(addOn, id, 'performerName', 'Nguyễn Văn Tư và tổ trật tự', true);
    expect(handEdits(addOn).map((a) => a[1])).toEqual(['(không rõ)']);
  });
});

describe('hand edits that need no new review', () => {
  it('audits each cell of a «Mới» deed edited by hand, in a constant number of calls, and changes nothing else', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const before = rowOf(addOn, id);
    addOn.runtime.meter.reset();
    typeInto(addOn, id, 'description', NEW_TEXT); // the first audit row also makes «Nhật ký»
    const note = cellOf(addOn, id, 'note');
    const calls = addOn.runtime.meter.sheetsCalls();
    const anonymous = { user: EDITOR, hideEmail: true };
    expect(addOn.runtime.userEdit(DEEDS, note, 'Chờ xác minh', anonymous)[0]!.error).toBeUndefined();
    // Both header rows, one read of the row, the audit tab, one audit row, the flush before the lock is released.
    expect(addOn.runtime.meter.sheetsCalls() - calls).toBe(6);
    expect(addOn.runtime.meter.snapshot().calls['Spreadsheet.Range.setValue']).toBeUndefined();
    const after = rowOf(addOn, id);
    expect(after[DEED.col.description]).toBe(NEW_TEXT);
    expect(after[DEED.col.note]).toBe('Chờ xác minh');
    expect(after.filter((_, c) => c !== DEED.col.description && c !== DEED.col.note)).toEqual(
      before.filter((_, c) => c !== DEED.col.description && c !== DEED.col.note),
    );
    expect(getDeed(addOn, id)).toEqual(expect.objectContaining({ status: 'moi', suspended: false }));
    expect(handEdits(addOn).map((a) => a.slice(1))).toEqual([
      [EDITOR, id, 'sửa tay', 'Nội dung', GOOD.description, NEW_TEXT],
      ['(không rõ)', id, 'sửa tay', 'Ghi chú người duyệt', '', 'Chờ xác minh'],
    ]);
  });

  it('audits a deed’s id cleared by hand under the id it had', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    typeInto(addOn, id, 'id', '');
    expect(handEdits(addOn).map((a) => a.slice(2))).toEqual([[id, 'sửa tay', DEED.headers[DEED.col.id], id, '']]);
  });

  it('audits a note typed by hand on an accepted deed and bumps the version, without a new review', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    typeInto(addOn, id, 'note', 'Đã gọi điện xác minh');
    const row = rowOf(addOn, id);
    expect([row[DEED.col.status], row[DEED.col.version]]).toEqual(['Đã duyệt', 5]);
    expect(getDeed(addOn, id).suspended).toBe(false);
    expect(handEdits(addOn).map((a) => a.slice(4))).toEqual([['Ghi chú người duyệt', '', 'Đã gọi điện xác minh']]);
  });

  it('ignores the same value typed again, the header row and the other tabs', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    typeInto(addOn, id, 'title', GOOD.title);
    expect(addOn.runtime.userEdit(DEEDS, 'J1', 'Mô tả')[0]!.error).toBeUndefined();
    expect(addOn.runtime.userEdit(NEEDS_FIX.name, 'B2', 'ghi chú')[0]!.error).toBeUndefined();
    expect(addOn.runtime.userEdit(AUDIT_TAB, 'B2', 'ai đó')[0]!.error).toBeUndefined();
    const row = rowOf(addOn, id);
    expect([row[DEED.col.status], row[DEED.col.version]]).toEqual(['Đã duyệt', 4]);
    expect(handEdits(addOn)).toEqual([]);
  });
});

describe('a person deciding by hand', () => {
  it('ticking Thư khen or typing «Đã duyệt» on a «Mới» deed is a decision no reviewer made: re-review', () => {
    const addOn = freshAddOn();
    const ticked = submitAnswers(addOn, GOOD).id!;
    const approved = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    typeInto(addOn, ticked, 'honours', 'Thư khen');
    typeInto(addOn, approved, 'status', 'Đã duyệt');
    const [t, a] = [rowOf(addOn, ticked), rowOf(addOn, approved)];
    expect([t[DEED.col.status], t[DEED.col.honours], getDeed(addOn, ticked).suspended]).toEqual([
      'Cần duyệt lại',
      'Thư khen',
      true,
    ]);
    expect([a[DEED.col.status], getDeed(addOn, approved).suspended]).toEqual(['Cần duyệt lại', false]);
    expect(handEdits(addOn).map((e) => e.slice(4))).toEqual([
      ['Thư khen', 'Không', 'Có'],
      ['Trạng thái', 'Mới', 'Đã duyệt'],
    ]);
    expect(thuKhenProposals(addOn)).toEqual([]);
  });

  it('a status typed back to «Đã duyệt» by hand is itself re-reviewed: the suspension stays', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    typeInto(addOn, id, 'description', NEW_TEXT);
    typeInto(addOn, id, 'status', 'Đã duyệt');
    const row = rowOf(addOn, id);
    expect([row[DEED.col.status], row[DEED.col.version]]).toEqual(['Cần duyệt lại', 6]);
    expect(getDeed(addOn, id).suspended).toBe(true);
  });
});

describe('pastes and script writes', () => {
  it('a paste over several rows re-reviews each accepted one and audits every deed’s cells, «(nhiều ô)» before', () => {
    const addOn = freshAddOn();
    const first = nominated(addOn);
    const fresh = submitAnswers(addOn, { ...GOOD, title: 'Việc mới chưa duyệt' }).id!;
    const rows = [getDeed(addOn, first).row, getDeed(addOn, fresh).row];
    expect(rows[1]).toBe(rows[0]! + 1);
    const range = `${letter('nature')}${rows[0]}:${letter('details')}${rows[1]}`;
    const paste = [
      ['Đột xuất', 'Địa điểm: Ấp Chợ'],
      ['Đột xuất', 'Địa điểm: Ấp 3'],
    ];
    expect(addOn.runtime.userEdit(DEEDS, range, paste, { user: EDITOR })[0]!.error).toBeUndefined();
    expect(rowOf(addOn, first)[DEED.col.status]).toBe('Cần duyệt lại');
    expect(rowOf(addOn, fresh)[DEED.col.status]).toBe('Mới');
    expect(rowOf(addOn, fresh)[DEED.col.details]).toBe('Địa điểm: Ấp 3');
    expect(handEdits(addOn).map((a) => a.slice(1))).toEqual([
      [EDITOR, first, 'sửa tay', 'Tính chất', '(nhiều ô)', 'Đột xuất'],
      [EDITOR, first, 'sửa tay', 'Chi tiết', '(nhiều ô)', 'Địa điểm: Ấp Chợ'],
      [EDITOR, fresh, 'sửa tay', 'Tính chất', '(nhiều ô)', 'Đột xuất'],
      [EDITOR, fresh, 'sửa tay', 'Chi tiết', '(nhiều ô)', 'Địa điểm: Ấp 3'],
    ]);
  });

  it('a paste that covers the header row handles the data rows below it', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    expect(getDeed(addOn, id).row).toBe(2);
    const range = `${letter('details')}1:${letter('details')}2`;
    expect(
      addOn.runtime.userEdit(DEEDS, range, [['Chi tiết'], ['Minh chứng: https://example.org/anh.jpg']])[0]!.error,
    ).toBe(undefined);
    expect(rowOf(addOn, id)[DEED.col.status]).toBe('Cần duyệt lại');
    expect(handEdits(addOn)).toHaveLength(1);
  });

  it('the reviewers’ own writes (setValue from the server) fire no edit trigger', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn); // accept and two marks: seven cells written by the script
    okValue(review(addOn, id, { kind: 'note', note: 'Đã xác minh' }));
    const row = rowOf(addOn, id);
    expect([row[DEED.col.status], row[DEED.col.version]]).toEqual(['Đã duyệt', 5]);
    expect(handEdits(addOn)).toEqual([]);
    expect(auditRows(addOn).map((a) => a[3])).toEqual(['duyệt', 'đánh dấu', 'đánh dấu', 'ghi chú']);
  });

  it('tells the admins in «Sự cố» when the Sheet stays busy, rather than re-reviewing without the lock', () => {
    const addOn = freshAddOn();
    const id = nominated(addOn);
    addOn.runtime.faults.holdLock('document', true);
    typeInto(addOn, id, 'description', NEW_TEXT);
    addOn.runtime.faults.holdLock('document', false);
    expect(rowOf(addOn, id)[DEED.col.status]).toBe('Đã duyệt');
    const incident = tabRows(addOn, INCIDENTS).at(-1)!;
    expect(incident.slice(1, 3)).toEqual(['Sửa tay trong Sheet', `${letter('description')}2`]);
    expect(String(incident[3])).toContain(EDITOR);
  });
});
