// Retention: raw answers in «Báo cáo bị trả lại», message bodies in «Hộp thư đi» and before/after values in «Nhật ký» are
// cleared once older than the days «Cấu hình» sets (the rows stay, so counts and who-did-what remain), with one
// «Nhật ký» line per tab saying how many rows. Runs with the daily outbox trigger, as the installer.
import type { CellValue } from '../domain/deed';
import { AUDIT, NEEDS_FIX, OUTBOX } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';
import { MSG_OUTBOX, MSG_RETENTION } from '#shared/messages';
import { loadConfig } from './config';
import { appendRows, tab } from '../gas/sheets';
import { effectiveUserEmail } from '../gas/session';
import { withDocumentLock } from '../gas/lock';

const DAY_MS = 24 * 3600_000;
/** Outbox rows whose body may go: nothing will read it again (a waiting or uncertain row keeps its body). */
const FINISHED = new Set<string>(
  (['sent', 'duplicate', 'held', 'failed', 'refused'] as const).map((s) => MSG_OUTBOX.status[s]),
);

interface Rule {
  schema: TabSchema;
  /** 0-based column of the row's date. */
  dated: number;
  /** 0-based first column cleared and how many (to the last column of the tab when undefined). */
  from: number;
  count?: number;
  days: number;
  what: keyof typeof MSG_RETENTION.what;
  /** Whether a row may be cleared besides its age (the outbox: only finished messages). */
  may?: (row: readonly unknown[]) => boolean;
}

/** Rows (1-based) in runs of adjacent ones: [first, how many]. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === n) last[1] += 1;
    else out.push([n, 1]);
  }
  return out;
}

/** Clears one tab's expired cells (one read of the columns it needs, one clear per run of rows); rows cleared. */
function clearTab(rule: Rule, now: number): number {
  const sheet = tab(rule.schema.name);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return 0;
  const checked = rule.count ?? 1; // the cells that tell whether anything is left to clear
  const width = Math.max(rule.dated, rule.from + checked - 1, OUTBOX.col.status) + 1;
  const values = sheet.getRange(2, 1, last - 1, width).getValues();
  const cutoff = now - rule.days * DAY_MS;
  const expired = values.flatMap((row, i) => {
    const at = row[rule.dated];
    const old = at instanceof Date && at.getTime() < cutoff;
    const filled = row.slice(rule.from, rule.from + checked).some((v) => v !== '');
    return old && filled && (rule.may?.(row) ?? true) ? [i + 2] : [];
  });
  const count = rule.count ?? sheet.getLastColumn() - rule.from;
  if (count <= 0) return 0;
  for (const [first, n] of runs(expired)) sheet.getRange(first, rule.from + 1, n, count).clearContent();
  return expired.length;
}

/** The daily run's part: clears what is past its days and records one «Nhật ký» line per tab that had any. */
export function clearExpired(): void {
  const settings = loadConfig().settings;
  if (!settings) return; // settings with errors: nothing is cleared on a guess
  const rules: Rule[] = [
    {
      schema: NEEDS_FIX,
      dated: NEEDS_FIX.col.receivedAt,
      from: NEEDS_FIX.col.answers,
      count: 1,
      days: settings.keepRawDays,
      what: 'raw',
    },
    {
      schema: OUTBOX,
      dated: OUTBOX.col.queuedAt,
      from: OUTBOX.col.body,
      days: settings.keepMailDays,
      what: 'mail',
      may: (row) => FINISHED.has(String(row[OUTBOX.col.status])),
    },
    {
      schema: AUDIT,
      dated: AUDIT.col.at,
      from: AUDIT.col.before,
      count: 2,
      days: settings.keepAuditDays,
      what: 'audit',
    },
  ];
  withDocumentLock(() => {
    const now = Date.now();
    const lines: CellValue[][] = [];
    for (const rule of rules) {
      const n = clearTab(rule, now);
      if (n > 0)
        lines.push([
          new Date(now),
          effectiveUserEmail() || MSG_RETENTION.system,
          '',
          MSG_RETENTION.action,
          rule.schema.name,
          '',
          MSG_RETENTION.cleared(n, MSG_RETENTION.what[rule.what], rule.days),
        ]);
    }
    const audit = tab(AUDIT.name);
    if (audit && lines.length > 0) appendRows(audit, lines);
  });
}
