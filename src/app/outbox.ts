// The outbox «Hộp thư đi»: every email the add-on sends is first a row with its deduplication key, then sent as
// the day's quota allows under the script lock: «Chờ gửi» → «Đang gửi» → «Đã gửi» (or «Lỗi» with the reason).
// A (key, recipient) already sent is never sent again; a row left «Đang gửi» may have gone, so it is not resent.
// Mail a form respondent triggers is capped (FormMailCap): one per typed address a day within a fixed share of the
// quota (a unit's own address in «Đơn vị» outside both), and never into the reserve kept for leadership and admins;
// what the cap holds back says so in its row.
import { emailKey } from '../domain/email';
import { CELL_TEXT_LIMIT } from '../domain/cells';
import type { CellValue } from '../domain/deed';
import type { Settings } from '../domain/settings';
import * as MSG_FORM_MAIL from '#shared/messages/formMail';
import * as MSG_OUTBOX from '#shared/messages/outbox';
import * as MSG_OUTBOX_TRUST from '#shared/messages/outboxTrust';
import * as MSG_ROW_MOVED from '#shared/messages/rowMoved';
import { signAsMe } from '../gas/signature';
import { effectiveUserEmail } from '../gas/session';
import { remainingMailQuota, trySend } from '../gas/mail';
import { digestId, formatLocal } from '../gas/clock';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { loadConfig } from './config';
import { reportIncident } from './incidents';
import * as HANDLER from '#shared/handlers';
import { LockBusy, withDocumentLock, withLock } from '../gas/lock';
import { ensureClockTrigger } from '../gas/triggers';
import { appendRows, ensureTab, readRow, rowsMatching, tab, toCell } from '../gas/sheets';
import { errorText } from '#shared/errorText';
import { OUTBOX } from '../domain/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type MailKind = keyof typeof MSG_OUTBOX.kind;
type Status = keyof typeof MSG_OUTBOX.status;

/** A file sent with a message: kept as HTML in the outbox, converted to PDF when it is sent. */
export interface Attachment {
  /** The PDF's file name. */
  name: string;
  html: string;
  /** What the message says instead when the PDF cannot be made: what was not attached and where to find it. */
  ifMissing: string;
}

export interface Outgoing {
  kind: MailKind;
  /** With the kind, the deduplication key: '2026-11' for a month, '2026-W48' for a week, a deed's id… */
  period: string;
  to: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  attachments?: Attachment[];
}

export interface Delivery {
  sent: string[];
  /** Already sent in an earlier run. */
  already: string[];
  /** An earlier run stopped between 'Đang gửi' and 'Đã gửi': maybe sent, so not sent again. */
  uncertain: string[];
  /** Over the day's quota (or into the reserve, for form mail): queued, for a later run. */
  unsent: string[];
  /** Form mail the cap holds back for good (the address already mailed today, the day's share spent). */
  held: string[];
  failed: string[];
  /** Sent without their attachments (the PDF conversion failed): the message says where to print them. */
  unattached: string[];
  /** Rows no signature of this account vouches for (typed or changed by hand): not sent, an incident each. */
  refused: string[];
  /** Messages left for a follow-up run (this execution's sending budget is spent). */
  deferred: number;
}

/** At most 50 recipients per message (APPS-SCRIPT-FACTS.md). */
const RECIPIENTS_PER_MESSAGE = 50;
/**
 * Sends per execution: about 1.2 s each (LATENCY.md), so 50 keep a trigger's run near 95 s pessimistic with its reads
 * and writes — a margin inside the 120 s a trigger execution is given (issue 12; 60 came to 113 s); the rest goes on
 * from a follow-up.
 */
const SENDS_PER_EXECUTION = 50;
/** Columns before the body cells: key, kind, recipients, subject, status, note, queued at, sent at. */
const FIXED = OUTBOX.col.body;
const STATUS_COLUMN = OUTBOX.col.status + 1;
/** Intake and the sidebar wait this long for a report job's lock; the message stays queued otherwise. */
const SHORT_WAIT_MS = 5_000;
export const OUTBOX_HANDLER = HANDLER.outbox;
/** The daily run's hour: before the working day, so the morning's confirmations find the quota there. */
const OUTBOX_HOUR = 6;

/**
 * Of the 100 recipients a consumer account may mail a day, the most that form respondents can make the add-on mail:
 * anyone with the form's link can type any address, and a flood of refused submissions must leave the rest.
 */
export const FORM_MAIL_PER_DAY = 20;
/**
 * Kinds mailed to many units at once: each batch goes to the sender's own address with the units in Bcc, so no unit
 * sees the others' addresses; the sender counts as one more recipient of the 50.
 */
const BLIND_KINDS: readonly MailKind[] = ['flag_stories'];
const isBlind = (key: string) => BLIND_KINDS.some((k) => key.startsWith(mailKey(k, '')));
/** The kinds of mail a form respondent triggers by submitting (not a reviewer, not a job): the unit's notices. */
const FORM_KINDS: readonly MailKind[] = ['needs_fix', 'receipt'];
/** Document property holding the day's form mail (FormMailCap). */
const FORM_MAIL_KEY = 'outbox:formMail';

const WAITING: readonly (Status | undefined)[] = ['queued', 'unsent'];
const DONE: readonly (Status | undefined)[] = ['sent', 'sending'];

interface Payload {
  body: string;
  htmlBody?: string;
  attachments?: Attachment[];
  name: string;
  /**
   * Who queued the row and the HMAC, under that account's own secret (gas/signature.ts), of its key, subject,
   * recipients and content: a row typed or changed in the tab carries none that verifies, and is never sent.
   */
  sig?: { by: string; mac: string; to: string[] };
}

interface Row {
  n: number;
  key: string;
  kind: string;
  to: string[];
  /** The recipients cell as last read or written: with the key and the status, how the row is found again. */
  seen: string;
  subject: string;
  status: Status | undefined;
  note: string;
  queuedAt: unknown;
  sentAt: unknown;
  payload?: Payload;
}

/** A row made here: its body is at hand. */
type NewRow = Row & { payload: Payload };

export const mailKey = (kind: MailKind, period: string): string => `${kind}|${period}`;
const slot = (key: string, to: string) => `${key}|${emailKey(to)}`;
const statusOf = (text: unknown) =>
  (Object.keys(MSG_OUTBOX.status) as Status[]).find((s) => MSG_OUTBOX.status[s] === text);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The outbox, or one key's rows, read once (without the bodies): its rows, and the last row of each (key, recipient). */
export class Outbox {
  private readonly rows: Row[] = [];
  private readonly last = new Map<string, Row>();

  private constructor(
    private readonly sheet: Sheet,
    read: { n: number; values: unknown[] }[],
  ) {
    for (const { n, values } of read) {
      const [key, kind, to, subject, status, note, queuedAt, sentAt] = values;
      this.remember({
        n,
        key: String(key),
        kind: String(kind),
        seen: String(to),
        to: String(to)
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
        subject: String(subject),
        status: statusOf(status),
        note: String(note),
        queuedAt,
        sentAt,
      });
    }
  }

  static open(sheet = ensureTab(OUTBOX)): Outbox {
    const count = sheet.getLastRow() - 1;
    const values = count > 0 ? sheet.getRange(2, 1, count, FIXED).getValues() : [];
    return new Outbox(
      sheet,
      values.map((v, i) => ({ n: i + 2, values: v })),
    );
  }

  /** The rows of one key only, found by a search of the key column: the same cost whatever the outbox's size. */
  static ofKey(sheet: Sheet, key: string): Outbox {
    const found = rowsMatching(sheet, 'A:A', key);
    return new Outbox(
      sheet,
      found.map((n) => ({ n, values: readRow(sheet, n, FIXED) })),
    );
  }

  /** A waiting row for a (key, recipient) already sent is a duplicate, unless the admin asked to resend. */
  private remember(row: Row): void {
    this.rows.push(row);
    for (const to of row.to) {
      const before = this.last.get(slot(row.key, to))?.status;
      const duplicate = DONE.includes(before) && WAITING.includes(row.status) && row.note !== MSG_OUTBOX.resend;
      if (!duplicate) this.last.set(slot(row.key, to), row);
    }
  }

  entry(key: string, to: string): { status: Status | undefined; at: unknown } | undefined {
    const row = this.last.get(slot(key, to));
    return row && { status: row.status, at: row.sentAt || row.queuedAt };
  }

  /** Queues each message to its recipients, one row per 50, all in one write. */
  enqueue(items: readonly { m: Outgoing; to: readonly string[] }[], name: string, resend = false): void {
    this.add(
      items.flatMap(({ m, to }) =>
        chunks(to, RECIPIENTS_PER_MESSAGE - (BLIND_KINDS.includes(m.kind) ? 1 : 0)).map((group) =>
          seal(newRow(m, group, name, resend ? MSG_OUTBOX.resend : '')),
        ),
      ),
    );
  }

  private add(rows: NewRow[]): void {
    if (rows.length === 0) return;
    // Not sealed here: a row split over the quota keeps the signature it was read with (a forged one stays forged).
    const lines = rows.map(line);
    const width = Math.max(0, ...lines.map((l) => l.length));
    // Numbered and written under the document lock, as every append to the outbox is: no other execution can
    // append between the two, so a status is never written onto someone else's row.
    const first = withDocumentLock(() => {
      const next = this.sheet.getLastRow() + 1;
      appendRows(
        this.sheet,
        lines.map((l) => [...l, ...Array<string>(width - l.length).fill('')]),
      );
      return next;
    }, SHORT_WAIT_MS);
    rows.forEach((r, i) => this.remember(Object.assign(r, { n: first + i, seen: r.to.join(', ') })));
  }

  /**
   * Writes the row's status, recipients and note where the row is now: false (nothing written, an incident) when it
   * cannot be found again, since a person may have deleted or sorted rows of the tab during the run.
   */
  private write(row: Row, status: Status, note = row.note): boolean {
    if (!this.locate(row)) {
      const incident = MSG_ROW_MOVED.outboxLost(row.key, row.n, MSG_OUTBOX.status[status]);
      reportIncident(MSG_ROW_MOVED.outboxJob, row.key, incident, MSG_ROW_MOVED.outboxTodo, []);
      return false;
    }
    Object.assign(row, { status, note, seen: row.to.join(', '), sentAt: status === 'sent' ? new Date() : row.sentAt });
    this.sheet.getRange(row.n, 3, 1, FIXED - 2).setValues([fixedCells(row).slice(2).map(toCell)]);
    return true;
  }

  /**
   * Whether the row is still at `row.n` (its key, recipients and status: one read), or else found again by its key
   * (one search, one read per row of that key) as the only row of the key with those recipients and status.
   */
  private locate(row: Row): boolean {
    const holds = (values: readonly unknown[] | undefined) =>
      !!values &&
      String(values[OUTBOX.col.key]) === row.key &&
      String(values[OUTBOX.col.to]) === row.seen &&
      String(values[OUTBOX.col.status]) === MSG_OUTBOX.status[row.status!];
    const read = (n: number) => this.sheet.getRange(n, 1, 1, OUTBOX.col.status + 1).getValues()[0];
    if (row.n >= 2 && holds(read(row.n))) return true;
    const found = rowsMatching(this.sheet, 'A:A', row.key).filter((n) => n >= 2 && holds(read(n)));
    if (found.length !== 1) return false;
    row.n = found[0]!;
    return true;
  }

  /**
   * 'ok' when the running account signed this row as it stands (its recipients may only have shrunk, as a split over
   * the quota leaves them), 'other' when another account's signature it cannot check, 'forged' otherwise.
   */
  private verify(row: Row): 'ok' | 'other' | 'forged' {
    let p: Payload;
    try {
      p = this.payloadOf(row);
    } catch {
      return 'forged'; // not the JSON the add-on writes
    }
    const sig = p.sig;
    if (!sig || typeof sig.by !== 'string' || typeof sig.mac !== 'string' || !Array.isArray(sig.to)) return 'forged';
    if (sig.by !== effectiveUserEmail()) return 'other';
    const signed = new Set(sig.to.map((t) => emailKey(String(t))));
    const within = row.to.every((t) => signed.has(emailKey(t)));
    return within && signAsMe(macInput(row.key, row.subject, sig.to, p)) === sig.mac ? 'ok' : 'forged';
  }

  private payloadOf(row: Row): Payload {
    if (!row.payload) {
      const width = this.sheet.getLastColumn() - FIXED;
      const cells = width > 0 ? (this.sheet.getRange(row.n, FIXED + 1, 1, width).getValues()[0] ?? []) : [];
      row.payload = JSON.parse(cells.map(String).join('')) as Payload;
    }
    return row.payload;
  }

  /**
   * Sends the waiting rows (of these keys only, when given) in order, as far as the quota less `reserve` and this
   * execution's budget allow; a row larger than the quota left is split, its rest waiting for a later run.
   * Form mail goes only as FormMailCap allows (its reserve from `settings`, read from the settings when not given).
   * The caller holds the script lock.
   */
  flush(options: { keys?: ReadonlySet<string>; reserve: number; settings?: Settings }): Delivery {
    const out: Delivery = {
      sent: [],
      already: [],
      uncertain: [],
      unsent: [],
      held: [],
      failed: [],
      unattached: [],
      refused: [],
      deferred: 0,
    };
    const cap = new FormMailCap(
      () => options.settings ?? loadConfig().settings,
      () =>
        new Set(
          loadConfig()
            .units.map((u) => emailKey(u.email))
            .filter(Boolean),
        ),
    );
    let quota = remainingMailQuota() - options.reserve;
    let sends = 0;
    for (const row of [...this.rows]) {
      if (!WAITING.includes(row.status) || (options.keys && !options.keys.has(row.key))) continue;
      if (row.to.some((to) => this.last.get(slot(row.key, to)) !== row)) {
        this.write(row, 'duplicate');
        continue;
      }
      if (sends >= SENDS_PER_EXECUTION) {
        out.deferred += 1;
        continue;
      }
      if (quota < row.to.length) {
        const over = row.to.slice(Math.max(0, quota));
        out.unsent.push(...over);
        if (quota <= 0) {
          if (row.status !== 'unsent') this.write(row, 'unsent');
          continue;
        }
        if (!row.payload && !this.locate(row)) continue; // its body is read below: from its row, wherever it is now
        this.add([{ ...row, to: over, status: 'unsent', payload: this.payloadOf(row) }]);
        row.to = row.to.slice(0, quota);
      }
      const hold = isFormMail(row.key) ? cap.take(row.to) : undefined;
      if (hold !== undefined) {
        const [status, note] =
          hold === 'reserve'
            ? (['unsent', MSG_FORM_MAIL.reserve(cap.reserve())] as const)
            : ([
                'held',
                hold === 'sameRecipient' ? MSG_FORM_MAIL.sameRecipient : MSG_FORM_MAIL.dailyShare(FORM_MAIL_PER_DAY),
              ] as const);
        if (row.status !== status || row.note !== note) this.write(row, status, note);
        out[status].push(...row.to);
        continue;
      }
      const was = row.status!;
      if (!this.write(row, 'sending')) continue; // not found again: not sent, since it could not be marked
      // Read after «Đang gửi» is written, so that the read also commits it before anything is sent.
      const verdict = this.verify(row);
      if (verdict === 'other') {
        this.write(row, was); // queued by another account: only that account can vouch for it and send it
        continue;
      }
      if (verdict === 'forged') {
        this.write(row, 'refused');
        const problem = MSG_OUTBOX_TRUST.problem(row.key, row.to.join(', '));
        reportIncident(MSG_OUTBOX_TRUST.job, row.key, problem, MSG_OUTBOX_TRUST.todo, []);
        out.refused.push(...row.to);
        continue;
      }
      const p = this.payloadOf(row);
      const blind = isBlind(row.key);
      const result = trySend({
        ...(blind ? { to: effectiveUserEmail(), bcc: row.to.join(',') } : { to: row.to.join(',') }),
        subject: row.subject,
        // Only the signed fields: a field added to a row's JSON by hand (a "bcc", a "to") never reaches MailApp.
        body: p.body,
        htmlBody: p.htmlBody,
        attachments: p.attachments,
        name: p.name,
      });
      sends += 1;
      if (result.sent) {
        const unattached = result.unattached;
        this.write(row, 'sent', unattached === undefined ? row.note : MSG_OUTBOX.unattached(unattached));
        if (unattached !== undefined) out.unattached.push(...row.to);
        out.sent.push(...row.to);
        quota -= row.to.length + (blind ? 1 : 0);
      } else {
        cap.release(row.to); // not sent: the day's count is given back
        const status = result.reason === 'quota' ? 'unsent' : 'failed';
        this.write(row, status, status === 'failed' ? (result.reason ?? '') : row.note);
        out[status].push(...row.to);
      }
    }
    return out;
  }
}

const isFormMail = (key: string) => FORM_KINDS.some((k) => key.startsWith(mailKey(k, '')));
/** An address as the cap remembers it: a digest, so the day's property names no one. */
const recipientId = (to: string) => digestId('M', emailKey(to));

interface FormMailDay {
  /** The local date, yyyy-MM-dd. */
  day: string;
  /** Recipients mailed (or being mailed) today. */
  sent: number;
  /** Digests of the addresses mailed today. */
  to: string[];
  /** Whether the admins have been told today that the cap was reached. */
  told: boolean;
}

/**
 * The day's form mail, counted in a document property rather than read back from «Hộp thư đi»: one read and one
 * write whatever the outbox's size, and out of reach from the Sheet's grid (a row of the tab deleted or typed in
 * would reset or fill the count; the properties are reached only through code in the script project, which an editor
 * who opens the script editor controls anyway: docs/security.md). Every flush holds the script lock, so two
 * executions never count at once.
 */
class FormMailCap {
  private state: FormMailDay | undefined;
  private kept: number | undefined;

  private registered: ReadonlySet<string> | undefined;

  constructor(
    private readonly settings: () => Settings | undefined,
    /** The units' addresses in «Đơn vị»: chosen by the admins, not by whoever has the form's link. */
    private readonly registry: () => ReadonlySet<string>,
  ) {}

  /**
   * The quota form mail must leave: the monthly report's recipients, and the admins twice (the report job keeps
   * their share for its own incident mail, and the cap's incident of the day is mailed to them too).
   */
  reserve(): number {
    if (this.kept === undefined) {
      const s = this.settings();
      this.kept = s ? s.leadership.length + 2 * s.admins.length : 0;
    }
    return this.kept;
  }

  /**
   * Why these recipients may not be mailed now, or undefined: then they are counted as mailed today. An address typed
   * in the form (anyone's, unverified) gets one a day, within the day's share: the form must not be a way to flood
   * someone else's mailbox. A unit's own address in «Đơn vị», which the admins chose, gets each of its notices (a unit
   * may send several reports, or fix one, in a day) outside the share; all of it never reaches into the reserve.
   */
  take(to: readonly string[]): 'sameRecipient' | 'dailyShare' | 'reserve' | undefined {
    const day = this.today();
    const ids = this.typed(to).map(recipientId);
    if (ids.some((id) => day.to.includes(id))) return 'sameRecipient';
    if (day.sent + ids.length > FORM_MAIL_PER_DAY) return this.reached('dailyShare');
    if (remainingMailQuota() - to.length < this.reserve()) return this.reached('reserve');
    if (ids.length === 0) return undefined;
    day.sent += ids.length;
    day.to.push(...ids);
    this.save();
    return undefined;
  }

  /** The recipients that are not a unit's address in «Đơn vị». */
  private typed(to: readonly string[]): readonly string[] {
    this.registered ??= this.registry();
    const known = this.registered;
    return to.filter((t) => !known.has(emailKey(t)));
  }

  /** Recipients taken but not mailed (MailApp refused): they count no more. */
  release(to: readonly string[]): void {
    const ids = new Set(this.typed(to).map(recipientId));
    if (ids.size === 0) return;
    const day = this.today();
    day.sent = Math.max(0, day.sent - ids.size);
    day.to = day.to.filter((id) => !ids.has(id));
    this.save();
  }

  /** The first time today the cap holds mail back, the admins are told (a row of «Sự cố» and a mail). */
  private reached<H>(hold: H): H {
    const day = this.today();
    if (!day.told) {
      day.told = true;
      this.save();
      const admins = this.settings()?.admins ?? [];
      reportIncident(
        MSG_FORM_MAIL.job,
        day.day,
        MSG_FORM_MAIL.reached(FORM_MAIL_PER_DAY),
        MSG_FORM_MAIL.reachedTodo,
        admins,
      );
    }
    return hold;
  }

  /** Today's count: a property of an earlier day, or unreadable, starts the day afresh. */
  private today(): FormMailDay {
    const day = formatLocal(new Date(), 'yyyy-MM-dd');
    if (this.state?.day === day) return this.state;
    let stored: Partial<FormMailDay> = {};
    try {
      stored = JSON.parse(getDocumentProperty(FORM_MAIL_KEY) ?? '{}') as Partial<FormMailDay>;
    } catch {
      // Unreadable: only the script writes it, so the day starts afresh.
    }
    const same = stored.day === day && typeof stored.sent === 'number' && Array.isArray(stored.to);
    this.state = same
      ? { day, sent: stored.sent ?? 0, to: (stored.to ?? []).map(String), told: stored.told === true }
      : { day, sent: 0, to: [], told: false };
    return this.state;
  }

  private save(): void {
    setDocumentProperty(FORM_MAIL_KEY, JSON.stringify(this.state));
  }
}

function newRow(m: Outgoing, to: readonly string[], name: string, note = ''): NewRow {
  return {
    n: 0,
    key: mailKey(m.kind, m.period),
    kind: MSG_OUTBOX.kind[m.kind],
    to: [...to],
    seen: to.join(', '),
    subject: m.subject,
    status: 'queued',
    note,
    queuedAt: new Date(),
    sentAt: '',
    payload: { body: m.body, htmlBody: m.htmlBody, attachments: m.attachments, name },
  };
}

function fixedCells(r: Row): CellValue[] {
  const at = (v: unknown) => (v instanceof Date ? v : '');
  return [
    r.key,
    r.kind,
    r.to.join(', '),
    r.subject,
    MSG_OUTBOX.status[r.status!],
    r.note,
    at(r.queuedAt),
    at(r.sentAt),
  ];
}

/**
 * What a row's signature covers: everything that decides where the message goes and what it says. The key names the
 * kind, so whether a row goes blind (BLIND_KINDS) is signed too, and a blind batch's Bcc recipients are its `to`.
 */
function macInput(key: string, subject: string, to: readonly string[], p: Payload): string {
  return JSON.stringify([key, subject, to, p.body, p.htmlBody ?? null, p.attachments ?? null, p.name]);
}

/** The row with its payload signed by the running account (its key, subject, recipients and content). */
function seal<R extends NewRow>(r: R): R {
  const { sig: _old, ...content } = r.payload;
  const sig = { by: effectiveUserEmail(), mac: signAsMe(macInput(r.key, r.subject, r.to, content)), to: [...r.to] };
  return Object.assign(r, { payload: { ...content, sig } });
}

const line = (r: NewRow): CellValue[] => [...fixedCells(r), ...bodyCells(r.payload)];

/** The messages as waiting rows of «Hộp thư đi», signed, one row each (for an append the caller makes). */
export const queuedLines = (messages: readonly Outgoing[], name: string): CellValue[][] =>
  messages.map((m) => line(seal(newRow(m, m.to, name))));

/** The bodies are kept, split over cells of at most CELL_TEXT_LIMIT characters: a queued message goes as queued. */
function bodyCells(p: Payload): string[] {
  const json = JSON.stringify(p);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CELL_TEXT_LIMIT) out.push(json.slice(i, i + CELL_TEXT_LIMIT));
  return out;
}

/**
 * Queues the message to these recipients not yet sent to (all of them when `resend`), then sends it: the
 * report jobs' way, under the script lock they hold.
 */
export function deliver(
  outbox: Outbox,
  messages: readonly Outgoing[],
  options: { force: boolean; reserve: number; senderName: string; settings?: Settings },
): Delivery {
  const early: Pick<Delivery, 'already' | 'uncertain'> = { already: [], uncertain: [] };
  const keys = new Set<string>();
  const items: { m: Outgoing; to: string[] }[] = [];
  for (const m of messages) {
    const key = mailKey(m.kind, m.period);
    keys.add(key);
    const fresh = m.to.filter((to) => {
      const status = outbox.entry(key, to)?.status;
      if (WAITING.includes(status)) return false; // already queued: sent below
      if (options.force) return true;
      if (status === 'sent') early.already.push(to);
      else if (status === 'sending') early.uncertain.push(to);
      return !DONE.includes(status);
    });
    if (fresh.length > 0) items.push({ m, to: fresh });
  }
  outbox.enqueue(items, options.senderName, options.force);
  return { ...outbox.flush({ keys, reserve: options.reserve, settings: options.settings }), ...early };
}

/**
 * One message from intake or the sidebar (or several of one key: a notice, one per recipient), under the script lock:
 * its key looked up, queued and sent when the quota allows. With the lock busy it is only queued, for the daily trigger (which skips a duplicate key).
 */
export function queueAndSend(message: Outgoing | readonly Outgoing[], name: string, settings?: Settings): void {
  const all: readonly Outgoing[] = 'kind' in message ? [message] : message;
  const first = all[0];
  if (!first) return;
  let sheet: Sheet;
  try {
    sheet = ensureTab(OUTBOX);
  } catch {
    return keepNotices(all, name); // «Hộp thư đi» refuses it (reported): queued by the sweep once it is put back
  }
  const options = { force: false, reserve: 0, senderName: name, settings };
  try {
    withLock(
      'script',
      () => deliver(Outbox.ofKey(sheet, mailKey(first.kind, first.period)), all, options),
      SHORT_WAIT_MS,
    );
    return;
  } catch (err) {
    // Queued again below: a second waiting row of the same key is collapsed by the next run (never sent twice).
    if (!(err instanceof LockBusy)) console.warn(`Outbox: could not send now, queueing: ${errorText(err)}`);
  }
  // The script lock is busy (a report job is sending): queue only, under the document lock when it comes in time.
  const append = () => appendRows(sheet, queuedLines(all, name));
  try {
    withDocumentLock(append, SHORT_WAIT_MS);
  } catch {
    append(); // never lose the message: a rare row without the lock beats none
  }
}

/** Where a notice the outbox refused waits: one document property each, keyed by its message and recipients. */
export const KEPT_NOTICE = 'kept:';

/** Keeps the notices for the sweep (app/noticeMail.ts requeueNotices); a notice kept twice is kept once. */
export function keepNotices(messages: readonly Outgoing[], name: string): void {
  for (const m of messages)
    setDocumentProperty(`${KEPT_NOTICE}${mailKey(m.kind, m.period)}|${m.to.join()}`, JSON.stringify({ m, name }));
}

/** The daily trigger: sends what is queued (the quota is back 24 h after the day's first send). */
export function sendQueuedMail(): Delivery | undefined {
  try {
    return withLock('script', () => Outbox.open().flush({ reserve: 0 }));
  } catch (err) {
    if (err instanceof LockBusy) return undefined; // a report job is sending: it flushes the queue itself
    throw err;
  }
}

export function installOutboxTrigger(): void {
  ensureClockTrigger(OUTBOX_HANDLER, { daily: true, hour: OUTBOX_HOUR });
}

/** For the sidebar: the day's remaining quota and the outbox's waiting, failed and stuck rows (one read). */
export function mailBudget(): { remaining: number; queued: number; failed: number; uncertain: number } {
  const sheet = tab(OUTBOX.name);
  const count = sheet ? sheet.getLastRow() - 1 : 0;
  const statuses = sheet && count > 0 ? sheet.getRange(2, STATUS_COLUMN, count, 1).getValues() : [];
  const tally = (s: Status) => statuses.filter((r) => r[0] === MSG_OUTBOX.status[s]).length;
  return {
    remaining: remainingMailQuota(),
    queued: tally('queued') + tally('unsent'),
    failed: tally('failed'),
    uncertain: tally('sending'),
  };
}
