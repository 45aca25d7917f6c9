// The yearly Kỷ yếu as a printable document: the honours year's gương điển hình and the deeds chosen for it, by the
// guidance's five loại hình, each with its story. Plain HTML and inline CSS, converted to PDF when sent.
import { UNIT_GROUPS, UNIT_GROUP_CODES } from '#shared/codes';
import type { UnitGroup } from '#shared/codes';
import type { ReportDeed } from '../domain/summary';
import { groupOf } from '../domain/unitGroups';
import { escapeHtml as esc } from '#shared/escape';
import * as M from '#shared/messages/recipients';
import { deedMeta } from './reportText';
import { pageStart } from './htmlPage';

export interface YearbookEntry {
  deed: ReportDeed;
  model: boolean;
}

const S = {
  page: 'font-family:Times New Roman,serif;font-size:14pt;line-height:1.5;color:#000',
  h1: 'text-align:center;font-size:20pt;margin:0 0 4pt',
  sub: 'text-align:center;font-size:13pt;margin:0 0 18pt',
  h2: 'font-size:16pt;margin:18pt 0 6pt;border-bottom:1px solid #000',
  h3: 'font-size:14pt;margin:12pt 0 2pt',
  meta: 'font-size:12pt;font-style:italic;margin:0',
  text: 'margin:4pt 0 0;text-align:justify',
};

/** The document: entries grouped by loại hình (in the guidance's order), models first within each. */
export function yearbookHtml(organisation: string, years: string, entries: readonly YearbookEntry[]): string {
  const groupOfEntry = (e: YearbookEntry): UnitGroup | undefined =>
    e.deed.unitType ? groupOf(e.deed.unitType) : undefined;
  const sections = UNIT_GROUP_CODES.map((g) => {
    const mine = entries.filter((e) => groupOfEntry(e) === g).sort((a, b) => Number(b.model) - Number(a.model));
    if (mine.length === 0) return '';
    const items = mine
      .map(
        (e) =>
          `<h3 style="${S.h3}">${e.model ? `${esc(M.yearbookModel)}: ` : ''}${esc(e.deed.title)}</h3>` +
          `<p style="${S.meta}">${esc(deedMeta(e.deed))}</p>` +
          `<p style="${S.text}">${esc(e.deed.description)}</p>`,
      )
      .join('');
    return `<h2 style="${S.h2}">${esc(UNIT_GROUPS[g].label)}</h2>${items}`;
  }).join('');
  return [
    `${pageStart(M.yearbookTitle(years))}</head>`,
    `<body style="${S.page}"><p style="${S.sub}">${esc(organisation)}</p><h1 style="${S.h1}">${esc(M.yearbookTitle(years))}</h1>`,
    `<p style="${S.sub}">${esc(M.yearbookCount(entries.filter((e) => e.model).length, entries.length))}</p>`,
    sections,
    '</body></html>',
  ].join('');
}
