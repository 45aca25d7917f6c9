// «Nhật ký»'s «Hành động» as people read it (issue 14): every action a reviewer, a person typing in the Sheet or a
// unit editing its response leaves is a Vietnamese label, never a code, and the sidebar's hint names them the same.
import { AUDIT_VIEW, auditRows } from '../auditView';
import { editAnswers, submitAnswers } from '../../local/flows';
import { DEED } from '../../src/domain/tabs';
import { AUDIT_ACTIONS } from '../../src/shared/codes';
import { MSG_SIDEBAR } from '../../src/shared/clientMessages';
import { GOOD, freshAddOn, getDeed, okValue, review } from '../helpers';
import { REVIEWER } from '../../local/flows';

const CODE = /^[a-z]+(_[a-z]+)*$/;

describe('«Nhật ký»’s actions', () => {
  it('are labels through a whole journey: review, hand edit, the unit’s edit', () => {
    const addOn = freshAddOn();
    const { id } = submitAnswers(addOn, GOOD);
    okValue(review(addOn, id!, { kind: 'set_field', field: 'khac' }));
    okValue(review(addOn, id!, { kind: 'note', note: 'Đã gọi điện xác minh' }));
    okValue(review(addOn, id!, { kind: 'accept' }));
    okValue(review(addOn, id!, { kind: 'mark', recognition: 'thu_khen', on: true }));
    const a1 = `${String.fromCharCode(65 + DEED.col.details)}${getDeed(addOn, id!).row}`;
    addOn.runtime.userEdit(DEED.name, a1, 'Địa điểm: Chợ An Phú', { user: REVIEWER });
    editAnswers(addOn, addOn.runtime.forms[0]!.getResponses()[0]!.getEditResponseUrl(), { phone: '0987654321' });
    okValue(review(addOn, id!, { kind: 'reject', reason: 'Thiếu minh chứng' }));

    const actions = [...new Set(auditRows(addOn).map((r) => String(r[AUDIT_VIEW.col.action])))];
    const order = ['set_field', 'note', 'accept', 'mark', 'hand_edit', 'form_edit', 'reject'] as const;
    expect(actions).toEqual(order.map((a) => AUDIT_ACTIONS[a]));
    expect(actions.filter((a) => CODE.test(a))).toEqual([]);
  });

  it('the sidebar’s hint after an edit names them as «Nhật ký» shows them, without a code', () => {
    expect(MSG_SIDEBAR.handEdit.howTo).toContain(`«${AUDIT_ACTIONS.hand_edit}»`);
    expect(MSG_SIDEBAR.handEdit.howTo).toContain(`«${AUDIT_ACTIONS.form_edit}»`);
    expect(MSG_SIDEBAR.handEdit.howTo.split(/[^a-z_]+/).filter((w) => w.includes('_'))).toEqual([]);
  });
});
