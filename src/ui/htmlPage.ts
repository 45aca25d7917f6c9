// The start of every HTML page the add-on builds (report emails, the yearbook, the printable certificates).
import { escapeHtml } from '#shared/escape';

/** Up to the title, with `head` (more of <head>) before it; the caller closes </head>. */
export const pageStart = (title: string, head = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}<title>${escapeHtml(title)}</title>`;
