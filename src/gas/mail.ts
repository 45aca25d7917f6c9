// Thin adapter over MailApp: sends one message when the day's quota allows, and says whether it did.
import { escapeHtml } from '#shared/escape';

type Blob = GoogleAppsScript.Base.Blob;

export interface Mail {
  to: string;
  /** Hidden recipients (each unit of a mailing to all units): they count in the quota and the 50 per message. */
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  /**
   * HTML documents sent as PDF files, converted by Blob.getAs (developers.google.com/apps-script/reference/base/blob);
   * `ifMissing` is added to the message when they could not be converted and it goes without them.
   */
  attachments?: { name: string; html: string; ifMissing: string }[];
  name?: string;
}

/** Recipients the account may still email today (developers.google.com/apps-script/reference/mail/mail-app). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/**
 * Sends when quota remains; a failure is logged with its reason and reported, never thrown at the caller.
 * A PDF conversion that fails (now and then, and past a daily quota: APPS-SCRIPT-FACTS.md) never holds the message
 * back: it goes without its attachments, saying so, and `unattached` gives the reason.
 */
export function trySend(mail: Mail): { sent: boolean; reason?: string; unattached?: string } {
  const recipients = `${mail.to},${mail.bcc ?? ''}`.split(',').filter((s) => s.trim() !== '').length;
  if (remainingMailQuota() < recipients) return { sent: false, reason: 'quota' };
  const pdfs = toPdfs(mail.attachments ?? []);
  const note = pdfs.error === undefined ? '' : [...new Set(mail.attachments?.map((a) => a.ifMissing))].join('\n');
  try {
    MailApp.sendEmail({
      to: mail.to,
      bcc: mail.bcc,
      subject: mail.subject,
      body: note ? `${mail.body}\n\n${note}` : mail.body,
      htmlBody: mail.htmlBody !== undefined && note ? withParagraph(mail.htmlBody, note) : mail.htmlBody,
      name: mail.name,
      attachments: pdfs.blobs,
    });
    return pdfs.error !== undefined ? { sent: true, unattached: pdfs.error } : { sent: true };
  } catch (err) {
    console.error(`MailApp.sendEmail to ${masked(mail.to)} failed: ${String(err)}`);
    return { sent: false, reason: String(err) };
  }
}

/** Recipients as a log may show them: 'an@example.org' → 'a…@example.org' (logs are kept and read by others). */
export function masked(to: string): string {
  return to
    .split(',')
    .map((a) => a.trim().replace(/^(.)[^@]*(@.*)?$/, (_, first: string, domain?: string) => `${first}…${domain ?? ''}`))
    .join(', ');
}

function toPdfs(attachments: readonly { name: string; html: string }[]): { blobs?: Blob[]; error?: string } {
  if (attachments.length === 0) return {};
  try {
    return {
      blobs: attachments.map((a) =>
        Utilities.newBlob(a.html, 'text/html', a.name.replace(/\.pdf$/, '.html'))
          .getAs('application/pdf')
          .setName(a.name),
      ),
    };
  } catch (err) {
    console.warn(`PDF conversion failed, sending without attachments: ${String(err)}`);
    return { error: String(err) };
  }
}

/** The HTML body with one more paragraph at its end (inside <body> when there is one). */
function withParagraph(html: string, text: string): string {
  const p = `<p>${escapeHtml(text)}</p>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + p : html.slice(0, end) + p + html.slice(end);
}
