// The reviewers' sidebar: header, the two views (the paged, filtered list of deeds and ladder.ts's «Khen thưởng»),
// and detail.ts's one deed opened from either.
import { FIELDS, RECOGNITIONS, STATUSES, UNIT_TYPES } from '../../domain/codes';
import type { Status } from '../../domain/codes';
import type { DeedDetail, DeedFilter, DeedPage, DeedSummary, ServerApi, SidebarState } from '#contract';
import { summaryOf } from '#contract';
import { MSG_DUPLICATE, MSG_HAND_EDIT, MSG_OUTBOX } from '../messages';
import { serverProxy } from './api';
import { closeDeed, openDeed } from './detail';
import type { DeedRef } from './detail';
import { h, fill } from './dom';
import type { Child } from './dom';
import { lastMonths, viDate, viMonth, viWeek, weeksOf } from './format';
import { createLadder } from './ladder';
import type { Ladder } from './ladder';
import { badge, chips, flag, errorBox } from './parts';

const api = serverProxy<ServerApi>();
const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('announce') as HTMLElement;

type FilterKey = Exclude<keyof DeedFilter, 'month' | 'search'>;
type View = 'list' | 'ladder';
const FILTER_KEYS: FilterKey[] = ['week', 'unitType', 'unitCode', 'field', 'status', 'recognition'];

const st = {
  side: undefined as unknown as SidebarState,
  filter: { month: '' } as DeedFilter,
  offset: 0,
  page: undefined as DeedPage | undefined,
  seq: 0,
  /** The view shown, or the one the open deed was opened from. */
  view: 'list' as View,
  /** Where each view was scrolled to when left. */
  scrollY: { list: 0, ladder: 0 } as Record<View, number>,
  /** A suggestion accepted in the ladder marked a deed: the list loads again when next shown. */
  listStale: false,
  ladder: undefined as Ladder | undefined,
};

/** Says something to screen readers (the visible UI shows it too). */
function announce(text: string): void {
  live.textContent = '';
  window.setTimeout(() => (live.textContent = text), 50);
}

// ---------- shell ----------

const header = h('header');
const counts = h('div', { class: 'counts', role: 'group', 'aria-label': 'Số việc tốt theo trạng thái' });
const countsLabel = h('p', { class: 'small muted' });
const search = h('input', {
  type: 'search',
  id: 'q',
  maxlength: 200,
  autocomplete: 'off',
  placeholder: 'Tìm tên việc, đơn vị, người thực hiện…',
});
const filters = h('details', { class: 'filters' });
const filterSummary = h('summary');
const listHead = h('div', { class: 'listhead', 'aria-live': 'polite' });
const listError = h('div');
const list = h('ul', { class: 'deeds', 'aria-label': 'Danh sách việc tốt' });
const pager = h('nav', { class: 'pager', 'aria-label': 'Chuyển trang' });
const listView = h(
  'main',
  { id: 'list' },
  countsLabel,
  counts,
  h('div', { class: 'search' }, h('label', { for: 'q', class: 'vh' }, 'Tìm kiếm'), search),
  filters,
  listHead,
  listError,
  list,
  pager,
);
const ladderView = h('main', { id: 'ladder', hidden: true, 'aria-labelledby': 'tab-ladder' });
const detailView = h('main', { id: 'detail', hidden: true });
const views: Record<View, HTMLElement> = { list: listView, ladder: ladderView };
const tab = (view: View, label: string) =>
  h('button', { type: 'button', id: `tab-${view}`, onclick: () => showView(view) }, label);
const tabs = h(
  'nav',
  { class: 'tabs', 'aria-label': 'Chế độ xem' },
  tab('list', 'Việc tốt'),
  tab('ladder', 'Khen thưởng'),
);
listView.setAttribute('aria-labelledby', 'tab-list');

async function boot(): Promise<void> {
  fill(app, h('p', { class: 'loading' }, 'Đang tải…'));
  const res = await api.getSidebarState();
  if (!res.ok) {
    fill(app, errorBox(res.error, 'Thử lại', boot));
    return;
  }
  st.side = res.value;
  st.filter = { month: res.value.currentMonth };
  renderHeader();
  buildFilters();
  st.ladder = createLadder(
    { api, side: st.side, open: showDetail, changed: () => (st.listStale = true), announce },
    ladderView,
  );
  fill(app, header, tabs, listView, ladderView, detailView);
  markTab();
  await loadList();
}

function renderHeader(): void {
  const s = st.side;
  const { week, picks, target } = s.radio;
  const short = Math.max(0, target - picks);
  fill(
    header,
    h(
      'div',
      { class: 'who' },
      h('span', null, 'Bạn: ', h('strong', null, s.user || '(không rõ email)')),
      h('span', { class: 'role' }, s.canEdit ? 'Người duyệt' : 'Chỉ xem'),
    ),
    !s.canEdit &&
      h('p', { class: 'banner', id: 'readonly', role: 'note' }, s.readOnlyReason || 'Bạn đang xem ở chế độ chỉ đọc.'),
    s.mail &&
      h(
        'p',
        { class: s.mail.failed + s.mail.uncertain > 0 ? 'banner warn' : 'banner ok', id: 'mail' },
        MSG_OUTBOX.budget(s.mail.remaining, s.mail.queued, s.mail.failed) +
          (s.mail.uncertain > 0 ? MSG_OUTBOX.uncertain(s.mail.uncertain) : ''),
      ),
    s.settingsErrors.length > 0 &&
      h(
        'div',
        { class: 'banner warn', role: 'note' },
        h('strong', null, 'Cấu hình có lỗi (hãy báo quản trị):'),
        h(
          'ul',
          null,
          s.settingsErrors.map((e) => h('li', null, e)),
        ),
      ),
    h(
      'p',
      { class: short > 0 ? 'banner warn' : 'banner ok', id: 'radio' },
      h('strong', null, `Phát thanh tuần ${week}: ${picks}/${target} mô hình`),
      h('br'),
      h('span', { class: 'small' }, viWeek(week), short > 0 ? ` · còn thiếu ${short}` : ' · đủ chỉ tiêu'),
    ),
  );
}

// ---------- filters ----------

type Option = [value: string, label: string];

function options(list: Option[], value: string | undefined): HTMLOptionElement[] {
  return list.map(([v, label]) => h('option', { value: v, selected: v === (value ?? '') }, label));
}

const selects: Partial<Record<keyof DeedFilter, HTMLSelectElement>> = {};

function select(key: keyof DeedFilter, label: string, list: Option[]): HTMLElement[] {
  const el = h('select', { id: `f-${key}`, onchange: () => setFilter(key, el.value) }, options(list, st.filter[key]));
  selects[key] = el;
  return [h('label', { for: el.id }, label), el];
}

const all = (label: string): Option => ['', label];
const entries = (table: Record<string, string>): Option[] => Object.entries(table);

function weekOptions(): Option[] {
  return [all('Cả tháng'), ...weeksOf(st.filter.month).map((w): Option => [w, viWeek(w)])];
}

function unitOptions(): Option[] {
  const units = st.side.units.filter((u) => !st.filter.unitType || u.unitType === st.filter.unitType);
  return [all('Tất cả đơn vị'), ...units.map((u): Option => [u.code, u.name])];
}

function buildFilters(): void {
  fill(
    filters,
    filterSummary,
    h(
      'div',
      null,
      select(
        'month',
        'Tháng',
        lastMonths(st.side.currentMonth).map((m): Option => [m, viMonth(m)]),
      ),
      select('week', 'Tuần', weekOptions()),
      select('unitType', 'Loại hình đơn vị', [all('Tất cả loại hình'), ...entries(UNIT_TYPES)]),
      select('unitCode', 'Đơn vị', unitOptions()),
      select('field', 'Lĩnh vực', [all('Tất cả lĩnh vực'), ...entries(FIELDS)]),
      select('status', 'Trạng thái', [all('Tất cả trạng thái'), ...entries(STATUSES)]),
      select('recognition', 'Khen thưởng, giới thiệu', [all('Không lọc'), ...entries(RECOGNITIONS)]),
      h(
        'p',
        { class: 'row', style: 'margin-top:10px' },
        h('button', { type: 'button', id: 'clear', onclick: clearFilters }, 'Xóa bộ lọc'),
      ),
    ),
  );
  renderFilterSummary();
}

let searchTimer = 0;
search.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => setFilter('search', search.value.trim()), SEARCH_DELAY_MS);
});
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  window.clearTimeout(searchTimer);
  setFilter('search', search.value.trim());
});

function setFilter(key: keyof DeedFilter, value: string): void {
  const f = st.filter as unknown as Record<string, string | undefined>;
  if ((f[key] ?? '') === value) return;
  f[key] = value || undefined;
  if (key === 'month') {
    st.filter.week = undefined;
    replaceOptions('week', weekOptions());
  }
  if (key === 'unitType') {
    const unit = st.side.units.find((u) => u.code === st.filter.unitCode);
    if (unit && value && unit.unitType !== value) st.filter.unitCode = undefined;
    replaceOptions('unitCode', unitOptions());
  }
  if (key === 'status') selects.status!.value = value;
  st.offset = 0;
  renderFilterSummary();
  void loadList();
}

function replaceOptions(key: keyof DeedFilter, list: Option[]): void {
  const el = selects[key]!;
  fill(el, options(list, st.filter[key]));
  el.value = st.filter[key] ?? '';
}

function clearFilters(): void {
  st.filter = { month: st.filter.month };
  search.value = '';
  for (const key of FILTER_KEYS) selects[key]!.value = '';
  replaceOptions('unitCode', unitOptions());
  st.offset = 0;
  renderFilterSummary();
  void loadList();
  announce('Đã xóa bộ lọc.');
}

function activeFilters(): number {
  return FILTER_KEYS.filter((k) => st.filter[k]).length;
}

function renderFilterSummary(): void {
  const n = activeFilters();
  fill(
    filterSummary,
    'Bộ lọc',
    h('span', { class: 'muted' }, ` · ${viMonth(st.filter.month)}`, n ? ` · ${n} điều kiện` : ''),
  );
}

/** The filter as sent: only the keys in use (undefined and '' never cross google.script.run). */
function query(): DeedFilter {
  const f: DeedFilter = { month: st.filter.month };
  for (const key of FILTER_KEYS) if (st.filter[key]) (f as unknown as Record<string, string>)[key] = st.filter[key]!;
  if (st.filter.search) f.search = st.filter.search;
  return f;
}

// ---------- counts and list ----------

function renderCounts(): void {
  const c = st.page?.statusCounts;
  const total = c ? Object.values(c).reduce((a, b) => a + b, 0) : 0;
  const button = (status: Status | '', label: string, n: number) =>
    h(
      'button',
      {
        type: 'button',
        'aria-pressed': String((st.filter.status ?? '') === status),
        class: status ? `c-${status}` : '',
        onclick: () => setFilter('status', st.filter.status === status ? '' : status),
      },
      h('span', null, label),
      h('b', { class: status ? `n-${status}` : '' }, ` ${n}`),
    );
  countsLabel.textContent = `${viMonth(st.filter.month)}: số việc tốt theo trạng thái`;
  fill(
    counts,
    button('', 'Tất cả', total),
    (Object.keys(STATUSES) as Status[]).map((s) => button(s, STATUSES[s], c?.[s] ?? 0)),
  );
}

async function loadList(): Promise<void> {
  const seq = ++st.seq;
  list.setAttribute('aria-busy', 'true');
  fill(listHead, h('span', { class: 'muted' }, 'Đang tải…'));
  const res = await api.listDeeds({ filter: query(), offset: st.offset, limit: PAGE_SIZE });
  if (seq !== st.seq) return; // a newer request is on its way
  list.removeAttribute('aria-busy');
  if (!res.ok) {
    fill(listHead);
    fill(listError, errorBox(res.error, 'Thử lại', loadList));
    return;
  }
  fill(listError);
  st.page = res.value;
  renderCounts();
  renderList();
}

function renderList(): void {
  const page = st.page;
  if (!page) return;
  const { items, total, offset } = page;
  fill(
    listHead,
    h('span', { id: 'range' }, total === 0 ? '0 / 0' : `${offset + 1}–${offset + items.length} / ${total}`),
    h('span', { class: 'muted' }, 'mới nhất trước'),
  );
  fill(
    list,
    items.length === 0 && h('li', { class: 'empty' }, 'Không có việc tốt nào khớp bộ lọc.'),
    items.map(itemView),
  );
  const prev = offset > 0;
  const next = offset + items.length < total;
  fill(
    pager,
    (prev || next) && [
      h('button', { type: 'button', disabled: !prev, onclick: () => turnPage(-1) }, '‹ Trang trước'),
      h('button', { type: 'button', disabled: !next, onclick: () => turnPage(1) }, 'Trang sau ›'),
    ],
  );
}

function turnPage(step: number): void {
  st.offset = Math.max(0, st.offset + step * PAGE_SIZE);
  void loadList().then(() => list.querySelector<HTMLElement>('button.item')?.focus());
}

function itemView(s: DeedSummary): Child {
  return h(
    'li',
    null,
    h(
      'button',
      { type: 'button', class: 'item', 'data-id': s.id, onclick: () => showDetail(s) },
      h('span', { class: 't' }, s.title || '(không có tên)'),
      h('span', { class: 'm' }, s.unitName),
      h('span', { class: 'm' }, [s.performerName, viDate(s.doneOn)].filter(Boolean).join(' · ')),
      h('span', { class: 'm' }, FIELDS[s.field] ?? s.field),
      h(
        'span',
        { class: 'tags' },
        badge(s.status),
        s.flagged && flag(),
        chips(s.recognitions),
        s.duplicateOf && h('span', { class: 'chip dup', title: MSG_DUPLICATE.listTitle }, MSG_DUPLICATE.listTag),
        s.suspended && h('span', { class: 'chip paused' }, MSG_HAND_EDIT.listTag),
      ),
    ),
  );
}

// ---------- views: list, ladder, detail ----------

function markTab(): void {
  for (const view of ['list', 'ladder'] as View[]) {
    const button = tabs.querySelector<HTMLElement>(`#tab-${view}`);
    if (view === st.view) button?.setAttribute('aria-current', 'page');
    else button?.removeAttribute('aria-current');
  }
}

/** Leaves whatever is shown (a view keeps its state and scroll position) for the view, or back to it from a deed. */
function showView(view: View): void {
  if (detailView.hidden) st.scrollY[st.view] = window.scrollY;
  else leaveDetail();
  st.view = view;
  markTab();
  listView.hidden = view !== 'list';
  ladderView.hidden = view !== 'ladder';
  window.scrollTo(0, st.scrollY[view]);
  if (view === 'ladder') st.ladder?.show();
  if (view === 'list' && st.listStale) {
    st.listStale = false;
    void loadList();
  }
}

function showDetail(ref: DeedRef): void {
  st.scrollY[st.view] = window.scrollY;
  views[st.view].hidden = true;
  detailView.hidden = false;
  window.scrollTo(0, 0);
  const fromLadder = st.view === 'ladder';
  openDeed(
    { api, side: st.side, back, backLabel: fromLadder ? '‹ Khen thưởng' : undefined, updated, announce },
    detailView,
    ref,
  );
}

function leaveDetail(): void {
  closeDeed();
  detailView.hidden = true;
  fill(detailView);
}

/** Back from a deed to the view it was opened from, focusing what opened it. */
function back(id?: string): void {
  showView(st.view);
  if (st.view === 'ladder') return st.ladder?.restoreFocus();
  const item = id ? list.querySelector<HTMLElement>(`button.item[data-id="${CSS.escape(id)}"]`) : null;
  (item ?? search).focus();
}

/** A review changed a deed: its list item, the month's counts and the radio target follow at once. */
function updated(before: DeedDetail, after: DeedDetail): void {
  const page = st.page;
  if (page) {
    const i = page.items.findIndex((it) => it.id === after.id);
    if (i >= 0) {
      page.items[i] = summaryOf(after);
    }
    if (before.status !== after.status) {
      page.statusCounts[before.status] = Math.max(0, page.statusCounts[before.status] - 1);
      page.statusCounts[after.status] += 1;
    }
    renderCounts();
    renderList();
  }
  const radio = st.side.radio;
  if (before.radioWeek !== after.radioWeek) {
    radio.picks += Number(after.radioWeek === radio.week) - Number(before.radioWeek === radio.week);
    renderHeader();
  }
}

void boot();
