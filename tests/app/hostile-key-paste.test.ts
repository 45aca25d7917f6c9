// A reviewer's paste over the key column of «Việc tốt» (issue 13), through the bundle: each deed's key is put back
// from the duplicate index (the add-on's admin-only copy of every deed of the last 60 days), audited; a key it cannot
// find again (an older deed) is reported, never left silently.
import { openAuditRow } from '../auditView';
import { REVIEWER, submitAnswers } from '../../local/flows';
import { AUDIT, DEED, INCIDENTS } from '../../src/domain/tabs';
import * as MSG_TRUST from '../../src/shared/messages/trust';
import { AUDIT_ACTIONS } from '../../src/shared/codes';
import { GOOD, freshAddOn, getDeed, okValue, review, rowsWithDeferred, tabRows } from '../helpers';
import { putDeeds } from './reporting-fixtures';

const keys = (addOn: ReturnType<typeof freshAddOn>) => tabRows(addOn, DEED.name).map((r) => r[DEED.col.id]);

describe('a paste over the key column of «Việc tốt»', () => {
  it('is reverted from the duplicate index, each restored key audited; the deeds stay reviewable', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD).id!;
    const second = submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi' }).id!;
    const fired = addOn.runtime.userEdit(DEED.name, 'A2:A3', [['x'], ['VT-000000000abc']], { user: REVIEWER });
    expect(fired[0]?.error).toBeUndefined();
    expect(keys(addOn)).toEqual([first, second]);
    const audited = rowsWithDeferred(addOn, AUDIT.name, 'audit')
      .map(openAuditRow)
      .filter((r) => r[3] === AUDIT_ACTIONS.hand_edit);
    expect(audited.map((r) => [r[2], r[4], r[6]])).toEqual([
      [first, DEED.headers[DEED.col.id], 'x'],
      [second, DEED.headers[DEED.col.id], 'VT-000000000abc'],
    ]);
    expect(okValue(review(addOn, first, { kind: 'accept' })).status).toBe('da_duyet');
    expect(getDeed(addOn, second).status).toBe('moi');
  });

  it('over a deed the index no longer holds: an incident names the row and how to undo', () => {
    const addOn = freshAddOn();
    putDeeds(addOn, [{ doneOn: '2026-06-03' }]); // recorded before the index's 60 days
    addOn.runtime.userEdit(DEED.name, 'A2:B2', [['x', new Date('2026-06-03T20:00:00+07:00')]], { user: REVIEWER });
    const incident = tabRows(addOn, INCIDENTS.name).find((r) => String(r[3]) === MSG_TRUST.keyLost('2'));
    expect(incident?.[4]).toBe(MSG_TRUST.keyLostTodo);
  });
});
