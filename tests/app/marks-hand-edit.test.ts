// «Khen thưởng» and «Truyền thông» edited by hand in the Sheet (the real onEdit through the bundle): each mark added or
// taken off is one «sửa tay» line under its own words, as when it had a checkbox; a part that is no mark is reported,
// never taken for one nor lost.
import { REVIEWER, submitAnswers } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import { DEED } from '../../src/domain/tabs';
import { AUDIT_VIEW, auditRows } from '../auditView';
import type { DeedKey } from '../../src/domain/tabs';
import type { DeedDetail, DeedPage } from '#contract';
import type { Recognition } from '../../src/shared/codes';
import { GOOD, freshAddOn, getDeed, okValue, review, sidebarCall, tabRows } from '../helpers';
import { INCIDENTS } from './reporting-fixtures';

const EDITOR = REVIEWER;
const notByReviewer = (label: string) =>
  `«${label}» không do người duyệt đánh dấu (sửa tay trong Sheet hoặc không có trong «Nhật ký»): đã gỡ; đánh dấu lại ở thanh bên nếu đồng ý.`;

const rowOf = (addOn: AddOn, id: string) => tabRows(addOn, DEED.name).find((r) => r[DEED.col.id] === id)!;
const a1 = (addOn: AddOn, row: number, key: DeedKey, width = 1) =>
  addOn.runtime.spreadsheet
    .getSheetByName(DEED.name)!
    .getRange(row, DEED.col[key] + 1, 1, width)
    .getA1Notation();
/** The deed's «sửa tay» lines: column, before, after. */
const handEdits = (addOn: AddOn, id: string) =>
  auditRows(addOn)
    .filter((a) => a[AUDIT_VIEW.col.deedId] === id && a[AUDIT_VIEW.col.action] === 'sửa tay')
    .map((a) => [a[AUDIT_VIEW.col.column], a[AUDIT_VIEW.col.before], a[AUDIT_VIEW.col.after]]);
const incidents = (addOn: AddOn) => tabRows(addOn, INCIDENTS).map((r) => String(r[3]));

function typeInto(addOn: AddOn, id: string, key: DeedKey, value: unknown): void {
  const fired = addOn.runtime.userEdit(DEED.name, a1(addOn, getDeed(addOn, id).row, key), value, { user: EDITOR });
  expect(fired.map((f) => f.error)).toEqual([undefined]);
}

function accept(addOn: AddOn, id: string): DeedDetail {
  const { row, version } = getDeed(addOn, id);
  const args = { id, row, version, action: { kind: 'accept' } };
  return okValue(sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', args));
}

/** A đột xuất deed accepted, with a Thư khen and the flag ceremony marked by the reviewer. */
function marked(addOn: AddOn): string {
  const id = submitAnswers(addOn, GOOD).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  okValue(review(addOn, id, { kind: 'mark', recognition: 'thu_khen', on: true }));
  okValue(review(addOn, id, { kind: 'mark', recognition: 'chuyen_duoi_co', on: true }));
  return id;
}

describe('a recognition cell typed by hand', () => {
  it('audits each mark added or taken off under its own words and sends the deed back; an accept withdraws the added', () => {
    const addOn = freshAddOn();
    const id = marked(addOn);
    typeInto(addOn, id, 'honours', 'thư khen, GƯƠNG ĐIỂN HÌNH');
    typeInto(addOn, id, 'media', 'Kỷ yếu');
    expect(handEdits(addOn, id)).toEqual([
      ['Gương điển hình', 'Không', 'Có'],
      ['Chuyện kể dưới cờ', 'Có', 'Không'],
      ['Kỷ yếu', 'Không', 'Có'],
    ]);
    expect(getDeed(addOn, id)).toEqual(
      expect.objectContaining({
        status: 'can_duyet_lai',
        suspended: true,
        recognitions: ['thu_khen', 'guong_dien_hinh', 'ky_yeu'],
      }),
    );
    const detail = accept(addOn, id);
    expect(detail.cleared).toEqual([
      { recognition: 'guong_dien_hinh', reason: notByReviewer('Gương điển hình') },
      { recognition: 'ky_yeu', reason: notByReviewer('Kỷ yếu') },
    ]);
    expect(detail.recognitions).toEqual(['thu_khen']);
    expect([rowOf(addOn, id)[DEED.col.honours], rowOf(addOn, id)[DEED.col.media]]).toEqual(['Thư khen', '']);
    expect(incidents(addOn)).toEqual([]);
  });

  it('a part that is no mark: reported, kept as typed, never read as a mark; a reviewer’s mark keeps it', () => {
    const addOn = freshAddOn();
    const id = marked(addOn);
    typeInto(addOn, id, 'honours', 'Thư khen, Bằng khen');
    typeInto(addOn, id, 'media', 'Dưới cờ; Phát thanh: tuần sau');
    expect(handEdits(addOn, id)).toEqual([
      ['Khen thưởng', 'Thư khen', 'Thư khen, Bằng khen'],
      ['Truyền thông', 'Dưới cờ', 'Dưới cờ; Phát thanh: tuần sau'],
    ]);
    const said = incidents(addOn);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain(`Việc tốt ${id}: ô «Khen thưởng» vừa sửa tay có «Bằng khen», không phải`);
    expect(said[1]).toContain('«Phát thanh: tuần sau»');
    expect(getDeed(addOn, id)).toEqual(
      expect.objectContaining({ status: 'can_duyet_lai', recognitions: ['thu_khen', 'chuyen_duoi_co'], radioWeek: '' }),
    );
    expect(accept(addOn, id).cleared).toBeUndefined();
    okValue(review(addOn, id, { kind: 'mark', recognition: 'guong_dien_hinh', on: true }));
    expect(rowOf(addOn, id)[DEED.col.honours]).toBe('Thư khen, Gương điển hình, Bằng khen');
  });

  it('a paste over both cells: each mark they hold is a «sửa tay» line, «(nhiều ô)» before', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const range = a1(addOn, getDeed(addOn, id).row, 'honours', 2);
    const fired = addOn.runtime.userEdit(DEED.name, range, [['Thư khen', 'Bản tin: 2026-11']], { user: EDITOR });
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    expect(handEdits(addOn, id)).toEqual([
      ['Thư khen', '(nhiều ô)', 'Có'],
      ['Bản tin (tháng)', '(nhiều ô)', '2026-11'],
    ]);
    expect(getDeed(addOn, id)).toEqual(
      expect.objectContaining({
        status: 'can_duyet_lai',
        recognitions: ['thu_khen', 'ban_tin'],
        bulletinMonth: '2026-11',
      }),
    );
    expect(accept(addOn, id).recognitions).toEqual([]); // neither set by a reviewer
  });
});

describe('the sidebar’s filter by recognition', () => {
  it('finds the deeds whose cell holds the mark, not those with another or a part that is no mark', () => {
    const addOn = freshAddOn();
    const id = marked(addOn); // Thư khen, Dưới cờ
    const other = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    typeInto(addOn, other, 'honours', 'Gương điển hình, thư khen x');
    typeInto(addOn, other, 'media', 'Kỷ yếu; dưới cờ nữa');
    const found = (recognition: Recognition) =>
      okValue(
        sidebarCall<DeedPage>(addOn, REVIEWER, 'listDeeds', {
          filter: { month: '2026-11', recognition },
          offset: 0,
          limit: 20,
        }),
      ).items.map((d) => d.id);
    expect(found('thu_khen')).toEqual([id]);
    expect(found('chuyen_duoi_co')).toEqual([id]);
    expect(found('guong_dien_hinh')).toEqual([other]);
    expect(found('ky_yeu')).toEqual([other]);
    expect(found('giay_khen')).toEqual([]);
  });
});
