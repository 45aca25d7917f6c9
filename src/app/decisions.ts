// «Sổ quyết định»: leadership's decisions on Thư khen and Giấy khen as the reviewers record them — one row per
// (deed, recognition), corrected in place, every recording and correction in the audit tab.
import { auditRow } from '../domain/auditLine';
import { RECOGNITIONS } from '#shared/codes';
import { dayNumber, parseLocalDate, viDate } from '../domain/calendar';
import { cleanLine } from '../domain/text';
import { DEED, REGISTER } from '../domain/tabs';
import { isSuspended } from '../domain/review';
import type { Commendation, DecisionRecord, DeedDetail, ServerApi } from '#contract';
import * as MSG_LADDER from '#shared/messages/ladder';
import * as MSG_REVIEW from '#shared/messages/review';
import type { Config } from './config';
import { carries, cellText, isoLocal, reviewState, toDetail, versionOf } from './deedRows';
import { Refusal, auditTab, deedsSheet, locate, ruleContext } from './server';
import { dateAtMidnight, today } from '../gas/clock';
import { appendRows, ensureTab, firstRowMatching, readRow, rowsMatching, tab, toCell } from '../gas/sheets';

const COMMENDATIONS: readonly Commendation[] = ['thu_khen', 'giay_khen'];
const registerKey = (deedId: string, recognition: Commendation) => `${deedId}|${recognition}`;

function recordOf(values: readonly unknown[]): DecisionRecord | undefined {
  const [, deedId, kind, number, date, level, , , , recordedBy, recordedAt] = values;
  const recognition = COMMENDATIONS.find((c) => RECOGNITIONS[c] === kind);
  if (!recognition) return undefined;
  return {
    deedId: String(deedId),
    recognition,
    number: String(number),
    date: date instanceof Date ? isoLocal(date) : cellText(date),
    level: String(level),
    recordedBy: String(recordedBy),
    recordedAt: recordedAt instanceof Date ? recordedAt.toISOString() : '',
  };
}

/** One deed's decisions: a search of the deed-id column and a read of each row found (usually one). */
export function decisionsOf(deedId: string): DecisionRecord[] {
  const sheet = tab(REGISTER.name);
  if (!sheet) return [];
  return rowsMatching(sheet, 'B:B', deedId)
    .map((row) => recordOf(readRow(sheet, row, REGISTER.width)))
    .filter((d): d is DecisionRecord => d !== undefined);
}

/** Every recorded decision by deed id: one read of the register (for the monthly drafts). */
export function allDecisions(): Map<string, DecisionRecord[]> {
  const sheet = tab(REGISTER.name);
  const last = sheet ? sheet.getLastRow() : 0;
  const out = new Map<string, DecisionRecord[]>();
  if (!sheet || last < 2) return out;
  for (const values of sheet.getRange(2, 1, last - 1, REGISTER.width).getValues()) {
    const d = recordOf(values);
    if (d) out.set(d.deedId, [...(out.get(d.deedId) ?? []), d]);
  }
  return out;
}

export type DecisionInput = Parameters<ServerApi['recordDecision']>[0];

/** Checks what a person typed; the Refusal's message says what to fix. */
function cleaned(input: DecisionInput): { number: string; level: string; date: Date; iso: string } {
  const number = cleanLine(input.number);
  const level = cleanLine(input.level);
  if (number === '' || number.length > 50) throw new Refusal('invalid', MSG_LADDER.numberNeeded);
  if (level === '' || level.length > 200) throw new Refusal('invalid', MSG_LADDER.levelNeeded);
  const day = parseLocalDate(input.date);
  if (!day || day.year < 2017 || dayNumber(day) > dayNumber(today()))
    throw new Refusal('invalid', MSG_LADDER.badDecisionDate);
  return { number, level, date: dateAtMidnight(day), iso: input.date };
}

/**
 * Records (or corrects) the decision on a deed's Thư khen / Giấy khen, the caller holding the document lock. The deed
 * must carry that recognition and not wait for a new review; a stale version is refused like any review action.
 */
export function recordDecision(input: DecisionInput, user: string, config: Config): DeedDetail {
  const typed = cleaned(input);
  const sheet = deedsSheet();
  const found = locate(sheet, input.id, input.row);
  if (versionOf(found.values) !== input.version) throw new Refusal('stale', MSG_REVIEW.stale);
  const state = reviewState(found.values);
  const label = RECOGNITIONS[input.recognition];
  if (!carries(found.values, input.recognition)) throw new Refusal('rule', MSG_LADDER.notCarrying(label));
  if (isSuspended(state)) throw new Refusal('rule', MSG_LADDER.suspended);

  const others = decisionsOfRow(found.values, input.recognition);
  const register = ensureTab(REGISTER);
  const audit = auditTab();
  const key = registerKey(input.id, input.recognition);
  const match = firstRowMatching(register, 'A:A', key);
  const before = match !== null ? recordOf(readRow(register, match, REGISTER.width)) : undefined;
  const now = new Date();
  const cell = (k: 'performerName' | 'unitName' | 'title') => String(found.values[DEED.col[k]] ?? '');
  const line = [
    key,
    input.id,
    label,
    typed.number,
    typed.date,
    typed.level,
    cell('performerName'),
    cell('unitName'),
    cell('title'),
    user,
    now,
  ];
  if (match !== null) register.getRange(match, 1, 1, REGISTER.width).setValues([line.map(toCell)]);
  else appendRows(register, [line]);
  const text = (d: { number: string; date: string; level: string }) =>
    MSG_LADDER.decisionText(d.number, viDate(parseLocalDate(d.date) ?? today()), d.level);
  appendRows(audit, [
    auditRow(
      now,
      user,
      input.id,
      MSG_LADDER.auditDecision,
      `${MSG_LADDER.registerColumn} – ${label}`,
      before ? text(before) : '',
      text({ ...typed, date: typed.iso }),
    ),
  ]);
  const recorded: DecisionRecord = {
    deedId: input.id,
    recognition: input.recognition,
    number: typed.number,
    date: typed.iso,
    level: typed.level,
    recordedBy: user,
    recordedAt: now.toISOString(),
  };
  return toDetail(found.values, found.row, ruleContext(config), [...others, recorded]);
}

/** The deed's other recorded decisions, read before this one is written (a read after writes costs a flush). */
function decisionsOfRow(values: readonly unknown[], except: Commendation): DecisionRecord[] {
  return carries(values, except === 'thu_khen' ? 'giay_khen' : 'thu_khen')
    ? decisionsOf(String(values[DEED.col.id])).filter((d) => d.recognition !== except)
    : [];
}
