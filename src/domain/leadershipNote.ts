// The reviewer's note is internal: it leaves the Sheet in an email only when it opens with LEADERSHIP_PREFIX.
export const LEADERSHIP_PREFIX = '[LĐ]';

/** What of a reviewer's note an email may carry: the text after the prefix, or nothing. */
export function leadershipNote(note: string): string {
  const text = note.trim();
  return text.startsWith(LEADERSHIP_PREFIX) ? text.slice(LEADERSHIP_PREFIX.length).trim() : '';
}
