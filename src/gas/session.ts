// Who is running this execution, trimmed and lower-cased: the active user ('' when Apps Script does not tell, e.g.
// a consumer account acting in a Sheet it does not own) and the effective user (whose authority the script runs
// with: the trigger's owner inside a trigger).
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}
