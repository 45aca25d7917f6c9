// The commendation ladder's tabs: «Hồ sơ khen thưởng» (the candidates' histories, rebuilt from the deeds) and
// «Đề xuất khen thưởng» (suggestions, whose decisions survive every rebuild); reading the suggestions for the sidebar.
import { PERFORMER_KINDS, NATURES, RECOGNITIONS, STATUSES, codeByLabel } from '#shared/codes';
import { LADDER, LADDER_UNITS, SUGGESTIONS } from '../domain/tabs';
import type { CellValue } from '../domain/deed';
import { deedLines, honoursOf, honoursText, mergeSuggestions } from '../domain/ladder';
import type { Ladder, LadderDeed } from '../domain/ladder';
import { recognitionsOf } from '../domain/review';
import { readMarks } from '../domain/recognitionCells';
import { NO_DETAILS, decodeDetails } from '../domain/detailsCell';
import type { LadderView, PerformerHistory, Suggestion, SuggestionStatus, UnitLadder } from '#contract';
import * as MSG_LADDER from '#shared/messages/ladder';
import { cellText } from './deedRows';
import { dayFormatter, readSpans } from './reportData';
import { today } from '../gas/clock';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { ensureTab, firstRowMatching, readBody, readRow, replaceBody, tab, toCell } from '../gas/sheets';
import { reportIncident } from './incidents';
import { adminsOf } from './config';
import { errorText } from '#shared/errorText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const UPDATED_KEY = 'ladder:updatedAt';
/** Decided suggestions the sidebar shows (the tab keeps them all). */
const DECIDED_SHOWN = 30;
/** JSON split into cells under the 50,000 characters a cell holds (APPS-SCRIPT-FACTS.md, Sheets). */
const CHUNK = 45_000;

export function chunked(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  return chunks;
}

/**
 * `count` rows of «Việc tốt» from row `first`, as the ladder sees them: four column blocks, one read each, skipping
 * the long texts. With `boundary`, the first row is only looked at (its id tells a pass the rows did not move).
 */
export function readLadderDeeds(
  sheet: Sheet | null,
  first: number,
  count: number,
  boundary: boolean,
): { firstId: string; lastId: string; deeds: LadderDeed[] } {
  if (!sheet || count < 1) return { firstId: '', lastId: '', deeds: [] };
  const get = readSpans(sheet, first, count, [
    ['id', 'title'],
    ['nature', 'doneOn'],
    ['status', 'media'],
  ]);
  const day = dayFormatter();
  const out: LadderDeed[] = [];
  for (let i = boundary ? 1 : 0; i < count; i++) {
    const id = cellText(get('id', i));
    if (id === '') continue;
    const details = decodeDetails(get('details', i)) ?? NO_DETAILS; // edited out of its lines: the sidebar says so
    out.push({
      id,
      unitCode: cellText(get('unitCode', i)),
      unitName: cellText(get('unitName', i)),
      performerKind: codeByLabel(PERFORMER_KINDS, cellText(get('performerKind', i))) ?? 'ca_nhan',
      performerName: cellText(get('performerName', i)),
      title: cellText(get('title', i)),
      nature: codeByLabel(NATURES, cellText(get('nature', i))) ?? 'dot_xuat',
      startDate: details.startDate,
      doneOn: day(get('doneOn', i)),
      proposal: details.proposal,
      accepted: get('status', i) === STATUSES.da_duyet,
      recognitions: recognitionsOf(readMarks(get('honours', i), get('media', i)).marks),
    });
  }
  return { firstId: cellText(get('id', 0)), lastId: cellText(get('id', count - 1)), deeds: out };
}

// ---- «Đề xuất khen thưởng» rows ------------------------------------------------------------------------------

const STATUS_CODES = Object.keys(MSG_LADDER.status) as SuggestionStatus[];

function suggestionRow(s: Suggestion): CellValue[] {
  return [
    s.key,
    MSG_LADDER.kind[s.kind],
    MSG_LADDER.status[s.status],
    s.score,
    s.performerName,
    PERFORMER_KINDS[s.performerKind],
    s.unitCode,
    s.unitName,
    s.deedId,
    s.deedTitle,
    s.reason,
    s.decidedBy,
    s.decidedAt ? new Date(s.decidedAt) : '',
    s.note,
    s.performerKey,
  ];
}

function suggestionOf(values: readonly unknown[]): Suggestion | undefined {
  const [key, kind, status, score, name, performerKind, unitCode, unitName, deedId, deedTitle, reason] = values;
  const [decidedBy, decidedAt, note, performerKey] = values.slice(11);
  // Labels typed by hand may carry stray spaces; a row still not understood is kept as it is (see readSuggestions).
  const kindCode = codeByLabel(MSG_LADDER.kind, String(kind).trim());
  const statusCode = STATUS_CODES.find((s) => MSG_LADDER.status[s] === String(status).trim());
  if (!kindCode || !statusCode || String(key).trim() === '') return undefined;
  return {
    key: String(key),
    kind: kindCode,
    status: statusCode,
    score: Number(score) || 0,
    performerName: String(name),
    performerKind: codeByLabel(PERFORMER_KINDS, String(performerKind)) ?? 'ca_nhan',
    unitCode: String(unitCode),
    unitName: String(unitName),
    deedId: String(deedId),
    deedTitle: String(deedTitle),
    reason: String(reason),
    decidedBy: String(decidedBy ?? ''),
    decidedAt: decidedAt instanceof Date ? decidedAt.toISOString() : null,
    note: String(note ?? ''),
    performerKey: String(performerKey ?? ''),
  };
}

const suggestionsTab = () => ensureTab(SUGGESTIONS);

/** Every suggestion the tab holds (the 19/5 list picks the accepted ones). */
export function allSuggestions(): Suggestion[] {
  return readSuggestions(tab(SUGGESTIONS.name)).suggestions;
}

/** The tab's suggestions, and the rows it could not read (edited by hand): those are written back untouched. */
function readSuggestions(sheet: Sheet | null): { suggestions: Suggestion[]; unread: unknown[][] } {
  const out = { suggestions: [] as Suggestion[], unread: [] as unknown[][] };
  for (const values of sheet ? readBody(sheet) : []) {
    const s = suggestionOf(values);
    if (s) out.suggestions.push(s);
    else if (values.some((v) => v !== '')) out.unread.push(values);
  }
  return out;
}

// ---- «Hồ sơ khen thưởng» rows --------------------------------------------------------------------------------

function performerRow(p: PerformerHistory): CellValue[] {
  return [
    p.key,
    p.name,
    PERFORMER_KINDS[p.kind],
    p.unitCode,
    p.unitName,
    p.accepted,
    p.thuKhen,
    p.giayKhen,
    p.guongDienHinh,
    p.media,
    deedLines(p.deeds, RECOGNITIONS),
  ];
}

// ---- rebuilding and reading ----------------------------------------------------------------------------------

/**
 * Writes a completed pass (started at `started`): the histories replaced, the fresh suggestions merged into the tab.
 * Runs under the document lock, where the suggestions are read and merged, so no reviewer's decision is lost — nor
 * a row someone edited by hand into something unreadable, written back as it was.
 */
export function writeLadder(ladder: Ladder, started: Date): LadderView {
  // A rebuild that started after this one read the deeds has written newer tabs: keep them.
  const last = getDocumentProperty(UPDATED_KEY);
  if (last && last > started.toISOString()) return ladderView();
  // Every unit's line (the histories may leave performers out): a few cells of JSON in a hidden tab.
  const units = ensureTab(LADDER_UNITS);
  if (!units.isSheetHidden()) units.hideSheet();
  replaceBody(
    units,
    chunked(JSON.stringify(ladder.units)).map((c) => [c]),
    1,
  );
  const sheet = suggestionsTab();
  const { suggestions, unread } = readSuggestions(sheet);
  const kept = new Set(unread.map((r) => String(r[0]).trim()));
  const fresh = ladder.candidates.filter((c) => !kept.has(c.key));
  const merged = mergeSuggestions(suggestions, fresh, started.toISOString());
  const width = SUGGESTIONS.width;
  replaceBody(sheet, [...merged.map(suggestionRow), ...unread.map((r) => r.slice(0, width) as CellValue[])], width);
  setDocumentProperty(UPDATED_KEY, started.toISOString());
  // The histories last: the largest tab (a row a performer) is the one a Sheet near its 10,000,000 cells cannot take,
  // and the suggestions and units' lines above matter more — then the histories stay as they were, said to the admins.
  try {
    replaceBody(ensureTab(LADDER), ladder.performers.map(performerRow), LADDER.width, true);
  } catch (err) {
    reportIncident(MSG_LADDER.job, '', MSG_LADDER.historiesKept(errorText(err)), MSG_LADDER.historiesTodo, adminsOf());
  }
  // What was just written, without reading it back.
  return viewOf(merged, ladder.units, started.toISOString());
}

/** What the sidebar's «Khen thưởng» view shows: the suggestions and each unit's line. */
export function ladderView(): LadderView {
  const { suggestions } = readSuggestions(tab(SUGGESTIONS.name));
  const updatedAt = getDocumentProperty(UPDATED_KEY);
  return viewOf(suggestions, savedUnits(), updatedAt);
}

/** The unit lines the last rebuild saved: none before the first, or once edited by hand (until the next rebuild). */
function savedUnits(): UnitLadder[] {
  const sheet = tab(LADDER_UNITS.name);
  try {
    return sheet ? (JSON.parse(readBody(sheet).join('')) as UnitLadder[]) : [];
  } catch {
    return [];
  }
}

function viewOf(suggestions: readonly Suggestion[], units: UnitLadder[], updatedAt: string | null): LadderView {
  const pending = suggestions.filter((s) => s.status === 'pending').sort((a, b) => b.score - a.score);
  const decided = suggestions
    .filter((s) => s.status !== 'pending')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
    .slice(0, DECIDED_SHOWN);
  return { updatedAt, honours: honoursText(honoursOf(today())), suggestions: [...pending, ...decided], units };
}

/** A suggestion's row, found by its key: where it is and what it says now. */
export function findSuggestion(key: string): { sheet: Sheet; row: number; suggestion: Suggestion } | undefined {
  const sheet = tab(SUGGESTIONS.name);
  const row = sheet ? firstRowMatching(sheet, 'A:A', key) : null;
  if (!sheet || row === null) return undefined;
  const values = readRow(sheet, row, SUGGESTIONS.width);
  const suggestion = suggestionOf(values);
  return suggestion && { sheet, row, suggestion };
}

export function writeSuggestion(sheet: Sheet, row: number, s: Suggestion): void {
  const values = suggestionRow(s);
  sheet.getRange(row, 1, 1, values.length).setValues([values.map(toCell)]);
}
