// Granular consent: a user may grant only some of the add-on's scopes. Every entry point asks first and, when a
// scope is missing, does nothing and says what to do — a menu item in an alert, a trigger in an incident, a
// sidebar call in its Result — instead of failing half way (developers.google.com/apps-script/concepts/scopes).
import type { Result } from '#contract';
import * as MSG_ACCESS from '#shared/messages/access';
import { reportIncident } from './incidents';
import { missingConsentUrl } from '../gas/authorization';
import { alert } from '../gas/ui';
import { activeUserEmail } from '../gas/session';
import { isTriggerOf } from '../gas/triggers';
import type { Handler } from '#shared/entryPoints';
import { errorText } from '#shared/errorText';

/** `work` when every scope is granted, else `refuse(url)`: the one check every entry point makes. */
function withConsent<A extends unknown[], R, S>(
  refuse: (url: string) => S,
  work: (...args: A) => R,
): (...args: A) => R | S {
  return (...args) => {
    const url = missingConsentUrl();
    return url === null ? work(...args) : refuse(url);
  };
}

/** A menu item: an alert with the authorization URL (logged if even the alert is not granted). */
export const menuItem = <A extends unknown[]>(work: (...args: A) => void) =>
  withConsent((url) => {
    try {
      alert(MSG_ACCESS.consentTitle, MSG_ACCESS.consentMenu(url));
    } catch (err) {
      console.error(`Consent missing (${url}); the alert failed too: ${errorText(err)}`);
    }
  }, work);

/**
 * A trigger: a row in «Sự cố», then a clean stop. No email: sending may be the very scope that is missing, and
 * the hourly sweep records any response this run left behind once consent is given.
 * Then the caller: any editor can call a top-level function from a page (google.script.run) or the editor's Run
 * button, so the work runs only when the event (the first argument) carries the triggerUid of one of the current
 * user's triggers for this handler — time-driven and form-submit events carry it
 * (developers.google.com/apps-script/guides/triggers/events). Anything else is refused with a «Sự cố» row naming
 * the caller; no email, so refused calls cannot spend the mail quota.
 */
export const triggerHandler = <A extends unknown[], R>(handler: Handler, work: (...args: A) => R) =>
  withConsent(
    (url): undefined => {
      reportIncident(
        MSG_ACCESS.consentJob,
        handler,
        MSG_ACCESS.consentProblem(handler),
        MSG_ACCESS.consentTodo(url),
        [],
      );
      return undefined;
    },
    (...args: A): R | Result<never> => {
      const event = args[0] as { triggerUid?: unknown } | null | undefined;
      if (isTriggerOf(handler, event?.triggerUid)) return work(...args);
      const problem = MSG_ACCESS.callerProblem(handler, activeUserEmail());
      reportIncident(MSG_ACCESS.callerJob, handler, problem, MSG_ACCESS.callerTodo, []);
      return { ok: false, code: 'forbidden', error: MSG_ACCESS.callerRefused };
    },
  );

/** A sidebar call: the contract's refusal, in Vietnamese. */
export const sidebarCall = <A extends unknown[], T>(work: (...args: A) => Result<T>) =>
  withConsent((url): Result<T> => ({ ok: false, code: 'forbidden', error: MSG_ACCESS.consentSidebar(url) }), work);
