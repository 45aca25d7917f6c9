// Retention: raw answers in «Báo cáo bị trả lại», message bodies in «Hộp thư đi» and before/after values in «Nhật ký» are
// cleared once older than the days «Cấu hình» sets (the rows stay, so counts and who-did-what remain) — except a unit's
// notices, whose finished rows go whole after NOTICE_DAYS (two a deed would fill the Sheet) — with one «Nhật ký» line each saying how many rows.
// Runs with the daily outbox trigger, as the installer.
import type { CellValue } from '../domain/deed';
import { AUDIT, NEEDS_FIX, OUTBOX } from '../domain/tabs';
import type { TabSchema } from '../domain/tabs';
import * as MSG_OUTBOX from '#shared/messages/outbox';
import * as MSG_RETENTION from '#shared/messages/retention';
import { loadConfig } from './config';
import { appendRows, tab } from '../gas/sheets';
import { columnRuns } from '../domain/columnRuns';
import { NOTICE_DAYS } from '../domain/settings';
import { auditRow, withoutValues } from '../domain/auditLine';
import { effectiveUserEmail } from '../gas/session';
import { withDocumentLock } from '../gas/lock';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';

const DAY_MS = 24 * 3600_000;
/** Outbox rows whose body may go: nothing will read it again (a waiting or uncertain row keeps its body). */
const FINISHED = new Set<string>(
  (['sent', 'duplicate', 'held', 'failed', 'refused'] as const).map((s) => MSG_OUTBOX.status[s]),
);
/**
 * A unit's notices: two a deed (the unit's address and the one typed), 2 × 9 cells — at 250,000 deeds a year 4.5 M
 * cells a year of the 10,000,000 (issue 12). Past NOTICE_DAYS nothing needs them: nothing queues that key again (a
 * response is delivered again within minutes, the sweep looks back a week), and the deed and «Nhật ký» keep the facts.
 */
const NOTICES = new Set<string>(
  (['receipt', 'needs_fix', 'request_info', 'rejected'] as const).map((k) => MSG_OUTBOX.kind[k]),
);
/** Runs of rows one run deletes, one deleteRows each; the rest on the next days. */
const MAX_DELETES = 300;

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
  /** The one cell at `from` without what expires, rewritten rather than cleared («Nhật ký»: its line without the
   * values; each row once, as the cursor moves past it). */
  rewrite?: (cell: unknown) => string;
  /** Whether an expired row goes whole rather than cleared (the outbox: a unit's notices), and after how many days. */
  drop?: (row: readonly unknown[]) => boolean;
  dropDays?: number;
}

/**
 * The first row in [lo, hi] for which `young` holds, `hi + 1` when none, by bisection: one cell read a step. The
 * tabs are written in time order, so their dates rise; after a sort by hand the answer may be off, which only leaves
 * some cells for a later run (every row is checked before it is cleared).
 */
function firstYoung(lo: number, hi: number, young: (row: number) => boolean): number {
  let [a, b] = [lo, hi + 1];
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (young(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/** Rows checked in one run: far more than a day brings at city scale, so a backlog is caught up in a few days. */
const MAX_ROWS = 20_000;
/**
 * Where a tab's next run starts: the rows above were handled. These tabs are only appended to (the archive deletes
 * from «Việc tốt» only); rows deleted by hand above the cursor may leave a few cells for good — noted in security.md.
 */
const CURSOR = (name: string) => `retention:${name}`;

/**
 * Clears one tab's expired cells without reading the tab whole: from where the last run stopped to the last row old
 * enough (found by bisection), at most MAX_ROWS rows, reading only the columns needed; one clear per run of rows, then
 * the rows to drop deleted (bottom up, their first column read again right before: a sort by hand meanwhile and none
 * is deleted this run). Rows cleared and rows deleted.
 */
function clearTab(rule: Rule, now: number): [number, number] {
  const sheet = tab(rule.schema.name);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return [0, 0];
  const saved = Number(getDocumentProperty(CURSOR(rule.schema.name)));
  const from = saved >= 2 && saved <= last + 1 ? saved : 2;
  // The bisection finds the rows past the shorter days; a row that keeps its longer days keeps the cursor at it.
  const cutoff = now - Math.min(rule.days, rule.dropDays ?? rule.days) * DAY_MS;
  const cutoffOf = (row: readonly unknown[]) =>
    now - (rule.drop?.(row) ? (rule.dropDays ?? rule.days) : rule.days) * DAY_MS;
  const young = (row: number) => {
    const at = sheet.getRange(row, rule.dated + 1).getValue();
    return !(at instanceof Date) || at.getTime() >= cutoff;
  };
  let end = Math.min(firstYoung(from, last, young) - 1, from + MAX_ROWS - 1);
  if (end < from) return [0, 0];
  const checked = rule.count ?? 1; // the cells that tell whether anything is left to clear
  const width = Math.max(rule.dated, rule.from + checked - 1, rule.may ? OUTBOX.col.status : 0) + 1;
  const values = sheet.getRange(from, 1, end - from + 1, width).getValues();
  const dated = (row: readonly unknown[]) => row[rule.dated] instanceof Date && (rule.may?.(row) ?? true);
  const old = (row: readonly unknown[]) => dated(row) && (row[rule.dated] as Date).getTime() < cutoffOf(row);
  let runs = columnRuns(values.flatMap((row, i) => (old(row) && rule.drop?.(row) ? [from + i] : [])));
  if (runs.length > MAX_DELETES) [end, runs] = [runs[MAX_DELETES - 1]![1], runs.slice(0, MAX_DELETES)];
  const dropped = new Set(runs.flatMap(([a, z]) => Array.from({ length: z - a + 1 }, (_, i) => a + i)));
  const expired = values.flatMap((row, i) => {
    const filled = row.slice(rule.from, rule.from + checked).some((v) => v !== '');
    return from + i <= end && old(row) && filled && !dropped.has(from + i) ? [from + i] : [];
  });
  const count = rule.count ?? sheet.getLastColumn() - rule.from;
  if (count > 0)
    for (const [a, z] of columnRuns(expired)) {
      const range = sheet.getRange(a, rule.from + 1, z - a + 1, count);
      const read = values.slice(a - from, z - from + 1).map((row) => row[rule.from]);
      if (!rule.rewrite) range.clearContent();
      // A line is rewritten from what was read: a run whose ends no longer hold it (sorted, rows added or deleted by a
      // person since) is left as it is, never overwritten with other rows' lines.
      else if ([a, z].every((r) => sheet.getRange(r, rule.from + 1).getValue() === read[r - a]))
        range.setValues(read.map((c) => [rule.rewrite!(c)]));
    }
  const keys = dropped.size > 0 ? sheet.getRange(from, 1, end - from + 1, 1).getValues() : [];
  const moved = [...dropped].some((r) => keys[r - from]?.[0] !== values[r - from]![0]);
  if (!moved) for (const [a, z] of [...runs].reverse()) sheet.deleteRows(a, z - a + 1);
  const waiting = values.findIndex((row, i) => from + i <= end && dated(row) && !old(row));
  const next = waiting < 0 ? end + 1 : from + waiting;
  const gone = moved ? 0 : dropped.size;
  setDocumentProperty(
    CURSOR(rule.schema.name),
    String(moved ? from : next - [...dropped].filter((r) => r < next).length),
  );
  return [expired.length, gone];
}

/** Rows the archive deleted from a tab retention walks («Nhật ký»): the cursor moves up by the rows above it. */
export function rowsDeleted(name: string, runs: readonly (readonly [number, number])[]): void {
  const saved = Number(getDocumentProperty(CURSOR(name)));
  const above = runs.reduce((n, [a, z]) => n + Math.max(0, Math.min(z, saved - 1) - a + 1), 0);
  if (above > 0) setDocumentProperty(CURSOR(name), String(saved - above));
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
      drop: (row) => NOTICES.has(String(row[OUTBOX.col.kind])),
      dropDays: NOTICE_DAYS,
    },
    {
      schema: AUDIT,
      dated: AUDIT.col.at,
      from: AUDIT.col.content,
      count: 1,
      days: settings.keepAuditDays,
      what: 'audit',
      rewrite: withoutValues,
    },
  ];
  withDocumentLock(() => {
    const now = Date.now();
    const lines: CellValue[][] = [];
    for (const rule of rules) {
      const [n, gone] = clearTab(rule, now);
      const line = (rows: number, what: keyof typeof MSG_RETENTION.what, days: number): CellValue[] =>
        auditRow(
          new Date(now),
          effectiveUserEmail() || MSG_RETENTION.system,
          '',
          MSG_RETENTION.action,
          rule.schema.name,
          '',
          MSG_RETENTION.cleared(rows, MSG_RETENTION.what[what], days),
        );
      if (n > 0) lines.push(line(n, rule.what, rule.days));
      if (gone > 0) lines.push(line(gone, 'notices', rule.dropDays ?? rule.days));
    }
    const audit = tab(AUDIT.name);
    if (audit && lines.length > 0) appendRows(audit, lines);
  });
}
