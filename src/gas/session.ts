// Who is running this execution, trimmed and lower-cased: the active user ('' when Apps Script does not tell, e.g.
// a consumer account acting in a Sheet it does not own) and the effective user (whose authority the script runs
// with: the trigger's owner inside a trigger).
import { emailKey } from '../domain/email';
export function activeUserEmail(): string {
  return emailKey(Session.getActiveUser().getEmail());
}

export function effectiveUserEmail(): string {
  return emailKey(Session.getEffectiveUser().getEmail());
}
