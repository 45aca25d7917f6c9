// Hand edits of a deed's row in the Sheet, pure: which ones send the deed back to review, and what that changes.
import { STATUSES } from '#shared/codes';
import type { DeedKey } from './tabs';
import { recognitionsOf } from './review';
import type { ReviewState } from './review';

/** The reviewers' own working marks: changed by hand, they are audited but need no new review. */
const AUDIT_ONLY: ReadonlySet<DeedKey> = new Set<DeedKey>(['note', 'flagged', 'duplicateOf']);

/** Cells that record a decision: typed by hand, they are a decision no reviewer made, whatever the deed's state. */
const DECISIONS: ReadonlySet<DeedKey> = new Set<DeedKey>(['status', 'honours', 'media']);

/** What a hand edit of these columns of a deed means: nothing, a line in the audit, or a new review. */
export type HandEdit = 'ignore' | 'audit' | 'review';

/** `state` is the row as it is after the edit (an edit outside the decision cells leaves status and nominations). */
export function handEditOf(state: ReviewState, edited: readonly DeedKey[]): HandEdit {
  if (edited.some((key) => DECISIONS.has(key))) return 'review';
  const reviewed = state.status === 'da_duyet' || state.status === 'can_duyet_lai' || recognitionsOf(state).length > 0;
  if (!reviewed) return 'ignore';
  return edited.every((key) => AUDIT_ONLY.has(key)) ? 'audit' : 'review';
}

/** The cells a new review changes: status «Cần duyệt lại», which also suspends the nominations (isSuspended). */
export function reReview(state: ReviewState): { key: DeedKey; after: string | boolean }[] {
  return state.status === 'can_duyet_lai' ? [] : [{ key: 'status', after: STATUSES.can_duyet_lai }];
}
