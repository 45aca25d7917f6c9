// Review: the server side of the reviewers' sidebar. Every function checks the caller's role on the
// server, parses its argument with its schema, and answers with a Result; writes happen under the document
// lock, refuse a stale version, touch only the cells they change and leave one audit row per change.
import { auditRow, parseAuditLine } from '../domain/auditLine';
import * as z from '#shared/schema';
import { AUDIT_ACTIONS, STATUSES } from '#shared/codes';
import type { Recognition } from '#shared/codes';
import { isoDate, isoWeekKey, monthKey } from '../domain/calendar';
import { AUDIT, DEED } from '../domain/tabs';
import type { DeedKey } from '../domain/tabs';
import { RECOGNITION_COLUMNS, decide, withdrawalsOnAccept } from '../domain/review';
import type { Change, LastAudit, RuleContext } from '../domain/review';
import type { DecisionRecord, DeedDetail, ReviewAction, ServerApi, SidebarState } from '#contract';
import * as MSG_BASE from '#shared/messages/base';
import * as MSG_LADDER from '#shared/messages/ladder';
import * as MSG_NOTICE from '#shared/messages/notice';
import * as MSG_REVIEW from '#shared/messages/review';
import * as MSG_REVIEW_RECHECK from '#shared/messages/reviewRecheck';
import { openRefusalCount } from './refusals';
import { addresses, quotedTitle } from './unitNotice';
import { adminsOf, loadConfig } from './config';
import type { Config } from './config';
import { carries, cell, cellChanges, reviewState, toDetail, versionOf } from './deedRows';
import type { CellChange } from './deedRows';
import { getArgs, listArgs, reviewArgs } from './reviewArgs';
import { mailBudget, queueAndSend } from './outbox';
import type { Outgoing } from './outbox';
import { decisionsOf } from './decisions';
import { correctionsSheet, recordCorrection } from './corrections';
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
import { listDeeds as deedPage, monthsSinceFirst } from './deedList';
import { baseScope, baseStage, departmentStage, onlyOwnUnits } from './baseReview';
import { indexedMonths, noteStatusChange } from './indexes/months';
import { today } from '../gas/clock';
import { withDocumentLock } from '../gas/lock';
import { appendRows, rowsMatching, rowsMatchingPattern, toCell } from '../gas/sheets';
import { weekCellPattern, weekKeyOf } from '../domain/weekCell';
import { MARK_LABELS, readMarks } from '../domain/recognitionCells';
import type { MarkKey } from '../domain/recognitionCells';
import { wholeColumn } from '../domain/structure';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Row = unknown[];
/** The most rows of «Nhật ký» one read spans when looking for a deed's audit rows (a read of 4 columns). */
const AUDIT_RUN_ROWS = 1000;

export const getSidebarState: ServerApi['getSidebarState'] = () =>
  serve(z.optional(z.unknown()), undefined, (): SidebarState => {
    const config = loadConfig();
    const user = currentUser();
    const canEdit = isReviewer(config, user) || baseScope(config, user) !== undefined;
    const day = today();
    const week = isoWeekKey(day);
    return {
      user,
      canEdit,
      readOnlyReason: canEdit ? null : MSG_REVIEW.readOnly(user),
      today: isoDate(day),
      currentMonth: monthKey(day),
      currentWeek: week,
      months: monthsSinceFirst(indexedMonths()),
      radio: { week, picks: countRadioPicks(week), target: config.settings?.radioTarget ?? 2 },
      units: config.units.map((u) => ({ code: u.code, name: u.name, unitType: u.unitType })),
      settingsErrors: config.errors,
      mail: canEdit || adminsOf(config).includes(user) ? mailBudget() : null,
      refused: openRefusalCount(),
    };
  });

export const listDeeds: ServerApi['listDeeds'] = (raw) =>
  serve(listArgs, raw, (args) =>
    deedPage(args.filter, args.offset, args.limit, args.from, baseScope(loadConfig(), currentUser())),
  );

export const getDeed: ServerApi['getDeed'] = (raw) =>
  serve(getArgs, raw, (args): DeedDetail => {
    const config = loadConfig();
    const found = locate(deedsSheet(), args.id, args.row);
    onlyOwnUnits(baseScope(config, currentUser()))(found.values);
    return detailOf(found.values, found.row, ruleContext(config));
  });

export const reviewDeed: ServerApi['reviewDeed'] = (raw) =>
  serve(reviewArgs, raw, (args): DeedDetail => {
    const config = loadConfig();
    const user = currentUser();
    const scope = baseScope(config, user);
    if (!scope) requireReviewer(config);
    const stage = scope ? baseStage(scope, args.action) : departmentStage(config, args.action);
    const audit = `${scope ? MSG_BASE.auditPrefix : ''}${AUDIT_ACTIONS[args.action.kind]}`;
    const done = withDocumentLock(() => applyReview(args, args.action, user, config, audit, stage));
    if (done.mail) queueAndSend(done.mail, config.settings?.reviewingBody ?? '');
    return done.detail;
  });

/** A deed's detail with its recorded decisions (looked up only when it carries a Thư khen or Giấy khen). */
export function detailOf(values: Row, row: number, ctx: RuleContext): DeedDetail {
  return toDetail(values, row, ctx, decisionsIfCommended(values));
}

function decisionsIfCommended(values: Row): DecisionRecord[] {
  return carries(values) ? decisionsOf(String(values[DEED.col.id])) : [];
}

/** The review stage's own rules (app/baseReview.ts): a check of the deed as found, and its decision. */
export interface ReviewStage {
  check?: (values: Row) => void;
  decide?: typeof decide;
}

/**
 * One review action on a deed, the caller holding the document lock: the version checked (when given), the seed's
 * rules applied to the row as it is now, only the changed cells written, the reviewer stamped and one audit row per
 * change. An accept also re-checks every mark the deed carries and withdraws, in the same write, those the rules
 * forbid or no reviewer set (domain/review.ts withdrawalsOnAccept), each audited with its reason and listed in the
 * answer's `cleared`. The unit's email (request for information) is returned, to be queued once the lock is released.
 */
export function applyReview(
  target: { id: string; row?: number; version?: number },
  action: ReviewAction,
  user: string,
  config: Config,
  auditAction: string = AUDIT_ACTIONS[action.kind],
  stage: ReviewStage = {},
): { detail: DeedDetail; mail?: Outgoing | readonly Outgoing[] } {
  const ctx = ruleContext(config);
  const sheet = deedsSheet();
  const found = locate(sheet, target.id, target.row);
  if (target.version !== undefined && versionOf(found.values) !== target.version)
    throw new Refusal('stale', MSG_REVIEW.stale);
  stage.check?.(found.values);
  const state = reviewState(found.values);
  const decision = (stage.decide ?? decide)(state, action, ctx);
  if (!decision.ok) throw new Refusal('rule', decision.error);
  if (decision.changes.length === 0) return { detail: detailOf(found.values, found.row, ctx) };
  // Read what the answer needs before writing: a read after queued writes would force a flush and a cold read.
  const audit = auditTab();
  const withdrawn =
    action.kind === 'accept' ? withdrawalsOnAccept(state, ctx, (marks) => lastAuditOf(audit, target.id, marks)) : [];
  const changes = [...decision.changes, ...withdrawn.map((w) => w.change)];
  const now = new Date();
  const values = [...found.values];
  const cells = cellChanges(found.values, changes);
  for (const change of cells) values[DEED.col[change.key]] = change.after;
  const decisions = decisionsIfCommended(values);
  const corrections = action.kind === 'set_field' ? correctionsSheet() : undefined;
  writeChanges(sheet, found.row, cells);
  if (corrections && action.kind === 'set_field') recordCorrection(corrections, found.values, action.field, now);
  const status = cells.find((c) => c.key === 'status');
  if (status) noteStatusChange(String(cell(values, 'month')), found.row, status.before, status.after);
  const version = versionOf(found.values) + 1;
  // reviewer, reviewedAt and version sit side by side: one write.
  values[DEED.col.reviewer] = user;
  values[DEED.col.reviewedAt] = now;
  values[DEED.col.version] = version;
  sheet.getRange(found.row, DEED.col.reviewer + 1, 1, 3).setValues([[toCell(user), now, version]]);
  appendRows(audit, [
    ...decision.changes.map((c) => auditRow(now, user, target.id, auditAction, header(c.key), c.before, c.after)),
    ...withdrawn.map(({ change: c, reason }) =>
      auditRow(now, user, target.id, MSG_REVIEW_RECHECK.audit(reason), header(c.key), c.before, c.after),
    ),
  ]);
  const cleared = withdrawn.map(({ recognition, reason }) => ({ recognition, reason }));
  const detail = { ...toDetail(values, found.row, ctx, decisions), ...(cleared.length > 0 ? { cleared } : {}) };
  const body = config.settings?.reviewingBody ?? '';
  if (decision.rejection !== undefined && config.settings?.notifyRejection !== false) {
    const to = unitAddresses(found.values, config);
    // One message per recipient: the contact typed in the form does not learn the unit's address.
    const mail = to.map((address) => ({
      kind: 'rejected' as const,
      period: `${target.id}|${detail.version}`,
      to: [address],
      subject: MSG_NOTICE.rejectedSubject(target.id),
      body: MSG_NOTICE.rejected(body, quotedTitle(detail.title), decision.rejection ?? ''),
    }));
    return { detail, mail };
  }
  const to = decision.mailToUnit
    ? String(cell(found.values, 'email') ?? '') || unitEmail(config, String(cell(found.values, 'unitCode')))
    : '';
  if (!decision.mailToUnit || !to) return { detail };
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

/** The deed's unit in «Đơn vị» and the contact typed in its report, once each. */
const unitAddresses = (values: Row, config: Config): string[] =>
  addresses([unitEmail(config, String(cell(values, 'unitCode'))), String(cell(values, 'email') ?? '')]);

/** The changed cells of a deed's row, a run of side-by-side cells (status and the marks after it) in one write. */
function writeChanges(sheet: Sheet, row: number, changes: readonly CellChange[]): void {
  const sorted = [...changes].sort((a, b) => DEED.col[a.key] - DEED.col[b.key]);
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && DEED.col[sorted[j]!.key] === DEED.col[sorted[j - 1]!.key] + 1) j++;
    const run = sorted.slice(i, j).map((c) => toCell(c.after));
    const range = sheet.getRange(row, DEED.col[sorted[i]!.key] + 1, 1, run.length);
    if (run.length === 1) range.setValue(run[0]!);
    else range.setValues([run]);
    i = j;
  }
}

/** «Nhật ký»'s actions the add-on writes for a deed (older rows: the codes), read only from the line's start. */
const KNOWN_ACTIONS = new Set<string>([
  ...Object.keys(AUDIT_ACTIONS),
  ...Object.values(AUDIT_ACTIONS).flatMap((a) => [a, `${MSG_BASE.auditPrefix}${a}`]),
  MSG_LADDER.auditAccept,
  MSG_LADDER.auditDismiss,
  MSG_LADDER.auditDecision,
]);
const knownAction = (action: string) => KNOWN_ACTIONS.has(action) || action.startsWith(MSG_REVIEW_RECHECK.audit(''));

/**
 * The last «Nhật ký» row of each of these marks' columns for the deed: one search of the deed-id column, then the
 * deed's rows read newest first, up to AUDIT_RUN_ROWS of the tab at a time, until every column is found or the rows
 * run out (a mark set in the same sitting as the accept or the hand edit after it: usually one read). The number of
 * calls grows with the deed's own audit rows far apart, never with the size of the tab.
 */
function lastAuditOf(audit: Sheet, id: string, marks: readonly Recognition[]): Map<Recognition, LastAudit> {
  const wanted = new Map(marks.map((r) => [header(RECOGNITION_COLUMNS[r]), r]));
  const found = new Map<Recognition, LastAudit>();
  const rows = rowsMatching(audit, wholeColumn(AUDIT.col.deedId), id);
  for (let end = rows.length - 1; end >= 0 && found.size < wanted.size;) {
    const hi = rows[end]!;
    let start = end;
    while (start > 0 && hi - rows[start - 1]! < AUDIT_RUN_ROWS) start--;
    const lo = rows[start]!;
    const read = audit.getRange(lo, AUDIT.col.content + 1, hi - lo + 1, 1).getValues();
    for (let i = end; i >= start; i--) {
      const text = String(read[rows[i]! - lo]?.[0] ?? '');
      const line = parseAuditLine(text);
      const ours = line && knownAction(line.action) ? line : undefined;
      // A line not built here that names the column (typed by hand): of unknown origin, never a reviewer's mark.
      for (const [column, r] of wanted)
        if (!found.has(r) && (ours ? ours.column === column : text.includes(column)))
          found.set(r, { action: ours?.action ?? text, after: ours?.after });
    }
    end = start - 1;
  }
  return found;
}

/** A change's words in «Nhật ký»: its column's header, or a mark's own words (its column's before the fold). */
function header(key: Change['key']): string {
  return key in MARK_LABELS ? MARK_LABELS[key as MarkKey] : (DEED.headers[DEED.col[key as DeedKey]] ?? key);
}

function unitEmail(config: Config, code: string): string {
  return config.units.find((u) => u.code === code)?.email ?? '';
}

/**
 * Radio picks for a week, leaving out those suspended by a hand edit: a server-side search of the radio column, then
 * one read of the status cells between the first and the last pick (a week's picks sit close together).
 */
function countRadioPicks(week: string): number {
  const sheet = deedsSheet();
  const rows = rowsMatchingPattern(sheet, wholeColumn(DEED.col.media), weekCellPattern(week));
  if (rows.length === 0) return 0;
  const lo = Math.min(...rows);
  const width = DEED.col.media - DEED.col.status + 1;
  const read = sheet.getRange(lo, DEED.col.status + 1, Math.max(...rows) - lo + 1, width).getValues();
  return rows.filter((r) => {
    const v = read[r - lo] ?? [];
    return v[0] !== STATUSES.can_duyet_lai && weekKeyOf(readMarks('', v[width - 1]).marks.phatThanh) === week;
  }).length;
}
