// A reviewer's corrections (issue 14), audited: a change of field replaces the categoriser's reason, confidence and
// flag; a title typed without accents is pointed out and corrected before it goes to leadership or on air.
import { AUDIT_VIEW, auditRows } from '../auditView';
import { submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import { GOOD, freshAddOn, okValue, review, tabRows } from '../helpers';

it('a manual field change replaces the automatic reason and confidence, and lifts the flag', () => {
  const addOn = freshAddOn();
  const id = submitAnswers(addOn, GOOD).id!;
  const before = tabRows(addOn, DEED.name)[0]!;
  const detail = okValue(review(addOn, id, { kind: 'set_field', field: 'an_sinh_xa_hoi' }));
  expect(detail.field).toBe('an_sinh_xa_hoi');
  expect(detail.fieldReason).toMatch(/^Người duyệt chọn lĩnh vực này/);
  expect(detail.fieldReason).toContain(String(before[DEED.col.field]));
  expect(detail.fieldReason).not.toContain(String(before[DEED.col.fieldReason]));
  expect(detail.confidence).toBe(1);
  const row = tabRows(addOn, DEED.name)[0]!;
  expect(row[DEED.col.flagged]).toBe(false);
  const audited = auditRows(addOn).map((r) => r[AUDIT_VIEW.col.column]);
  expect(audited).toEqual(expect.arrayContaining(['Lĩnh vực', 'Lý do phân loại', 'Độ tin cậy']));
});

it('points out a title typed without accents, and the reviewer corrects it', () => {
  const addOn = freshAddOn();
  const id = submitAnswers(addOn, { ...GOOD, title: 'to dan phong ap Ben Do giup dan' }).id!;
  const detail = okValue(review(addOn, id, { kind: 'note', note: '' }));
  expect(detail.unaccented).toEqual(['title']);
  expect(review(addOn, id, { kind: 'set_title', title: 'Tổ' })).toEqual(
    expect.objectContaining({ ok: false, code: 'rule' }),
  );
  const fixed = okValue(review(addOn, id, { kind: 'set_title', title: '  Tổ dân phòng ấp Bến Đò giúp dân ' }));
  expect(fixed.title).toBe('Tổ dân phòng ấp Bến Đò giúp dân');
  expect(fixed.unaccented).toEqual([]);
  expect(auditRows(addOn).at(-1)).toEqual(
    expect.arrayContaining([
      'sửa tên',
      'Tên việc tốt',
      'to dan phong ap Ben Do giup dan',
      'Tổ dân phòng ấp Bến Đò giúp dân',
    ]),
  );
});
