// Reviewers' field changes teach the categoriser, through the real bundle: each one a row of the hidden tab
// «Lĩnh vực đã sửa», the tab bounded, later submissions classified with them.
import { ADMIN, submitAnswers } from '../../local/flows';
import { MAX_CORRECTIONS } from '../../src/domain/corrections';
import { CORRECTIONS } from '../../src/domain/tabs';
import { GOOD, freshAddOn, getDeed, okValue, review, tabRows } from '../helpers';

// Words the shipped model reads as a public-order matter, that this deployment files under hòa giải.
const WATCH = {
  ...GOOD,
  title: 'Tổ dân phố canh giữ xe cho bà con đi chợ Tết',
  description: 'Tổ dân phố 4 cử người canh giữ xe, nhắc bà con khóa xe cẩn thận khi đi chợ Tết.',
};

/** Rows of the tab as if written long ago (their ids VT-OLD-0, VT-OLD-1, …). */
const oldRows = (n: number): unknown[][] =>
  Array.from({ length: n }, (_, i) => [
    new Date(2026, 0, 1),
    `VT-OLD-${i}`,
    'xa_thi_tran',
    'an_sinh_xa_hoi',
    'cũ',
    'cũ',
  ]);

describe('a reviewer’s change of field', () => {
  it('is kept, hidden, as a labelled example; the other review actions leave none', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, WATCH).id!;
    okValue(review(addOn, id, { kind: 'note', note: 'đã xem' }));
    expect(addOn.runtime.spreadsheet.getSheetByName(CORRECTIONS.name)).toBeNull();
    okValue(review(addOn, id, { kind: 'set_field', field: 'hoa_giai' }));
    const sheet = addOn.runtime.spreadsheet.getSheetByName(CORRECTIONS.name)!;
    expect(sheet.isSheetHidden()).toBe(true);
    const rows = tabRows(addOn, CORRECTIONS.name);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row[CORRECTIONS.col.deedId]).toBe(id);
    expect(row[CORRECTIONS.col.field]).toBe('hoa_giai');
    expect(row[CORRECTIONS.col.unitType]).toBe('xa_thi_tran');
    expect(row[CORRECTIONS.col.title]).toBe(WATCH.title);
    expect(row[CORRECTIONS.col.description]).toBe(WATCH.description);
  });

  it('teaches the categoriser: later deeds saying the same get the reviewers’ field', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, WATCH).id!;
    const before = getDeed(addOn, first).field;
    expect(before).not.toBe('hoa_giai');
    let id = first;
    let corrections = 0;
    while (getDeed(addOn, id).field !== 'hoa_giai' && corrections < 5) {
      okValue(review(addOn, id, { kind: 'set_field', field: 'hoa_giai' }));
      corrections++;
      id = submitAnswers(addOn, { ...WATCH, doneOn: `2026-10-0${corrections}` }).id!;
    }
    expect(getDeed(addOn, id).field).toBe('hoa_giai');
    expect(corrections).toBeLessThanOrEqual(3);
    // A fresh deployment, without the corrections, still says what the shipped model says.
    const other = freshAddOn();
    expect(getDeed(other, submitAnswers(other, WATCH).id!).field).toBe(before);
  });

  it('keeps the tab bounded: the oldest rows go when it is full', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, WATCH).id!;
    okValue(review(addOn, id, { kind: 'set_field', field: 'hoa_giai' }));
    const sheet = addOn.runtime.spreadsheet.getSheetByName(CORRECTIONS.name)!;
    const old = oldRows(MAX_CORRECTIONS);
    sheet.getRange(2, 1, old.length, CORRECTIONS.width).setValues(old);
    okValue(review(addOn, id, { kind: 'set_field', field: 'an_ninh_trat_tu' }));
    const rows = tabRows(addOn, CORRECTIONS.name);
    expect(rows).toHaveLength(MAX_CORRECTIONS);
    expect(rows[0]![CORRECTIONS.col.deedId]).toBe('VT-OLD-1');
    expect(rows[rows.length - 1]![CORRECTIONS.col.field]).toBe('an_ninh_trat_tu');
    expect(getDeed(addOn, id).field).toBe('an_ninh_trat_tu');
  });

  it('is read in one bounded read: a tab a person filled past the limit costs a submission no more cells', () => {
    const cellsOfSubmission = (rows: number): number => {
      const addOn = freshAddOn();
      okValue(review(addOn, submitAnswers(addOn, WATCH).id!, { kind: 'set_field', field: 'hoa_giai' }));
      const pasted = oldRows(rows);
      const sheet = addOn.runtime.spreadsheet.getSheetByName(CORRECTIONS.name)!;
      sheet.getRange(2, 1, rows, CORRECTIONS.width).setValues(pasted);
      addOn.runtime.meter.reset();
      submitAnswers(addOn, { ...WATCH, doneOn: '2026-10-02' });
      return addOn.runtime.meter.cellsRead;
    };
    expect(cellsOfSubmission(MAX_CORRECTIONS + 300)).toBe(cellsOfSubmission(MAX_CORRECTIONS));
  });

  it('is refused, the deed unchanged, while a column inserted by hand shifts the tab; put back, it goes through', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, WATCH).id!;
    okValue(review(addOn, id, { kind: 'set_field', field: 'hoa_giai' }));
    const sheet = addOn.runtime.spreadsheet.getSheetByName(CORRECTIONS.name)!;
    addOn.runtime.setUser(ADMIN);
    sheet.insertColumnsAfter(1, 1);
    const refused = review(addOn, id, { kind: 'set_field', field: 'an_ninh_trat_tu' });
    expect(refused.ok).toBe(false);
    expect(getDeed(addOn, id).field).toBe('hoa_giai');
    addOn.runtime.setUser(ADMIN);
    sheet.deleteColumns(2, 1);
    okValue(review(addOn, id, { kind: 'set_field', field: 'an_ninh_trat_tu' }));
    expect(getDeed(addOn, id).field).toBe('an_ninh_trat_tu');
    expect(tabRows(addOn, CORRECTIONS.name).map((r) => r[CORRECTIONS.col.field])).toEqual([
      'hoa_giai',
      'an_ninh_trat_tu',
    ]);
  });
});
