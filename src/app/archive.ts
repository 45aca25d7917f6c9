// Capacity and the yearly archive: how full the Sheet is against the 10,000,000-cell limit (the admin is
// warned from 80 %), and moving a closed year's deeds, with their audit rows and monthly summaries, into a
// spreadsheet the add-on creates through the Sheets advanced service (drive.file: only files it made) — in slices,
// its state saved between executions, continued by a one-time trigger.
import { emailKey } from '../domain/email';
import { checked } from './structureGuard';
import { capacityOf } from '../domain/capacity';
import type { Capacity } from '../domain/capacity';
import { ARCHIVES, AUDIT, DEED } from '../domain/tabs';
import { QUESTIONS } from '../domain/form';
import * as MSG_ARCHIVE from '#shared/messages/archive';
import * as MSG_ROW_MOVED from '#shared/messages/rowMoved';
import { AUDIT_ACTIONS } from '#shared/codes';
import { auditRow } from '../domain/auditLine';
import { adminsOf, loadConfig } from './config';
import { reportIncident } from './incidents';
import { TIME_ZONE, formatLocal, today } from '../gas/clock';
import { activeUserEmail } from '../gas/session';
import { alert, prompt } from '../gas/ui';
import { createSpreadsheet, readFirstColumn, readRows, writeRows } from '../gas/archiveFile';
import { LockBusy, withDocumentLock } from '../gas/lock';
import { appendRows, ensureTab, rowsMatching, spreadsheet, tab } from '../gas/sheets';
import { deleteDocumentProperty, getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { ensureOneTimeTrigger, removeTriggers } from '../gas/triggers';
import { trySend } from '../gas/mail';
import { wholeColumn } from '../domain/structure';
import * as HANDLER from '#shared/handlers';
import { forgetMonths } from './indexes/months';
import { rowsDeleted } from './retention';
import { columnRuns } from '../domain/columnRuns';
import { errorText } from '#shared/errorText';

const WIDTH = DEED.width;

/** Every tab's grid size (what the limit counts), and what it leaves for deeds. */
export function measureCapacity(): Capacity {
  const tabs = spreadsheet()
    .getSheets()
    .map((s) => ({ name: s.getName(), rows: s.getMaxRows(), columns: s.getMaxColumns() }));
  // A Sheet whose set-up has not run since the form stopped filling a tab still grows one there per response.
  const responses = spreadsheet().getFormUrl() ? QUESTIONS.length + 1 : 0;
  return capacityOf(tabs, { deeds: WIDTH, responses, audit: AUDIT.width });
}

/** The weekly check: a «Sự cố» row and an email to the admins once the Sheet is 80 % full. */
export function watchCapacity(admins: readonly string[]): Capacity {
  const c = measureCapacity();
  if (c.warn) reportIncident(MSG_ARCHIVE.capacityJob, '', MSG_ARCHIVE.nearlyFull(c), MSG_ARCHIVE.archiveTodo, admins);
  return c;
}

/** A refusal, or a stop whose incident is written: what the admin reads. */
export class ArchiveProblem extends Error {}

/** A cell as the archive stores it: text stays text (RAW), a date becomes readable local text. */
function archived(v: unknown): string | number | boolean {
  if (v instanceof Date) return formatLocal(v, 'yyyy-MM-dd HH:mm:ss');
  return typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
}

/** Deed rows read and moved in one slice: 10,000 × (39 + 1 verified) cells ≈ 40 s at the pessimistic 0.1 ms a cell. */
const SLICE_ROWS = 10_000;
/**
 * «Nhật ký» rows one slice reads the deed id of (and copies, at most: ≤ 100,000 cells). Its «Nội dung» lines are long
 * strings: the bench measures what an execution of ≤ 3 such slices holds, under 50 MB at 250,000 deeds.
 */
const AUDIT_ROWS = 20_000;
/** Another slice starts while an execution has read fewer cells than a whole slice of deeds: ≈ 80 s at the most. */
const BUDGET = SLICE_ROWS * (WIDTH + 1);
/** Blocks (runs of adjacent rows) one slice deletes, one deleteRows each. */
const MAX_BLOCKS = 300;
const LATER_MS = 60_000;
const KEY = 'archive:job';

/** The archive under way, saved after every step (one document property). */
interface Job {
  y: number;
  id: string;
  url: string;
  by: string;
  /** Deeds in the file. */
  n: number;
  /** Deeds deleted from «Việc tốt». */
  m: number;
  /** The last batch written to the file ([first data row offset, count]) whose rows may still be in «Việc tốt». */
  p?: [number, number];
  /** «Nhật ký»: 0 while deeds move, then the next row to read, the key of the row above it, rows in the file. */
  a: number;
  ak: string;
  an: number;
  /** The last batch of «Nhật ký» rows written to the file ([offset, count]) that may still be in «Nhật ký». */
  q?: [number, number];
}

/** Whether a year's archive is under way (set-up folds no columns then: the file holds the rows as they were). */
export const archiveUnderWay = (): boolean => getDocumentProperty(KEY) !== null;

const loadJob = (): Job | undefined => JSON.parse(getDocumentProperty(KEY) ?? 'null') as Job | undefined;
const saveJob = (job: Job) => setDocumentProperty(KEY, JSON.stringify(job));

/** Sheet rows (ascending) of the year's deeds: one server-side search of the month column per month. */
function yearRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, year: number): number[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return months.flatMap((m) => rowsMatching(sheet, wholeColumn(DEED.col.month), m)).sort((a, b) => a - b);
}

/** The archive of `year` under way, or a new one: its file made with the summaries and room for the deeds. */
function begin(year: number, user: string): Job {
  const config = loadConfig();
  // Moving a year out is for the admins of the settings: anyone else who can open the menu is refused.
  if (!adminsOf(config).includes(emailKey(user))) throw new ArchiveProblem(MSG_ARCHIVE.adminsOnly);
  if (!Number.isInteger(year) || year < 2017 || year >= today().year)
    throw new ArchiveProblem(MSG_ARCHIVE.openYear(today().year));
  const saved = loadJob(); // the archive under way goes on first, whatever year was typed (the alert names it)
  if (saved) return saved;
  const found = yearRows(checked(ensureTab(DEED), DEED), year).length;
  if (found === 0) throw new ArchiveProblem(MSG_ARCHIVE.nothing(year));
  const summaries = spreadsheet()
    .getSheets()
    .filter((s) => new RegExp(`^Tổng hợp \\d{2}/${year}$`).test(s.getName()))
    .map((s) => ({
      name: s.getName(),
      rows: s
        .getDataRange()
        .getValues()
        .map((r) => r.map(archived)),
    }));
  const { id, url } = createSpreadsheet(MSG_ARCHIVE.title(config.settings?.organisation ?? '', year), TIME_ZONE, [
    { name: DEED.name, rows: [DEED.headers], room: found + 1_000 /* late reports */ },
    // Room for every audit row there is (the year's are fewer); a write past the grid fails whole (archiveFile.ts).
    { name: AUDIT.name, rows: [AUDIT.headers], room: tab(AUDIT.name)?.getLastRow() },
    ...summaries,
  ]);
  const job: Job = { y: year, id, url, by: user, n: 0, m: 0, a: 0, ak: '', an: 0 };
  saveJob(job);
  return job;
}

/**
 * Rows the file's tab lacks written after the `done` it holds, the batch saved first as the one under way ([p] or [q]):
 * a cut-off after this is read back from the file, never written twice. How many the tab holds then.
 */
function writeBatch(job: Job, pending: 'p' | 'q', name: string, done: number, fresh: readonly unknown[][]): number {
  if (fresh.length === 0) return done;
  job[pending] = [done, fresh.length];
  saveJob(job);
  writeRows(
    job.id,
    name,
    done + 2,
    fresh.map((r) => r.map(archived)),
  );
  return done + fresh.length;
}

/**
 * One slice of the year's deeds: found anew (rows may have moved since the last execution), read, the ones not yet in
 * the file written to it, then deleted — only when every row of the slice still holds a deed the file has, read
 * right before. A batch written but not yet deleted ([p]) is read back from the file first, so it is never copied
 * twice. Cells read, and whether the year's deeds are all gone.
 */
function moveDeeds(job: Job): [number, boolean] {
  const sheet = checked(ensureTab(DEED), DEED); // read and deleted by column position
  const inFile = job.p ? readFirstColumn(job.id, DEED.name, job.p[0] + 2, job.p[1]) : [];
  if (job.p) job.n = job.p[0] + inFile.length;
  const copied = new Set(inFile);
  const rows = yearRows(sheet, job.y);
  const blocks = columnRuns(rows.slice(0, SLICE_ROWS))
    .slice(0, MAX_BLOCKS)
    .map(([a, z]): [number, number] => [a, z - a + 1]);
  const read = blocks.map(([start, count]) => sheet.getRange(start, 1, count, WIDTH).getValues());
  const prefix = `${job.y}-`;
  const fresh = read.flat().filter((r) => String(r[DEED.col.month]).startsWith(prefix) && !copied.has(String(r[0])));
  job.n = writeBatch(job, 'p', DEED.name, job.n, fresh);
  fresh.forEach((r) => copied.add(String(r[0])));
  // A person's edits take no lock: rows deleted, inserted or sorted since the read would shift what is deleted.
  const changed: string[] = [];
  blocks.forEach(([start, count], b) =>
    sheet
      .getRange(start, 1, count, 1)
      .getValues()
      .forEach(([id], i) => {
        if (!copied.has(String(id)))
          changed.push(MSG_ROW_MOVED.archiveRow(start + i, String(read[b]![i]![0]), String(id ?? '')));
      }),
  );
  if (changed.length > 0) stopChanged(job, DEED.name, changed);
  for (const [start, count] of [...blocks].reverse()) sheet.deleteRows(start, count);
  forgetMonths(); // the month index's rows moved up
  const moved = read.reduce((n, r) => n + r.length, 0);
  job.m += moved;
  job.p = undefined;
  return [moved * (WIDTH + 1), moved === rows.length];
}

/** Rows of `tab` moved by a person since they were read: nothing deleted, an incident, the archive stops. */
function stopChanged(job: Job, tab: string, rows: readonly string[]): never {
  const problem = MSG_ROW_MOVED.archiveChanged(tab, job.y, rows.slice(0, 3).join('; '), job.url);
  reportIncident(MSG_ARCHIVE.menu, String(job.y), problem, MSG_ROW_MOVED.archiveTodo, adminsOf());
  throw new ArchiveProblem(problem);
}

/** A «Nhật ký» row as text, here as in the file (which stores a moment as text, TRUE as the API's "TRUE"): its identity. */
const auditKey = (r: readonly unknown[]): string =>
  r
    .slice(0, AUDIT.width)
    .map((v) => String(archived(v)).toLowerCase())
    .join('\u0001');

/**
 * One slice of «Nhật ký»: the rows of deeds the file holds, from a cursor, moved to the file's next rows — written,
 * then deleted here once the rows still hold the deeds read (a person's sort takes no lock), so the tab shrinks with
 * «Việc tốt». A batch written but maybe not deleted ([q]) is read back from the file first: never copied twice. The
 * key of the row above the cursor is checked first: rows sorted or deleted there since, and the search starts again
 * from the top (rows moved are gone from it). Cells read, and whether the tab is done.
 */
function moveAudit(job: Job): [number, boolean] {
  const audit = checked(ensureTab(AUDIT), AUDIT); // read and deleted by column position
  const inFile = job.q ? readRows(job.id, AUDIT.name, job.q[0] + 2, job.q[1], AUDIT.width) : [];
  if (job.q) job.an = job.q[0] + inFile.length;
  const copied = new Set(inFile.map(auditKey));
  const last = audit.getLastRow();
  const keyAt = (row: number) => JSON.stringify(audit.getRange(row, 1, 1, 3).getValues());
  if (job.a > last + 1 || (job.a > 2 && keyAt(job.a - 1) !== job.ak)) job.a = 2;
  if (last < job.a) return [0, true];
  const ids = new Set(readFirstColumn(job.id, DEED.name, 2, job.n || 1));
  ids.delete(''); // a cell blanked in the file by hand: «Nhật ký»'s own lines (no deed) never move
  let end = Math.min(last, job.a + AUDIT_ROWS - 1);
  const idsRead = audit.getRange(job.a, AUDIT.col.deedId + 1, end - job.a + 1, 1).getValues();
  const hits = idsRead.flatMap(([id], i) => (ids.has(String(id)) ? [job.a + i] : []));
  // One deleteRows a run: a slice stops after MAX_BLOCKS runs, the rest for the next one.
  const runs = columnRuns(hits).slice(0, MAX_BLOCKS);
  if (runs.length === MAX_BLOCKS) end = runs[MAX_BLOCKS - 1]![1];
  const moving = hits.filter((r) => r <= end);
  const rows = runs.flatMap(([a, z]) => audit.getRange(a, 1, z - a + 1, AUDIT.width).getValues());
  const fresh = rows.filter((r) => !copied.has(auditKey(r)));
  job.an = writeBatch(job, 'q', AUDIT.name, job.an, fresh);
  const now = moving.length > 0 ? audit.getRange(job.a, AUDIT.col.deedId + 1, end - job.a + 1, 1).getValues() : [];
  const changed = moving.filter((r) => String(now[r - job.a]![0]) !== String(idsRead[r - job.a]![0]));
  if (changed.length > 0)
    stopChanged(
      job,
      AUDIT.name,
      changed.map((r) => MSG_ROW_MOVED.archiveRow(r, String(idsRead[r - job.a]![0]), String(now[r - job.a]![0] ?? ''))),
    );
  for (const [a, z] of [...runs].reverse()) audit.deleteRows(a, z - a + 1);
  rowsDeleted(AUDIT.name, runs); // retention's cursor follows the rows it walked
  job.q = undefined;
  const cells = (now.length > 0 ? 2 : 1) * (end - job.a + 1) + rows.length * AUDIT.width;
  const done = end >= last;
  job.a = end + 1 - moving.length;
  job.ak = job.a > 2 ? keyAt(job.a - 1) : '';
  return [cells, done];
}

/** Slices while the execution's budget lasts, the state saved after each; whether the archive is complete. */
function advance(job: Job): boolean {
  for (let used = 0; used < BUDGET; saveJob(job)) {
    const [cells, done] = job.a === 0 ? moveDeeds(job) : moveAudit(job);
    used += cells;
    if (done && job.a > 0) return true;
    if (done) job.a = 2;
  }
  return false;
}

/** The archive recorded («Lưu trữ», «Nhật ký») and its state dropped; what to tell the admin. */
function finish(job: Job): string {
  const now = new Date();
  appendRows(ensureTab(ARCHIVES), [[job.y, job.m, job.url, now, job.by]]);
  appendRows(ensureTab(AUDIT), [
    auditRow(now, job.by, '', AUDIT_ACTIONS.archive, MSG_ARCHIVE.auditColumn(job.y), job.m, job.url),
  ]);
  deleteDocumentProperty(KEY);
  return MSG_ARCHIVE.done(job.y, job.m, ensureTab(DEED).getLastRow() - 1, job.url);
}

/** One execution's part of the archive under the document lock: done (what to say), or more to do (null). */
function step(start?: { year: number; user: string }): { job: Job; said: string | null } | undefined {
  return withDocumentLock(() => {
    const job = start ? begin(start.year, start.user) : loadJob();
    if (!job) return undefined; // a second trigger after the end
    if (advance(job)) return { job, said: finish(job) };
    ensureOneTimeTrigger(HANDLER.archive, LATER_MS);
    return { job, said: null };
  });
}

/** What the admin reads of an error; an incident is written unless it is a refusal or a stop already written. */
function problemOf(err: unknown, admins: readonly string[]): string {
  if (err instanceof ArchiveProblem) return err.message;
  const problem = MSG_ARCHIVE.failed(errorText(err));
  reportIncident(MSG_ARCHIVE.menu, '', problem, MSG_ROW_MOVED.archiveTodo, admins);
  return problem;
}

/** One-time trigger: the archive goes on; the admins are emailed when it is complete, or of an incident if it stops. */
export function continueArchive(): void {
  removeTriggers(HANDLER.archive); // a one-time trigger stays listed after it fired
  const admins = adminsOf();
  try {
    const r = step();
    if (r?.said) trySend({ to: admins.join(','), subject: MSG_ARCHIVE.auditColumn(r.job.y), body: r.said });
  } catch (err) {
    if (err instanceof LockBusy) ensureOneTimeTrigger(HANDLER.archive, LATER_MS);
    else problemOf(err, admins);
  }
}

/** "Lưu trữ năm…": asks the year, starts (or goes on with) its archive, and says how far it got, in Vietnamese. */
export function menuArchiveYear(): void {
  const answer = prompt(MSG_ARCHIVE.menu, MSG_ARCHIVE.ask(today().year - 1));
  if (answer === null) return;
  try {
    const r = step({ year: Number(answer.trim()), user: activeUserEmail() })!;
    alert(MSG_ARCHIVE.menu, r.said ?? MSG_ARCHIVE.going(r.job.y, r.job.m));
  } catch (err) {
    alert(MSG_ARCHIVE.menu, problemOf(err, []));
  }
}
