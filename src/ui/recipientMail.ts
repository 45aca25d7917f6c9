// The emails each recipient of the guidance (section III) gets: Thường trực its Thư khen list, a base committee
// its month, the bulletin's editor the month's texts, the radio its script, the units their flag-ceremony
// stories, Ban Thường vụ the 19/5 list with each performer's history.
import { RECOGNITIONS } from '#shared/codes';
import type { Story } from '../domain/mediaPack';
import type { MonthSummary, ReportDeed } from '../domain/summary';
import type { DecisionRecord, PerformerHistory, Suggestion } from '#contract';
import * as M from '#shared/messages/recipients';
import * as MSG_REPORT from '#shared/messages/report';
import { deedItem, groupSection, proposalItem, render } from './reportEmail';
import type { MailItem, MailSection, RenderedMail } from './reportEmail';
import { dayLabel, monthLabel } from './reportText';

export interface Sender {
  organisation: string;
  reviewingBody: string;
}

const doc = (
  c: Sender,
  title: string,
  sections: MailSection[],
  extra: { warning?: string; footer?: string[] } = {},
) => ({
  kicker: c.organisation,
  title,
  subtitle: MSG_REPORT.campaign,
  warning: extra.warning,
  figures: [],
  sections,
  footer: [...(extra.footer ?? []), MSG_REPORT.footer(c.reviewingBody)],
});

const storyItems = (stories: readonly Story[], deeds: readonly ReportDeed[]): MailItem[] =>
  stories.map((s, i) => ({ head: s.title, meta: deeds[i] ? deedItem(deeds[i]).meta : undefined, story: s.text }));

export function thuKhenMail(
  s: MonthSummary,
  c: Sender & { standingCommittee: string; decisions?: ReadonlyMap<string, readonly DecisionRecord[]> },
): RenderedMail {
  const month = monthLabel(s.month);
  const section: MailSection = {
    title: MSG_REPORT.proposals(c.standingCommittee, RECOGNITIONS.thu_khen, s.thuKhen.length),
    lead: [M.thuKhenLead(c.standingCommittee, c.reviewingBody)],
    items: s.thuKhen.map(proposalItem('thu_khen', c.decisions)),
    more: M.more,
  };
  return render(doc(c, M.thuKhenTitle(month), [section]), M.thuKhenSubject(month, s.thuKhen.length));
}

/** A base committee's month, with a paragraph it can paste into its monthly tuyên giáo report. */
export function baseMail(s: MonthSummary, base: string, c: Sender): RenderedMail {
  const month = monthLabel(s.month);
  const deeds = [...s.thuKhen, ...s.giayKhen];
  const highlights = deeds.slice(0, 3).map((d) => `«${d.title}» (${d.unitName})`);
  const paragraph = [
    M.baseParagraph(month, base, s.reportedUnits, s.activeUnits, s.deeds, s.thuKhen.length, s.giayKhen.length),
    ...(highlights.length > 0 ? [M.baseHighlights(highlights.join('; '))] : []),
  ].join(' ');
  const sections: MailSection[] = [
    { title: M.baseReport, lead: [paragraph], items: [], more: M.more },
    groupSection(s),
    { title: M.baseProposals(RECOGNITIONS.thu_khen, s.thuKhen.length), items: s.thuKhen.map(deedItem), more: M.more },
    {
      title: M.baseProposals(RECOGNITIONS.giay_khen, s.giayKhen.length),
      items: s.giayKhen.map(deedItem),
      more: M.more,
    },
    {
      title: M.baseSilent(s.silentUnits.length),
      items: s.silentUnits.map((u) => ({ head: u.name, warn: true })),
      more: M.more,
    },
  ];
  return render(doc({ ...c, organisation: base }, M.baseTitle(month), sections), M.baseSubject(month, base));
}

export function bulletinMail(
  month: string,
  stories: readonly Story[],
  deeds: readonly ReportDeed[],
  c: Sender,
): RenderedMail {
  const label = monthLabel(month);
  const section = { title: M.bulletinSection, items: storyItems(stories, deeds), more: M.more };
  return render(doc(c, M.bulletinTitle(label), [section]), M.bulletinSubject(label, stories.length));
}

export function radioMail(
  week: string,
  script: { heading: string; opening: string; stories: readonly Story[]; closing: string },
  deeds: readonly ReportDeed[],
  target: number,
  c: Sender,
): RenderedMail {
  const section: MailSection = {
    title: script.heading,
    lead: [script.opening],
    items: storyItems(script.stories, deeds),
    tail: [script.closing],
    more: M.more,
  };
  const n = script.stories.length;
  const warning = n < target ? M.radioShort(n, target) : undefined;
  return render(doc(c, M.radioTitle(week), [section], { warning }), M.radioSubject(week, n));
}

export function flagStoriesMail(
  week: string,
  stories: readonly Story[],
  deeds: readonly ReportDeed[],
  c: Sender & { passOn?: string },
): RenderedMail {
  const section: MailSection = {
    title: M.flagSection(stories.length),
    lead: [M.flagLead, ...(c.passOn ? [M.flagPassOn(c.passOn)] : [])],
    items: storyItems(stories, deeds),
    more: M.more,
  };
  return render(doc(c, M.flagTitle(week), [section]), M.flagSubject(week));
}

/** One proposal with the performer's history: how many deeds, and the latest of them with their recognitions. */
function honourItem(s: Suggestion, history: PerformerHistory | undefined): MailItem {
  const lines = (history?.deeds ?? []).map((d) => `${dayLabel(d.doneOn)} ${d.title}`).join('; ');
  return {
    head: `${s.performerName} — ${s.unitName}`,
    meta: s.reason,
    note: history ? M.history(history.accepted, lines) : s.deedTitle,
  };
}

export function honoursMail(
  year: number,
  proposals: readonly { suggestion: Suggestion; history: PerformerHistory | undefined }[],
  c: Sender & { standingBoard: string; thresholds: string },
): RenderedMail {
  const of = (kind: Suggestion['kind']) => proposals.filter((p) => p.suggestion.kind === kind);
  const [giayKhen, models] = [of('giay_khen'), of('guong_dien_hinh')];
  const item = (p: (typeof proposals)[number]) => honourItem(p.suggestion, p.history);
  const sections: MailSection[] = [
    {
      title: M.honoursGiayKhen(giayKhen.length),
      lead: [M.honoursLead(c.standingBoard, c.reviewingBody)],
      items: giayKhen.map(item),
      more: M.more,
    },
    { title: M.honoursModels(models.length), items: models.map(item), more: M.more },
  ];
  return render(
    doc(c, M.honoursTitle(year), sections, { footer: [c.thresholds] }),
    M.honoursSubject(year, giayKhen.length, models.length),
  );
}
