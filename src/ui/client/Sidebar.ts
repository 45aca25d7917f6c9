// The reviewers' sidebar: the header, the two views (list.ts's deeds, ladder.ts's «Khen thưởng») and detail.ts's
// one deed opened from either; this file boots them and moves between them.
import type { DeedDetail, ServerApi, SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { serverProxy } from './api';
import { closeDeed, openDeed } from './detail';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import { renderHeader } from './header';
import { createLadder } from './ladder';
import type { Ladder } from './ladder';
import { createList } from './list';
import type { DeedList } from './list';
import { errorBox } from './parts';

const T = MSG_SIDEBAR.shell;
const api = serverProxy<ServerApi>();
const app = document.getElementById('app') as HTMLElement;
const live = document.getElementById('announce') as HTMLElement;

type View = 'list' | 'ladder';

/** The view shown, or the one the open deed was opened from. */
let current: View = 'list';
/** Where each view was scrolled to when left. */
const scrollY: Record<View, number> = { list: 0, ladder: 0 };
/** A suggestion accepted in the ladder marked a deed: the list loads again when next shown. */
let listStale = false;
let side: SidebarState;
let list: DeedList;
let ladder: Ladder;

/** Says something to screen readers (the visible UI shows it too). */
function announce(text: string): void {
  live.textContent = '';
  window.setTimeout(() => (live.textContent = text), 50);
}

const header = h('header');
const ladderView = h('main', { id: 'ladder', hidden: true, 'aria-labelledby': 'tab-ladder' });
const detailView = h('main', { id: 'detail', hidden: true });
const tab = (view: View, label: string) =>
  h('button', { type: 'button', id: `tab-${view}`, onclick: () => showView(view) }, label);
const tabs = h('nav', { class: 'tabs', 'aria-label': T.tabsLabel }, tab('list', T.listTab), tab('ladder', T.ladderTab));
const views = (): Record<View, HTMLElement> => ({ list: list.view, ladder: ladderView });

async function boot(): Promise<void> {
  fill(app, h('p', { class: 'loading' }, MSG_SIDEBAR.common.loading));
  const res = await api.getSidebarState();
  if (!res.ok) {
    fill(app, errorBox(res.error, MSG_SIDEBAR.common.retry, boot));
    return;
  }
  side = res.value;
  renderHeader(header, side);
  list = createList({ api, side, open: showDetail, announce });
  list.view.setAttribute('aria-labelledby', 'tab-list');
  ladder = createLadder({ api, side, open: showDetail, changed: () => (listStale = true), announce }, ladderView);
  fill(app, header, tabs, list.view, ladderView, detailView);
  markTab();
  await list.load();
}

function markTab(): void {
  for (const view of ['list', 'ladder'] as View[]) {
    const button = tabs.querySelector<HTMLElement>(`#tab-${view}`);
    if (view === current) button?.setAttribute('aria-current', 'page');
    else button?.removeAttribute('aria-current');
  }
}

/** Leaves whatever is shown (a view keeps its state and scroll position) for the view, or back to it from a deed. */
function showView(view: View): void {
  if (detailView.hidden) scrollY[current] = window.scrollY;
  else leaveDetail();
  current = view;
  markTab();
  list.view.hidden = view !== 'list';
  ladderView.hidden = view !== 'ladder';
  window.scrollTo(0, scrollY[view]);
  if (view === 'ladder') ladder.show();
  if (view === 'list' && listStale) {
    listStale = false;
    void list.load();
  }
}

function showDetail(ref: DeedRef): void {
  scrollY[current] = window.scrollY;
  views()[current].hidden = true;
  detailView.hidden = false;
  window.scrollTo(0, 0);
  const backLabel = current === 'ladder' ? T.backToLadder : undefined;
  openDeed({ api, side, back, backLabel, updated, announce }, detailView, ref);
}

function leaveDetail(): void {
  closeDeed();
  detailView.hidden = true;
  fill(detailView);
}

/**
 * A review changed a deed: its list item and the month's counts follow at once; the banners (radio target, mail
 * budget — a decision may have sent mail —, refused submissions) follow the server's answer.
 */
function updated(before: DeedDetail, after: DeedDetail): void {
  list.updated(before, after);
  void api.getSidebarState().then((res) => {
    if (!res.ok) return;
    Object.assign(side, { radio: res.value.radio, mail: res.value.mail, refused: res.value.refused });
    renderHeader(header, side);
  });
}

/** Back from a deed to the view it was opened from, focusing what opened it. */
function back(id?: string): void {
  showView(current);
  if (current === 'ladder') return ladder.restoreFocus();
  list.focus(id);
}

void boot();
