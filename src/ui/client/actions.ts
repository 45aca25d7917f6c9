// A reviewer's actions on a deed: accept, ask for more, reject, change its field, its recognitions and decisions,
// and the reviewer's note.
import { FIELDS, PROPOSALS, RECOGNITIONS } from '#shared/codes';
import type { FieldCode, Recognition } from '#shared/codes';
import type { DeedDetail, ReviewAction, SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { decisionSections } from './decision';
import type { DecisionHost } from './decision';
import { h } from './dom';
import type { Child } from './dom';
import { recognition } from './recognitions';
import { panelButton, setPanel, textPanel } from './parts';

const T = MSG_SIDEBAR.actions;

export interface ActionHost {
  side: SidebarState;
  /** Where an action's outcome shows (see detail.ts). */
  slot(section: string): HTMLElement;
  /** Runs a review action; `done` is said when it succeeded, and the element with data-k=`key` is focused. */
  act(action: ReviewAction, section: string, key: string, done: string): Promise<void>;
  decisions: DecisionHost;
}

/** The panel with a text to send: the request to the unit, or the reason to reject. */
function textAction(
  name: 'req' | 'rej',
  label: string,
  send: { class: string; label: string },
  onSend: (text: string) => void,
) {
  return textPanel({
    id: `${name}-panel`,
    textId: `${name}-text`,
    label,
    maxlength: 2000,
    rows: 3,
    send: { ...send, 'data-k': `${name}-send` },
    onSend: (text) => onSend(text.value),
  }).panel;
}

/** A section's heading that labels its field. */
const labelHeading = (id: string, text: string) =>
  h('h3', null, h('label', { for: id, style: 'margin:0;font-size:inherit' }, text));

export function actions(d: DeedDetail, host: ActionHost): Child {
  const requestPanel = textAction('req', T.requestLabel, { class: 'primary', label: T.requestSend }, (message) =>
    host.act({ kind: 'request_info', message }, 'status', 'req', T.requested),
  );
  // Turning an accept into a rejection, or back, is said before it is confirmed (the server refuses it unconfirmed).
  const rejectPanel = textAction('rej', T.rejectLabel, { class: 'danger', label: T.rejectSend }, (reason) =>
    host.act({ kind: 'reject', reason, reverse: d.status === 'da_duyet' }, 'status', 'rej', T.rejected),
  );
  if (d.status === 'da_duyet') rejectPanel.prepend(h('p', { class: 'banner warn small' }, T.reverseReject));
  const confirmAccept = h(
    'div',
    { class: 'panel', id: 'acc-panel', hidden: true },
    h('p', { class: 'banner warn small' }, T.reverseAccept(d.note)),
    h(
      'p',
      { class: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-k': 'acc-send',
          onclick: () => host.act({ kind: 'accept', reverse: true }, 'status', 'accept', T.acceptedDone),
        },
        T.reverseAcceptSend,
      ),
      h('button', { type: 'button', onclick: () => setPanel(confirmAccept, false) }, T.cancel),
    ),
  );
  const opener = (panel: HTMLElement, key: string, label: string, other: HTMLElement) =>
    panelButton(panel, label, { 'data-k': key }, () => setPanel(other, false));
  const fieldSelect = h(
    'select',
    { id: 'field-select', onchange: () => (saveField.disabled = fieldSelect.value === d.field) },
    Object.entries(FIELDS).map(([code, label]) => h('option', { value: code, selected: code === d.field }, label)),
  );
  const saveField = h(
    'button',
    {
      type: 'button',
      'data-k': 'field',
      disabled: true,
      onclick: () =>
        host.act({ kind: 'set_field', field: fieldSelect.value as FieldCode }, 'field', 'field', T.fieldChanged),
    },
    T.saveField,
  );
  const note = h('textarea', { id: 'note-text', maxlength: 2000, rows: 3, value: d.note });
  const title = h('input', { type: 'text', id: 'title-text', maxlength: 200, value: d.title });
  const accepted = d.status === 'da_duyet';
  return h(
    'fieldset',
    null,
    h('legend', { class: 'vh' }, T.legend),
    h(
      'section',
      { class: 'act', 'aria-labelledby': 'h-status' },
      h('h3', { id: 'h-status' }, T.accept),
      h(
        'div',
        { class: 'grid2' },
        d.status === 'tu_choi' && !d.blocked.accept
          ? opener(confirmAccept, 'accept', T.accept, rejectPanel)
          : h(
              'button',
              {
                type: 'button',
                class: 'primary',
                'data-k': 'accept',
                disabled: Boolean(d.blocked.accept),
                title: d.blocked.accept ?? '',
                onclick: () => host.act({ kind: 'accept' }, 'status', 'accept', T.acceptedDone),
              },
              accepted ? T.accepted : T.accept,
            ),
        !d.blocked.request_info && opener(requestPanel, 'req', T.request, rejectPanel),
        !d.blocked.reject && opener(rejectPanel, 'rej', T.reject, requestPanel),
      ),
      confirmAccept,
      requestPanel,
      rejectPanel,
      host.slot('status'),
    ),
    d.unaccented.length > 0 &&
      h(
        'section',
        { class: 'act' },
        h(
          'p',
          { class: 'banner warn small', id: 'unaccented' },
          T.unaccented(d.unaccented.map((k) => T.unaccentedParts[k]).join(', ')),
        ),
        labelHeading('title-text', T.titleLabel),
        title,
        h(
          'p',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              'data-k': 'title',
              onclick: () => host.act({ kind: 'set_title', title: title.value }, 'title', 'title', T.titleSaved),
            },
            T.saveTitle,
          ),
        ),
        host.slot('title'),
      ),
    h(
      'section',
      { class: 'act' },
      labelHeading('field-select', T.changeField),
      fieldSelect,
      h('p', { class: 'row' }, saveField),
      host.slot('field'),
    ),
    h(
      'section',
      { class: 'act', 'aria-labelledby': 'h-rec' },
      h('h3', { id: 'h-rec' }, T.recognitions),
      !accepted && h('p', { class: 'small muted' }, T.acceptFirst),
      d.proposal !== 'none' && h('p', { class: 'small' }, T.proposed, h('strong', null, PROPOSALS[d.proposal])),
      h(
        'ul',
        { class: 'recs' },
        (Object.keys(RECOGNITIONS) as Recognition[]).map((r) => recognition(d, r, accepted, host)),
      ),
    ),
    decisionSections(d, host.decisions),
    h(
      'section',
      { class: 'act' },
      labelHeading('note-text', T.note),
      note,
      h(
        'p',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            'data-k': 'note',
            onclick: () => host.act({ kind: 'note', note: note.value }, 'note', 'note', T.noteSaved),
          },
          T.saveNote,
        ),
      ),
      host.slot('note'),
    ),
  );
}
