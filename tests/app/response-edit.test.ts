// A recorded deed the unit edits through its response's edit link (issue 14): the same deed, replaced in place with
// its id, every changed cell in «Nhật ký» as form_edit, back to «Cần duyệt lại» when it had been reviewed, the unit
// told once per edit; a repeated delivery of the edit changes nothing and sends nothing.
import { AUDIT_VIEW, auditRows } from '../auditView';
import { createHash } from 'node:crypto';
import type { AddOn } from '../../local/addon';
import { answersFromNamedValues } from '../../src/domain/form';
import { submissionKey } from '../../src/domain/submission';
import { editAnswers, submitAnswers } from '../../local/flows';
import { DEED, LONG_TEXT, NEEDS_FIX } from '../../src/domain/tabs';
import { GOOD, freshAddOn, getDeed, okValue, review, sentMail, tabRows } from '../helpers';

const UNIT_ADDRESS = 'x-anphu@example.org';
const deeds = (addOn: AddOn) => tabRows(addOn, DEED.name);
const editLinkOf = (addOn: AddOn) => addOn.runtime.forms[0]!.getResponses()[0]!.getEditResponseUrl();
const subjects = (addOn: AddOn) =>
  sentMail(addOn)
    .filter((m) => m.to === UNIT_ADDRESS)
    .map((m) => m.subject);

describe('a recorded deed edited through the form’s edit link', () => {
  it('replaces the deed in place, same id, with the response id kept, each change audited', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD);

    const edited = editAnswers(addOn, editLinkOf(addOn), { title: 'Giải tỏa hàng rong ở chợ An Phú' });
    expect(edited).toMatchObject({ status: 'updated', id: first.id });
    const rows = deeds(addOn);
    expect(rows).toHaveLength(1);
    expect(rows[0]![DEED.col.id]).toBe(first.id);
    expect(rows[0]![DEED.col.title]).toBe('Giải tỏa hàng rong ở chợ An Phú');
    expect(rows[0]![DEED.col.status]).toBe('Mới'); // never reviewed: nothing to review again
    expect(rows[0]![DEED.col.version]).toBe(2);
    const audit = auditRows(addOn).filter((r) => r[AUDIT_VIEW.col.action] === 'đơn vị sửa qua biểu mẫu');
    // The title, and the automatic categorisation drawn from it (its reason and confidence moved with it).
    expect(audit.map((r) => [r[AUDIT_VIEW.col.deedId], r[AUDIT_VIEW.col.column], r[AUDIT_VIEW.col.after]])).toEqual([
      [first.id, 'Tên việc tốt', 'Giải tỏa hàng rong ở chợ An Phú'],
      [first.id, 'Lý do phân loại', expect.stringContaining('Tự động phân loại')],
      [first.id, 'Độ tin cậy', expect.stringMatching(/^0\.\d+$/)],
    ]);
    expect(subjects(addOn)).toEqual([
      `[Việc tốt] Đã nhận báo cáo ${first.id!}`,
      `[Việc tốt] Đã cập nhật báo cáo ${first.id!}`,
    ]);
  });

  it('an accepted deed goes back to «Cần duyệt lại», its nominations suspended, and the unit is told', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD);
    okValue(review(addOn, first.id!, { kind: 'accept' }));
    okValue(review(addOn, first.id!, { kind: 'mark', recognition: 'thu_khen', on: true }));

    const edited = editAnswers(addOn, editLinkOf(addOn), { doneOn: '2026-11-21' });
    expect(edited.status).toBe('updated');
    const detail = getDeed(addOn, first.id!);
    expect(detail.status).toBe('can_duyet_lai');
    expect(detail.suspended).toBe(true);
    expect(detail.doneOn).toBe('2026-11-21');
    const audit = auditRows(addOn).filter((r) => r[AUDIT_VIEW.col.action] === 'đơn vị sửa qua biểu mẫu');
    expect(audit.map((r) => [r[AUDIT_VIEW.col.column], r[AUDIT_VIEW.col.after]])).toEqual([
      ['Ngày thực hiện', '21/11/2026'],
      ['Trạng thái', 'Cần duyệt lại'],
    ]);
    const notice = sentMail(addOn)
      .filter((m) => m.to === UNIT_ADDRESS)
      .at(-1)!;
    expect(notice.subject).toBe(`[Việc tốt] Đã cập nhật báo cáo ${first.id!}`);
    expect(notice.body).toContain('duyệt lại');
    expect(notice.body).toContain('ngày thực hiện: 21/11/2026');
  });

  it('a reviewer’s field stays when the text it was drawn from did not change', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD);
    okValue(review(addOn, first.id!, { kind: 'set_field', field: 'khac' }));
    editAnswers(addOn, editLinkOf(addOn), { phone: '0987654321' });
    expect(getDeed(addOn, first.id!).field).toBe('khac');
    expect(deeds(addOn)[0]![DEED.col.details]).toBe('Đề nghị: Thư khen\nĐiện thoại: 0987654321');
  });

  it('a repeated delivery of the edit changes nothing and sends nothing more', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, GOOD);
    editAnswers(addOn, editLinkOf(addOn), { title: 'Giải tỏa hàng rong ở chợ An Phú' });
    const form = addOn.runtime.forms[0]!;
    const mails = sentMail(addOn).length;
    const trigger = addOn.runtime.triggers.matching('ON_FORM_SUBMIT', form.getId())[0]!;
    const fired = addOn.runtime.triggers.fire(trigger, {
      response: form.getResponses()[0],
      source: form,
      triggerUid: trigger.uid,
    });
    expect(fired.result).toMatchObject({ status: 'duplicate' });
    expect(deeds(addOn)).toHaveLength(1);
    expect(deeds(addOn)[0]![DEED.col.version]).toBe(2);
    expect(sentMail(addOn)).toHaveLength(mails);
  });

  it('an edit that is wrong leaves the deed as it was and tells the unit what to fix', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD);
    const wrong = editAnswers(addOn, editLinkOf(addOn), { doneOn: '2030-01-01' });
    expect(wrong).toMatchObject({ status: 'needs_fix', id: first.id });
    expect(deeds(addOn)).toHaveLength(1);
    expect(deeds(addOn)[0]![DEED.col.version]).toBe(1);
    expect(subjects(addOn).at(-1)).toBe(`[Việc tốt] Báo cáo ${first.id!} bị trả lại: cần sửa`);
    const fixed = editAnswers(addOn, editLinkOf(addOn), { doneOn: '2026-11-19' });
    expect(fixed).toMatchObject({ status: 'updated', id: first.id });
    expect(tabRows(addOn, NEEDS_FIX.name).map((r) => r[NEEDS_FIX.col.status])).toEqual([
      `Đã sửa: ghi nhận ${first.id!}`,
    ]);
  });

  it('the long text of an edited deed replaces its parts in «Văn bản dài», never adds to them', () => {
    const addOn = freshAddOn();
    const long = (n: number) => `${GOOD.description} ${'Bà con ấp Chợ cùng dọn vỉa hè. '.repeat(n)}`.trim();
    const first = submitAnswers(addOn, { ...GOOD, description: long(2000) });
    const parts = () => tabRows(addOn, LONG_TEXT.name).map((p) => [p[0], p[1], p[2]]);
    expect(parts()).toEqual([
      [first.id, 'Nội dung', 1],
      [first.id, 'Nội dung', 2],
    ]);
    editAnswers(addOn, editLinkOf(addOn), { description: long(2100) });
    expect(parts()).toEqual([
      [first.id, 'Nội dung', 1],
      [first.id, 'Nội dung', 2],
    ]);
    expect(
      tabRows(addOn, LONG_TEXT.name)
        .map((p) => p[3])
        .join(''),
    ).toBe(long(2100));
    editAnswers(addOn, editLinkOf(addOn), { description: GOOD.description });
    expect(parts()).toEqual([]);
  });

  it('a deed recorded before ids followed the response is still recognised when delivered again', () => {
    const addOn = freshAddOn();
    submitAnswers(addOn, GOOD);
    const form = addOn.runtime.forms[0]!;
    const response = form.getResponses()[0]!;
    // An older version's id: the digest of the delivery (its timestamp and answers), not of the response id.
    const named: Record<string, string[]> = {};
    for (const item of response.getItemResponses()) named[item.getItem().getTitle()] = [String(item.getResponse())];
    const { answers, extra } = answersFromNamedValues(named);
    const stamp = new Date(response.getTimestamp().getTime() + 7 * 3600_000).toISOString().slice(0, 19);
    const key = submissionKey(stamp, answers, extra);
    const legacy = `VT-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
    addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getRange(2, 1).setValue(legacy);

    const trigger = addOn.runtime.triggers.matching('ON_FORM_SUBMIT', form.getId())[0]!;
    const fired = addOn.runtime.triggers.fire(trigger, { response, source: form, triggerUid: trigger.uid });
    expect(fired.result).toMatchObject({ status: 'duplicate' });
    expect(deeds(addOn).map((r) => r[DEED.col.id])).toEqual([legacy]);
  });
});
