// What the monthly job sends besides leadership's summary, each recipient what is theirs (guidance, section III):
// Thường trực the Thư khen proposals, each base committee its own month, the bulletin's editor the month's texts.
import type { Config } from './config';
import type { Outgoing } from './outbox';
import { readReportDeeds } from './reportData';
import { mediaPack } from '../domain/mediaPack';
import { summariseMonth } from '../domain/summary';
import type { MonthSummary, ReportDeed, ReportWeek } from '../domain/summary';
import type { Settings } from '../domain/settings';
import { baseCommittees } from '../domain/unitGroups';
import type { DecisionRecord } from '#contract';
import { baseMail, bulletinMail, thuKhenMail } from '../ui/recipientMail';

export interface MonthInput {
  month: string;
  weeks: readonly ReportWeek[];
  deeds: readonly ReportDeed[];
  summary: MonthSummary;
  decisions: ReadonlyMap<string, readonly DecisionRecord[]>;
}

/** The month's messages for Thường trực, the base committees and the bulletin's editor (none when not set). */
export function monthlyRecipientMessages(m: MonthInput, config: Config, settings: Settings): Outgoing[] {
  const out: Outgoing[] = [];
  if (settings.standingCommitteeEmails.length > 0 && m.summary.thuKhen.length > 0)
    out.push({
      kind: 'thu_khen_list',
      period: m.month,
      to: settings.standingCommitteeEmails,
      ...thuKhenMail(m.summary, { ...settings, decisions: m.decisions }),
    });
  if (settings.baseMonthly) out.push(...baseMessages(m, config, settings));
  if (settings.bulletinEmails.length > 0 && m.summary.bulletin.length > 0) out.push(bulletinMessage(m, settings));
  return out;
}

/** One summary per base committee with an address in «Đơn vị», made of its own units and deeds only. */
function baseMessages(m: MonthInput, config: Config, settings: Settings): Outgoing[] {
  const base = baseCommittees(config.units);
  const baseOf = (code: string) => base.get(code) ?? code;
  const unitsOf = groupBy(config.units, (u) => baseOf(u.code));
  const deedsOf = groupBy(m.deeds, (d) => baseOf(d.unitCode));
  return config.units
    .filter((u) => u.active && u.email !== '' && baseOf(u.code) === u.code)
    .map((u) => {
      const s = summariseMonth(
        m.month,
        m.weeks,
        deedsOf.get(u.code) ?? [],
        unitsOf.get(u.code) ?? [],
        settings.radioTarget,
      );
      return { kind: 'base_monthly', period: `${m.month}|${u.code}`, to: [u.email], ...baseMail(s, u.name, settings) };
    });
}

/** The month's bulletin picks as texts: the long columns are read again for those deeds only when they are sent. */
function bulletinMessage(m: MonthInput, settings: Settings): Outgoing {
  const ids = new Set(m.summary.bulletin.map((d) => d.id));
  const deeds = readReportDeeds({ months: new Set([m.month]), weeks: new Set() }, { stories: true }).filter((d) =>
    ids.has(d.id),
  );
  const week = m.weeks[0];
  const pack = week
    ? mediaPack({ organisation: settings.organisation, week, radio: [], flagStories: [], bulletin: deeds })
    : undefined;
  return {
    kind: 'bulletin',
    period: m.month,
    to: settings.bulletinEmails,
    ...bulletinMail(m.month, pack?.bulletin ?? [], deeds, settings),
  };
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}
