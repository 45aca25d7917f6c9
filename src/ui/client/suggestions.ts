// The ladder's suggestions: a card per suggestion, and for reviewers «Chấp nhận» or «Bỏ qua» with a reason.
import { PERFORMER_KINDS, RECOGNITIONS } from '#shared/codes';
import type { LadderView, ServerApi, Suggestion } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import * as MSG_SUGGESTION from '#shared/messages/suggestion';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import type { Child } from './dom';
import { viDateTime } from './format';
import { errorBox, panelButton, textPanel } from './parts';

const T = MSG_SIDEBAR.suggestions;

/** A dismissal needs a reason this long (the server checks it too). */
const MIN_REASON = MSG_SUGGESTION.minReason;

export interface SuggestionHost {
  api: Promised<ServerApi>;
  edit: boolean;
  /** The ladder's root (busy while a call runs), its outcome line and its pending section. */
  root: HTMLElement;
  outcome: HTMLElement;
  pending: HTMLElement;
  /** One call at a time across the ladder. */
  busy: boolean;
  /** Shows the ladder again, as the server answered it (or as it was, without an answer). */
  show(next?: LadderView): void;
  openDeed(ref: DeedRef, from: HTMLElement): void;
  /** An accepted suggestion marked a deed. */
  changed(): void;
  announce(text: string): void;
}

export function card(s: Suggestion, index: number, host: SuggestionHost): HTMLElement {
  const id = `sug-${s.status}-${index}`;
  return h(
    'li',
    { class: s.status === 'pending' ? 'card' : 'card done', id },
    h(
      'p',
      { class: 'row' },
      h('span', { class: `chip k-${s.kind}` }, RECOGNITIONS[s.kind]),
      s.status !== 'pending' && h('span', { class: `badge d-${s.status}` }, MSG_SUGGESTION.status[s.status]),
    ),
    h(
      'p',
      { id: `${id}-who` },
      h('strong', null, s.performerName),
      h('span', { class: 'small muted' }, ` · ${PERFORMER_KINDS[s.performerKind]}`),
    ),
    h('p', { class: 'small muted' }, s.unitName),
    h('p', { class: 'small' }, s.reason),
    h(
      'p',
      { class: 'small deed-link' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: (e) => host.openDeed({ id: s.deedId, title: s.deedTitle }, e.currentTarget as HTMLElement),
        },
        h('span', { class: 'muted' }, T.deed),
        h('span', { class: 't' }, s.deedTitle || MSG_SIDEBAR.common.untitled),
      ),
    ),
    s.status !== 'pending' && decision(s),
    s.status === 'pending' && host.edit && choices(s, id, host),
  );
}

function decision(s: Suggestion): Child {
  return [
    h('p', { class: 'small muted' }, [s.decidedBy, viDateTime(s.decidedAt)].filter(Boolean).join(' · ')),
    s.note && h('p', { class: 'small' }, MSG_SIDEBAR.common.reason, s.note),
  ];
}

/** «Chấp nhận», and «Bỏ qua», which asks for a reason first. */
function choices(s: Suggestion, id: string, host: SuggestionHost): Child {
  const out = h('div', { id: `${id}-out` });
  const { panel } = textPanel({
    id: `${id}-dismiss`,
    textId: `${id}-reason`,
    label: T.dismissReason(MIN_REASON),
    maxlength: 500,
    rows: 2,
    send: { class: 'danger', label: T.confirmDismiss },
    onSend: (reason) => void decide(s, reason, out, host),
  });
  const about = { 'aria-describedby': `${id}-who` };
  return [
    h(
      'p',
      { class: 'row choices' },
      h(
        'button',
        { type: 'button', class: 'primary', ...about, onclick: () => void decide(s, null, out, host) },
        T.accept,
      ),
      panelButton(panel, T.dismiss, about),
    ),
    panel,
    out,
  ];
}

/** Accepts (no reason) or dismisses a suggestion; the answer is the whole ladder again. */
async function decide(
  s: Suggestion,
  reason: HTMLTextAreaElement | null,
  out: HTMLElement,
  host: SuggestionHost,
): Promise<void> {
  if (host.busy) return;
  const note = reason?.value.trim() ?? '';
  if (reason && note.length < MIN_REASON) {
    fill(out, errorBox(MSG_SUGGESTION.dismissReasonNeeded));
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
    return;
  }
  host.busy = true;
  const { pending, root, outcome } = host;
  const form = pending.querySelector('fieldset');
  const focused = document.activeElement as HTMLElement | null;
  const index = Array.from(pending.querySelectorAll('li.card')).findIndex((li) => li.contains(out));
  if (form) form.disabled = true;
  root.setAttribute('aria-busy', 'true');
  fill(outcome);
  fill(out, h('p', { class: 'loading small' }, MSG_SIDEBAR.common.saving));
  const res = await host.api.decideSuggestion(
    reason ? { key: s.key, accept: false, reason: note } : { key: s.key, accept: true },
  );
  root.removeAttribute('aria-busy');
  if (res.ok) {
    settled(s, Boolean(reason), res.value, index, host);
  } else if (res.code === 'stale') {
    // Someone else decided it first: the server says so, and the ladder shown is brought up to date.
    const again = await host.api.getLadder();
    host.show(again.ok ? again.value : undefined);
    fill(outcome, errorBox(res.error));
    pending.querySelector<HTMLElement>('#h-pending')?.focus();
  } else {
    if (form) form.disabled = false;
    fill(out, errorBox(res.error));
    if (focused?.isConnected) focused.focus();
  }
  host.busy = false;
}

/** The suggestion is accepted or dismissed: the ladder the server answered is shown, and the focus moves on. */
function settled(s: Suggestion, dismissed: boolean, next: LadderView, index: number, host: SuggestionHost): void {
  if (!dismissed) host.changed();
  host.show(next);
  const what = T.decided(
    MSG_SUGGESTION.status[dismissed ? 'dismissed' : 'accepted'],
    RECOGNITIONS[s.kind],
    s.performerName,
  );
  fill(host.outcome, h('p', { class: 'banner ok', role: 'status' }, what));
  host.announce(what);
  const following = host.pending.querySelectorAll('li.card')[index]?.querySelector<HTMLElement>('button.primary');
  (following ?? host.pending.querySelector<HTMLElement>('#h-pending'))?.focus();
}
