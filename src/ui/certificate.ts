// The printable draft of a Thư khen or Giấy khen: one A4 landscape page per deed, plain HTML and simple inline CSS
// (no positioning or transforms: Apps Script's HTML-to-PDF conversion is not a browser), filled from the deed, the
// unit and the settings' names.
import { CAMPAIGN, RECOGNITIONS } from '#shared/codes';
import type { PerformerKind } from '#shared/codes';
import { parseLocalDate } from '../domain/calendar';
import type { Commendation } from '#contract';
import { escapeHtml } from '#shared/escape';
import { pageStart } from './htmlPage';

export interface CertificateInput {
  recognition: Commendation;
  organisation: string;
  /** The right-hand heading: «ĐẢNG CỘNG SẢN VIỆT NAM», or the state's for a government body. */
  heading: string;
  /** The place written before the date: «Tân Định, ngày … tháng … năm …»; empty: «Ngày … tháng … năm …». */
  place: string;
  /** Who grants it: the decision's level, else the settings' Thường trực (Thư khen) or Ban Thường vụ (Giấy khen). */
  issuer: string;
  performerName: string;
  performerKind: PerformerKind;
  performerRole: string;
  unitName: string;
  title: string;
  doneOn: string; // yyyy-MM-dd
  startDate: string; // yyyy-MM-dd or ''
  decision?: { number: string; date: string };
}

const BLANK = '……………';

/** "ngày 27 tháng 11 năm 2026", or dotted blanks for a draft awaiting its decision. */
function longDate(iso: string | undefined): string {
  const d = iso ? parseLocalDate(iso) : undefined;
  return d ? `ngày ${d.day} tháng ${d.month} năm ${d.year}` : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
}

function placeAndDate(place: string, date: string): string {
  return place ? `${escapeHtml(place)}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

function shortDate(iso: string): string {
  const d = parseLocalDate(iso);
  return d ? `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}` : '';
}

// Written compact, one rule a line: it ships in dist/Code.js.
const STYLE = `
@page{size:A4 landscape;margin:14mm}
body{font-family:'Times New Roman',Times,serif;color:#111;margin:0}
.page{box-sizing:border-box;border:3px double #a31f1f;padding:10mm 14mm;min-height:180mm;page-break-after:always}
.page:last-child{page-break-after:auto}
.head{width:100%;border-collapse:collapse;font-size:13pt}
.head td{vertical-align:top;text-align:center;width:50%}
.upper{text-transform:uppercase;font-weight:bold}
.no{margin-top:4pt}
.place{font-style:italic}
h1{color:#a31f1f;text-align:center;font-size:34pt;letter-spacing:3pt;margin:14pt 0 4pt}
.to{text-align:center;font-size:15pt;margin:6pt 0}
.name{text-align:center;font-size:22pt;font-weight:bold;margin:4pt 0}
.role{text-align:center;font-size:13pt;font-style:italic}
.why{font-size:14pt;margin:14pt 10mm 0;line-height:1.45}
.sign{width:100%;margin-top:16pt;font-size:13pt}
.sign td{width:50%;text-align:center;vertical-align:top}
.draft{text-align:center;color:#a31f1f;font-weight:bold;letter-spacing:2pt;border:1px dashed #a31f1f;padding:2pt;margin-bottom:6pt}
.print{margin:8pt 0;text-align:right}
@media print{.print{display:none}}
@media screen{body{margin:12px;background:#f1f5f9} .page{background:#fff;max-width:269mm;margin:0 auto 12px}}
`;

function page(c: CertificateInput): string {
  const e = escapeHtml;
  const label = RECOGNITIONS[c.recognition];
  const number = c.decision ? e(c.decision.number) : `${BLANK}/QĐ`;
  const since = c.startDate ? `từ ${shortDate(c.startDate)} đến ${shortDate(c.doneOn)}` : `ngày ${shortDate(c.doneOn)}`;
  const who = c.performerKind === 'tap_the' ? 'Tặng tập thể' : 'Tặng đồng chí';
  const role = [c.performerRole, c.unitName]
    .filter((x) => x.trim() !== '')
    .map(e)
    .join(' — ');
  return `<div class="page">
${c.decision ? '' : '<div class="draft">DỰ THẢO — chưa có quyết định</div>'}
<table class="head"><tr>
<td><div class="upper">${e(c.organisation)}</div><div class="upper">${e(c.issuer)}</div><div class="no">Số: ${number}</div></td>
<td><div class="upper">${e(c.heading)}</div><div class="place">${placeAndDate(c.place, longDate(c.decision?.date))}</div></td>
</tr></table>
<h1>${e(label.toUpperCase())}</h1>
<div class="to">${e(c.issuer)}</div>
<div class="to">${who}</div>
<div class="name">${e(c.performerName)}</div>
<div class="role">${role}</div>
<div class="why">Đã có thành tích trong phong trào «${CAMPAIGN}»: <b>${e(c.title)}</b> (${since}).</div>
<table class="sign"><tr><td></td><td><div class="upper">TM. ${e(c.issuer)}</div><div>(ký, ghi rõ họ tên, đóng dấu)</div></td></tr></table>
</div>`;
}

/** A whole printable document, one page per certificate; `printButton` for the dialog over the Sheet. */
export function certificateHtml(items: readonly CertificateInput[], printButton = false): string {
  const button = printButton ? '<div class="print"><button onclick="window.print()">In (Ctrl+P)</button></div>' : '';
  return `${pageStart('Thư khen, Giấy khen')}<style>${STYLE}</style></head><body>${button}${items.map(page).join('\n')}</body></html>`;
}
