// The playground's «Bản tin» page: a week's media pack (radio script, flag-ceremony stories, bulletin texts)
// from the Sheet's rows through the same domain function as Monday's digest, as plain text with copy buttons.
import { types } from 'node:util';
import { dayNumber, fromDayNumber, isoWeekKey, mondayOf, monthKey, parseLocalDate } from '../../src/domain/calendar';
import type { LocalDate } from '../../src/domain/calendar';
import { DEED, SETTINGS, UNITS } from '../../src/domain/tabs';
import { readRegistry } from '../../src/domain/registry';
import { mediaPack } from '../../src/domain/mediaPack';
import type { Story } from '../../src/domain/mediaPack';
import { readSettings } from '../../src/domain/settings';
import { mondayOfWeekKey, reportWeek, summariseMonth, summariseWeek, weekBefore } from '../../src/domain/summary';
import type { ReportWeek } from '../../src/domain/summary';
import { reportDeedOf } from '../../src/app/reportData';

import * as MSG_MEDIA from '../../src/shared/messages/media';
import * as MSG_REPORT from '../../src/shared/messages/report';
import { monthLabel, weekLabel } from '../../src/ui/reportText';
import { esc, page } from './html';
import type { NavLink } from './html';
import type { Playground, Reply, Request, Route } from './server';

const ZONE = 'Asia/Ho_Chi_Minh';
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }); // yyyy-MM-dd
/** Cells hold Dates made inside the bundle's context: `instanceof Date` is false across realms. */
const isoDay = (v: unknown) => (types.isDate(v) ? isoDayFormat.format(v) : '');

/** A part of the pack: its heading, and blocks of text (a cue in small print, then what is read). */
interface Part {
  id: string;
  title: string;
  blocks: { cue?: string; text: string; strong?: boolean }[];
  empty: string;
}

const storyBlocks = (stories: readonly Story[]) => stories.map((s) => ({ cue: s.title, text: s.text }));
const plainText = (part: Part) => part.blocks.map((b) => (b.cue ? `${b.cue}\n${b.text}` : b.text)).join('\n\n');

function partHtml(part: Part): string {
  const body =
    part.blocks.length === 0
      ? `<p class="note warn">${esc(part.empty)}</p>`
      : part.blocks
          .map((b) => {
            const cue = b.cue ? `<p class="cue">${esc(b.cue)}</p>` : '';
            return `${cue}<p class="read">${b.strong ? `<strong>${esc(b.text)}</strong>` : esc(b.text)}</p>`;
          })
          .join('');
  const copy =
    part.blocks.length === 0
      ? ''
      : `<button type="button" class="copy" data-for="${part.id}">Chép</button><textarea id="${part.id}" hidden>${esc(plainText(part))}</textarea>`;
  return `<section><div class="bar"><h2>${esc(part.title)}</h2>${copy}</div>${body}</section>`;
}

/** Copies a part's plain text; falls back to a selected textarea where the Clipboard API is not allowed. */
const COPY_SCRIPT = `document.addEventListener('click', function (e) {
  var button = e.target.closest('button.copy');
  if (!button) return;
  var area = document.getElementById(button.getAttribute('data-for'));
  var done = function () { button.textContent = '✔ Đã chép'; setTimeout(function () { button.textContent = 'Chép'; }, 2000); };
  var fallback = function () { area.hidden = false; area.select(); document.execCommand('copy'); area.hidden = true; done(); };
  if (navigator.clipboard) navigator.clipboard.writeText(area.value).then(done, fallback); else fallback();
});`;

const STYLE = `<style>.pack{max-width:680px}.pack section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:4px 16px 12px;margin:0 0 16px}
.pack .bar{display:flex;align-items:center;justify-content:space-between;gap:8px}.pack h2{font-size:17px;margin:12px 0 4px}
.pack .read{font-size:16px;line-height:1.6;margin:6px 0 14px}.pack .cue{font-size:12px;color:#64748b;margin:12px 0 0;font-weight:600}
.pack .weeks{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 12px}.pack .copy{flex:none}</style>`;

/** The local date of an instant in the campaign's zone. */
export const todayOf = (at: Date): LocalDate | undefined => parseLocalDate(isoDayFormat.format(at));

/** The week asked for (?week=2026-W48), else the current one; its bulletin month is the month of its Thursday. */
function chosenWeek(req: Request, today: LocalDate): { week: ReportWeek; month: string } {
  const monday = mondayOfWeekKey(req.query.get('week') ?? '') ?? mondayOf(today);
  return { week: reportWeek(monday, today), month: monthKey(fromDayNumber(dayNumber(monday) + 3)) };
}

function mediaPage(nav: readonly NavLink[], pg: Playground, req: Request): Reply {
  const ss = pg.addOn.runtime.spreadsheet;
  const today = todayOf(pg.addOn.runtime.clock.now());
  if (!today) throw new Error('The clock has no date');
  const { week, month } = chosenWeek(req, today);
  const [, ...rows] = ss.getSheetByName(DEED.name)?.getDataRange().getValues() ?? [];
  // The page runs outside an execution: the units' types come from «Đơn vị» as read here, not the add-on's config.
  const [, ...unitRows] = ss.getSheetByName(UNITS.name)?.getDataRange().getValues() ?? [];
  const unitTypes = new Map(readRegistry(unitRows).units.map((u) => [u.code, u.unitType]));
  const deeds = rows.map((row) =>
    reportDeedOf(
      (key) => row[DEED.col[key]],
      isoDay,
      true,
      (c) => unitTypes.get(c),
    ),
  );
  const [, ...settingRows] = ss.getSheetByName(SETTINGS.name)?.getDataRange().getValues() ?? [];
  const settings = readSettings(settingRows);
  const picks = summariseWeek(week, weekBefore(week, today), deeds, [], 0);
  const pack = mediaPack({
    organisation: settings.ok ? settings.settings.organisation : '',
    week,
    radio: picks.radio,
    flagStories: picks.flagStories,
    bulletin: summariseMonth(month, [], deeds, [], 0).bulletin,
  });
  const radio = pack.radio;
  const parts: Part[] = [
    {
      id: 'script',
      title: MSG_MEDIA.scriptSection,
      blocks:
        radio.stories.length === 0
          ? []
          : [
              { text: radio.heading, strong: true },
              { text: radio.opening },
              ...storyBlocks(radio.stories),
              { text: radio.closing },
            ],
      empty: 'Tuần này chưa chọn mô hình phát thanh nào: trong Bảng duyệt, duyệt một việc tốt rồi bật «Phát thanh».',
    },
    {
      id: 'stories',
      title: MSG_REPORT.flagStories(pack.flagStories.length),
      blocks: storyBlocks(pack.flagStories),
      empty: 'Chưa có việc tốt nào của tuần được chọn «Chuyện kể dưới cờ».',
    },
    {
      id: 'bulletin',
      title: `Bản tin tháng ${monthLabel(month)} (${pack.bulletin.length})`,
      blocks: storyBlocks(pack.bulletin),
      empty: `Chưa có việc tốt nào được chọn cho bản tin tháng ${monthLabel(month)}.`,
    },
  ];
  const step = (days: number) => isoWeekKey(fromDayNumber(dayNumber(week.monday) + days));
  const weeks = `<p class="weeks"><a href="/ban-tin?week=${step(-7)}">‹ Tuần trước</a><a href="/ban-tin">Tuần này</a><a href="/ban-tin?week=${step(7)}">Tuần sau ›</a></p>`;
  const body = `${STYLE}<div class="pack"><h1>${esc(MSG_REPORT.digestTitle(weekLabel(week)))}</h1>${weeks}
${parts.map(partHtml).join('')}</div><script>${COPY_SCRIPT}</script>`;
  return { body: page('Bản tin', nav, body, '/ban-tin') };
}

export function mediaRoutes(nav: readonly NavLink[]): Record<string, Route> {
  return { 'GET /ban-tin': (pg, req) => mediaPage(nav, pg, req) };
}
