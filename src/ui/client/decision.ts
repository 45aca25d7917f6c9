// «Quyết định khen thưởng» in a deed's detail: per Thư khen / Giấy khen, the decision recorded (or the form that
// records it, for reviewers) and the button that opens the printable draft over the Sheet.
import { RECOGNITIONS } from '#shared/codes';
import type { Commendation, DecisionRecord, DeedDetail } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { fill, h } from './dom';
import type { Child } from './dom';
import { viDate, viDateTime } from './format';
import { errorBox, panelButton } from './parts';

export type DecisionFields = Pick<DecisionRecord, 'number' | 'date' | 'level'>;

export interface DecisionHost {
  edit: boolean;
  /** Where a section's outcome shows (see detail.ts). */
  slot(section: string): HTMLElement;
  /** Saves the decision; the outcome shows in the section's slot, whose name is also the data-k to focus after. */
  record(c: Commendation, fields: DecisionFields, section: string): void;
  /** Opens the printable draft in a dialog over the Sheet. */
  draft(c: Commendation, section: string, button: HTMLButtonElement): void;
}

const T = MSG_SIDEBAR.decision;
const COMMENDATIONS: Commendation[] = ['thu_khen', 'giay_khen'];

/** One section per Thư khen / Giấy khen the deed carries. */
export function decisionSections(d: DeedDetail, host: DecisionHost): Child {
  return COMMENDATIONS.filter((c) => d.recognitions.includes(c)).map((c) => section(d, c, host));
}

function section(d: DeedDetail, c: Commendation, host: DecisionHost): HTMLElement {
  const record = d.decisions.find((r) => r.recognition === c);
  const name = `dec-${c}`;
  const out = host.slot(name);
  const draft = h('button', { type: 'button', onclick: () => host.draft(c, name, draft) }, T.draft);
  const form = host.edit ? fields(c, record, host, out) : undefined;
  // A recorded decision is corrected in a panel; a missing one is asked for at once.
  const panel =
    form &&
    record &&
    h('div', { class: 'panel', id: `${name}-panel`, hidden: true }, form.inputs, h('p', { class: 'row' }, form.save));
  return h(
    'section',
    { class: 'act', 'aria-labelledby': `h-${name}`, id: name },
    h('h3', { id: `h-${name}` }, T.heading(RECOGNITIONS[c])),
    record
      ? h(
          'dl',
          { class: 'facts' },
          h('dt', null, T.number),
          h('dd', null, record.number),
          h('dt', null, T.date),
          h('dd', null, viDate(record.date)),
          h('dt', null, T.level),
          h('dd', null, record.level),
          h('dt', null, T.recordedBy),
          h('dd', null, record.recordedBy, h('br'), h('span', { class: 'small muted' }, viDateTime(record.recordedAt))),
        )
      : h('p', { class: 'small muted' }, T.none),
    form && !record && form.inputs,
    h('p', { class: 'row' }, panel ? panelButton(panel, T.edit, { 'data-k': name }) : form?.save, draft),
    panel,
    h('p', { class: 'small muted' }, T.draftHint),
    out,
  );
}

/** Số, ngày, cấp quyết định and the button that saves them, checked here first (the server checks again). */
function fields(
  c: Commendation,
  record: DecisionRecord | undefined,
  host: DecisionHost,
  out: HTMLElement,
): { inputs: Child; save: HTMLElement } {
  const id = (field: string) => `dec-${c}-${field}`;
  const number = h('input', {
    type: 'text',
    id: id('number'),
    maxlength: 50,
    autocomplete: 'off',
    placeholder: T.numberHint,
    value: record?.number ?? '',
  });
  const date = h('input', { type: 'date', id: id('date'), value: record?.date ?? '' });
  const level = h('input', {
    type: 'text',
    id: id('level'),
    maxlength: 200,
    placeholder: T.levelHint[c],
    value: record?.level ?? '',
  });
  const save = (): void => {
    const checks = [
      [number, T.numberNeeded],
      [date, T.dateNeeded],
      [level, T.levelNeeded],
    ] as const;
    const missing = checks.filter(([input]) => input.value.trim() === '');
    for (const [input] of checks) input.setAttribute('aria-invalid', String(missing.some(([m]) => m === input)));
    if (missing.length > 0) {
      fill(out, errorBox(missing.map(([, message]) => message).join(' ')));
      missing[0]?.[0].focus();
      return;
    }
    host.record(c, { number: number.value.trim(), date: date.value, level: level.value.trim() }, `dec-${c}`);
  };
  return {
    inputs: [
      h('label', { for: number.id }, T.numberLabel),
      number,
      h('label', { for: date.id }, T.dateLabel),
      date,
      h('label', { for: level.id }, T.levelLabel),
      level,
    ],
    save: h('button', { type: 'button', class: 'primary', 'data-k': `dec-${c}`, onclick: save }, T.save),
  };
}
