// Telling the admin what went wrong, in Vietnamese: a row of «Sự cố», and an email when there are admins
// and the quota allows. Never throws: a failure to report is logged, and the caller's own error stands.
import { MSG_REPORT, MSG_TABS } from '#shared/messages';
import { trySend } from '../gas/mail';
import { appendRows, ensureTab, onTabProblem, spreadsheet } from '../gas/sheets';
import { errorText } from '#shared/errorText';
import { INCIDENTS } from '../domain/tabs';

export function reportIncident(
  job: string,
  period: string,
  problem: string,
  todo: string,
  admins: readonly string[],
): void {
  try {
    appendRows(ensureTab(INCIDENTS), [[new Date(), job, period, problem, todo]]);
  } catch (err) {
    console.error(`Could not record the incident "${problem}": ${errorText(err)}`);
  }
  if (admins.length === 0) return;
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
