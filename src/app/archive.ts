// Capacity and the yearly archive: how full the Sheet is against the 10,000,000-cell limit (the admin is
// warned from 80 %), and moving a closed year's deeds, with their audit rows and monthly summaries, into a
// spreadsheet the add-on creates through the Sheets advanced service (drive.file: only files it made).
import { checked } from './structureGuard';
import { capacityOf } from '../domain/capacity';
import type { Capacity } from '../domain/capacity';
import { ARCHIVES, AUDIT, DEED } from '../domain/tabs';
import type { CellValue } from '../domain/deed';
import { QUESTIONS } from '../domain/form';
import { MSG_ARCHIVE, MSG_ROW_MOVED } from '#shared/messages';
import { AUDIT_ACTIONS } from '#shared/codes';
import { loadConfig } from './config';
import { reportIncident } from './incidents';
import { TIME_ZONE, formatLocal, today } from '../gas/clock';
import { activeUserEmail } from '../gas/session';
import { alert, prompt } from '../gas/ui';
import { createSpreadsheet } from '../gas/archiveFile';
import { withDocumentLock } from '../gas/lock';
import { appendRows, ensureTab, spreadsheet, toCell } from '../gas/sheets';
import { errorText } from '#shared/errorText';

const WIDTH = DEED.width;

/** Every tab's grid size (what the limit counts), and what it leaves for deeds. */
export function measureCapacity(): Capacity {
  const tabs = spreadsheet()
    .getSheets()
    .map((s) => ({ name: s.getName(), rows: s.getMaxRows(), columns: s.getMaxColumns() }));
  return capacityOf(tabs, { deeds: WIDTH, responses: QUESTIONS.length + 1, audit: AUDIT.width });
}

/** The weekly check: a «Sự cố» row and an email to the admins once the Sheet is 80 % full. */
export function watchCapacity(admins: readonly string[]): Capacity {
  const c = measureCapacity();
  if (c.warn) reportIncident(MSG_ARCHIVE.capacityJob, '', MSG_ARCHIVE.nearlyFull(c), MSG_ARCHIVE.archiveTodo, admins);
  return c;
}

export class ArchiveProblem extends Error {}

export interface ArchiveResult {
  year: number;
  moved: number;
  kept: number;
  url: string;
}

type Row = readonly unknown[];

/** A cell as the archive stores it: text stays text (RAW), a date becomes readable local text. */
function archived(v: unknown): string | number | boolean {
  if (v instanceof Date) return formatLocal(v, 'yyyy-MM-dd HH:mm:ss');
  return typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
}

/**
 * Moves every deed done in `year` (a closed year) out of «Việc tốt». The copy is written first (each API
 * request throws if it fails); only then are the rows removed, so a failure half way leaves the deeds where
 * they were — at worst with a partial copy that a re-run replaces by a new, whole one. Runs under the document lock: submissions meanwhile wait in «Chờ xử lý».
 */
export function archiveYear(year: number, user: string): ArchiveResult {
  const config = loadConfig();
  // Moving a year out is for the admins of the settings: anyone else who can open the menu is refused.
  if (!(config.settings?.admins ?? []).includes(user.trim().toLowerCase()))
    throw new ArchiveProblem(MSG_ARCHIVE.adminsOnly);
  if (!Number.isInteger(year) || year < 2017 || year >= today().year)
    throw new ArchiveProblem(MSG_ARCHIVE.openYear(today().year));
  return withDocumentLock(() => {
    const ss = spreadsheet();
    const deeds = checked(ensureTab(DEED), DEED); // read and deleted by column position
    const last = deeds.getLastRow();
    const rows = last < 2 ? [] : deeds.getRange(2, 1, last - 1, WIDTH).getValues();
    const prefix = `${year}-`;
    const moving = rows.filter((r) => String(r[DEED.col.month]).startsWith(prefix));
    if (moving.length === 0) throw new ArchiveProblem(MSG_ARCHIVE.nothing(year));
    const keeping = rows.filter((r) => !String(r[DEED.col.month]).startsWith(prefix));

    const summaries = ss.getSheets().filter((s) => new RegExp(`^Tổng hợp \\d{2}/${year}$`).test(s.getName()));
    const ids = new Set(moving.map((r) => r[DEED.col.id]));
    const audit = ss.getSheetByName(AUDIT.name);
    const auditRows =
      audit && audit.getLastRow() > 1 ? audit.getRange(2, 1, audit.getLastRow() - 1, AUDIT.width).getValues() : [];
    const tab = (name: string, rows: readonly Row[]) => ({ name, rows: rows.map((r) => r.map(archived)) });
    const { url } = createSpreadsheet(MSG_ARCHIVE.title(config.settings?.organisation ?? '', year), TIME_ZONE, [
      tab(DEED.name, [DEED.headers, ...moving]),
      tab(AUDIT.name, [AUDIT.headers, ...auditRows.filter((r) => ids.has(r[2]))]),
      ...summaries.map((s) => tab(s.getName(), s.getDataRange().getValues())),
    ]);

    // A person's edits take no lock: rows deleted, inserted or sorted since the read would shift what is deleted.
    const changed = removeRows(deeds, rows, keeping, (r) => String(r[DEED.col.month]).startsWith(prefix));
    if (changed.length > 0) {
      const problem = MSG_ROW_MOVED.archiveChanged(year, changed.join('; '), url);
      reportIncident(MSG_ARCHIVE.menu, String(year), problem, MSG_ROW_MOVED.archiveTodo, []);
      throw new ArchiveProblem(problem);
    }

    const now = new Date();
    appendRows(ensureTab(ARCHIVES), [[year, moving.length, url, now, user]]);
    appendRows(ensureTab(AUDIT), [
      [now, user, '', AUDIT_ACTIONS.archive, MSG_ARCHIVE.auditColumn(year), moving.length, url],
    ]);
    return { year, moved: moving.length, kept: keeping.length, url };
  });
}

/** At most this many separate blocks are deleted one by one; past it, what stays is rewritten in one go. */
const MAX_BLOCKS = 200;

/** At most this many changed rows are named in the incident. */
const NAMED_CHANGES = 3;

/**
 * Removes the archived rows now that their copy is whole. A closed year usually sits in a few blocks (the
 * old rows at the top, a few late reports further down): each block goes with one deleteRows, bottom up,
 * and each call is whole or nothing. Scattered rows instead: one write of what stays, one delete of the tail.
 * Right before, one read of the id column over the span it deletes or rewrites: when a row to delete no longer
 * holds one of the ids copied (or, for a rewrite, any row the id read there), a person deleted, inserted or sorted
 * rows meanwhile: nothing is removed and the changed rows ("dòng 5: VT-… thay vì VT-…") are returned.
 */
function removeRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: readonly Row[],
  keeping: readonly Row[],
  moving: (r: Row) => boolean,
): string[] {
  const blocks: [number, number][] = [];
  rows.forEach((r, i) => {
    if (!moving(r)) return;
    const last = blocks[blocks.length - 1];
    if (last && last[0] + last[1] === i + 2) last[1] += 1;
    else blocks.push([i + 2, 1]);
  });
  const rewrite = blocks.length > MAX_BLOCKS;
  // Blocks: only the rows deleted must hold what was copied. A rewrite: every row from 2 is overwritten or deleted.
  const checked = (n: number) => blocks.some(([start, count]) => n >= start && n < start + count);
  const from = rewrite ? 2 : blocks[0]![0];
  const to = rewrite ? rows.length + 1 : blocks[blocks.length - 1]![0] + blocks[blocks.length - 1]![1] - 1;
  const copied = new Set(rows.filter(moving).map((r) => r[DEED.col.id]));
  const now = sheet.getRange(from, DEED.col.id + 1, to - from + 1, 1).getValues();
  const changed: string[] = [];
  now.forEach(([id], i) => {
    const n = from + i;
    const was = rows[n - 2]?.[DEED.col.id];
    const ok = rewrite ? id === was : !checked(n) || (id !== '' && copied.has(id));
    if (!ok) changed.push(MSG_ROW_MOVED.archiveRow(n, String(was ?? ''), String(id ?? '')));
  });
  if (changed.length > 0) return changed.slice(0, NAMED_CHANGES);
  if (!rewrite) {
    for (const [start, count] of blocks.reverse()) sheet.deleteRows(start, count);
    return [];
  }
  if (keeping.length > 0)
    sheet.getRange(2, 1, keeping.length, WIDTH).setValues(keeping.map((r) => r.map((v) => toCell(v as CellValue))));
  sheet.deleteRows(keeping.length + 2, rows.length - keeping.length);
  return [];
}

/** "Lưu trữ năm…": asks the year, moves it, and says where it went — or why not, in Vietnamese. */
export function menuArchiveYear(): void {
  const answer = prompt(MSG_ARCHIVE.menu, MSG_ARCHIVE.ask(today().year - 1));
  if (answer === null) return;
  const year = Number(answer.trim());
  try {
    const r = archiveYear(year, activeUserEmail());
    alert(MSG_ARCHIVE.menu, MSG_ARCHIVE.done(r.year, r.moved, r.kept, r.url));
  } catch (err) {
    const problem = err instanceof ArchiveProblem ? err.message : MSG_ARCHIVE.failed(errorText(err));
    if (!(err instanceof ArchiveProblem))
      reportIncident(MSG_ARCHIVE.menu, String(year), problem, MSG_ARCHIVE.retry, []);
    alert(MSG_ARCHIVE.menu, problem);
  }
}
