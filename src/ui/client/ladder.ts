// The «Khen thưởng» view, the commendation ladder: the next 19 May honours, the suggestions to accept or dismiss
// (suggestions.ts), the decided ones, and per unit its performers and their deeds (units.ts).
import type { LadderView, ServerApi, SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import { viDate, viDateTime } from './format';
import { errorBox } from './parts';
import { card } from './suggestions';
import type { SuggestionHost } from './suggestions';
import { createUnits } from './units';

const T = MSG_SIDEBAR.ladder;

export interface LadderHost {
  api: Promised<ServerApi>;
  side: SidebarState;
  /** Opens a deed in the detail view, whose back button returns here. */
  open(ref: DeedRef): void;
  /** An accepted suggestion marked a recognition on a deed: the deed list is out of date. */
  changed(): void;
  announce(text: string): void;
}

export interface Ladder {
  /** The view is shown: the first time, the ladder loads. */
  show(): void;
  /** Back from a deed: the focus returns to what opened it. */
  restoreFocus(): void;
}

export function createLadder(host: LadderHost, root: HTMLElement): Ladder {
  const edit = host.side.canEdit;
  let view: LadderView | undefined;
  let loading = false;
  let opener: HTMLElement | null = null;

  const head = h('div', { class: 'ladder-head' });
  const outcome = h('div', { id: 'ladder-outcome' });
  const pending = h('section', { 'aria-labelledby': 'h-pending' });
  const decided = h('details', { class: 'box', id: 'decided' });
  const openDeed = (ref: DeedRef, from: HTMLElement): void => {
    opener = from;
    host.open(ref);
  };
  const units = createUnits({ api: host.api, openDeed });
  const suggestions: SuggestionHost = {
    ...host,
    edit,
    root,
    outcome,
    pending,
    busy: false,
    show: (next) => {
      if (next) view = next;
      render();
    },
    openDeed,
  };

  async function load(): Promise<void> {
    loading = true;
    fill(root, h('p', { class: 'loading' }, MSG_SIDEBAR.common.loading));
    root.setAttribute('aria-busy', 'true');
    const res = await host.api.getLadder();
    loading = false;
    root.removeAttribute('aria-busy');
    if (!res.ok) {
      fill(root, errorBox(res.error, MSG_SIDEBAR.common.retry, load));
      return;
    }
    view = res.value;
    fill(root, head, outcome, pending, decided, units.units, units.people);
    render();
  }

  function render(): void {
    if (!view) return;
    const { honours, updatedAt, note } = view;
    fill(
      head,
      h('h2', { id: 'ladder-title', tabindex: -1 }, T.title(viDate(honours.date))),
      h('p', { class: 'small muted' }, T.period(viDate(honours.from), viDate(honours.date))),
      h(
        'div',
        { class: 'row' },
        h('span', { class: 'small grow', id: 'ladder-updated' }, [
          T.updated(updatedAt ? viDateTime(updatedAt) : ''),
          note ? ` — ${note}` : '',
        ]),
        edit &&
          h(
            'button',
            {
              type: 'button',
              id: 'ladder-refresh',
              onclick: (e) => void refresh(e.currentTarget as HTMLButtonElement),
            },
            T.refresh,
          ),
      ),
    );
    const cardOf = (s: LadderView['suggestions'][number], i: number) => card(s, i, suggestions);
    const open = view.suggestions.filter((s) => s.status === 'pending');
    const cards = h('ul', { class: 'cards' }, open.map(cardOf));
    fill(
      pending,
      h('h3', { id: 'h-pending', tabindex: -1 }, T.pending(open.length)),
      open.length === 0
        ? h('p', { class: 'empty' }, T.nonePending)
        : edit
          ? h('fieldset', null, h('legend', { class: 'vh' }, T.pendingLegend), cards)
          : cards,
    );
    const done = view.suggestions.filter((s) => s.status !== 'pending');
    fill(
      decided,
      h('summary', null, T.decided(done.length)),
      done.length === 0 ? h('p', { class: 'empty' }, T.noneDecided) : h('ul', { class: 'cards' }, done.map(cardOf)),
    );
    units.render(view.units);
  }

  async function refresh(button: HTMLButtonElement): Promise<void> {
    if (suggestions.busy) return;
    suggestions.busy = true;
    button.disabled = true;
    root.setAttribute('aria-busy', 'true');
    fill(outcome, h('p', { class: 'loading small' }, T.refreshing));
    const res = await host.api.refreshLadder();
    suggestions.busy = false;
    root.removeAttribute('aria-busy');
    if (!res.ok) {
      button.disabled = false;
      fill(outcome, errorBox(res.error));
      return;
    }
    view = res.value;
    render();
    fill(outcome, h('p', { class: 'banner ok', role: 'status' }, T.refreshed));
    host.announce(T.refreshed);
    root.querySelector<HTMLElement>('#ladder-refresh')?.focus();
    units.reloadChosen(view.units);
  }

  return {
    show: () => {
      if (!view && !loading) void load();
    },
    restoreFocus: () => {
      (opener?.isConnected ? opener : root.querySelector<HTMLElement>('#ladder-title'))?.focus();
    },
  };
}
