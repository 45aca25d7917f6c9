// One deed in the sidebar: what was submitted (facts.ts), the deeds it leads to (related.ts), the reviewer's
// actions (actions.ts) and the decisions on its commendations (decision.ts); this file loads it and saves changes.
import { RECOGNITIONS } from '#shared/codes';
import type { Commendation, DeedDetail, Result, ReviewAction, ServerApi, SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { actions } from './actions';
import type { Promised } from './api';
import { decisionSections } from './decision';
import type { DecisionHost } from './decision';
import { fill, h } from './dom';
import type { Child } from './dom';
import { categorised, facts } from './facts';
import { badge, chips, errorBox, flag } from './parts';
import { duplicateNotice, historyBox } from './related';
import type { RelatedHost } from './related';

const T = MSG_SIDEBAR.detail;
const C = MSG_SIDEBAR.common;

/** The deed to open: the row is a hint that saves the server a search (absent when only the id is known). */
export interface DeedRef {
  id: string;
  row?: number;
  title: string;
}

export interface DetailHost {
  api: Promised<ServerApi>;
  side: SidebarState;
  /** Back to the list, focusing the deed's item (or to the deed this one was opened from). */
  back(id?: string): void;
  /** The back button's text when it does not lead to the list. */
  backLabel?: string;
  /** A review succeeded: the list item, counts and radio target follow. */
  updated(before: DeedDetail, after: DeedDetail): void;
  announce(text: string): void;
}

/** Which deed is open: replies for a deed that is no longer open are not shown. */
let openToken = 0;

/** The detail view was left: late replies no longer touch it. */
export function closeDeed(): void {
  openToken++;
}

export function openDeed(host: DetailHost, root: HTMLElement, ref: DeedRef): void {
  const token = ++openToken;
  let deed: DeedDetail | undefined;
  let busy = false;
  const slots: Record<string, HTMLElement> = {};
  const backButton = () =>
    h('button', { type: 'button', class: 'link back', onclick: () => host.back(ref.id) }, host.backLabel ?? T.back);
  const heading = (text: string) => h('h2', { tabindex: -1, id: 'deed-title' }, text || C.untitled);
  const focusTitle = () => root.querySelector<HTMLElement>('#deed-title')?.focus();
  const related: RelatedHost = {
    api: host.api,
    isOpen: () => token === openToken,
    /** Opens another deed here; its back button returns to this one. */
    openOther: (other, backLabel) =>
      openDeed({ ...host, back: () => openDeed(host, root, ref), backLabel }, root, other),
  };

  root.onkeydown = (e) => {
    const tag = (e.target as HTMLElement).tagName;
    if (e.key === 'Escape' && tag !== 'TEXTAREA' && tag !== 'INPUT' && tag !== 'SELECT') host.back(ref.id);
  };

  async function load(): Promise<void> {
    fill(root, backButton(), heading(deed?.title ?? ref.title), h('p', { class: 'loading' }, C.loading));
    root.setAttribute('aria-busy', 'true');
    const row = deed?.row ?? ref.row;
    const res = await host.api.getDeed(row ? { id: ref.id, row } : { id: ref.id });
    if (token !== openToken) return;
    root.removeAttribute('aria-busy');
    if (!res.ok) fill(root, backButton(), heading(ref.title), errorBox(res.error, C.reload, load));
    else render(res.value);
    focusTitle();
  }

  function render(d: DeedDetail, after?: { key: string; section: string; message: string }): void {
    deed = d;
    const edit = host.side.canEdit;
    fill(
      root,
      backButton(),
      heading(d.title),
      h('p', { class: 'row', style: 'margin-top:6px' }, badge(d.status), d.flagged && flag(), chips(d.recognitions)),
      (d.suspended || d.status === 'can_duyet_lai') &&
        h(
          'div',
          { class: 'banner warn', id: 'hand-edit' },
          h('strong', null, d.suspended ? MSG_SIDEBAR.handEdit.notice : MSG_SIDEBAR.handEdit.reviewAgain),
          edit && h('p', { class: 'small', style: 'margin:4px 0 0' }, MSG_SIDEBAR.handEdit.howTo),
        ),
      d.duplicateOf &&
        duplicateNotice(
          d,
          related,
          edit
            ? (same) =>
                void act(
                  { kind: 'duplicate', same },
                  'duplicate',
                  `dup-${same}`,
                  same ? MSG_SIDEBAR.duplicate.judgedSame : MSG_SIDEBAR.duplicate.judgedNotSame,
                )
            : undefined,
        ),
      slot('duplicate'),
      h('div', { class: 'desc', id: 'deed-desc' }, d.description),
      facts(d),
      historyBox(d, related),
      categorised(d),
      edit ? actions(d, { side: host.side, slot, act, decisions: decisionHost(true) }) : readOnly(d),
    );
    if (after) {
      const out = slots[after.section];
      if (out) fill(out, h('p', { class: 'banner ok', role: 'status' }, after.message));
      root.querySelector<HTMLElement>(`[data-k="${after.key}"]`)?.focus();
      out?.scrollIntoView({ block: 'nearest' });
      host.announce(after.message);
    }
  }

  function readOnly(d: DeedDetail): Child {
    return [
      d.note && [h('h3', null, T.note), h('p', { class: 'desc' }, d.note)],
      decisionSections(d, decisionHost(false)),
      h('p', { class: 'banner small', id: 'detail-readonly' }, host.side.readOnlyReason || T.readOnly),
    ];
  }

  /** Where an action's outcome (success or error) shows: right under the action. */
  function slot(section: string): HTMLElement {
    const el = h('div', { id: `slot-${section}` });
    slots[section] = el;
    return el;
  }

  /** One call that changes the deed: the form is disabled while it runs; the answer re-renders or shows its error. */
  async function save(
    section: string,
    key: string,
    done: string,
    call: (before: DeedDetail) => Promise<Result<DeedDetail>>,
  ): Promise<void> {
    if (busy || !deed) return;
    busy = true;
    const form = root.querySelector('fieldset');
    const focused = document.activeElement as HTMLElement | null;
    if (form) form.disabled = true;
    root.setAttribute('aria-busy', 'true');
    const out = slots[section] ?? root;
    fill(out, h('p', { class: 'loading small' }, C.saving));
    const before = deed;
    const res = await call(before);
    busy = false;
    if (res.ok) host.updated(before, res.value); // the change is made, even if the person has moved on
    if (token !== openToken) return;
    root.removeAttribute('aria-busy');
    if (res.ok) {
      // An accept clears the marks the rules forbid or no reviewer set: say which, and why.
      const cleared = (res.value.cleared ?? []).map((c) => `${RECOGNITIONS[c.recognition]} (${c.reason})`);
      render(res.value, { key, section, message: cleared.length ? `${done} ${C.cleared(cleared.join('; '))}` : done });
      return;
    }
    if (form) form.disabled = false;
    fill(out, res.code === 'stale' ? errorBox(res.error, C.reload, load) : errorBox(res.error));
    if (focused?.isConnected) focused.focus();
    out.scrollIntoView({ block: 'nearest' });
  }

  function act(action: ReviewAction, section: string, key: string, done: string): Promise<void> {
    return save(section, key, done, ({ id, row, version }) => host.api.reviewDeed({ id, row, version, action }));
  }

  function decisionHost(edit: boolean): DecisionHost {
    return {
      edit,
      slot,
      record: (c, fields, section) =>
        void save(section, section, T.decisionRecorded(RECOGNITIONS[c]), ({ id, row, version }) =>
          host.api.recordDecision({ id, row, version, recognition: c, ...fields }),
        ),
      draft: (c, section, button) => void draft(c, section, button),
    };
  }

  /** «Xem bản in»: the server opens the draft certificate in a dialog over the Sheet. */
  async function draft(c: Commendation, section: string, button: HTMLButtonElement): Promise<void> {
    const out = slots[section] ?? root;
    button.disabled = true;
    fill(out, h('p', { class: 'loading small' }, T.draftOpening));
    const res = await host.api.showDraft({ id: ref.id, recognition: c });
    if (token !== openToken) return;
    button.disabled = false;
    if (!res.ok) return fill(out, errorBox(res.error));
    const message = T.draftOpened(RECOGNITIONS[c]);
    fill(out, h('p', { class: 'banner ok', role: 'status' }, message));
    host.announce(message);
  }

  void load();
}
