// Thin adapter over MailApp: sends one message when the day's quota allows, and says whether it did.
export interface Mail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  /** HTML documents sent as PDF files, converted by Blob.getAs (developers.google.com/apps-script/reference/base/blob). */
  attachments?: { name: string; html: string }[];
  name?: string;
}

/** Sends when quota remains; a failure is logged with its reason and reported, never thrown at the caller. */
export function trySend(mail: Mail): { sent: boolean; reason?: string } {
  const recipients = mail.to.split(',').filter((s) => s.trim() !== '').length;
  if (MailApp.getRemainingDailyQuota() < recipients) return { sent: false, reason: 'quota' };
  try {
    MailApp.sendEmail({
      to: mail.to,
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
      name: mail.name,
      attachments: mail.attachments?.map((a) =>
        Utilities.newBlob(a.html, 'text/html', a.name.replace(/\.pdf$/, '.html'))
          .getAs('application/pdf')
          .setName(a.name),
      ),
    });
    return { sent: true };
  } catch (err) {
    console.error(`MailApp.sendEmail to ${mail.to} failed: ${String(err)}`);
    return { sent: false, reason: String(err) };
  }
}
