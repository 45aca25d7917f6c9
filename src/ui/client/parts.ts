// Small pieces the views share: the status badge, the flag, recognition chips, an error with a retry button,
// a button that shows or hides a panel, and a panel that asks for a text.
import { RECOGNITIONS, STATUSES } from '#shared/codes';
import type { Recognition, Status } from '#shared/codes';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { h } from './dom';
import type { Attrs } from './dom';

export const badge = (status: Status): HTMLElement =>
  h('span', { class: `badge s-${status}` }, STATUSES[status] ?? status);

export const FLAG_TEXT = MSG_SIDEBAR.common.flag;

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
    retry && h('button', { type: 'button', onclick: () => void retry() }, retryLabel ?? MSG_SIDEBAR.common.retry),
  );
}

/** Shows or hides a panel; its button says so (aria-expanded). Opening focuses the panel's first field; closing
 * while the focus is inside returns it to the button. */
export function setPanel(panel: HTMLElement, open: boolean): void {
  const button = document.querySelector<HTMLElement>(`[aria-controls="${panel.id}"]`);
  const hadFocus = panel.contains(document.activeElement);
  panel.hidden = !open;
  button?.setAttribute('aria-expanded', String(open));
  if (open) panel.querySelector<HTMLElement>('textarea, input')?.focus();
  else if (hadFocus) button?.focus();
}

/** The button that opens and closes a panel (with an id); `before` runs first on each press. */
export function panelButton(panel: HTMLElement, label: string, attrs: Attrs = {}, before?: () => void): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': panel.id,
      ...attrs,
      onclick: () => {
        before?.();
        setPanel(panel, panel.hidden);
      },
    },
    label,
  );
}

/** A hidden panel asking for a text (a request, a reason), with the button that sends it and «Hủy». */
export function textPanel(options: {
  id: string;
  textId: string;
  label: string;
  maxlength: number;
  rows: number;
  send: Attrs & { label: string };
  onSend: (text: HTMLTextAreaElement) => void;
}): { panel: HTMLElement; text: HTMLTextAreaElement } {
  const { label: sendLabel, ...sendAttrs } = options.send;
  const text = h('textarea', { id: options.textId, maxlength: options.maxlength, rows: options.rows });
  const panel: HTMLElement = h(
    'div',
    { class: 'panel', id: options.id, hidden: true },
    h('label', { for: text.id }, options.label),
    text,
    h(
      'p',
      { class: 'row' },
      h('button', { type: 'button', ...sendAttrs, onclick: () => options.onSend(text) }, sendLabel),
      h('button', { type: 'button', onclick: () => setPanel(panel, false) }, MSG_SIDEBAR.common.cancel),
    ),
  );
  return { panel, text };
}
