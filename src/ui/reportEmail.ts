// The report emails: one document model rendered twice, as phone-first HTML (inline styles, one column)
// and as plain text, with long lists capped so the HTML stays far below Gmail's ~102 KB clipping size.
import { viNumber } from '#shared/number';
import { RECOGNITIONS, UNIT_GROUPS, UNIT_TYPES } from '#shared/codes';
import { mediaPack } from '../domain/mediaPack';
import { leadershipNote } from '../domain/leadershipNote';
import type { MonthSummary, ReportDeed, WeekDigest } from '../domain/summary';
import type { Commendation, DecisionRecord } from '#contract';
import { escapeHtml as esc, utf8Length } from '#shared/escape';
import * as MSG_LADDER from '#shared/messages/ladder';
import * as MSG_MEDIA from '#shared/messages/media';
import * as MSG_REPORT from '#shared/messages/report';
import { dayLabel, deedMeta, monthLabel, monthTitle, weekLabel } from './reportText';
import { pageStart } from './htmlPage';
import * as S from './emailStyle';
import type { MonthExtras } from './reportText';

export interface MailItem {
  head: string;
  meta?: string;
  note?: string;
  warn?: boolean;
  /** Text to read aloud (a radio or flag-ceremony story), shown in full in a reading size. */
  story?: string;
}

export interface MailSection {
  title: string;
  items: MailItem[];
  more: (n: number) => string;
  /** Paragraphs to read aloud before and after the items (a script's heading in bold, its opening, its closing). */
  caption?: string;
  lead?: string[];
  tail?: string[];
}

export interface MailDoc {
  kicker: string;
  title: string;
  subtitle: string;
  warning?: string;
  figures: { value: string; label: string }[];
  link?: { href: string; label: string };
  sections: MailSection[];
  footer: string[];
}

export interface RenderedMail {
  subject: string;
  body: string;
  htmlBody: string;
}

/** Gmail clips above about 102 KB; leave room for the encoding and Gmail's own wrapper. */
export const EMAIL_BUDGET_BYTES = 80_000;
const CAPS = [20, 10, 3, 0];
const LIMITS = { head: 200, meta: 200, note: 400 };

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function itemHtml(item: MailItem): string {
  const meta = item.meta ? `<div style="${S.meta}">${esc(clip(item.meta, LIMITS.meta))}</div>` : '';
  const story = item.story ? `<p style="${S.read}">${esc(item.story)}</p>` : '';
  const note = item.note
    ? `<div style="${S.note}">${esc(MSG_REPORT.noteLabel + clip(item.note, LIMITS.note))}</div>`
    : '';
  return `<div style="${S.item(item.warn === true)}"><div style="font-weight:bold">${esc(clip(item.head, LIMITS.head))}</div>${meta}${story}${note}</div>`;
}

const paragraphsHtml = (texts: readonly string[] = []) =>
  texts.map((t) => `<p style="${S.read}">${esc(t)}</p>`).join('');

function sectionHtml(section: MailSection, cap: number): string {
  const shown = section.items.slice(0, cap).map(itemHtml).join('');
  const hidden = section.items.length - Math.min(cap, section.items.length);
  const more = hidden > 0 ? `<p style="${S.more}">${esc(section.more(hidden))}</p>` : '';
  const empty = section.items.length === 0 ? `<p style="${S.more}">${esc(MSG_REPORT.none)}</p>` : '';
  const caption = section.caption ? `<p style="${S.read};font-weight:bold">${esc(section.caption)}</p>` : '';
  const body = `${caption}${paragraphsHtml(section.lead)}${shown}${more}${empty}${paragraphsHtml(section.tail)}`;
  return `<h2 style="${S.h2}">${esc(section.title)}</h2>${body}`;
}

function renderHtml(doc: MailDoc, cap: number): string {
  const tile = (f: MailDoc['figures'][number] | undefined) =>
    f
      ? `<td style="${S.tile}"><div style="${S.value}">${esc(f.value)}</div><div style="${S.label}">${esc(f.label)}</div></td>`
      : '<td></td>';
  const figures = doc.figures
    .filter((_, i) => i % 2 === 0)
    .map((f, i) => `<tr>${tile(f)}<td style="width:8px"></td>${tile(doc.figures[2 * i + 1])}</tr>`)
    .join('');
  const link = doc.link ? `<a href="${esc(doc.link.href)}" style="${S.button}">${esc(doc.link.label)}</a>` : '';
  const warning = doc.warning ? `<div style="${S.warning}">⚠ ${esc(doc.warning)}</div>` : '';
  return [
    `${pageStart(doc.title, '<meta name="viewport" content="width=device-width,initial-scale=1">')}</head>`,
    `<body style="${S.body}"><div style="${S.page}">`,
    `<div style="${S.head}"><div style="${S.small}">${esc(doc.kicker)}</div><div style="${S.title}">${esc(doc.title)}</div><div style="${S.small}">${esc(doc.subtitle)}</div></div>`,
    `<div style="${S.main}">${warning}<table role="presentation" style="${S.figures}">${figures}</table>${link}`,
    doc.sections.map((s) => sectionHtml(s, cap)).join(''),
    `<p style="${S.footer}">${doc.footer.map(esc).join('<br>')}</p></div></div></body></html>`,
  ].join('');
}

function renderText(doc: MailDoc, cap: number): string {
  const lines = [doc.kicker, doc.title, doc.subtitle, ''];
  if (doc.warning) lines.push(`⚠ ${doc.warning}`, '');
  doc.figures.forEach((f) => lines.push(`${f.value}  ${f.label}`));
  if (doc.link) lines.push('', `${doc.link.label}: ${doc.link.href}`);
  for (const s of doc.sections) {
    lines.push('', `== ${s.title} ==`);
    for (const p of [s.caption ?? '', ...(s.lead ?? [])].filter((t) => t !== '')) lines.push(p, '');
    for (const item of s.items.slice(0, cap)) {
      lines.push(`- ${clip(item.head, LIMITS.head)}`);
      if (item.meta) lines.push(`  ${clip(item.meta, LIMITS.meta)}`);
      if (item.story) lines.push(`  ${item.story}`, '');
      if (item.note) lines.push(`  ${MSG_REPORT.noteLabel}${clip(item.note, LIMITS.note)}`);
    }
    if (s.items.length > cap) lines.push(s.more(s.items.length - cap));
    if (s.items.length === 0) lines.push(MSG_REPORT.none);
    for (const p of s.tail ?? []) lines.push('', p);
  }
  lines.push('', ...doc.footer);
  return lines.join('\n');
}

/** Both bodies with the longest lists that keep the HTML within the budget. */
export function render(doc: MailDoc, subject: string, budget = EMAIL_BUDGET_BYTES): RenderedMail {
  let htmlBody = '';
  let cap = 0;
  for (cap of CAPS) {
    htmlBody = renderHtml(doc, cap);
    if (utf8Length(htmlBody) <= budget) break;
  }
  return { subject, htmlBody, body: renderText(doc, cap) };
}

// The reviewer's note goes only when marked for leadership (domain/leadershipNote.ts), to every recipient alike.
export const deedItem = (d: ReportDeed): MailItem => ({
  head: d.title,
  meta: deedMeta(d),
  note: leadershipNote(d.note),
});

/** A proposal with leadership's decision when «Sổ quyết định» has it: leadership sees what is already signed. */
export const proposalItem =
  (recognition: Commendation, decisions: ReadonlyMap<string, readonly DecisionRecord[]> | undefined) =>
  (d: ReportDeed): MailItem => {
    const decided = decisions?.get(d.id)?.find((x) => x.recognition === recognition);
    if (!decided) return deedItem(d);
    // In the note, which is not clipped like the meta line: long unit names must not hide the decision.
    const note = [MSG_LADDER.decidedMeta(decided.number, dayLabel(decided.date)), leadershipNote(d.note)]
      .filter(Boolean)
      .join(' — ');
    return { ...deedItem(d), note };
  };

export interface MailContext {
  organisation: string;
  reviewingBody: string;
  /** The tab the email points to: its name and its URL (spreadsheet URL + '#gid=' + sheet id). */
  tabName: string;
  tabUrl: string;
}

export function monthlyMail(
  s: MonthSummary,
  c: MailContext & {
    standingCommittee: string;
    standingBoard: string;
    drafts?: { count: number; total: number };
    decisions?: ReadonlyMap<string, readonly DecisionRecord[]>;
  } & MonthExtras,
): RenderedMail {
  const month = monthLabel(s.month);
  const f = MSG_REPORT.figure;
  const missing = s.coverage.filter((r) => r.missed.length > 0);
  const silent = new Set(s.silentUnits.map((u) => u.code));
  const doc: MailDoc = {
    kicker: c.organisation,
    title: monthTitle(s.month, c.draft),
    subtitle: MSG_REPORT.campaign,
    warning: c.draft ? MSG_REPORT.draftNotice(c.draft.until, c.draft.closing) : undefined,
    figures: [
      { value: viNumber(s.deeds), label: f.deeds },
      { value: `${s.reportedUnits}/${s.activeUnits}`, label: f.reported },
      { value: viNumber(s.thuKhen.length), label: f.thuKhen },
      { value: viNumber(s.giayKhen.length), label: f.giayKhen },
      { value: viNumber(missing.length), label: f.missing },
      { value: `${s.radioWeeks.met}/${s.radioWeeks.of}`, label: f.radioWeeks },
    ],
    link: { href: c.tabUrl, label: MSG_REPORT.openTab(c.tabName) },
    sections: [
      groupSection(s),
      {
        title: MSG_REPORT.proposals(c.standingCommittee, RECOGNITIONS.thu_khen, s.thuKhen.length),
        items: s.thuKhen.map(proposalItem('thu_khen', c.decisions)),
        more: MSG_REPORT.moreDeeds,
      },
      {
        title: MSG_REPORT.proposals(c.standingBoard, RECOGNITIONS.giay_khen, s.giayKhen.length),
        items: s.giayKhen.map(proposalItem('giay_khen', c.decisions)),
        more: MSG_REPORT.moreDeeds,
      },
      ...supplementSection(c, proposalItem),
      {
        title: MSG_REPORT.missingUnits(missing.length),
        items: missing.map((r) => ({
          head: `${r.unitName}: ${silent.has(r.unitCode) ? MSG_REPORT.silentMonth : MSG_REPORT.missedWeeks(r.missed.map((k) => k.slice(-2)).join(', '))}`,
          warn: true,
        })),
        more: MSG_REPORT.moreUnits,
      },
      {
        title: MSG_REPORT.media,
        items: [
          ...s.weeks.map((w, i) => {
            const picks = s.radio[i] ?? [];
            return {
              head: MSG_REPORT.radioWeek(weekLabel(w), picks.length, s.radioTarget),
              meta: picks.map((d) => d.title).join('; '),
              warn: w.owned && picks.length < s.radioTarget,
            };
          }),
          { head: MSG_REPORT.mediaCounts(s.bulletin.length, s.flagStories.length) },
        ],
        more: MSG_REPORT.moreDeeds,
      },
    ],
    footer: [
      ...(c.drafts ? [MSG_LADDER.draftsNote(c.drafts.count, c.drafts.total)] : []),
      MSG_REPORT.countingRule,
      MSG_REPORT.footer(c.reviewingBody),
    ],
  };
  const subject = MSG_REPORT.monthlySubject(month, s.deeds, s.thuKhen.length, s.giayKhen.length);
  return render(doc, c.draft ? `${MSG_REPORT.draftSubject(c.draft.until)}${subject}` : subject);
}

/** «Bổ sung tháng trước»: proposals accepted after last month's email (with their decisions), then late reports. */
function supplementSection(
  c: MonthExtras & { decisions?: ReadonlyMap<string, readonly DecisionRecord[]> },
  proposal: typeof proposalItem,
): MailSection[] {
  const sup = c.supplement;
  if (!sup || sup.proposals.length + sup.late.length === 0) return [];
  const award = (d: ReportDeed): Commendation => (d.giayKhen ? 'giay_khen' : 'thu_khen');
  return [
    {
      title: MSG_REPORT.supplement(c.sinceText),
      items: [
        ...sup.proposals.map((d) => {
          const item = proposal(award(d), c.decisions)(d);
          return { ...item, head: `${RECOGNITIONS[award(d)]}: ${item.head}` };
        }),
        ...sup.late.map((d) => ({ ...deedItem(d), head: `${MSG_REPORT.lateReport(monthLabel(d.month))}: ${d.title}` })),
      ],
      more: MSG_REPORT.moreDeeds,
    },
  ];
}

/** The month by the guidance's five loại hình, each line naming the kinds of unit inside it. */
export function groupSection(s: Pick<MonthSummary, 'byGroup'>): MailSection {
  return {
    title: MSG_REPORT.byGroup,
    items: s.byGroup.map((g) => ({
      head: MSG_REPORT.groupLine(UNIT_GROUPS[g.group].label, g.deeds, g.reported, g.units),
      meta: g.kinds.length > 1 ? g.kinds.map((k) => `${UNIT_TYPES[k.unitType]}: ${k.deeds}`).join('; ') : undefined,
    })),
    more: MSG_REPORT.moreUnits,
  };
}

export function digestMail(d: WeekDigest, c: MailContext): RenderedMail {
  const week = weekLabel(d.week);
  const f = MSG_REPORT.digestFigure;
  const pack = mediaPack({
    organisation: c.organisation,
    week: d.week,
    radio: d.radio,
    flagStories: d.flagStories,
    bulletin: [],
  });
  // The radio script right after the picks it is made of; each flag-ceremony story under its deed.
  const script: MailSection[] =
    d.radio.length === 0
      ? []
      : [
          {
            title: MSG_MEDIA.scriptSection,
            caption: pack.radio.heading,
            lead: [pack.radio.opening],
            items: pack.radio.stories.map((s) => ({ head: s.title, story: s.text })),
            tail: [pack.radio.closing],
            more: MSG_MEDIA.moreStories,
          },
        ];
  const sections: MailSection[] = [
    { title: MSG_REPORT.radioPicks(d.radio.length), items: d.radio.map(deedItem), more: MSG_REPORT.moreDeeds },
    ...script,
    {
      title: MSG_REPORT.flagStories(d.flagStories.length),
      items: d.flagStories.map((deed, i) => ({ ...deedItem(deed), story: pack.flagStories[i]?.text })),
      more: MSG_MEDIA.moreStories,
    },
    {
      title: MSG_REPORT.silentWeek(d.silentUnits.length, weekLabel(d.past)),
      items: d.silentUnits.map((u) => ({ head: u.name, warn: true })),
      more: MSG_REPORT.moreUnits,
    },
  ];
  const doc: MailDoc = {
    kicker: c.organisation,
    title: MSG_REPORT.digestTitle(week),
    subtitle: `${MSG_REPORT.campaign}. ${MSG_REPORT.digestLead(week, weekLabel(d.past))}`,
    warning: d.radio.length < d.radioTarget ? MSG_REPORT.digestWarning(d.radio.length, d.radioTarget) : undefined,
    figures: [
      { value: viNumber(d.deeds), label: f.deeds },
      { value: `${d.radio.length}/${d.radioTarget}`, label: f.radio },
      { value: viNumber(d.flagStories.length), label: f.stories },
      { value: viNumber(d.silentUnits.length), label: f.silent },
    ],
    link: { href: c.tabUrl, label: MSG_REPORT.openTab(c.tabName) },
    sections,
    footer: [MSG_REPORT.footer(c.reviewingBody)],
  };
  return render(doc, MSG_REPORT.digestSubject(week, d.radio.length, d.radioTarget));
}
