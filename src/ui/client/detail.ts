// One deed in the sidebar: everything submitted, the categoriser's reason, the performer's record, the reviewer's
// actions and the decisions on its commendations (decision.ts).
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, RECOGNITIONS, UNIT_TYPES } from '../../domain/codes';
import type { FieldCode, Recognition } from '../../domain/codes';
import type { Commendation, DeedDetail, Result, ReviewAction, ServerApi, SidebarState } from '#contract';
import { MSG_DUPLICATE, MSG_HAND_EDIT } from '../messages';
import type { Promised } from './api';
import { decisionSections } from './decision';
import type { DecisionHost } from './decision';
import { h, fill, safeLink } from './dom';
import type { Child } from './dom';
import { monthsAround, viDate, viDateTime, viMonth, viWeek, weeksAround } from './format';
import { historyCounts, historyDeeds } from './history';
import { FLAG_TEXT, badge, chips, errorBox, flag, panelButton, setPanel } from './parts';

/** The deed to open: the row is a hint that saves the server a search (absent when only the id is known). */
export interface DeedRef {
  id: string;
  row?: number;
  title: string;
}

/** The most recent deeds of the performer's record shown under a deed. */
const HISTORY_IN_DETAIL = 5;

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
    h(
      'button',
      { type: 'button', class: 'link back', onclick: () => host.back(ref.id) },
      host.backLabel ?? '‹ Danh sách',
    );
  const heading = (text: string) => h('h2', { tabindex: -1, id: 'deed-title' }, text || '(không có tên)');

  root.onkeydown = (e) => {
    const tag = (e.target as HTMLElement).tagName;
    if (e.key === 'Escape' && tag !== 'TEXTAREA' && tag !== 'INPUT' && tag !== 'SELECT') host.back(ref.id);
  };

  async function load(): Promise<void> {
    fill(root, backButton(), heading(deed?.title ?? ref.title), h('p', { class: 'loading' }, 'Đang tải…'));
    root.setAttribute('aria-busy', 'true');
    const row = deed?.row ?? ref.row;
    const res = await host.api.getDeed(row ? { id: ref.id, row } : { id: ref.id });
    if (token !== openToken) return;
    root.removeAttribute('aria-busy');
    if (!res.ok) {
      fill(root, backButton(), heading(ref.title), errorBox(res.error, 'Tải lại', load));
      focus('deed-title');
      return;
    }
    render(res.value);
    focus('deed-title');
  }

  function focus(id: string): void {
    root.querySelector<HTMLElement>(`#${id}`)?.focus();
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
          h('strong', null, d.suspended ? MSG_HAND_EDIT.notice : MSG_HAND_EDIT.reviewAgain),
          edit && h('p', { class: 'small', style: 'margin:4px 0 0' }, MSG_HAND_EDIT.howTo),
        ),
      d.duplicateOf && duplicateNotice(d.duplicateOf),
      h('div', { class: 'desc', id: 'deed-desc' }, d.description),
      facts(d),
      historyBox(d),
      h('h3', null, 'Phân loại tự động'),
      h(
        'dl',
        { class: 'facts' },
        fact('Lĩnh vực', FIELDS[d.field]),
        fact('Đơn vị chọn', d.submittedField ? FIELDS[d.submittedField] : '(không chọn)'),
        fact('Độ tin cậy', `${Math.round(d.confidence * 100)}%`),
      ),
      d.fieldReason && h('p', { class: 'reason' }, 'Lý do: ', d.fieldReason),
      d.flagged && h('p', { class: 'banner warn small' }, FLAG_TEXT, ': hãy xem lại lĩnh vực.'),
      edit ? actions(d) : readOnly(d),
    );
    if (after) {
      const slot = slots[after.section];
      if (slot) fill(slot, h('p', { class: 'banner ok', role: 'status' }, after.message));
      root.querySelector<HTMLElement>(`[data-k="${after.key}"]`)?.focus();
      slot?.scrollIntoView({ block: 'nearest' });
      host.announce(after.message);
    }
  }

  /** Opens another deed here; its back button returns to this one. */
  function openOther(other: DeedRef, backLabel: string): void {
    openDeed({ ...host, back: () => openDeed(host, root, ref), backLabel }, root, other);
  }

  /**
   * «Có thể trùng với: <the earlier deed>»: a button that opens it here (its title is fetched by id), from which
   * the back button returns to this deed. The reviewer compares and decides; nothing is merged or dropped.
   */
  function duplicateNotice(earlierId: string): HTMLElement {
    const link = h('button', { type: 'button', class: 'link', id: 'dup-link', disabled: true }, MSG_DUPLICATE.loading);
    void host.api.getDeed({ id: earlierId }).then((res) => {
      if (token !== openToken) return;
      if (!res.ok) return fill(link, MSG_DUPLICATE.missing(earlierId));
      const { id, row, title, unitName, doneOn } = res.value;
      fill(link, MSG_DUPLICATE.earlier(title, unitName, viDate(doneOn)));
      link.onclick = () => openOther({ id, row, title }, MSG_DUPLICATE.back);
      link.disabled = false;
    });
    return h(
      'div',
      { class: 'banner warn', id: 'duplicate' },
      h('strong', null, MSG_DUPLICATE.label),
      link,
      h('p', { class: 'small', style: 'margin:4px 0 0' }, MSG_DUPLICATE.hint),
    );
  }

  /** «Hồ sơ người thực hiện»: the performer's counts and latest deeds, fetched when first opened. */
  function historyBox(d: DeedDetail): HTMLElement {
    const panel = h('div', { id: 'history', class: 'panel', hidden: true, 'aria-live': 'polite' });
    let loaded = false;
    const load = async (): Promise<void> => {
      loaded = true;
      fill(panel, h('p', { class: 'loading small' }, 'Đang tải hồ sơ…'));
      const res = await host.api.getHistory({ performerKey: d.performerKey });
      if (token !== openToken) return;
      if (!res.ok) {
        loaded = false;
        fill(panel, errorBox(res.error, 'Thử lại', load));
        return;
      }
      const p = res.value[0];
      fill(
        panel,
        p
          ? [
              h('p', { class: 'small' }, h('strong', null, p.name), ' · ', historyCounts(p)),
              historyDeeds(p, (x) => openOther(x, '‹ Về việc tốt trước'), HISTORY_IN_DETAIL),
            ]
          : h('p', { class: 'small muted' }, 'Hồ sơ chưa có việc tốt nào đã duyệt của người thực hiện này.'),
      );
    };
    return h(
      'div',
      { class: 'history' },
      panelButton(panel, 'Hồ sơ người thực hiện', { id: 'history-btn' }, () => void (loaded || load())),
      panel,
    );
  }

  function readOnly(d: DeedDetail): Child {
    return [
      d.note && [h('h3', null, 'Ghi chú người duyệt'), h('p', { class: 'desc' }, d.note)],
      decisionSections(d, decisionHost(false)),
      h('p', { class: 'banner small', id: 'detail-readonly' }, host.side.readOnlyReason || 'Chế độ chỉ đọc.'),
    ];
  }

  // ---------- actions ----------

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
    fill(out, h('p', { class: 'loading small' }, 'Đang lưu…'));
    const before = deed;
    const res = await call(before);
    busy = false;
    if (res.ok) host.updated(before, res.value); // the change is made, even if the person has moved on
    if (token !== openToken) return;
    root.removeAttribute('aria-busy');
    if (res.ok) {
      render(res.value, { key, section, message: done });
      return;
    }
    if (form) form.disabled = false;
    fill(out, res.code === 'stale' ? errorBox(res.error, 'Tải lại', load) : errorBox(res.error));
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
        void save(section, section, `Đã ghi quyết định ${RECOGNITIONS[c]}.`, ({ id, row, version }) =>
          host.api.recordDecision({ id, row, version, recognition: c, ...fields }),
        ),
      draft: (c, section, button) => void draft(c, section, button),
    };
  }

  /** «Xem bản in»: the server opens the draft certificate in a dialog over the Sheet. */
  async function draft(c: Commendation, section: string, button: HTMLButtonElement): Promise<void> {
    const out = slots[section] ?? root;
    button.disabled = true;
    fill(out, h('p', { class: 'loading small' }, 'Đang mở bản in…'));
    const res = await host.api.showDraft({ id: ref.id, recognition: c });
    if (token !== openToken) return;
    button.disabled = false;
    if (!res.ok) return fill(out, errorBox(res.error));
    const message = `Đã mở bản in ${RECOGNITIONS[c]} trong hộp thoại trên Sheet.`;
    fill(out, h('p', { class: 'banner ok', role: 'status' }, message));
    host.announce(message);
  }

  function actions(d: DeedDetail): Child {
    const requestText = h('textarea', { id: 'req-text', maxlength: 2000, rows: 3 });
    const rejectText = h('textarea', { id: 'rej-text', maxlength: 2000, rows: 3 });
    const requestPanel = h(
      'div',
      { class: 'panel', id: 'req-panel', hidden: true },
      h('label', { for: 'req-text' }, 'Nội dung cần bổ sung (gửi email cho đơn vị)'),
      requestText,
      h(
        'p',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-k': 'req-send',
            onclick: () =>
              act({ kind: 'request_info', message: requestText.value }, 'status', 'req', 'Đã gửi yêu cầu bổ sung.'),
          },
          'Gửi yêu cầu',
        ),
        h('button', { type: 'button', onclick: () => setPanel(requestPanel, false) }, 'Hủy'),
      ),
    );
    const rejectPanel = h(
      'div',
      { class: 'panel', id: 'rej-panel', hidden: true },
      h('label', { for: 'rej-text' }, 'Lý do từ chối'),
      rejectText,
      h(
        'p',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            'data-k': 'rej-send',
            onclick: () => act({ kind: 'reject', reason: rejectText.value }, 'status', 'rej', 'Đã từ chối việc tốt.'),
          },
          'Xác nhận từ chối',
        ),
        h('button', { type: 'button', onclick: () => setPanel(rejectPanel, false) }, 'Hủy'),
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
          act({ kind: 'set_field', field: fieldSelect.value as FieldCode }, 'field', 'field', 'Đã đổi lĩnh vực.'),
      },
      'Lưu lĩnh vực',
    );
    const note = h('textarea', { id: 'note-text', maxlength: 2000, rows: 3, value: d.note });
    const accepted = d.status === 'da_duyet';
    return h(
      'fieldset',
      null,
      h('legend', { class: 'vh' }, 'Thao tác duyệt'),
      h(
        'section',
        { class: 'act', 'aria-labelledby': 'h-status' },
        h('h3', { id: 'h-status' }, 'Duyệt'),
        h(
          'div',
          { class: 'grid2' },
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-k': 'accept',
              disabled: Boolean(d.blocked.accept),
              title: d.blocked.accept ?? '',
              onclick: () => act({ kind: 'accept' }, 'status', 'accept', 'Đã duyệt việc tốt.'),
            },
            accepted ? 'Đã duyệt' : 'Duyệt',
          ),
          !d.blocked.request_info && opener(requestPanel, 'req', 'Yêu cầu bổ sung', rejectPanel),
          !d.blocked.reject && opener(rejectPanel, 'rej', 'Từ chối', requestPanel),
        ),
        requestPanel,
        rejectPanel,
        slot('status'),
      ),
      h(
        'section',
        { class: 'act' },
        h('h3', null, h('label', { for: 'field-select', style: 'margin:0;font-size:inherit' }, 'Đổi lĩnh vực')),
        fieldSelect,
        h('p', { class: 'row' }, saveField),
        slot('field'),
      ),
      h(
        'section',
        { class: 'act', 'aria-labelledby': 'h-rec' },
        h('h3', { id: 'h-rec' }, 'Khen thưởng, giới thiệu'),
        !accepted &&
          h('p', { class: 'small muted' }, 'Duyệt việc tốt trước khi đề xuất khen thưởng hoặc chọn giới thiệu.'),
        d.proposal !== 'none' &&
          h('p', { class: 'small' }, 'Đơn vị đề nghị: ', h('strong', null, PROPOSALS[d.proposal])),
        h(
          'ul',
          { class: 'recs' },
          (Object.keys(RECOGNITIONS) as Recognition[]).map((r) => recognition(d, r, accepted)),
        ),
      ),
      decisionSections(d, decisionHost(true)),
      h(
        'section',
        { class: 'act' },
        h('h3', null, h('label', { for: 'note-text', style: 'margin:0;font-size:inherit' }, 'Ghi chú người duyệt')),
        note,
        h(
          'p',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              'data-k': 'note',
              onclick: () => act({ kind: 'note', note: note.value }, 'note', 'note', 'Đã lưu ghi chú.'),
            },
            'Lưu ghi chú',
          ),
        ),
        slot('note'),
      ),
    );
  }

  /** A switch per recognition; radio and bulletin carry a period (week, month) that can be changed. */
  function recognition(d: DeedDetail, r: Recognition, accepted: boolean): HTMLElement {
    const on = d.recognitions.includes(r);
    const label = RECOGNITIONS[r];
    const current = r === 'phat_thanh' ? d.radioWeek : r === 'ban_tin' ? d.bulletinMonth : '';
    const shown = r === 'phat_thanh' ? viWeek(current) : viMonth(current);
    const input = r === 'phat_thanh' || r === 'ban_tin' ? periodSelect(r, current) : undefined;
    const mark = (turnOn: boolean, key: string) =>
      act(
        { kind: 'mark', recognition: r, on: turnOn, ...(input && turnOn ? { period: input.value } : {}) },
        `rec-${r}`,
        key,
        turnOn ? `Đã chọn: ${label}.` : `Đã bỏ: ${label}.`,
      );
    return h(
      'li',
      null,
      h(
        'button',
        {
          type: 'button',
          role: 'switch',
          'aria-checked': String(on),
          'data-k': `rec-${r}`,
          disabled: !on && Boolean(d.blocked[r]),
          onclick: () => mark(!on, `rec-${r}`),
        },
        h('span', { class: 'box', 'aria-hidden': 'true' }, on ? '✓' : ''),
        h('span', { class: 'lbl' }, label, on && current ? h('span', { class: 'small muted' }, ` · ${shown}`) : ''),
      ),
      !on && accepted && d.blocked[r] && h('p', { class: 'small muted' }, d.blocked[r]),
      input &&
        (accepted || on) &&
        h(
          'div',
          { class: 'period' },
          h('label', { for: input.id, class: 'vh' }, r === 'phat_thanh' ? 'Tuần phát thanh' : 'Tháng bản tin'),
          input,
          on &&
            h(
              'button',
              { type: 'button', 'data-k': `period-${r}`, onclick: () => mark(true, `period-${r}`) },
              r === 'phat_thanh' ? 'Đổi tuần' : 'Đổi tháng',
            ),
        ),
      slot(`rec-${r}`),
    );
  }

  /** Weeks (radio) or months (bulletin) around the current one, in Vietnamese; the deed's own value stays listed. */
  function periodSelect(r: 'phat_thanh' | 'ban_tin', current: string): HTMLSelectElement {
    const radio = r === 'phat_thanh';
    const now = radio ? host.side.currentWeek : host.side.currentMonth;
    const keys = radio ? weeksAround(now, 4, 8) : monthsAround(now, 3, 3);
    if (current && !keys.includes(current)) keys.unshift(current);
    const value = current || now;
    return h(
      'select',
      { id: `period-${r}` },
      keys.map((k) => h('option', { value: k, selected: k === value }, radio ? viWeek(k) : viMonth(k))),
    );
  }

  void load();
}

function fact(label: string, value: Child): Child {
  if (value === '' || value === false || value === null || value === undefined) return null;
  return [h('dt', null, label), h('dd', null, value)];
}

function facts(d: DeedDetail): HTMLElement {
  const nature = NATURES[d.nature] + (d.startDate ? `, từ ${viDate(d.startDate)}` : '');
  const contact = [d.email, d.phone].filter(Boolean).join(' · ');
  return h(
    'dl',
    { class: 'facts' },
    fact('Mã', d.id),
    fact('Đơn vị', [d.unitName, h('br'), h('span', { class: 'small muted' }, UNIT_TYPES[d.unitType])]),
    fact('Thực hiện', [
      d.performerName,
      h('br'),
      h(
        'span',
        { class: 'small muted' },
        [PERFORMER_KINDS[d.performerKind], d.performerRole].filter(Boolean).join(' · '),
      ),
    ]),
    fact('Ngày', [viDate(d.doneOn), h('br'), h('span', { class: 'small muted' }, viWeek(d.week))]),
    fact('Tính chất', nature),
    fact('Địa điểm', d.place),
    fact('Người được giúp', d.beneficiaries),
    fact('Minh chứng', d.evidence && safeLink(d.evidence)),
    fact('Đề nghị', d.proposal !== 'none' && PROPOSALS[d.proposal]),
    fact('Liên hệ', contact),
    fact('Nhận lúc', viDateTime(d.receivedAt)),
    fact('Người duyệt', d.reviewer && [d.reviewer, d.reviewedAt ? ` · ${viDateTime(d.reviewedAt)}` : '']),
  );
}
