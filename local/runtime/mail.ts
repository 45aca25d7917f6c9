// Fake MailApp: records every message and enforces the recipient quotas.
// https://developers.google.com/apps-script/reference/mail/mail-app
// Quotas (https://developers.google.com/apps-script/guides/services/quotas): recipients (to + cc + bcc) per day
// — 100 for consumer accounts — reset 24 hours after the first send; at most 50 recipients per message.

import { Facade, type Context, type Emulates } from './context';
import { FakeBlob } from './utilities';

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** `text`: the file's bytes as UTF-8 (a converted PDF is a placeholder holding its source HTML: see FakeBlob.getAs). */
  attachments?: { name: string | null; mimeType: string | null; bytes: number; text: string }[];
  /** The account that sent it (the effective user). */
  from: string;
  at: Date;
}

interface Window {
  startedAt: number;
  used: number;
}

/** Per-user daily recipient counters. */
export class MailQuota {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly daily: number,
    private readonly now: () => number,
  ) {}

  private window(user: string): Window | undefined {
    const w = this.windows.get(user);
    if (w && this.now() - w.startedAt >= DAY_MS) {
      this.windows.delete(user);
      return undefined;
    }
    return w;
  }

  remaining(user: string): number {
    return Math.max(0, this.daily - (this.window(user)?.used ?? 0));
  }

  use(user: string, recipients: number): void {
    const w = this.window(user);
    if (w) w.used += recipients;
    else this.windows.set(user, { startedAt: this.now(), used: recipients });
  }

  setRemaining(user: string, left: number): void {
    const w = this.window(user) ?? { startedAt: this.now(), used: 0 };
    w.used = this.daily - left;
    this.windows.set(user, w);
  }
}

interface MessageOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

type GasMailApp = GoogleAppsScript.Mail.MailApp;

export class FakeMailApp extends Facade implements Emulates<GasMailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(
    ctx: Context,
    private readonly quota: MailQuota,
    private readonly sent: SentMail[],
  ) {
    super(ctx, 'Mail.MailApp');
  }

  getRemainingDailyQuota(): number {
    return this.quota.remaining(this.ctx.currentUser());
  }

  /**
   * sendEmail(message), sendEmail(to, subject, body), sendEmail(to, subject, body, options),
   * sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    this.send(this.message(args));
  }

  private message(args: unknown[]): MessageOptions {
    const [a, b, c, d] = args;
    if (args.length === 1 && a && typeof a === 'object') return { ...(a as MessageOptions) };
    if (args.length === 4 && typeof d === 'string')
      return { to: String(a), replyTo: String(b), subject: String(c), body: d };
    if (args.length >= 3)
      return { ...((d as MessageOptions | undefined) ?? {}), to: String(a), subject: String(b), body: String(c) };
    throw this.ctx.signatureError('MailApp.sendEmail', args);
  }

  private addresses(list: string | undefined): string[] {
    if (!list) return [];
    const out = String(list)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const address of out) {
      const bare = /<([^>]+)>\s*$/.exec(address)?.[1] ?? address;
      if (!EMAIL.test(bare)) throw this.ctx.error(`Invalid email: ${address}`);
    }
    return out;
  }

  private send(m: MessageOptions): void {
    const to = this.addresses(m.to);
    const cc = this.addresses(m.cc);
    const bcc = this.addresses(m.bcc);
    if (m.replyTo) this.addresses(m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw this.ctx.error('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw this.ctx.error(TOO_MANY_RECIPIENTS);
    const user = this.ctx.currentUser();
    if (count > this.quota.remaining(user)) throw this.ctx.error(QUOTA_EXCEEDED);
    const attachments = (m.attachments ?? []).map((a) => {
      const blob = this.ctx.fakeOf(a, FakeBlob);
      if (!blob) throw this.ctx.error('Invalid argument: attachments');
      return { name: blob.name, mimeType: blob.contentType, bytes: blob.data.length, text: blob.data.toString('utf8') };
    });
    this.quota.use(user, count);
    const mail: SentMail = {
      to: to.join(','),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      from: user,
      at: this.ctx.clock.now(),
    };
    if (cc.length) mail.cc = cc.join(',');
    if (bcc.length) mail.bcc = bcc.join(',');
    if (m.htmlBody !== undefined) mail.htmlBody = String(m.htmlBody);
    if (m.name !== undefined) mail.name = String(m.name);
    if (m.replyTo !== undefined) mail.replyTo = String(m.replyTo);
    if (m.noReply !== undefined) mail.noReply = Boolean(m.noReply);
    if (attachments.length) mail.attachments = attachments;
    this.sent.push(mail);
  }
}
