// The playground's «Khen thưởng» page: the commendation ladder as the bundle's getLadder returns it, the «Sổ quyết
// định» tab, and each Thư khen / Giấy khen's printable draft as the bundle's showDraft dialog renders it.
import type { Commendation, LadderView, Result, ServerFunction, Suggestion } from '#contract';
import { parseLocalDate, viDate } from '../../src/domain/calendar';
import { PERFORMER_KINDS, RECOGNITIONS, codeByLabel } from '../../src/shared/codes';
import * as MSG_LADDER from '../../src/shared/messages/ladder';
import { esc, page, redirect } from './html';
import type { NavLink } from './html';
import { localTime } from './reports';
import type { Playground, Reply, Request, Route } from './server';
import { REGISTER } from '../../src/domain/tabs';

interface Shell {
  nav: readonly NavLink[];
  flash: (pg: Playground) => string;
  /** A server function of the bundle, run as the playground's acting user. */
  run: (pg: Playground, fn: ServerFunction, ...args: unknown[]) => unknown;
}

const HERE = '/khen-thuong';
const COMMENDATIONS: readonly Commendation[] = ['thu_khen', 'giay_khen'];
const day = (iso: string) => {
  const d = parseLocalDate(iso);
  return d ? viDate(d) : iso;
};

const STYLE = `<style>.ladder section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:4px 16px 12px;margin:0 0 16px}
.ladder h2{font-size:17px;margin:12px 0 8px}.ladder table{width:100%}.ladder td,.ladder th{max-width:none;text-align:left}
.ladder .kind{font-weight:600;white-space:nowrap}.ladder .sub{color:#64748b;font-size:11px}
.ladder .bar{display:flex;gap:12px;align-items:center;flex-wrap:wrap}.ladder .bar form{margin:0}</style>`;

/** A section with its table: headers as text, cells as HTML already escaped by the caller. */
function section(title: string, headers: readonly string[], rows: readonly string[][], empty: string): string {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const content = rows.length === 0 ? `<p>${esc(empty)}</p>` : `<table><tr>${head}</tr>${body}</table>`;
  return `<section><h2>${esc(title)} (${rows.length})</h2>${content}</section>`;
}

const draftLink = (deedId: string, recognition: Commendation) =>
  `<a href="${esc(`${HERE}/ban-in?id=${encodeURIComponent(deedId)}&r=${recognition}`)}">Bản in</a>`;
const who = (name: string, kind: keyof typeof PERFORMER_KINDS) =>
  `${esc(name)}<div class="sub">${esc(PERFORMER_KINDS[kind])}</div>`;

function pendingRow(s: Suggestion): string[] {
  return [
    `<span class="kind">${esc(MSG_LADDER.kind[s.kind])}</span>`,
    who(s.performerName, s.performerKind),
    esc(s.unitName),
    `${esc(s.deedTitle)}<div class="sub">${esc(s.deedId)}</div>`,
    esc(s.reason),
    String(s.score),
  ];
}

function decidedRow(s: Suggestion): string[] {
  // An accepted Giấy khen is now marked on its deed: its draft can be printed.
  const print = s.status === 'accepted' && s.kind === 'giay_khen' ? draftLink(s.deedId, 'giay_khen') : '';
  return [
    `<span class="kind">${esc(MSG_LADDER.kind[s.kind])}</span>`,
    who(s.performerName, s.performerKind),
    esc(s.unitName),
    esc(MSG_LADDER.status[s.status]),
    `${esc(s.decidedBy)}<div class="sub">${s.decidedAt ? esc(localTime(new Date(s.decidedAt))) : ''}</div>`,
    esc(s.note),
    print,
  ];
}

/** «Sổ quyết định» as the tab shows it (display values), each row with its draft. */
function registerRows(pg: Playground): string[][] {
  const sheet = pg.addOn.runtime.spreadsheet.getSheetByName(REGISTER.name);
  const [, ...rows] = sheet?.getDataRange().getDisplayValues() ?? [];
  const col = (name: string) => REGISTER.headers.indexOf(name);
  return rows.map((r) => {
    const cell = (name: string) => r[col(name)] ?? '';
    const recognition = COMMENDATIONS.find((c) => c === codeByLabel(RECOGNITIONS, cell('Hình thức')));
    return [
      esc(cell('Số quyết định')),
      esc(cell('Ngày quyết định')),
      esc(cell('Cấp quyết định')),
      `<span class="kind">${esc(cell('Hình thức'))}</span>`,
      esc(cell('Người/tập thể')),
      esc(cell('Đơn vị')),
      esc(cell('Tên việc tốt')),
      recognition ? draftLink(cell('Mã việc tốt'), recognition) : '',
    ];
  });
}

/** The PDF of Thư khen and Giấy khen drafts attached to the last monthly email, if one was sent. */
function lastDraftsPdf(pg: Playground) {
  for (const mail of [...pg.addOn.runtime.mail.sent].reverse()) {
    const pdf = mail.attachments?.find((a) => a.mimeType === 'application/pdf');
    if (pdf) return { mail, pdf };
  }
  return undefined;
}

function ladderPage(shell: Shell, pg: Playground): Reply {
  const got = shell.run(pg, 'getLadder') as Result<LadderView>;
  if (!got.ok) {
    const body = `<h1>Khen thưởng</h1><p class="note err">${esc(got.error)}</p>`;
    return { status: 500, body: page('Khen thưởng', shell.nav, body, HERE) };
  }
  const view = got.value;
  const pending = view.suggestions.filter((s) => s.status === 'pending');
  const decided = view.suggestions.filter((s) => s.status !== 'pending');
  const updated = view.updatedAt ? localTime(new Date(view.updatedAt)) : 'chưa tính lần nào';
  const sent = lastDraftsPdf(pg);
  const pdf = sent
    ? `<p>Thư tổng hợp tháng gần nhất («${esc(sent.mail.subject)}») kèm bản dự thảo: <a href="${HERE}/du-thao-thang">${esc(sent.pdf.name)}</a> (nội dung HTML mà Apps Script chuyển thành PDF).</p>`
    : `<p>Chưa gửi thư tổng hợp tháng nào kèm bản dự thảo: chạy ở trang <a href="/reports">Báo cáo</a>.</p>`;
  const body = `${STYLE}${shell.flash(pg)}<div class="ladder"><h1>Khen thưởng</h1>
<div class="bar"><p>Hồ sơ khen thưởng tính lúc ${esc(updated)} · Gương điển hình dịp 19/5/${esc(view.honours.date.slice(0, 4))}: việc tốt từ ${esc(day(view.honours.from))} · xem với tư cách ${esc(pg.actingAs)}</p>
<form method="post" action="${HERE}/tinh-lai"><button type="submit">Tính lại</button></form></div>
${section(
  'Đề xuất chờ xem xét',
  ['Loại', 'Người/tập thể', 'Đơn vị', 'Việc tốt', 'Lý do', 'Điểm'],
  pending.map(pendingRow),
  'Không có đề xuất nào đang chờ.',
)}
${section(
  'Đề xuất đã xử lý',
  ['Loại', 'Người/tập thể', 'Đơn vị', 'Trạng thái', 'Người xử lý', 'Ghi chú', ''],
  decided.map(decidedRow),
  'Chưa xử lý đề xuất nào.',
)}
${section(
  REGISTER.name,
  ['Số', 'Ngày', 'Cấp quyết định', 'Hình thức', 'Người/tập thể', 'Đơn vị', 'Việc tốt', ''],
  registerRows(pg),
  'Chưa ghi quyết định nào.',
)}
${section(
  'Theo đơn vị',
  ['Mã', 'Đơn vị', 'Người/tập thể', 'Việc tốt đã duyệt', 'Thư khen', 'Giấy khen', 'Gương điển hình'],
  view.units.map((u) => [
    esc(u.code),
    esc(u.name),
    String(u.performers),
    String(u.accepted),
    String(u.thuKhen),
    String(u.giayKhen),
    String(u.guongDienHinh),
  ]),
  'Chưa có việc tốt nào được duyệt.',
)}
${pdf}</div>`;
  return { body: page('Khen thưởng', shell.nav, body, HERE) };
}

/** «Tính lại»: the reviewers' rebuild, refused to anyone else by the bundle itself. */
function refresh(shell: Shell, pg: Playground): Reply {
  const done = shell.run(pg, 'refreshLadder') as Result<LadderView>;
  pg.lastMessage = done.ok ? '✔ Đã tính lại hồ sơ khen thưởng.' : done.error;
  return redirect(HERE);
}

const refusal = (shell: Shell, status: number, message: string): Reply => ({
  status,
  body: page('Bản in', shell.nav, `<h1>Bản in</h1><p class="note err">${esc(message)}</p>`, HERE),
});

/** The bundle's own draft: showDraft opens it in a dialog over the Sheet, and the dialog's HTML is the page. */
function draft(shell: Shell, pg: Playground, req: Request): Reply {
  const recognition = COMMENDATIONS.find((c) => c === req.query.get('r'));
  if (!recognition) return refusal(shell, 400, 'Hình thức phải là thu_khen hoặc giay_khen.');
  const dialogs = pg.addOn.runtime.ui.dialogs;
  const before = dialogs.length;
  const shown = shell.run(pg, 'showDraft', { id: req.query.get('id') ?? '', recognition }) as Result<null>;
  if (!shown.ok) return refusal(shell, shown.code === 'not_found' ? 404 : 400, shown.error);
  const dialog = dialogs.length > before ? dialogs.at(-1) : undefined;
  if (!dialog) return refusal(shell, 500, 'showDraft không mở hộp thoại nào.');
  return { body: dialog.html };
}

/** What the last monthly email's PDF was converted from (the emulator's placeholder PDF carries the HTML). */
function monthlyDrafts(shell: Shell, pg: Playground): Reply {
  const html = /<!DOCTYPE[\s\S]*<\/html>/i.exec(lastDraftsPdf(pg)?.pdf.text ?? '')?.[0];
  return html ? { body: html } : refusal(shell, 404, 'Chưa có thư tổng hợp tháng nào kèm bản dự thảo.');
}

export function ladderRoutes(shell: Shell): Record<string, Route> {
  return {
    [`GET ${HERE}`]: (pg) => ladderPage(shell, pg),
    [`POST ${HERE}/tinh-lai`]: (pg) => refresh(shell, pg),
    [`GET ${HERE}/ban-in`]: (pg, req) => draft(shell, pg, req),
    [`GET ${HERE}/du-thao-thang`]: (pg) => monthlyDrafts(shell, pg),
  };
}
