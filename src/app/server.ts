// The sidebar server's plumbing, shared by every server function: parse the argument, check the caller, turn
// failures into Vietnamese Results, and find a deed's row by its id.
import * as z from '#shared/schema';
import { AUDIT, DEED } from '../domain/tabs';
import type { RuleContext } from '../domain/review';
import { isoWeekKey, monthKey } from '../domain/calendar';
import type { ErrorCode, Result } from '#contract';
import * as MSG_REVIEW from '#shared/messages/review';
import type { Config } from './config';
import { today } from '../gas/clock';
import { activeUserEmail } from '../gas/session';
import { ensureTab, firstRowMatching, readRow } from '../gas/sheets';
import { LockBusy } from '../gas/lock';
import { StructureChanged, checked } from './structureGuard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Row = unknown[];
const WIDTH = DEED.width;

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function currentUser(): string {
  return activeUserEmail();
}

export function isReviewer(config: Config, email: string): boolean {
  return email !== '' && (config.settings?.reviewers ?? []).includes(email);
}

/** Runs one server function: parse, run, and turn every failure into a Vietnamese Result. */
export function serve<A, T>(schema: z.Schema<A>, raw: unknown, work: (args: A) => T): Result<T> {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || 'tham số').join(', ');
    return { ok: false, code: 'invalid', error: MSG_REVIEW.invalid(where) };
  }
  try {
    return { ok: true, value: work(parsed.data) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, code: err.code, error: err.message };
    if (err instanceof StructureChanged) return { ok: false, code: 'rule', error: err.message };
    if (err instanceof LockBusy) return { ok: false, code: 'busy', error: MSG_REVIEW.busy };
    console.error(`Review server error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, code: 'internal', error: MSG_REVIEW.internal };
  }
}

/** Refuses anyone but a reviewer named in the settings; returns the caller's email. */
export function requireReviewer(config: Config): string {
  const user = currentUser();
  if (!isReviewer(config, user)) throw new Refusal('forbidden', MSG_REVIEW.forbidden);
  return user;
}

/** «Nhật ký»: one row per change anyone made to a deed. */
export function auditTab(): Sheet {
  return ensureTab(AUDIT);
}

/** «Việc tốt», its header row checked first (app/structureGuard.ts): every read and write here is by column position. */
export function deedsSheet(): Sheet {
  return checked(ensureTab(DEED), DEED);
}

/** What the seed's rules need to know besides the deed: the minimum duration and today's week and month. */
export function ruleContext(config: Config): RuleContext {
  const day = today();
  return {
    giayKhenMinMonths: config.settings?.giayKhenMinMonths ?? 3,
    currentWeek: isoWeekKey(day),
    currentMonth: monthKey(day),
  };
}

/** The deed's row: the hint when it still holds the id (one read), else a search of the id column. */
export function locate(sheet: Sheet, id: string, hint: number | undefined): { row: number; values: Row } {
  if (hint !== undefined && hint <= sheet.getMaxRows()) {
    const values = readRow(sheet, hint, WIDTH);
    if (values[DEED.col.id] === id) return { row: hint, values };
  }
  const row = firstRowMatching(sheet, 'A:A', id);
  if (row === null) throw new Refusal('not_found', MSG_REVIEW.notFound);
  return { row, values: readRow(sheet, row, WIDTH) };
}
