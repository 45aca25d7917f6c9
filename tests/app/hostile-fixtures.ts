// The Sheet the hostile tests tidy and forge against: 2025 closed (for the archive), one deed of November accepted.
import type { AddOn } from '../../local/addon';
import { deliverNotices, submitAnswers } from '../../local/flows';
import { GOOD, okValue, review } from '../helpers';
import { leadershipMails, monthlyAt, putDeeds, sheetAt } from './reporting-fixtures';

/** The add-on on 20/11/2026, the accepted deed's id, and how many leadership emails went out so far. */
export function acceptedInClosedYear(): { addOn: AddOn; id: string; told: number } {
  const addOn = sheetAt('2026-01-01T05:00:00+07:00');
  putDeeds(addOn, [{ doneOn: '2025-06-03', unit: 1 }]);
  expect(monthlyAt(addOn, '2026-01-01T06:00:00+07:00').error).toBeUndefined(); // 2025 closes
  addOn.runtime.clock.set(new Date('2026-11-20T09:00:00+07:00'));
  const id = submitAnswers(addOn, GOOD).id!;
  deliverNotices(addOn); // its receipt, a minute later
  okValue(review(addOn, id, { kind: 'accept' }));
  return { addOn, id, told: leadershipMails(addOn).length };
}
