// Decisions that are safe (issue 14), through the built bundle: turning an accept into a rejection or back needs the
// reviewer's confirmation; a reversed rejection's reason leaves the note and stays in «Nhật ký»; the unit is told of
// a rejection and its reason unless «Cấu hình» says not to.
import type { AddOn } from '../../local/addon';
import { AUDIT_VIEW, auditRows } from '../auditView';
import { submitAnswers } from '../../local/flows';
import * as MSG_REVIEW from '../../src/shared/messages/review';
import { GOOD, freshAddOn, okValue, review } from '../helpers';
import { setSetting } from './reporting-fixtures';

const REASON = 'Trùng với báo cáo tuần trước của đơn vị';
const UNIT_ADDRESS = 'x-anphu@example.org';
const rejectionMails = (addOn: AddOn) =>
  addOn.runtime.mail.sent.filter((m) => m.subject.includes('không được ghi nhận'));

function acceptedDeed(): { addOn: AddOn; id: string } {
  const addOn = freshAddOn();
  const id = submitAnswers(addOn, GOOD).id!;
  okValue(review(addOn, id, { kind: 'accept' }));
  return { addOn, id };
}

describe('reversing a decision', () => {
  it('refuses to reject an accepted deed until the reviewer confirms, then tells the unit why', () => {
    const { addOn, id } = acceptedDeed();
    expect(review(addOn, id, { kind: 'reject', reason: REASON })).toEqual({
      ok: false,
      code: 'rule',
      error: MSG_REVIEW.confirmReverse,
    });
    expect(rejectionMails(addOn)).toEqual([]);
    const rejected = okValue(review(addOn, id, { kind: 'reject', reason: REASON, reverse: true }));
    expect(rejected.status).toBe('tu_choi');
    expect(rejected.note).toBe(`Lý do từ chối: ${REASON}`);
    expect(rejectionMails(addOn).map((m) => m.to)).toEqual([UNIT_ADDRESS, GOOD.email]);
    for (const m of rejectionMails(addOn)) expect(m.body).toContain(REASON);
  });

  it('refuses to accept a rejected deed until confirmed; the reason leaves the note and stays in «Nhật ký»', () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'note', note: 'Đã gọi điện xác minh với ấp.' }));
    okValue(review(addOn, id, { kind: 'reject', reason: REASON }));
    expect(review(addOn, id, { kind: 'accept' })).toEqual(expect.objectContaining({ ok: false, code: 'rule' }));
    const accepted = okValue(review(addOn, id, { kind: 'accept', reverse: true }));
    expect(accepted.status).toBe('da_duyet');
    expect(accepted.note).toBe('Đã gọi điện xác minh với ấp.');
    const noteRows = auditRows(addOn).filter((r) => r[AUDIT_VIEW.col.column] === 'Ghi chú người duyệt');
    expect(noteRows.at(-1)).toEqual(
      expect.arrayContaining([
        `Đã gọi điện xác minh với ấp.\nLý do từ chối: ${REASON}`,
        'Đã gọi điện xác minh với ấp.',
      ]),
    );
    // Rejected again: the note carries only the reason that stands.
    const again = okValue(review(addOn, id, { kind: 'reject', reason: 'Không đúng thời gian báo cáo', reverse: true }));
    expect(again.note).toBe('Đã gọi điện xác minh với ấp.\nLý do từ chối: Không đúng thời gian báo cáo');
  });

  it('tells the unit nothing when «Báo lý do cho đơn vị khi từ chối» is «Không»', () => {
    const addOn = freshAddOn();
    setSetting(addOn, 'Báo lý do cho đơn vị khi từ chối', 'Không');
    const id = submitAnswers(addOn, GOOD).id!;
    okValue(review(addOn, id, { kind: 'reject', reason: REASON }));
    expect(rejectionMails(addOn)).toEqual([]);
  });
});
