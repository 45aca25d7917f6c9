// Who is running this execution: the active user's address, trimmed and lower-cased ('' when Apps Script
// does not tell, e.g. a consumer account acting in a Sheet it does not own).
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}
