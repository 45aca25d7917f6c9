// The optional first stage of review (issue 15; «Cơ sở duyệt trước khi Ban duyệt», off by default): a base
// committee's own reviewers, named in the protected «Cấu hình» (trusted as the reviewers are: app/roleTrust.ts), see
// and vet only their units' deeds — passing them on as «Cơ sở đã duyệt», asking for more, or rejecting — and the
// department accepts a deed of such a unit only once its base committee has passed it. Checked on the server.
import { STATUSES } from '#shared/codes';
import type { ReviewAction } from '#contract';
import * as MSG_BASE from '#shared/messages/base';
import { decide, passAtBase } from '../domain/review';
import { DEED } from '../domain/tabs';
import { baseCommittees } from '../domain/unitGroups';
import type { Config } from './config';
import type { ReviewStage } from './review';
import { Refusal, isReviewer } from './server';

/** What a base committee's reviewer may do: pass on (their «Duyệt»), ask the unit for more, reject. */
const BASE_ACTIONS: readonly ReviewAction['kind'][] = ['accept', 'request_info', 'reject'];

const unitOf = (values: readonly unknown[]) => String(values[DEED.col.unitCode] ?? '');

/** The base committee of each unit that has reviewers of its own, with them; empty when the stage is off. */
function reviewersByUnit(config: Config): Map<string, readonly string[]> {
  const s = config.settings;
  const out = new Map<string, readonly string[]>();
  if (!s?.baseReview) return out;
  for (const [unit, base] of baseCommittees(config.units)) {
    const reviewers = s.baseReviewers[base] ?? [];
    if (reviewers.length > 0) out.set(unit, reviewers);
  }
  return out;
}

/**
 * The codes of the units whose deeds this user vets at the first stage, or undefined: the stage off, a department
 * reviewer (who sees everything), or no base committee's reviewer.
 */
export function baseScope(config: Config, user: string): ReadonlySet<string> | undefined {
  if (user === '' || isReviewer(config, user)) return undefined;
  const units = [...reviewersByUnit(config)].filter(([, r]) => r.includes(user)).map(([unit]) => unit);
  return units.length > 0 ? new Set(units) : undefined;
}

/** Refuses a deed of a unit outside the scope (no scope: no limit). */
export function onlyOwnUnits(scope: ReadonlySet<string> | undefined): (values: readonly unknown[]) => void {
  return (values) => {
    if (scope && !scope.has(unitOf(values))) throw new Refusal('forbidden', MSG_BASE.notYours);
  };
}

/** A base reviewer's action: on their own units' deeds only, a «Duyệt» passing the deed on to the department. */
export function baseStage(scope: ReadonlySet<string>, action: ReviewAction): ReviewStage {
  if (!BASE_ACTIONS.includes(action.kind)) throw new Refusal('forbidden', MSG_BASE.onlyVet);
  return { check: onlyOwnUnits(scope), decide: action.kind === 'accept' ? passAtBase : decide };
}

/** The department's action: a new deed of a unit with base reviewers is accepted only after they have passed it. */
export function departmentStage(config: Config, action: ReviewAction): ReviewStage {
  const waiting = reviewersByUnit(config);
  return {
    check: (values) => {
      if (action.kind === 'accept' && values[DEED.col.status] === STATUSES.moi && waiting.has(unitOf(values)))
        throw new Refusal('rule', MSG_BASE.waitForBase);
    },
  };
}
