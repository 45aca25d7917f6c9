// Sheets cells hold at most 50,000 characters: cut long text with a marker, and keep the whole of it in parts.
import * as MSG from '#shared/messages/general';

/** Below Sheets' 50,000-character cell limit, leaving room for the apostrophe and the marker. */
export const CELL_TEXT_LIMIT = 49_000;

export interface FittedText {
  cell: string;
  /** The full text in parts that each fit a cell; empty when the text fits as it is. */
  parts: string[];
}

export function fitCell(text: string, limit = CELL_TEXT_LIMIT): FittedText {
  if (text.length <= limit) return { cell: text, parts: [] };
  const marker = MSG.truncated(text.length);
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += limit) parts.push(text.slice(i, i + limit));
  return { cell: text.slice(0, limit - marker.length) + marker, parts };
}
