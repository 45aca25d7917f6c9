// The ladder's pass as its tests drive it: follow-up executions until done, the tabs as people read them, and the
// undisturbed reference (Monday's rebuild of the same sheet).
import type { AddOn } from '../../local/addon';
import { tabRows } from '../helpers';
import { WEEKLY_HANDLER, fire } from './reporting-fixtures';
import { LADDER, SUGGESTIONS } from '../../src/domain/tabs';

export const FOLLOW_UP = 'ladderFollowUp';

export const pending = (addOn: AddOn) => addOn.runtime.triggers.list().some((t) => t.handler === FOLLOW_UP);

/** The tabs as people read them, the histories in key order, the suggestions without their timestamps. */
export const tabs = (addOn: AddOn) => ({
  ladder: tabRows(addOn, LADDER.name).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  suggestions: tabRows(addOn, SUGGESTIONS.name).map((r) => r.slice(0, 12)),
});

/** Follow-up executions until the pass is done; how many it took. */
export function finish(addOn: AddOn): number {
  let executions = 0;
  while (pending(addOn)) {
    expect(fire(addOn, FOLLOW_UP).error).toBeUndefined();
    executions += 1;
  }
  return executions;
}

/**
 * The reference on the same sheet (the same ids), left alone this time: Monday's rebuild in `executions`. (That a
 * pass split over executions equals one fold of every deed is tests/domain/ladder.test.ts's.)
 */
export function undisturbed(addOn: AddOn, executions: number) {
  expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
  expect(finish(addOn)).toBe(executions);
  return tabs(addOn);
}
