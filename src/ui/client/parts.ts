// Small pieces both views share: the status badge, the flag, recognition chips, an error with a retry button.
import { RECOGNITIONS, STATUSES } from '../../domain/codes';
import type { Recognition, Status } from '../../domain/codes';
import { h } from './dom';

export const badge = (status: Status): HTMLElement =>
  h('span', { class: `badge s-${status}` }, STATUSES[status] ?? status);

export const FLAG_TEXT = 'Lĩnh vực đơn vị chọn khác với phân loại tự động';

export const flag = (): HTMLElement =>
  h(
    'span',
    { class: 'flag', title: FLAG_TEXT },
    h('span', { 'aria-hidden': 'true' }, '⚑'),
    h('span', { class: 'vh' }, FLAG_TEXT),
  );

export const chips = (list: Recognition[]): HTMLElement[] =>
  list.map((r) => h('span', { class: 'chip' }, RECOGNITIONS[r] ?? r));

/** A Vietnamese error from the server, with a button that tries again. */
export function errorBox(message: string, retryLabel?: string, retry?: () => unknown): HTMLElement {
  return h(
    'div',
    { class: 'err', role: 'alert' },
    h('span', null, message),
    retry && h('br'),
    retry && h('button', { type: 'button', onclick: () => void retry() }, retryLabel ?? 'Thử lại'),
  );
}
