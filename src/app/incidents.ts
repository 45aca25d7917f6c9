// Telling the admin what went wrong, in Vietnamese: a row of «Sự cố», and an email when there are admins
// and the quota allows. Never throws: a failure to report is logged, and the caller's own error stands.
// At most INCIDENTS_PER_HOUR rows (and emails) of one kind an hour: a flood of forged calls or a broken tab cannot
// bury the others or spend the mail quota; the rest are counted and said in one row when the hour has passed.
import * as MSG_INCIDENT_RATE from '#shared/messages/incidentRate';
import * as MSG_REPORT from '#shared/messages/report';
import * as MSG_TABS from '#shared/messages/tabs';
import { trySend } from '../gas/mail';
import { formatLocal } from '../gas/clock';
import { getDocumentProperty, setDocumentProperty } from '../gas/properties';
import { onTabProblem, spreadsheet } from '../gas/sheets';
import { errorText } from '#shared/errorText';
import { appendOrDefer } from './deferredRows';
import type { CellValue } from '../domain/deed';

export const INCIDENTS_PER_HOUR = 5;
const RATE_KEY = 'incidents:rate';

interface Rate {
  /** The local hour, yyyy-MM-dd HH. */
  hour: string;
  counts: Record<string, number>;
  suppressed: Record<string, number>;
}

/** Whether this kind may still be written this hour; rows for last hour's suppressed ones are returned to write. */
function admit(job: string): { ok: boolean; summary: CellValue[][] } {
  const hour = formatLocal(new Date(), 'yyyy-MM-dd HH');
  let rate: Rate = { hour, counts: {}, suppressed: {} };
  try {
    const stored = JSON.parse(getDocumentProperty(RATE_KEY) ?? '') as Rate;
    if (stored && typeof stored.hour === 'string' && stored.counts && stored.suppressed) rate = stored;
  } catch {
    // none yet, or unreadable: a fresh hour
  }
  const summary: CellValue[][] = [];
  if (rate.hour !== hour) {
    for (const [kind, n] of Object.entries(rate.suppressed))
      if (n > 0) summary.push([new Date(), kind, rate.hour, MSG_INCIDENT_RATE.suppressed(n, kind), '']);
    rate = { hour, counts: {}, suppressed: {} };
  }
  const ok = (rate.counts[job] ?? 0) < INCIDENTS_PER_HOUR;
  if (ok) rate.counts[job] = (rate.counts[job] ?? 0) + 1;
  else rate.suppressed[job] = (rate.suppressed[job] ?? 0) + 1;
  setDocumentProperty(RATE_KEY, JSON.stringify(rate));
  return { ok, summary };
}

export function reportIncident(
  job: string,
  period: string,
  problem: string,
  todo: string,
  admins: readonly string[],
): void {
  let admitted = true;
  try {
    const { ok, summary } = admit(job);
    admitted = ok;
    const rows = ok ? [...summary, [new Date(), job, period, problem, todo]] : summary;
    appendOrDefer('incident', rows);
    if (!ok) console.error(`Incident not written (over ${INCIDENTS_PER_HOUR} an hour of "${job}"): ${problem}`);
  } catch (err) {
    console.error(`Could not record the incident "${problem}": ${errorText(err)}`);
  }
  if (!admitted || admins.length === 0) return;
  const mail = trySend({
    to: admins.join(','),
    subject: MSG_REPORT.incidentSubject(job, period),
    body: MSG_REPORT.incidentBody(job, period, problem, todo, spreadsheet().getUrl()),
  });
  if (!mail.sent) console.error(`Could not email the admins about "${problem}": ${mail.reason ?? ''}`);
}

// A renamed or deleted tab (gas/sheets.ts) is a row of «Sự cố»; no email here, since each submission meeting the rename
// would send one: the jobs that fail on it email the admins, and the retry of «Chờ xử lý» does when it stays stuck.
onTabProblem((problem, todo) => reportIncident(MSG_TABS.job, '', problem, todo, []));
