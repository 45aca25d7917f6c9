// The playground's reporting pages: run the monthly summary (through the real menu item, its prompt and
// alerts answered from the page) and the weekly trigger; the outbox of every email sent; and the embedded
// charts of a tab drawn as SVG, since the sheet page otherwise shows cell values only.
import { mailBodyHtml } from './formFlow';
import { previousMonthKey } from '../../src/domain/calendar';
import * as MSG_REPORT from '../../src/shared/messages/report';
import * as MSG_SELF_CHECK from '../../src/shared/messages/selfCheck';
import { SELF_CHECK } from '../../src/domain/tabs';
import type { AddOn } from '../addon';
import { ADMIN, fireTrigger } from '../flows';
import { esc, page, redirect } from './html';
import type { NavLink } from './html';
import type { Playground, Reply, Request, Route } from './server';
import { INCIDENTS, OUTBOX } from '../../src/domain/tabs';

interface Shell {
  nav: readonly NavLink[];
  flash: (pg: Playground) => string;
}

/** An instant in Việt Nam time, day first with the whole year: "09:00 27/11/2026". */
export const localTime = (at: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);

/** Runs an entry point as the admin; every alert or prompt it showed is returned as text. */
function asAdmin(pg: Playground, run: () => unknown): string[] {
  const { runtime } = pg.addOn;
  const before = runtime.ui.alerts.length;
  runtime.setUser(ADMIN);
  try {
    const result = run() as { error?: unknown } | undefined;
    const error = result && typeof result === 'object' && 'error' in result ? result.error : undefined;
    const shown = runtime.ui.alerts
      .slice(before)
      .map((a) => `${a.title ?? ''}: ${a.prompt}${a.text ? ` → ${a.text}` : ''}`);
    return error ? [...shown, `Lỗi: ${String(error)}`] : shown;
  } finally {
    runtime.setUser(pg.actingAs);
  }
}

function reportsPage(shell: Shell, pg: Playground): Reply {
  const { runtime } = pg.addOn;
  const now = runtime.clock.now();
  const today = new Date(now.getTime() + 7 * 3_600_000); // Asia/Ho_Chi_Minh is UTC+7
  const last = previousMonthKey({ year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: 1 });
  const tabs = runtime.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => n.startsWith(MSG_REPORT.tabName('')) || n === OUTBOX.name || n === INCIDENTS.name)
    .map((n) => `<li><a href="/sheet?tab=${encodeURIComponent(n)}">${esc(n)}</a></li>`)
    .join('');
  const triggers = runtime.triggers
    .list()
    .map((t) => {
      const when = t.eventType !== 'CLOCK' ? 'theo sự kiện' : t.nextRun ? localTime(new Date(t.nextRun)) : 'đã chạy';
      return `<li>${esc(t.handler)} — ${esc(when)}</li>`;
    })
    .join('');
  const body = `${shell.flash(pg)}<h1>Báo cáo</h1><p>Đồng hồ: ${esc(localTime(now))} (giờ Việt Nam).</p>
<form method="post" action="/reports/monthly"><label>Tháng <input type="month" name="month" value="${last}" required></label>
<label><input type="checkbox" name="send" value="1" checked> Gửi thư (trả lời «Có» ở hộp thoại)</label>
<button type="submit">Chạy tổng hợp tháng</button></form>
<form method="post" action="/reports/advance"><label>Cho thời gian trôi đến <input type="datetime-local" name="until" value="${esc(inputValue(now))}" required></label>
<button type="submit">Chạy các trigger đến lúc đó</button> (như Apps Script: tổng hợp tháng vào ngày chốt, bản tin thứ Hai, nhắc thứ Sáu…)</form>
<form method="post" action="/reports/weekly"><p><button type="submit">Chạy bản tin tuần</button> (trigger thứ Hai: bản tin của tuần đang bắt đầu — phát thanh, chuyện kể dưới cờ — và thư nhắc đơn vị chưa có việc tốt tuần trước)</p></form>
<form method="post" action="/reports/self-check"><p><button type="submit">${esc(MSG_SELF_CHECK.menu)}</button> (menu của quản trị: thử mọi loại lệnh Apps Script trên đối tượng tạm)</p></form>
<h2>Tab</h2><ul>${tabs || '<li>Chưa có.</li>'}</ul><h2>Trigger</h2><ul>${triggers}</ul>
<p><a href="/outbox">Hộp thư đã gửi (${runtime.mail.sent.length})</a></p>`;
  return { body: page('Báo cáo', shell.nav, body, '/reports') };
}

/** "Tạo tổng hợp tháng…" as the admin would answer it: the month typed, then Có/Không, then OK. */
function runMonthly(pg: Playground, req: Request): Reply {
  const form = new URLSearchParams(req.body);
  const [year, month] = (form.get('month') ?? '').split('-');
  const { runtime } = pg.addOn;
  runtime.ui.alertResponses.push({ button: 'OK', text: `${month}/${year}` }, form.get('send') ? 'YES' : 'NO', 'OK');
  const shown = asAdmin(pg, () => pg.addOn.call('menuMonthlyReport'));
  runtime.ui.alertResponses.length = 0;
  pg.lastMessage = `✔ ${shown.join(' · ')}`;
  return redirect(`/sheet?tab=${encodeURIComponent(MSG_REPORT.tabName(`${month}/${year}`))}`);
}

/** «Kiểm tra hệ thống» as the admin runs it from the menu: the probes on the emulator, then the tab «Kiểm tra». */
function runSelfCheck(pg: Playground): Reply {
  const { runtime } = pg.addOn;
  const dialogs = runtime.ui.dialogs.length;
  // The probes time themselves with Date.now(): let the clock follow the cost model while they run.
  runtime.useModelledTime(true);
  const shown = asAdmin(pg, () => pg.addOn.call('menuSelfCheck'));
  runtime.useModelledTime(false);
  const summary = runtime.ui.dialogs.length > dialogs ? MSG_SELF_CHECK.title : '';
  pg.lastMessage = shown.length > 0 ? shown.join(' · ') : `✔ ${summary}: xem từng mục bên dưới.`;
  return redirect(`/sheet?tab=${encodeURIComponent(SELF_CHECK.name)}`);
}

/** "2026-11-27T09:00" in Việt Nam time, as a datetime-local input holds an instant. */
const inputValue = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

/** Lets time pass to the instant typed (Việt Nam time): every installed trigger due on the way fires, in order. */
function advanceClock(pg: Playground, req: Request): Reply {
  const typed = new URLSearchParams(req.body).get('until') ?? '';
  const until = new Date(`${typed}:00+07:00`);
  const { runtime } = pg.addOn;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(typed) || Number.isNaN(until.getTime())) {
    pg.lastMessage = `«${typed}» không phải ngày giờ.`;
    return redirect('/reports');
  }
  if (until.getTime() <= runtime.clock.now().getTime()) {
    pg.lastMessage = 'Chỉ cho thời gian trôi tới, không lùi lại.';
    return redirect('/reports');
  }
  const mails = runtime.mail.sent.length;
  const fired = runtime.triggers.runUntil(until);
  const failed = fired.filter((f) => f.error !== undefined).length;
  const counts = new Map<string, number>();
  for (const f of fired) counts.set(f.handler, (counts.get(f.handler) ?? 0) + 1);
  const list = [...counts].map(([handler, n]) => `${handler} ×${n}`).join(', ');
  pg.lastMessage = `✔ Đến ${localTime(until)}: ${fired.length} lần chạy trigger${list ? ` (${list})` : ''}${failed ? `, ${failed} lỗi` : ''}; ${runtime.mail.sent.length - mails} thư đã gửi.`;
  return redirect('/reports');
}

/** Fires the real weekly trigger now. */
function runWeekly(pg: Playground): Reply {
  if (!pg.addOn.runtime.triggers.list().some((t) => t.handler === 'weeklyReport')) {
    pg.lastMessage = 'Chưa có trigger bản tin tuần: chạy Thiết lập.';
    return redirect('/reports');
  }
  const before = pg.addOn.runtime.mail.sent.length;
  const shown = asAdmin(pg, () => fireTrigger(pg.addOn, 'weeklyReport'));
  const sent = pg.addOn.runtime.mail.sent.length - before;
  pg.lastMessage = `${shown.length > 0 ? shown.join(' · ') : '✔'} Đã gửi ${sent} thư.`;
  return redirect('/outbox');
}

const bytes = (n: number) => `${n.toLocaleString('vi-VN')} byte`;

/** Every email the add-on sent, newest first; HTML bodies in sandboxed frames (no script, no same origin). */
function outboxPage(shell: Shell, pg: Playground): Reply {
  const mails = [...pg.addOn.runtime.mail.sent].reverse();
  const items = mails
    .map((m) => {
      const frame = m.htmlBody
        ? `<iframe sandbox="" srcdoc="${esc(m.htmlBody)}" title="${esc(m.subject)}" style="width:390px;height:640px;border:1px solid #cbd5e1;background:#fff"></iframe>`
        : '';
      const attached = (m.attachments ?? []).map((a) => ` · đính kèm ${esc(a.name)} (${bytes(a.bytes)})`).join('');
      return `<article style="margin:0 0 24px"><h3 style="margin:0">${esc(m.subject)}</h3>
<p style="margin:4px 0;color:#475569">Gửi ${esc(m.to)} · từ ${esc(m.name ?? m.from)} · ${esc(localTime(m.at))}${m.htmlBody ? ` · HTML ${bytes(Buffer.byteLength(m.htmlBody))}` : ''}${attached}</p>
${frame}<details${m.htmlBody ? '' : ' open'}><summary>Bản văn bản thuần</summary><pre style="white-space:pre-wrap;max-width:720px">${mailBodyHtml(m.body)}</pre></details></article>`;
    })
    .join('');
  const body = `${shell.flash(pg)}<h1>Hộp thư đã gửi (${mails.length})</h1>${items || '<p>Chưa gửi thư nào.</p>'}`;
  return { body: page('Hộp thư', shell.nav, body, '/outbox') };
}

/** The tab's embedded charts as simple SVG bar charts: labels and values from the chart's two ranges. */
export function chartsHtml(addOn: AddOn, sheet: GoogleAppsScript.Spreadsheet.Sheet): string {
  return sheet
    .getCharts()
    .map((chart) => {
      const model = (addOn.runtime.unwrap(chart) as unknown as { model: ChartModel }).model;
      // The chart keeps its ranges by A1 notation on this sheet (the emulator records the name it was built under).
      const [labels, values] = model.ranges.map((r) => sheet.getRange(r.a1).getDisplayValues().slice(1));
      const rows = (labels ?? []).map((l, i) => ({ label: l[0] ?? '', value: Number(values?.[i]?.[0] ?? 0) }));
      return svgChart(String(model.options.title ?? ''), model.type === 'BAR', rows);
    })
    .join('');
}

interface ChartModel {
  type: string;
  ranges: { a1: string }[];
  options: Record<string, unknown>;
}

function svgChart(title: string, horizontal: boolean, rows: { label: string; value: number }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bar = 22;
  const width = 560;
  const height = horizontal ? 40 + rows.length * (bar + 6) : 260;
  const shapes = rows
    .map((r, i) => {
      if (horizontal) {
        const y = 34 + i * (bar + 6);
        const w = (r.value / max) * (width - 330);
        return `<text x="300" y="${y + 15}" text-anchor="end" font-size="11">${esc(r.label.slice(0, 48))}</text><rect x="306" y="${y}" width="${w}" height="${bar}" fill="#b91c1c"/><text x="${310 + w}" y="${y + 15}" font-size="11">${r.value}</text>`;
      }
      const slot = (width - 40) / rows.length;
      const h = (r.value / max) * 170;
      const x = 30 + i * slot;
      return `<rect x="${x + 6}" y="${210 - h}" width="${slot - 12}" height="${h}" fill="#b91c1c"/><text x="${x + slot / 2}" y="${204 - h}" text-anchor="middle" font-size="11">${r.value}</text><text x="${x + slot / 2}" y="228" text-anchor="middle" font-size="10">${esc(r.label.replace(/ \(.*/, ''))}</text><text x="${x + slot / 2}" y="242" text-anchor="middle" font-size="9" fill="#64748b">${esc(/\((.*)\)/.exec(r.label)?.[1] ?? '')}</text>`;
    })
    .join('');
  return `<figure style="display:inline-block;vertical-align:top;margin:0 16px 12px 0;background:#fff;border:1px solid #e2e8f0"><svg width="${width}" height="${height}" role="img" aria-label="${esc(title)}"><text x="12" y="20" font-size="13" font-weight="bold">${esc(title)}</text>${shapes}</svg></figure>`;
}

export function reportRoutes(shell: Shell): Record<string, Route> {
  return {
    'GET /reports': (pg) => reportsPage(shell, pg),
    'POST /reports/monthly': runMonthly,
    'POST /reports/weekly': (pg) => runWeekly(pg),
    'POST /reports/advance': advanceClock,
    'POST /reports/self-check': (pg) => runSelfCheck(pg),
    'GET /outbox': (pg) => outboxPage(shell, pg),
  };
}
