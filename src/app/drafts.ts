// The printable drafts of Thư khen and Giấy khen: one deed's in a dialog over the Sheet, the month's proposals as a
// PDF attached to leadership's email (Apps Script's own HTML-to-PDF conversion: no Drive file, no extra scope).
import { RECOGNITIONS } from '#shared/codes';
import type { Settings } from '../domain/settings';
import type { MonthSummary, ReportDeed } from '../domain/summary';
import type { Commendation, DecisionRecord } from '#contract';
import { certificateHtml } from '../ui/certificate';
import type { CertificateInput } from '../ui/certificate';
import * as MSG_LADDER from '#shared/messages/ladder';
import { showDialog } from '../gas/ui';
import type { Config } from './config';
import { decisionsOf } from './decisions';
import type { Attachment } from './outbox';
import { dayFormatter, reportDeedOf } from './reportData';
import { carries } from './deedRows';
import { Refusal, deedsSheet, locate } from './server';
import { DEED } from '../domain/tabs';

/** Certificates in one monthly PDF: about 2.5 KB of HTML each, a file leadership can open on a phone. */
export const DRAFTS_PER_EMAIL = 100;

function certificateOf(
  d: ReportDeed,
  recognition: Commendation,
  settings: Settings,
  decisions: readonly DecisionRecord[],
): CertificateInput {
  const decision = decisions.find((x) => x.recognition === recognition);
  const body = recognition === 'thu_khen' ? settings.standingCommittee : settings.standingBoard;
  return {
    recognition,
    organisation: settings.organisation,
    heading: settings.certificateHeading,
    place: settings.place,
    issuer: decision?.level || body,
    performerName: d.performerName,
    performerKind: d.performerKind,
    performerRole: d.performerRole,
    unitName: d.unitName,
    title: d.title,
    doneOn: d.doneOn,
    startDate: d.startDate,
    decision: decision && { number: decision.number, date: decision.date },
  };
}

/** The month's Thư khen and Giấy khen as one PDF attachment (at most DRAFTS_PER_EMAIL), and how many it holds. */
export function monthlyDrafts(
  s: MonthSummary,
  settings: Settings,
  decisions: ReadonlyMap<string, readonly DecisionRecord[]>,
): { attachment: Attachment; count: number; total: number } | undefined {
  const all = [
    ...s.thuKhen.map((d) => ({ d, r: 'thu_khen' as const })),
    ...s.giayKhen.map((d) => ({ d, r: 'giay_khen' as const })),
  ];
  if (all.length === 0) return undefined;
  const chosen = all.slice(0, DRAFTS_PER_EMAIL);
  const html = certificateHtml(chosen.map(({ d, r }) => certificateOf(d, r, settings, decisions.get(d.id) ?? [])));
  const attachment = { name: MSG_LADDER.draftsFile(s.month), html, ifMissing: MSG_LADDER.draftsMissing };
  return { attachment, count: chosen.length, total: all.length };
}

/** Opens one deed's draft in a dialog over the Sheet; the deed must carry the recognition. */
export function showDraft(args: { id: string; recognition: Commendation }, config: Config): void {
  const found = locate(deedsSheet(), args.id, undefined);
  const label = RECOGNITIONS[args.recognition];
  if (!carries(found.values, args.recognition)) throw new Refusal('rule', MSG_LADDER.notCarrying(label));
  if (!config.settings) throw new Refusal('rule', MSG_LADDER.settingsNeeded);
  const deed = reportDeedOf((k) => found.values[DEED.col[k]], dayFormatter(), false);
  const html = certificateHtml([certificateOf(deed, args.recognition, config.settings, decisionsOf(args.id))], true);
  showDialog(html, MSG_LADDER.draftTitle(label, deed.performerName), 900, 640);
}
