// What went wrong, as text: an Error's message (Apps Script's exceptions included), or anything else stringified.
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
