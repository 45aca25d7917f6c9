// «Chi tiết», one cell of «Việc tốt» holding a deed's secondary answers as labelled lines (issue 12: the cell limit).
import { PROPOSALS, codeByLabel } from '#shared/codes';
import type { Proposal } from '#shared/codes';
import { isoDate, parseLocalDate, viDate } from './calendar';

/** The answers the cell holds; '' for one not given, startDate as yyyy-MM-dd. */
export interface Details {
  startDate: string;
  place: string;
  beneficiaries: string;
  evidence: string;
  proposal: Proposal;
  phone: string;
}

type Key = keyof Details;

/** The lines' labels, in the cell's fixed order: the old columns' headers. */
export const DETAIL_LABELS: readonly (readonly [Key, string])[] = [
  ['startDate', 'Ngày bắt đầu'],
  ['place', 'Địa điểm'],
  ['beneficiaries', 'Người được giúp đỡ'],
  ['evidence', 'Minh chứng'],
  ['proposal', 'Đề nghị'],
  ['phone', 'Điện thoại'],
];

export const NO_DETAILS: Details = {
  startDate: '',
  place: '',
  beneficiaries: '',
  evidence: '',
  proposal: 'none',
  phone: '',
};

/** The cell's text from each answer as shown (the date dd/MM/yyyy, the proposal's label): one «Label: value» line each, on one line. */
export function detailsText(shown: Readonly<Record<string, string>>): string {
  return DETAIL_LABELS.flatMap(([key, label]) =>
    shown[key] ? [`${label}: ${shown[key].replace(/\s+/g, ' ').trim()}`] : [],
  ).join('\n');
}

/** The cell's text of a deed's answers. */
export function encodeDetails(d: Details): string {
  const start = parseLocalDate(d.startDate);
  return detailsText({
    ...d,
    startDate: start ? viDate(start) : d.startDate,
    proposal: d.proposal === 'none' ? '' : PROPOSALS[d.proposal],
  });
}

/**
 * The answers of a cell, or null when it does not read as the lines encodeDetails writes: each line must begin with
 * a label followed by ": ", the labels in the fixed order, each at most once, the date a date and the proposal one
 * of the form's. A label typed inside a value is not at a line's start and stays part of it.
 */
export function decodeDetails(cell: unknown): Details | null {
  const text = String(cell ?? '');
  const out: Record<Key, string> = { ...NO_DETAILS, proposal: '' };
  let next = 0;
  for (const line of text.trim() === '' ? [] : text.split('\n')) {
    const at = DETAIL_LABELS.findIndex(([, label], i) => i >= next && line.startsWith(`${label}: `));
    if (at < 0) return null;
    const [key, label] = DETAIL_LABELS[at]!;
    out[key] = line.slice(label.length + 2).trim();
    next = at + 1;
  }
  const day = /^\d{2}\/\d{2}\/\d{4}$/.test(out.startDate) ? parseLocalDate(out.startDate) : undefined;
  const proposal = out.proposal === '' ? 'none' : codeByLabel(PROPOSALS, out.proposal);
  if ((out.startDate !== '' && !day) || proposal === undefined) return null;
  return { ...out, startDate: day ? isoDate(day) : '', proposal };
}
