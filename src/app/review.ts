// Review: the server side of the reviewers' sidebar. Every function checks the caller's role on the
// server, parses its argument with zod, and answers with a Result; writes happen under the document
// lock, refuse a stale version, touch only the cells they change and leave one audit row per change.
import * as z from 'zod/mini';
import { FIELDS, STATUSES, UNIT_TYPES, codeByLabel } from '../shared/codes';
import type { Status } from '../shared/codes';
import { isoDate, isoWeekKey, monthKey } from '../domain/calendar';
import { DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import { RECOGNITION_COLUMNS, decide } from '../domain/review';
import type { RuleContext } from '../domain/review';
import { fold } from '../domain/text';
import type {
  DecisionRecord,
  DeedFilter,
  DeedPage,
  DeedDetail,
  ReviewAction,
  ServerApi,
  SidebarState,
} from '#contract';
import { MSG_REVIEW } from '../shared/messages';
import { loadConfig } from './config';
import type { Config } from './config';
import { carries, cell, isMarked, reviewState, toDetail, toSummary, versionOf } from './deedRows';
import { getArgs, listArgs, reviewArgs } from './reviewArgs';
import { mailBudget, queueAndSend } from './outbox';
import type { Outgoing } from './outbox';
import { decisionsOf } from './decisions';
import {
  Refusal,
  auditTab,
  currentUser,
  deedsSheet,
  isReviewer,
  locate,
  requireReviewer,
  ruleContext,
  serve,
} from './server';
import { today } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { appendRows, rowsMatching, toCell } from '../gas/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Row = unknown[];

export const reviewServer: Pick<ServerApi, 'getSidebarState' | 'listDeeds' | 'getDeed' | 'reviewDeed'> = {
  getSidebarState: () =>
    serve(z.optional(z.unknown()), undefined, (): SidebarState => {
      const config = loadConfig();
      const user = currentUser();
      const canEdit = isReviewer(config, user);
      const day = today();
      const week = isoWeekKey(day);
      return {
        user,
        canEdit,
        readOnlyReason: canEdit ? null : MSG_REVIEW.readOnly(user),
        today: isoDate(day),
        currentMonth: monthKey(day),
        currentWeek: week,
        radio: { week, picks: countRadioPicks(week), target: config.settings?.radioTarget ?? 2 },
        units: config.units.map((u) => ({ code: u.code, name: u.name, unitType: u.unitType })),
        settingsErrors: config.errors,
        mail: canEdit || (config.settings?.admins ?? []).includes(user) ? mailBudget() : null,
      };
    }),

  listDeeds: (raw) => serve(listArgs, raw, (args) => listDeeds(args.filter, args.offset, args.limit)),

  getDeed: (raw) =>
    serve(getArgs, raw, (args): DeedDetail => {
      const found = locate(deedsSheet(), args.id, args.row);
      return detailOf(found.values, found.row, ruleContext(loadConfig()));
    }),

  reviewDeed: (raw) =>
    serve(reviewArgs, raw, (args): DeedDetail => {
      const config = loadConfig();
      const user = requireReviewer(config);
      const done = withDocumentLock(() => applyReview(args, args.action, user, config));
      if (done.mail) queueAndSend(done.mail, config.settings?.reviewingBody ?? '');
      return done.detail;
    }),
};

/** A deed's detail with its recorded decisions (looked up only when it carries a Thư khen or Giấy khen). */
export function detailOf(values: Row, row: number, ctx: RuleContext): DeedDetail {
  return toDetail(values, row, ctx, decisionsIfCommended(values));
}

function decisionsIfCommended(values: Row): DecisionRecord[] {
  return carries(values) ? decisionsOf(String(values[DEED.col.id])) : [];
}

/**
 * One review action on a deed, the caller holding the document lock: the version checked (when given), the seed's
 * rules applied to the row as it is now, only the changed cells written, the reviewer stamped and one audit row per
 * change. The unit's email (request for information) is returned, to be queued once the lock is released.
 */
export function applyReview(
  target: { id: string; row?: number; version?: number },
  action: ReviewAction,
  user: string,
  config: Config,
  auditAction: string = action.kind,
): { detail: DeedDetail; mail?: Outgoing } {
  const ctx = ruleContext(config);
  const sheet = deedsSheet();
  const found = locate(sheet, target.id, target.row);
  if (target.version !== undefined && versionOf(found.values) !== target.version)
    throw new Refusal('stale', MSG_REVIEW.stale);
  const decision = decide(reviewState(found.values), action, ctx);
  if (!decision.ok) throw new Refusal('rule', decision.error);
  if (decision.changes.length === 0) return { detail: detailOf(found.values, found.row, ctx) };
  const now = new Date();
  const values = [...found.values];
  for (const change of decision.changes) values[DEED.col[change.key]] = change.after;
  // Read what the answer needs before writing: a read after queued writes would force a flush and a cold read.
  const audit = auditTab();
  const decisions = decisionsIfCommended(values);
  for (const change of decision.changes)
    sheet.getRange(found.row, DEED.col[change.key] + 1).setValue(toCell(change.after));
  const version = versionOf(found.values) + 1;
  // reviewer, reviewedAt and version sit side by side: one write.
  values[DEED.col.reviewer] = user;
  values[DEED.col.reviewedAt] = now;
  values[DEED.col.version] = version;
  sheet.getRange(found.row, DEED.col.reviewer + 1, 1, 3).setValues([[toCell(user), now, version]]);
  appendRows(
    audit,
    decision.changes.map((c) => [now, user, target.id, auditAction, header(c.key), c.before, c.after]),
  );
  const detail = toDetail(values, found.row, ctx, decisions);
  const to = decision.mailToUnit
    ? String(cell(found.values, 'email') ?? '') || unitEmail(config, String(cell(found.values, 'unitCode')))
    : '';
  if (!decision.mailToUnit || !to) return { detail };
  const body = config.settings?.reviewingBody ?? '';
  return {
    detail,
    mail: {
      kind: 'request_info',
      period: `${target.id}|${detail.version}`,
      to: to.split(',').map((s) => s.trim()),
      subject: MSG_REVIEW.infoMailSubject(detail.title),
      body: MSG_REVIEW.infoMailBody(body, detail.title, decision.mailToUnit),
    },
  };
}

function header(key: DeedKey): string {
  return DEED.headers[DEED.col[key]] ?? key;
}

function unitEmail(config: Config, code: string): string {
  return config.units.find((u) => u.code === code)?.email ?? '';
}

/**
 * One month's deeds in two reads whatever the sheet's size: the month column (open-ended, so no
 * getLastRow), then the span of rows that holds the month. Filters and the search run in memory.
 */
function monthRows(sheet: Sheet, month: string): { first: number; rows: Row[] } {
  const months = sheet.getRange(columnSpan('month')).getValues();
  let lo = -1;
  let hi = -1;
  months.forEach((m, i) => {
    if (m[0] === month) {
      if (lo < 0) lo = i;
      hi = i;
    }
  });
  if (lo < 0) return { first: 2, rows: [] };
  return { first: lo + 2, rows: sheet.getRange(lo + 2, 1, hi - lo + 1, DEED.width).getValues() };
}

/** "T2:T": one column below the header, to the end of the sheet. */
function columnSpan(key: DeedKey): string {
  let n = DEED.col[key] + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}2:${letters}`;
}

function listDeeds(filter: DeedFilter, offset: number, limit: number): DeedPage {
  const { first, rows } = monthRows(deedsSheet(), filter.month);
  const words = filter.search ? fold(filter.search).split(/\s+/).filter(Boolean) : [];
  const statusCounts = Object.fromEntries(Object.keys(STATUSES).map((s) => [s, 0])) as Record<Status, number>;
  const want = {
    status: filter.status ? STATUSES[filter.status] : undefined,
    field: filter.field ? FIELDS[filter.field] : undefined,
    unitType: filter.unitType ? UNIT_TYPES[filter.unitType] : undefined,
    recognition: filter.recognition ? DEED.col[RECOGNITION_COLUMNS[filter.recognition]] : undefined,
  };
  const matches: number[] = [];
  rows.forEach((row, i) => {
    if (row[DEED.col.month] !== filter.month) return;
    const status = codeByLabel(STATUSES, String(row[DEED.col.status])) ?? 'moi';
    statusCounts[status] += 1;
    if (filter.week && row[DEED.col.week] !== filter.week) return;
    if (want.status && row[DEED.col.status] !== want.status) return;
    if (want.field && row[DEED.col.field] !== want.field) return;
    if (filter.unitCode && row[DEED.col.unitCode] !== filter.unitCode) return;
    if (want.unitType && row[DEED.col.unitType] !== want.unitType) return;
    if (want.recognition !== undefined && !isMarked(row[want.recognition])) return;
    if (words.length > 0) {
      const text = [DEED.col.title, DEED.col.unitName, DEED.col.performerName, DEED.col.description]
        .map((c) => String(row[c] ?? ''))
        .join(' ');
      const haystack = fold(text);
      if (!words.every((w) => haystack.includes(w))) return;
    }
    matches.push(i);
  });
  matches.reverse(); // newest first
  const items = matches.slice(offset, offset + limit).map((i) => toSummary(rows[i] ?? [], first + i));
  return { items, total: matches.length, offset, statusCounts };
}

/**
 * Radio picks for a week, leaving out those suspended by a hand edit: a server-side search of the radio column, then
 * one read of the status cells between the first and the last pick (a week's picks sit close together).
 */
function countRadioPicks(week: string): number {
  const sheet = deedsSheet();
  const rows = rowsMatching(sheet, columnSpan('phatThanh'), week);
  if (rows.length === 0) return 0;
  const lo = Math.min(...rows);
  const statuses = sheet.getRange(lo, DEED.col.status + 1, Math.max(...rows) - lo + 1, 1).getValues();
  return rows.filter((r) => statuses[r - lo]?.[0] !== STATUSES.can_duyet_lai).length;
}
