// HTML helpers for the playground's pages: escaping, the page frame, a redirect, and a tab rendered as a table.
import type { Reply } from './server';

export const esc = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** After a POST: the page to show next (303, so that a reload does not send the form again). */
export const redirect = (to: string): Reply => ({ status: 303, headers: { location: to }, body: '' });

export interface NavLink {
  href: string;
  label: string;
}

export function page(title: string, nav: readonly NavLink[], body: string, current = ''): string {
  const links = nav
    .map((l) => `<a href="${esc(l.href)}"${l.href === current ? ' aria-current="page"' : ''}>${esc(l.label)}</a>`)
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Mỗi tuần làm một việc tốt</title><style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
header{background:#b91c1c;color:#fff;padding:10px 16px;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
header strong{font-size:16px;margin-right:8px}header a{color:#fff;text-decoration:none;padding:4px 8px;border-radius:4px}
header a[aria-current]{background:rgba(255,255,255,.2)}main{padding:16px}
.tabs{display:flex;gap:4px;flex-wrap:wrap;margin-bottom:8px}.tabs a{padding:4px 10px;border:1px solid #cbd5e1;border-radius:4px 4px 0 0;background:#fff;color:#1f2937;text-decoration:none}
.tabs a[aria-current]{background:#1d4ed8;color:#fff;border-color:#1d4ed8}
.sheet{overflow:auto;max-height:75vh;border:1px solid #cbd5e1;background:#fff}
table{border-collapse:collapse;font-size:12px}main table{display:block;max-width:100%;overflow-x:auto}pre{overflow-wrap:anywhere}th,td{border:1px solid #e2e8f0;padding:3px 6px;vertical-align:top;max-width:280px;overflow:hidden;text-overflow:ellipsis}
th{background:#f1f5f9;position:sticky;top:0}td.n{color:#64748b;background:#f8fafc;text-align:right}
.note{padding:8px 12px;border-radius:6px;margin:8px 0}.ok{background:#dcfce7}.warn{background:#fef9c3}.err{background:#fee2e2}
form.web{max-width:640px;background:#fff;padding:16px;border:1px solid #e2e8f0;border-radius:8px}
form.web label{display:block;font-weight:600;margin-top:12px}form.web small{display:block;color:#64748b;font-weight:400}
form.web input,form.web select,form.web textarea{width:100%;box-sizing:border-box;padding:8px;font:inherit;border:1px solid #cbd5e1;border-radius:4px}
form.web textarea{min-height:110px}form.web fieldset{border:0;padding:0;margin:12px 0 0}form.web legend{font-weight:600}form.web label.choice{font-weight:400;display:flex;gap:8px;align-items:center;margin:6px 0}form.web label.choice input{width:auto}button{padding:8px 14px;font:inherit;border-radius:4px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
.frame{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}.frame iframe{width:300px;height:85vh;border:1px solid #94a3b8;background:#fff}
</style></head><body><header><strong>Mỗi tuần làm một việc tốt · playground</strong>${links}</header><main>${body}</main></body></html>`;
}

/** A tab as a table of its display values: row numbers on the left, as in Sheets; formulas shown as formulas. */
export function sheetTable(values: string[][], formulas: string[][], maxRows = 300): string {
  const shown = values.length > maxRows + 1 ? [values[0] ?? [], ...values.slice(-maxRows)] : values;
  const offset = values.length - shown.length;
  const rows = shown
    .map((row, i) => {
      const r = i === 0 ? 0 : i + offset;
      const cells = row
        .map((v, c) => {
          const f = formulas[r]?.[c];
          const text = f || v;
          return i === 0 ? `<th>${esc(text)}</th>` : `<td title="${esc(text)}">${esc(text)}</td>`;
        })
        .join('');
      return `<tr><td class="n">${r + 1}</td>${cells}</tr>`;
    })
    .join('');
  const more = offset > 0 ? `<p>${offset} dòng cũ hơn không hiển thị.</p>` : '';
  return `${more}<div class="sheet"><table>${rows}</table></div>`;
}
