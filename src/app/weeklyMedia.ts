// Before each week starts: the radio station its script (the coming week's picks) and every unit the flag-ceremony
// stories not told yet — from any accepted deed marked «Chuyện kể dưới cờ», however old — each story recorded once,
// with its week, in the tab «Chuyện kể dưới cờ» (the department's collection).
import { checked } from './structureGuard';
import { STATUSES } from '#shared/codes';
import { DEED, FLAG_STORIES } from '../domain/tabs';
import { weekCell, weekKeyOf } from '../domain/weekCell';
import { mediaPack } from '../domain/mediaPack';
import { radioPicks } from '../domain/summary';
import type { ReportDeed, ReportWeek } from '../domain/summary';
import type { Settings } from '../domain/settings';
import type { Unit } from '../domain/submission';
import { baseCommittees } from '../domain/unitGroups';
import { remainingMailQuota } from '../gas/mail';
import { appendRows, ensureTab, readBody, tab } from '../gas/sheets';
import * as M from '#shared/messages/recipients';
import { reportIncident } from './incidents';
import { weekLabel } from '../ui/reportText';
import { flagStoriesMail, radioMail } from '../ui/recipientMail';
import { cellText } from './deedRows';
import { holds } from '../domain/recognitionCells';
import type { Outgoing } from './outbox';
import { STORY_DATA, dayFormatter, readReportDeeds, readSpans, reportDeedOf } from './reportData';

/** New stories a week at most, oldest first: a ceremony tells one; a few leave each unit a choice. */
export const FLAG_STORIES_PER_WEEK = 5;
/** Units per Bcc batch: 50 recipients a message (APPS-SCRIPT-FACTS.md), one of them the sender. */
const PER_BATCH = 49;

/** The radio's script and the units' stories for the week, as messages (none when there is nothing or no one). */
export function weeklyMediaMessages(
  week: ReportWeek,
  units: readonly Unit[],
  settings: Settings,
  reserve: number,
): Outgoing[] {
  const label = weekLabel(week);
  const out: Outgoing[] = [];
  if (settings.radioEmails.length > 0) {
    const picks = radioPicks(
      readReportDeeds({ months: new Set(), weeks: new Set([week.key]) }, { stories: true }),
      week.key,
    );
    const pack = mediaPack({ organisation: settings.organisation, week, radio: picks, flagStories: [], bulletin: [] });
    if (picks.length > 0)
      out.push({
        kind: 'radio',
        period: week.key,
        to: settings.radioEmails,
        ...radioMail(label, pack.radio, picks, settings.radioTarget, settings),
      });
  }
  const { to, passOn } = storyRecipients(units, remainingMailQuota() - reserve);
  // With no unit to tell, nothing is recorded as told: the stories wait, and the reviewers and admins hear why.
  const stories = tellThisWeek(week, settings, to.length > 0);
  if (stories.length > 0 && to.length === 0)
    reportIncident(M.storiesJob, week.key, M.storiesNoAddress(stories.length), M.storiesNoAddressTodo, [
      ...new Set([...settings.reviewers, ...settings.admins]),
    ]);
  if (stories.length > 0 && to.length > 0)
    out.push({
      kind: 'flag_stories',
      period: week.key,
      to,
      ...flagStoriesMail(label, stories, [], { ...settings, passOn: passOn ? settings.baseLevel : undefined }),
    });
  return out;
}

/**
 * The week's stories from the collection tab: those recorded for it by an earlier run, and up to
 * FLAG_STORIES_PER_WEEK more from marked, accepted deeds not told yet, recorded now when `record` (so a re-run sends
 * the same).
 */
function tellThisWeek(week: ReportWeek, settings: Settings, record: boolean): { title: string; text: string }[] {
  const collection = ensureTab(FLAG_STORIES);
  const told = readBody(collection);
  const toldIds = new Set(told.map((r) => cellText(r[FLAG_STORIES.col.deedId])));
  const already = told.filter((r) => weekKeyOf(r[FLAG_STORIES.col.week]) === week.key);
  const room = FLAG_STORIES_PER_WEEK - already.length;
  const fresh = room > 0 ? untold(toldIds).slice(0, room) : [];
  const pack = mediaPack({ organisation: settings.organisation, week, radio: [], flagStories: fresh, bulletin: [] });
  const rows = fresh.map((d, i) => [
    d.id,
    weekCell(week.key),
    d.title,
    d.unitName,
    d.performerName,
    pack.flagStories[i]?.text ?? '',
  ]);
  if (record) appendRows(collection, rows);
  return [...already, ...rows].map((r) => ({
    title: cellText(r[FLAG_STORIES.col.title]),
    text: cellText(r[FLAG_STORIES.col.story]),
  }));
}

/** Accepted deeds marked for the flag ceremony and not in the collection, oldest row first: three column reads. */
function untold(toldIds: ReadonlySet<string>): ReportDeed[] {
  const found = tab(DEED.name);
  const sheet = found && checked(found, DEED); // read by column position
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return [];
  const index = readSpans(sheet, 2, last - 1, [
    ['id', 'id'],
    ['status', 'status'],
    ['media', 'media'],
  ]);
  const picked: number[] = [];
  for (let i = 0; i < last - 1 && picked.length < FLAG_STORIES_PER_WEEK; i++)
    if (
      holds('chuyenDuoiCo', index('media', i)) &&
      cellText(index('status', i)) === STATUSES.da_duyet &&
      !toldIds.has(cellText(index('id', i)))
    )
      picked.push(i);
  const isoDay = dayFormatter();
  return picked.map((i) => {
    const data = readSpans(sheet, i + 2, 1, STORY_DATA);
    return reportDeedOf((key) => data(key, 0), isoDay, true);
  });
}

/**
 * Every active unit with an address when today's quota allows them all (in Bcc batches); otherwise the base
 * committees, asked to pass the stories on; the outbox sends what the quota leaves for the next day's run.
 */
function storyRecipients(units: readonly Unit[], quota: number): { to: string[]; passOn: boolean } {
  const distinct = (list: readonly Unit[]) => [
    ...new Set(list.filter((u) => u.active && u.email !== '').map((u) => u.email.toLowerCase())),
  ];
  const all = distinct(units);
  const cost = (n: number) => n + Math.ceil(n / PER_BATCH);
  if (cost(all.length) <= quota) return { to: all, passOn: false };
  const base = baseCommittees(units);
  return { to: distinct(units.filter((u) => base.get(u.code) === u.code)), passOn: true };
}
