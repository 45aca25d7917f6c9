// Rows for «Nhật ký» and «Sự cố» written as someone their protection does not list (an editor's hand edit, a refused
// call): kept in a document property and moved into the tab by the next hourly sweep, which runs as the installer.
import type { CellValue } from '../domain/deed';
import { AUDIT, INCIDENTS } from '../domain/tabs';
import * as MSG_TRUST from '#shared/messages/trust';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { appendRows, ensureTab } from '../gas/sheets';
import { errorText } from '#shared/errorText';

const KEY = 'deferredRows';
/** Below the 9 KB a property value may hold (developers.google.com/apps-script/guides/services/quotas). */
const MAX_CHARS = 8_000;
type Target = 'audit' | 'incident';
const TABS = { audit: AUDIT, incident: INCIDENTS } as const;

interface Queue {
  rows: { to: Target; cells: (CellValue | { date: number })[] }[];
  lost: number;
}

function read(): Queue {
  try {
    const q = JSON.parse(getDocumentProperty(KEY) ?? '') as Queue;
    if (Array.isArray(q.rows) && typeof q.lost === 'number') return q;
  } catch {
    // none yet, or unreadable: start afresh
  }
  return { rows: [], lost: 0 };
}

/** Appends the rows, or keeps them for the sweep when this user may not write the tab (or it fails): never throws. */
export function appendOrDefer(
  to: Target,
  rows: readonly (readonly CellValue[])[],
  sheet?: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  if (rows.length === 0) return;
  try {
    appendRows(sheet ?? ensureTab(TABS[to]), rows);
    return;
  } catch (err) {
    console.warn(`Could not write to ${TABS[to].name} as this user, deferring: ${errorText(err)}`);
  }
  try {
    const q = read();
    for (const r of rows) {
      const cells = r.map((c) => (c instanceof Date ? { date: c.getTime() } : c));
      if (JSON.stringify(q).length + JSON.stringify(cells).length > MAX_CHARS) q.lost += 1;
      else q.rows.push({ to, cells });
    }
    setDocumentProperty(KEY, JSON.stringify(q));
  } catch (err) {
    console.error(`Could not defer ${rows.length} row(s) for ${TABS[to].name}: ${errorText(err)}`);
  }
}

/** The sweep's part: writes what waits into its tabs (one read of the property when nothing does). */
export function drainDeferred(): void {
  const q = read();
  if (q.rows.length === 0 && q.lost === 0) return;
  setDocumentProperty(KEY, JSON.stringify({ rows: [], lost: 0 }));
  const revive = (c: CellValue | { date: number }) =>
    c !== null && typeof c === 'object' && 'date' in c ? new Date(c.date) : (c as CellValue);
  for (const to of ['audit', 'incident'] as const) {
    const rows = q.rows.filter((r) => r.to === to).map((r) => r.cells.map(revive));
    if (to === 'incident' && q.lost > 0)
      rows.push([new Date(), MSG_TRUST.deferredJob, '', MSG_TRUST.deferredLost(q.lost), MSG_TRUST.deferredLostTodo]);
    if (rows.length > 0) appendRows(ensureTab(TABS[to]), rows);
  }
}
