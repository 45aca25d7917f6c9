// An edit whose form-submit trigger was lost (issue 14): the hourly sweep sees the response's later timestamp and
// records the edit — replacing the deed, or recording the refused report the unit fixed — and leaves alone every
// response whose trigger did its work.
import type { AddOn } from '../../local/addon';
import { editAnswers, runTrigger, submitAnswers } from '../../local/flows';
import { DEED, NEEDS_FIX } from '../../src/domain/tabs';
import { GOOD, freshAddOn, tabRows } from '../helpers';

const deeds = (addOn: AddOn) => tabRows(addOn, DEED.name);
const editLink = (addOn: AddOn, i: number) => addOn.runtime.forms[0]!.getResponses()[i]!.getEditResponseUrl();

/** The unit's edit, its trigger cut off at the time limit before it wrote anything. */
function lostEdit(addOn: AddOn, i: number, answers: Record<string, string>): void {
  addOn.runtime.faults.executionDeadline(100);
  expect(editAnswers(addOn, editLink(addOn, i), answers).reasons.join()).toContain('Exceeded maximum execution time');
  addOn.runtime.faults.executionDeadline(null);
}

/** The hourly sweep, once the responses have settled: how many it recorded. */
function sweep(addOn: AddOn): unknown {
  addOn.runtime.clock.advance(30 * 60_000);
  return runTrigger(addOn, 'sweepResponses');
}

describe('the hourly sweep and edits whose trigger was lost', () => {
  it('replaces the deed with the edit, and only that: the other responses were recorded by their trigger', () => {
    const addOn = freshAddOn();
    const first = submitAnswers(addOn, GOOD);
    lostEdit(addOn, 0, { title: 'Giải tỏa hàng rong ở chợ An Phú' });
    submitAnswers(addOn, { ...GOOD, title: 'Trả lại ví cho người đánh rơi', performerName: 'Lê Thị Hoa' });
    expect(deeds(addOn)[0]![DEED.col.title]).toBe(GOOD.title);

    expect(sweep(addOn)).toBe(1);
    expect(deeds(addOn).map((r) => [r[DEED.col.id], r[DEED.col.title], r[DEED.col.version]])).toEqual([
      [first.id, 'Giải tỏa hàng rong ở chợ An Phú', 2],
      [expect.any(String), 'Trả lại ví cho người đánh rơi', 1],
    ]);
    expect(sweep(addOn)).toBe(0);
  });

  it('records a refused report the unit fixed, and closes its row', () => {
    const addOn = freshAddOn();
    const refused = submitAnswers(addOn, { ...GOOD, doneOn: '2030-01-01' });
    expect(refused.status).toBe('needs_fix');
    lostEdit(addOn, 0, { doneOn: '2026-11-19' });
    expect(deeds(addOn)).toEqual([]);

    expect(sweep(addOn)).toBe(1);
    expect(deeds(addOn).map((r) => r[DEED.col.id])).toEqual([refused.id]);
    expect(tabRows(addOn, NEEDS_FIX.name).map((r) => r[NEEDS_FIX.col.status])).toEqual([
      `Đã sửa: ghi nhận ${refused.id!}`,
    ]);
  });
});
