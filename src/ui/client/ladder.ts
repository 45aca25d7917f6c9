// The «Khen thưởng» view, the commendation ladder: the next 19 May honours, the suggestions to accept or dismiss,
// the decided ones, and per unit its performers and their deeds.
import { PERFORMER_KINDS, RECOGNITIONS } from '../../domain/codes';
import type { LadderView, ServerApi, SidebarState, Suggestion, UnitLadder } from '#contract';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import type { Child } from './dom';
import { viDate, viDateTime } from './format';
import { historyCounts, historyDeeds } from './history';
import type { HistoryDeed } from './history';
import { errorBox, panelButton, setPanel } from './parts';
import { MSG_SUGGESTION } from '../messages';

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

/** A dismissal needs a reason this long (the server checks it too). */
const MIN_REASON = MSG_SUGGESTION.minReason;

/** The units table's number columns: a short heading that fits 300 px, and what it stands for. */
const COLUMNS = [
  ['performers', 'Người', 'Người thực hiện'],
  ['accepted', 'Duyệt', 'Việc tốt đã duyệt'],
  ['thuKhen', 'TK', 'Thư khen'],
  ['giayKhen', 'GK', 'Giấy khen'],
  ['guongDienHinh', 'GĐH', 'Gương điển hình'],
] as const;

export function createLadder(host: LadderHost, root: HTMLElement): Ladder {
  const edit = host.side.canEdit;
  let view: LadderView | undefined;
  let loading = false;
  let busy = false;
  let unit = '';
  let opener: HTMLElement | null = null;

  const head = h('div', { class: 'ladder-head' });
  const outcome = h('div', { id: 'ladder-outcome' });
  const pending = h('section', { 'aria-labelledby': 'h-pending' });
  const decided = h('details', { class: 'box', id: 'decided' });
  const units = h('section', { 'aria-labelledby': 'h-units' });
  const peopleHead = h('h3', { id: 'h-people', tabindex: -1 });
  const peopleBody = h('div', { 'aria-live': 'polite' });
  const people = h('section', { id: 'people', 'aria-labelledby': 'h-people', hidden: true }, peopleHead, peopleBody);

  function openDeed(ref: DeedRef, from: HTMLElement): void {
    opener = from;
    host.open(ref);
  }

  async function load(): Promise<void> {
    loading = true;
    fill(root, h('p', { class: 'loading' }, 'Đang tải…'));
    root.setAttribute('aria-busy', 'true');
    const res = await host.api.getLadder();
    loading = false;
    root.removeAttribute('aria-busy');
    if (!res.ok) {
      fill(root, errorBox(res.error, 'Thử lại', load));
      return;
    }
    view = res.value;
    fill(root, head, outcome, pending, decided, units, people);
    render();
  }

  function render(): void {
    if (!view) return;
    const { honours, updatedAt, suggestions } = view;
    fill(
      head,
      h('h2', { id: 'ladder-title', tabindex: -1 }, `Tuyên dương ngày ${viDate(honours.date)}`),
      h(
        'p',
        { class: 'small muted' },
        `Kỳ xét: việc tốt đã duyệt từ ${viDate(honours.from)} đến ${viDate(honours.date)}`,
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'span',
          { class: 'small grow', id: 'ladder-updated' },
          `Cập nhật lúc ${updatedAt ? viDateTime(updatedAt) : 'chưa tính'}`,
        ),
        edit &&
          h(
            'button',
            {
              type: 'button',
              id: 'ladder-refresh',
              onclick: (e) => void refresh(e.currentTarget as HTMLButtonElement),
            },
            'Làm mới',
          ),
      ),
    );
    const open = suggestions.filter((s) => s.status === 'pending');
    const cards = h('ul', { class: 'cards' }, open.map(card));
    fill(
      pending,
      h('h3', { id: 'h-pending', tabindex: -1 }, `Đề xuất chờ xử lý (${open.length})`),
      open.length === 0
        ? h('p', { class: 'empty' }, 'Không có đề xuất nào đang chờ.')
        : edit
          ? h('fieldset', null, h('legend', { class: 'vh' }, 'Chấp nhận hoặc bỏ qua đề xuất'), cards)
          : cards,
    );
    const done = suggestions.filter((s) => s.status !== 'pending');
    fill(
      decided,
      h('summary', null, `Đã xử lý (${done.length})`),
      done.length === 0
        ? h('p', { class: 'empty' }, 'Chưa có đề xuất nào được xử lý.')
        : h('ul', { class: 'cards' }, done.map(card)),
    );
    renderUnits(view.units);
  }

  // ---------- suggestions ----------

  function card(s: Suggestion, index: number): HTMLElement {
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
            onclick: (e) => openDeed({ id: s.deedId, title: s.deedTitle }, e.currentTarget as HTMLElement),
          },
          h('span', { class: 'muted' }, 'Việc tốt: '),
          h('span', { class: 't' }, s.deedTitle || '(không có tên)'),
        ),
      ),
      s.status !== 'pending' && decision(s),
      s.status === 'pending' && edit && choices(s, id),
    );
  }

  function decision(s: Suggestion): Child {
    return [
      h('p', { class: 'small muted' }, [s.decidedBy, viDateTime(s.decidedAt)].filter(Boolean).join(' · ')),
      s.note && h('p', { class: 'small' }, 'Lý do: ', s.note),
    ];
  }

  /** «Chấp nhận», and «Bỏ qua», which asks for a reason first. */
  function choices(s: Suggestion, id: string): Child {
    const reason = h('textarea', { id: `${id}-reason`, maxlength: 500, rows: 2 });
    const out = h('div', { id: `${id}-out` });
    const panel = h(
      'div',
      { class: 'panel', id: `${id}-dismiss`, hidden: true },
      h('label', { for: reason.id }, `Lý do bỏ qua (ít nhất ${MIN_REASON} ký tự)`),
      reason,
      h(
        'p',
        { class: 'row' },
        h('button', { type: 'button', class: 'danger', onclick: () => void decide(s, reason, out) }, 'Xác nhận bỏ qua'),
        h('button', { type: 'button', onclick: () => setPanel(panel, false) }, 'Hủy'),
      ),
    );
    const about = { 'aria-describedby': `${id}-who` };
    return [
      h(
        'p',
        { class: 'row choices' },
        h(
          'button',
          { type: 'button', class: 'primary', ...about, onclick: () => void decide(s, null, out) },
          'Chấp nhận',
        ),
        panelButton(panel, 'Bỏ qua', about),
      ),
      panel,
      out,
    ];
  }

  /** Accepts (no reason) or dismisses a suggestion; the answer is the whole ladder again. */
  async function decide(s: Suggestion, reason: HTMLTextAreaElement | null, out: HTMLElement): Promise<void> {
    if (busy) return;
    const note = reason?.value.trim() ?? '';
    if (reason && note.length < MIN_REASON) {
      fill(out, errorBox(MSG_SUGGESTION.dismissReasonNeeded));
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    busy = true;
    const form = pending.querySelector('fieldset');
    const focused = document.activeElement as HTMLElement | null;
    const index = Array.from(pending.querySelectorAll('li.card')).findIndex((li) => li.contains(out));
    if (form) form.disabled = true;
    root.setAttribute('aria-busy', 'true');
    fill(outcome);
    fill(out, h('p', { class: 'loading small' }, 'Đang lưu…'));
    const res = await host.api.decideSuggestion(
      reason ? { key: s.key, accept: false, reason: note } : { key: s.key, accept: true },
    );
    root.removeAttribute('aria-busy');
    if (res.ok) {
      settled(s, Boolean(reason), res.value, index);
    } else if (res.code === 'stale') {
      await reloadAfter(res.error);
    } else {
      if (form) form.disabled = false;
      fill(out, errorBox(res.error));
      if (focused?.isConnected) focused.focus();
    }
    busy = false;
  }

  /** Someone else decided the suggestion first: the server says so, and the ladder shown is brought up to date. */
  async function reloadAfter(error: string): Promise<void> {
    const again = await host.api.getLadder();
    if (again.ok) view = again.value;
    render();
    fill(outcome, errorBox(error));
    pending.querySelector<HTMLElement>('#h-pending')?.focus();
  }

  /** The suggestion is accepted or dismissed: the ladder the server answered is shown, and the focus moves on. */
  function settled(s: Suggestion, dismissed: boolean, next: LadderView, index: number): void {
    view = next;
    if (!dismissed) host.changed();
    render();
    const what = `${MSG_SUGGESTION.status[dismissed ? 'dismissed' : 'accepted']} đề xuất ${RECOGNITIONS[s.kind]} cho ${s.performerName}.`;
    fill(outcome, h('p', { class: 'banner ok', role: 'status' }, what));
    host.announce(what);
    const following = pending.querySelectorAll('li.card')[index]?.querySelector<HTMLElement>('button.primary');
    (following ?? pending.querySelector<HTMLElement>('#h-pending'))?.focus();
  }

  async function refresh(button: HTMLButtonElement): Promise<void> {
    if (busy) return;
    busy = true;
    button.disabled = true;
    root.setAttribute('aria-busy', 'true');
    fill(outcome, h('p', { class: 'loading small' }, 'Đang tính lại hồ sơ khen thưởng…'));
    const res = await host.api.refreshLadder();
    busy = false;
    root.removeAttribute('aria-busy');
    if (!res.ok) {
      button.disabled = false;
      fill(outcome, errorBox(res.error));
      return;
    }
    view = res.value;
    render();
    const what = 'Đã tính lại hồ sơ khen thưởng.';
    fill(outcome, h('p', { class: 'banner ok', role: 'status' }, what));
    host.announce(what);
    root.querySelector<HTMLElement>('#ladder-refresh')?.focus();
    const chosen = view.units.find((u) => u.code === unit);
    if (chosen) void chooseUnit(chosen);
  }

  // ---------- units and performers ----------

  function renderUnits(list: UnitLadder[]): void {
    fill(
      units,
      h('h3', { id: 'h-units' }, 'Theo đơn vị, từ trước đến nay'),
      list.length === 0
        ? h('p', { class: 'empty' }, 'Chưa có việc tốt nào được duyệt.')
        : [
            h(
              'table',
              { class: 'units' },
              h('caption', { class: 'vh' }, 'Việc tốt đã duyệt và khen thưởng theo đơn vị'),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, 'Đơn vị'),
                  COLUMNS.map(([, short, full]) =>
                    h(
                      'th',
                      { scope: 'col', class: 'n' },
                      h('span', { 'aria-hidden': 'true' }, short),
                      h('span', { class: 'vh' }, full),
                    ),
                  ),
                ),
              ),
              h('tbody', null, list.map(unitRow)),
            ),
            h(
              'p',
              { class: 'small muted', 'aria-hidden': 'true' },
              COLUMNS.map(([, short, full]) => `${short}: ${full.toLowerCase()}`).join(' · '),
            ),
          ],
    );
  }

  function unitRow(u: UnitLadder): HTMLElement {
    return h(
      'tr',
      null,
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'link unit',
            'data-code': u.code,
            'aria-pressed': String(u.code === unit),
            'aria-controls': 'people',
            onclick: () => void chooseUnit(u),
          },
          u.name,
        ),
      ),
      COLUMNS.map(([key]) => h('td', { class: 'n' }, u[key])),
    );
  }

  /** Shows the unit's performers under the table, each opening to its deeds. */
  async function chooseUnit(u: UnitLadder): Promise<void> {
    unit = u.code;
    units.querySelectorAll<HTMLElement>('button.unit').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.code === u.code));
    });
    people.hidden = false;
    fill(peopleHead, `Người thực hiện · ${u.name}`);
    fill(peopleBody, h('p', { class: 'loading small' }, 'Đang tải…'));
    peopleHead.focus();
    const res = await host.api.getHistory({ unitCode: u.code });
    if (unit !== u.code) return; // another unit was chosen meanwhile
    if (!res.ok) {
      fill(
        peopleBody,
        errorBox(res.error, 'Thử lại', () => chooseUnit(u)),
      );
      return;
    }
    const open = (d: HistoryDeed, from: HTMLElement) => openDeed({ id: d.id, title: d.title }, from);
    fill(
      peopleBody,
      res.value.length === 0
        ? h('p', { class: 'empty' }, 'Đơn vị chưa có việc tốt nào đã duyệt.')
        : h(
            'ul',
            { class: 'people' },
            res.value.map((p) =>
              h(
                'li',
                null,
                h(
                  'details',
                  { class: 'box performer' },
                  h('summary', null, h('strong', null, p.name), h('span', { class: 'small muted' }, historyCounts(p))),
                  h('div', { class: 'inner' }, historyDeeds(p, open)),
                ),
              ),
            ),
          ),
    );
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
