// What a unit learns after each submission, by email: received (its id, field and date), or refused with every
// reason and the link that opens its own response to fix it. Sent to the unit's address in «Đơn vị» and to the one
// typed in the form, if any, through the outbox under the form-mail cap (outbox.ts): never twice, never a flood;
// queued with the submission and sent a minute later (noticeMail.ts).
import { FIELDS } from '#shared/codes';
import type { Answers } from '../domain/form';
import * as MSG_NOTICE from '#shared/messages/notice';
import type { Config } from './config';
import { queueNotices, sendNoticesSoon } from './noticeMail';
import { LockBusy, withDocumentLock } from '../gas/lock';
import type { Outgoing } from './outbox';
import type { IntakeResult } from './intake';

/** Intake, the retry and the sweep wait this long for the lock before appending without it. */
const SHORT_WAIT_MS = 5_000;

/** One submission just handled: what it said, its edit link, and what became of it. */
export interface Handled {
  answers: Answers;
  editUrl?: string;
  result: IntakeResult;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** The sender's title as the mail quotes it: one line (no break can start a paragraph of its own), cut short. */
export const quotedTitle = (title: string): string =>
  title
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim()
    .slice(0, 120) || MSG_NOTICE.untitled;

/** The well-formed addresses among these, once each (case aside), in order. */
export function addresses(candidates: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of candidates) {
    const to = raw.trim();
    if (EMAIL.test(to) && !out.some((o) => o.toLowerCase() === to.toLowerCase())) out.push(to);
  }
  return out;
}

/** The unit's address in «Đơn vị» (by the name chosen in the form) and the typed one. */
function noticeRecipients(answers: Answers, config: Config): string[] {
  const unitName = (answers.unit ?? '').trim();
  return addresses([config.units.find((u) => u.name === unitName)?.email ?? '', answers.email ?? '']);
}

/**
 * The notice of one outcome, one message per recipient (the typed address, which anyone with the form's link
 * chooses, never learns the unit's): none for a repeated delivery or a queued one (its notice comes when it is
 * recorded). Its subject is a fixed phrase and the deed's id, never the sender's text: a subject is what a mailbox
 * shows unopened.
 */
export function noticesOf(handled: Handled, config: Config): Outgoing[] {
  const { answers, result } = handled;
  const org = config.settings?.organisation ?? '';
  const title = quotedTitle(answers.title ?? '');
  let notice: Omit<Outgoing, 'to'> | undefined;
  if (result.status === 'needs_fix')
    notice = {
      kind: 'needs_fix',
      period: result.delivery ?? result.id,
      subject: MSG_NOTICE.refusedSubject(result.id),
      body: MSG_NOTICE.refused(org, title, result.reasons, handled.editUrl ?? ''),
    };
  else if (result.status === 'updated' && result.field && result.doneOn)
    notice = {
      kind: 'receipt',
      period: result.delivery ?? result.id,
      subject: MSG_NOTICE.updatedSubject(result.id),
      body: MSG_NOTICE.updated(org, title, result.id, FIELDS[result.field], result.doneOn, result.reReview === true),
    };
  else if (result.status === 'stored' && result.field && result.doneOn)
    notice = {
      kind: 'receipt',
      period: result.id,
      subject: MSG_NOTICE.receivedSubject(result.id),
      // Who reviews is the organisation's own setting («Cơ quan theo dõi»), never a name written in the code.
      body: MSG_NOTICE.received(
        org,
        config.settings?.reviewingBody || org,
        title,
        result.id,
        FIELDS[result.field],
        result.doneOn,
      ),
    };
  return notice ? noticeRecipients(answers, config).map((to) => ({ ...notice, to: [to] })) : [];
}

/** The submissions' notices appended to «Hộp thư đi» (the caller holds the document lock); whether any was. */
export const queueUnitNotices = (
  handled: readonly Handled[],
  config: Config,
  outbox?: GoogleAppsScript.Spreadsheet.Sheet,
): boolean =>
  queueNotices(
    handled.flatMap((h) => noticesOf(h, config)),
    config.settings?.organisation ?? '',
    outbox,
  );

/** The submissions' notices, queued in one append under the document lock, and the sending run asked for. */
export function notifyUnits(handled: readonly Handled[], config: Config): void {
  const queue = () => queueUnitNotices(handled, config);
  let queued: boolean;
  try {
    queued = withDocumentLock(queue, SHORT_WAIT_MS);
  } catch (err) {
    if (!(err instanceof LockBusy)) throw err;
    queued = queue(); // never lose the notice: a rare row appended without the lock beats none
  }
  if (queued) sendNoticesSoon();
}
