// Report emails, each sent once per period: the sent log tab records 'Đang gửi' before a message goes and
// 'Đã gửi' after, so a re-run never sends twice and a run that stopped in between is flagged, not resent.
// What the day's mail quota cannot take is recorded as not sent, and sent by a later run.
import type { CellValue } from '../domain/deed';
import { MSG_REPORT } from '../ui/messages';
import { trySend } from '../gas/mail';
import { appendRows, ensureTab, readBody, toCell } from '../gas/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type MailKind = keyof typeof MSG_REPORT.kind;
type LogStatus = keyof typeof MSG_REPORT.status;

export interface Outgoing {
  kind: MailKind;
  /** '2026-11' for a month, '2026-W48' for a week. */
  period: string;
  to: string[];
  subject: string;
  body: string;
  htmlBody?: string;
}

export interface Delivery {
  sent: string[];
  /** Already sent in an earlier run. */
  already: string[];
  /** An earlier run stopped between 'Đang gửi' and 'Đã gửi': maybe sent, so not sent again. */
  uncertain: string[];
  /** Over the day's quota: recorded, for a later run. */
  unsent: string[];
  failed: string[];
  /** Messages left for a follow-up run (this execution's sending budget is spent). */
  deferred: number;
}

/** At most 50 recipients per message (APPS-SCRIPT-FACTS.md). */
const RECIPIENTS_PER_MESSAGE = 50;
/** Sends per execution: about 1.2 s each, so 120 leave most of the 6-minute limit to reading and writing. */
const SENDS_PER_EXECUTION = 120;

interface Entry {
  status: LogStatus | undefined;
  at: unknown;
}

/** The sent log, read once: the last status of each (period, kind, recipient). */
export class SentLog {
  private readonly last = new Map<string, Entry>();
  private next: number;

  private constructor(private readonly sheet: Sheet) {
    const rows = readBody(sheet);
    for (const [period, kind, recipients, at, status] of rows) {
      const code = (Object.keys(MSG_REPORT.status) as LogStatus[]).find((s) => MSG_REPORT.status[s] === status);
      for (const to of String(recipients).split(','))
        this.last.set(SentLog.key(String(period), String(kind), to.trim()), { status: code, at });
    }
    this.next = rows.length + 2;
  }

  static open(): SentLog {
    return new SentLog(ensureTab(MSG_REPORT.sentLogTab, MSG_REPORT.sentLogHeaders));
  }

  private static key(period: string, kind: string, to: string): string {
    return `${period}|${kind}|${to.toLowerCase()}`;
  }

  entry(period: string, kind: MailKind, to: string): Entry | undefined {
    return this.last.get(SentLog.key(period, MSG_REPORT.kind[kind], to));
  }

  /** Appends a row and returns its number (the jobs hold the script lock: no one else writes this tab). */
  write(m: Outgoing, to: readonly string[], status: LogStatus, note = ''): number {
    const row: CellValue[] = [
      m.period,
      MSG_REPORT.kind[m.kind],
      to.join(', '),
      new Date(),
      MSG_REPORT.status[status],
      note,
    ];
    appendRows(this.sheet, [row]);
    for (const r of to) this.last.set(SentLog.key(m.period, MSG_REPORT.kind[m.kind], r), { status, at: row[3] });
    return this.next++;
  }

  update(row: number, m: Outgoing, to: readonly string[], status: LogStatus, note = ''): void {
    const at = new Date();
    this.sheet.getRange(row, 4, 1, 3).setValues([[at, toCell(MSG_REPORT.status[status]), toCell(note)]]);
    for (const r of to) this.last.set(SentLog.key(m.period, MSG_REPORT.kind[m.kind], r), { status, at });
  }
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Sends the messages in order (the most important first) to the recipients not yet sent to, as far as the
 * quota (less `reserve`, kept for telling the admins) and this execution's budget allow. `force` resends.
 */
export function deliver(
  log: SentLog,
  messages: readonly Outgoing[],
  options: { force: boolean; reserve: number; senderName: string },
): Delivery {
  const out: Delivery = { sent: [], already: [], uncertain: [], unsent: [], failed: [], deferred: 0 };
  let quota = MailApp.getRemainingDailyQuota() - options.reserve;
  let sends = 0;
  for (const m of messages) {
    const pending = m.to.filter((to) => {
      const status = options.force ? undefined : log.entry(m.period, m.kind, to)?.status;
      if (status === 'sent') out.already.push(to);
      else if (status === 'sending') out.uncertain.push(to);
      return status !== 'sent' && status !== 'sending';
    });
    if (pending.length === 0) continue;
    if (sends >= SENDS_PER_EXECUTION) {
      out.deferred += 1;
      continue;
    }
    const fits = pending.slice(0, Math.max(0, quota));
    const over = pending.slice(fits.length);
    for (const to of chunks(fits, RECIPIENTS_PER_MESSAGE)) {
      const row = log.write(m, to, 'sending');
      const result = trySend({
        to: to.join(','),
        subject: m.subject,
        body: m.body,
        htmlBody: m.htmlBody,
        name: options.senderName,
      });
      sends += 1;
      if (result.sent) {
        log.update(row, m, to, 'sent');
        out.sent.push(...to);
        quota -= to.length;
      } else {
        const status = result.reason === 'quota' ? 'unsent' : 'failed';
        log.update(row, m, to, status, result.reason);
        out[status].push(...to);
      }
    }
    if (over.length > 0) {
      log.write(m, over, 'unsent');
      out.unsent.push(...over);
    }
  }
  return out;
}
