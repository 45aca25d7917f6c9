// The playground's pages and its bridge: each route is one function; add a page by adding a line here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_FUNCTIONS } from '#contract';
import type { ServerFunction } from '#contract';
import { DIST } from '../addon';
import { esc, page, redirect, sheetTable } from './html';
import type { NavLink } from './html';
import { ROLES } from '../flows';
import { ladderRoutes } from './ladder';
import { mediaRoutes } from './media';
import { chartsHtml, reportRoutes } from './reports';
import type { Body } from './guard';
import type { Playground, Reply, Request, Route } from './server';
import { DEED } from '../../src/domain/tabs';
import { formRoutes } from './formFlow';

const NAV: NavLink[] = [
  { href: '/sheet', label: 'Bảng tính' },
  { href: '/form', label: 'Biểu mẫu' },
  { href: '/sidebar', label: 'Bảng duyệt' },
  { href: '/reports', label: 'Báo cáo' },
  { href: '/ban-tin', label: 'Bản tin' },
  { href: '/khen-thuong', label: 'Khen thưởng' },
  { href: '/outbox', label: 'Hộp thư' },
];

const json = (value: unknown, status = 200): Reply => ({
  status,
  type: 'application/json',
  body: JSON.stringify(value),
});

function flash(pg: Playground): string {
  const msg = pg.lastMessage;
  pg.lastMessage = '';
  return msg ? `<div class="note ${msg.startsWith('✔') ? 'ok' : 'warn'}" role="status">${esc(msg)}</div>` : '';
}

function sheetPage(pg: Playground, req: Request): Reply {
  const ss = pg.addOn.runtime.spreadsheet;
  const sheets = ss.getSheets();
  const name = req.query.get('tab') ?? DEED.name;
  const sheet = ss.getSheetByName(name) ?? sheets[0]!;
  const tabs = sheets
    .map((s) => {
      const n = s.getName();
      return `<a href="/sheet?tab=${encodeURIComponent(n)}"${n === sheet.getName() ? ' aria-current="page"' : ''}>${esc(n)} (${Math.max(0, s.getLastRow() - 1)})</a>`;
    })
    .join('');
  const range = sheet.getDataRange();
  // A checkbox cell shows as the box Sheets draws, ticked for true (its display value is TRUE/FALSE).
  const boxes = range
    .getDataValidations()
    .map((row) => row.map((rule) => rule?.getCriteriaType().toString() === 'CHECKBOX'));
  const shown = range
    .getDisplayValues()
    .map((row, r) => row.map((v, c) => (boxes[r]?.[c] ? (v === 'TRUE' ? '☑' : '☐') : v)));
  const table = sheetTable(shown, range.getFormulas());
  const body = `${flash(pg)}<nav class="tabs">${tabs}</nav>${chartsHtml(pg.addOn, sheet)}${table}`;
  return { body: page(sheet.getName(), NAV, body, '/sheet') };
}

function sidebarPage(pg: Playground): Reply {
  const role = pg.actingAs === ROLES.reviewer ? 'reviewer' : 'outsider';
  const body = `<div class="frame"><iframe title="Bảng duyệt" src="/sidebar/frame"></iframe>
<div><h2>Vai trò</h2><form method="post" action="/role">
<label><input type="radio" name="role" value="reviewer"${role === 'reviewer' ? ' checked' : ''}> Người duyệt (${esc(ROLES.reviewer)})</label><br>
<label><input type="radio" name="role" value="outsider"${role === 'outsider' ? ' checked' : ''}> Người ngoài (${esc(ROLES.outsider)})</label><br><br>
<button type="submit">Đổi vai trò</button></form><p>Bảng duyệt rộng 300 px như trong Google Sheets.
Mọi thay đổi ghi vào <a href="/sheet?tab=Vi%E1%BB%87c%20t%E1%BB%91t">tab «Việc tốt»</a> và <a href="/sheet?tab=Nh%E1%BA%ADt%20k%C3%BD">«Nhật ký»</a>.</p></div></div>`;
  return { body: page('Bảng duyệt', NAV, body, '/sidebar') };
}

/** The real dist/Sidebar.html, with google.script.run bridged to POST /api/run. */
function sidebarFrame(): Reply {
  const html = readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8');
  return { body: html.replace(/<head>/i, () => `<head><script>${BRIDGE}</script>`) };
}

/**
 * Runs in the browser: google.script.run as Apps Script offers it (handlers first, then the function name).
 * Kept as plain text so that no compiler helper leaks into the page.
 */
const BRIDGE = `(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (reply) {
              if (reply.dialog) showDialog(reply.dialog);
              if (reply.ok) { if (ok) ok(reply.value); } else if (fail) fail(new Error(reply.error));
            })
            .catch(function (e) { if (fail) fail(e); });
        };
      },
    });
  }
  // A dialog the server opened (SpreadsheetApp.getUi().showModalDialog) over the Sheet: here, over the page.
  function showDialog(html) {
    var doc = window.parent.document;
    var old = doc.getElementById('gas-dialog');
    if (old) old.remove();
    var box = doc.createElement('div');
    box.id = 'gas-dialog';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-label', 'Hộp thoại');
    box.style.cssText = 'position:fixed;inset:0;z-index:10;background:rgba(15,23,42,.55);display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px';
    var frame = doc.createElement('iframe');
    frame.title = 'Hộp thoại';
    frame.setAttribute('sandbox', 'allow-scripts allow-modals');
    frame.srcdoc = html;
    frame.style.cssText = 'width:min(820px,96vw);height:85vh;border:0;background:#fff';
    var close = doc.createElement('button');
    close.type = 'button';
    close.textContent = 'Đóng hộp thoại';
    close.onclick = function () { box.remove(); };
    box.appendChild(frame);
    box.appendChild(close);
    doc.body.appendChild(box);
    close.focus();
  }
  window.google = { script: { run: runner(), host: { close: function () {}, setHeight: function () {}, setWidth: function () {} } } };
})();`;

/** A server function of the bundle run as the chosen user, as google.script.run runs it. */
function runAs(pg: Playground, fn: ServerFunction, ...args: unknown[]): unknown {
  pg.addOn.runtime.setUser(pg.actingAs);
  return pg.addOn.runtime.scriptRun(fn, ...args);
}

/** Calls a server function of the bundle as the chosen user; only JSON crosses, as with google.script.run. */
function apiRun(pg: Playground, req: Request): Reply {
  const { fn, args } = JSON.parse(req.body || '{}') as { fn?: string; args?: unknown[] };
  if (!fn || !(SERVER_FUNCTIONS as readonly string[]).includes(fn))
    return json({ ok: false, error: `No server function ${String(fn)}` }, 400);
  const dialogs = pg.addOn.runtime.ui.dialogs;
  const before = dialogs.length;
  try {
    const value = runAs(pg, fn as ServerFunction, ...(args ?? [])) ?? null;
    // A dialog it opened over the Sheet («Xem bản in»): the bridge shows it over the page.
    const dialog = dialogs.length > before ? dialogs.at(-1)?.html : undefined;
    return json({ ok: true, value, ...(dialog ? { dialog } : {}) });
  } catch (err) {
    return json({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

/** The role radio buttons' form, or JSON `{ role }` (the browser tests). */
function setRole(pg: Playground, req: Request): Reply {
  const sentJson = req.sent === 'json';
  const role = sentJson
    ? (JSON.parse(req.body || '{}') as { role?: string }).role
    : new URLSearchParams(req.body).get('role');
  pg.actingAs = role === 'outsider' ? ROLES.outsider : ROLES.reviewer;
  return sentJson ? json({ ok: true, actingAs: pg.actingAs }) : redirect('/sidebar');
}

/** The bodies a POST takes where not the default, a form posted from the playground's own page (guard.ts). */
export const bodies: Record<string, readonly Body[]> = {
  'POST /api/run': ['json'],
  'POST /role': ['json', 'form'],
};

export const routes: Record<string, Route> = {
  'GET /': () => redirect('/sheet'),
  'GET /sheet': sheetPage,
  ...formRoutes(NAV, flash),
  'GET /sidebar': sidebarPage,
  'GET /sidebar/frame': sidebarFrame,
  'POST /api/run': apiRun,
  'POST /role': setRole,
  ...reportRoutes({ nav: NAV, flash }),
  ...mediaRoutes(NAV),
  ...ladderRoutes({ nav: NAV, flash, run: runAs }),
};
