// The «Việc tốt» view: the month's counts per status, the filters, and the paged list of deeds, newest first.
import { FIELDS, STATUSES } from '#shared/codes';
import type { Status } from '#shared/codes';
import type { DeedDetail, DeedPage, DeedSummary, ServerApi, SidebarState } from '#contract';
import { ALL_MONTHS, summaryOf } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import type { Child } from './dom';
import { createFilters } from './filters';
import { viDate, viMonth } from './format';
import { badge, chips, errorBox, flag } from './parts';

const T = MSG_SIDEBAR.list;
const PAGE_SIZE = 20;

export interface ListHost {
  api: Promised<ServerApi>;
  side: SidebarState;
  open(ref: DeedRef): void;
  announce(text: string): void;
}

export interface DeedList {
  view: HTMLElement;
  load(): Promise<void>;
  /** Back from a deed: the focus returns to its item (or to the search box). */
  focus(id?: string): void;
  /** A review changed a deed: its item and the month's counts follow at once. */
  updated(before: DeedDetail, after: DeedDetail): void;
}

export function createList(host: ListHost): DeedList {
  let offset = 0;
  /** Where the month's scan goes on from («Tìm tiếp»), or undefined: from its newest deed. */
  let from: number | undefined;
  let page: DeedPage | undefined;
  let seq = 0;
  const filters = createFilters(
    host.side,
    () => {
      offset = 0;
      from = undefined;
      void load();
    },
    host.announce,
  );
  const counts = h('div', { class: 'counts', role: 'group', 'aria-label': T.countsLabel });
  const countsLabel = h('p', { class: 'small muted' });
  const listHead = h('div', { class: 'listhead', 'aria-live': 'polite' });
  const listError = h('div');
  const list = h('ul', { class: 'deeds', 'aria-label': T.listLabel });
  const pager = h('nav', { class: 'pager', 'aria-label': T.pagerLabel });
  const view = h(
    'main',
    { id: 'list' },
    countsLabel,
    counts,
    filters.searchBox,
    filters.panel,
    listHead,
    listError,
    list,
    pager,
  );

  function renderCounts(): void {
    const c = page?.statusCounts;
    const total = c ? Object.values(c).reduce((a, b) => a + b, 0) : 0;
    const current = filters.filter.status ?? '';
    const perMonth = Boolean(c); // every month at once, or a base-committee reviewer: no counts (see DeedPage)
    const button = (status: Status | '', label: string, n: number) =>
      h(
        'button',
        {
          type: 'button',
          'aria-pressed': String(current === status),
          class: status ? `c-${status}` : '',
          onclick: () => filters.set('status', (filters.filter.status ?? '') === status ? '' : status),
        },
        h('span', null, label),
        perMonth && h('b', { class: status ? `n-${status}` : '' }, ` ${n}`),
      );
    countsLabel.textContent =
      filters.filter.month !== ALL_MONTHS ? T.countsOf(viMonth(filters.filter.month)) : T.countsAllMonths;
    fill(
      counts,
      button('', T.all, total),
      // «Cơ sở đã duyệt» (the base committees' optional first stage) only once a deed has it.
      (Object.keys(STATUSES) as Status[])
        .filter((s) => s !== 'co_so_duyet' || (c?.[s] ?? 0) > 0)
        .map((s) => button(s, STATUSES[s], c?.[s] ?? 0)),
    );
  }

  async function load(): Promise<void> {
    const mine = ++seq;
    list.setAttribute('aria-busy', 'true');
    fill(listHead, h('span', { class: 'muted' }, MSG_SIDEBAR.common.loading));
    const res = await host.api.listDeeds({
      filter: filters.query(),
      offset,
      limit: PAGE_SIZE,
      ...(from === undefined ? {} : { from }),
    });
    if (mine !== seq) return; // a newer request is on its way
    list.removeAttribute('aria-busy');
    if (!res.ok) {
      fill(listHead);
      fill(listError, errorBox(res.error, MSG_SIDEBAR.common.retry, load));
      return;
    }
    fill(listError);
    page = res.value;
    renderCounts();
    renderList();
  }

  function renderList(): void {
    if (!page) return;
    const { items, total } = page;
    const first = page.offset;
    fill(
      listHead,
      h(
        'span',
        { id: 'range' },
        total === 0 ? '0 / 0' : `${first + 1}–${first + items.length} / ${total}${page.more === null ? '' : '+'}`,
      ),
      h('span', { class: 'muted' }, T.newestFirst),
    );
    fill(list, items.length === 0 && h('li', { class: 'empty' }, T.empty), items.map(item));
    const prev = first > 0;
    const next = first + items.length < total;
    const more = page.more;
    fill(
      pager,
      (prev || next) && [
        h('button', { type: 'button', disabled: !prev, onclick: () => turnPage(-1) }, T.previous),
        h('button', { type: 'button', disabled: !next, onclick: () => turnPage(1) }, T.next),
      ],
      more !== null && [
        h('p', { class: 'small muted' }, T.notAll),
        h('button', { type: 'button', id: 'search-on', onclick: () => scanFrom(more) }, T.searchOn),
      ],
      from !== undefined && h('button', { type: 'button', onclick: () => scanFrom(undefined) }, T.restart),
    );
  }

  /** Goes on scanning the month below a row («Tìm tiếp»), or back to its newest deed. */
  function scanFrom(row: number | undefined): void {
    from = row;
    offset = 0;
    void load().then(() => list.querySelector<HTMLElement>('button.item')?.focus());
  }

  function turnPage(step: number): void {
    offset = Math.max(0, offset + step * PAGE_SIZE);
    void load().then(() => list.querySelector<HTMLElement>('button.item')?.focus());
  }

  function item(s: DeedSummary): Child {
    return h(
      'li',
      null,
      h(
        'button',
        { type: 'button', class: 'item', 'data-id': s.id, onclick: () => host.open(s) },
        h('span', { class: 't' }, s.title || MSG_SIDEBAR.common.untitled),
        h('span', { class: 'm' }, s.unitName),
        h('span', { class: 'm' }, [s.performerName, viDate(s.doneOn)].filter(Boolean).join(' · ')),
        h('span', { class: 'm' }, FIELDS[s.field] ?? s.field),
        h(
          'span',
          { class: 'tags' },
          badge(s.status),
          s.flagged && flag(),
          chips(s.recognitions),
          s.duplicateOf &&
            h('span', { class: 'chip dup', title: MSG_SIDEBAR.duplicate.listTitle }, MSG_SIDEBAR.duplicate.listTag),
          s.suspended && h('span', { class: 'chip paused' }, MSG_SIDEBAR.handEdit.listTag),
        ),
      ),
    );
  }

  return {
    view,
    load,
    focus: (id) => {
      const found = id ? list.querySelector<HTMLElement>(`button.item[data-id="${CSS.escape(id)}"]`) : null;
      (found ?? filters.search).focus();
    },
    updated: (before, after) => {
      if (!page) return;
      const i = page.items.findIndex((it) => it.id === after.id);
      if (i >= 0) page.items[i] = summaryOf(after);
      const c = page.statusCounts;
      if (c && before.status !== after.status) {
        c[before.status] = Math.max(0, c[before.status] - 1);
        c[after.status] += 1;
      }
      renderCounts();
      renderList();
    },
  };
}
