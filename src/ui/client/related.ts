// The other deeds a deed's detail leads to: the earlier deed it may repeat, and the performer's record.
import type { DeedDetail, ServerApi } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import { viDate } from './format';
import { historyCounts, historyDeeds } from './history';
import { errorBox, panelButton } from './parts';

const T = MSG_SIDEBAR.related;

/** The most recent deeds of the performer's record shown under a deed. */
const HISTORY_IN_DETAIL = 5;

export interface RelatedHost {
  api: Promised<ServerApi>;
  /** False once the deed is no longer open: late replies are dropped. */
  isOpen(): boolean;
  /** Opens another deed in place; its back button (with this label) returns to this one. */
  openOther(other: DeedRef, backLabel: string): void;
}

/**
 * «Có thể trùng với: <the earlier deed>»: a button that opens it here (fetched by id), the earlier report's text,
 * place and beneficiaries shown above this one's for comparison, and, for a reviewer, «Trùng» / «Không trùng».
 * Nothing is merged or dropped.
 */
export function duplicateNotice(mine: DeedDetail, host: RelatedHost, judge?: (same: boolean) => void): HTMLElement {
  const earlierId = mine.duplicateOf ?? '';
  const link = h(
    'button',
    { type: 'button', class: 'link', id: 'dup-link', disabled: true },
    MSG_SIDEBAR.duplicate.loading,
  );
  const earlier = h('div', { class: 'desc small', id: 'dup-earlier' });
  const shared = h('p', { class: 'small', id: 'dup-shared' });
  void host.api.getDeed({ id: earlierId }).then((res) => {
    if (!host.isOpen()) return;
    if (!res.ok) return fill(link, MSG_SIDEBAR.duplicate.missing(earlierId));
    const { id, row, title, unitName, doneOn, description, place, beneficiaries } = res.value;
    fill(link, MSG_SIDEBAR.duplicate.earlier(title, unitName, viDate(doneOn)));
    fill(earlier, [description, place, beneficiaries].filter(Boolean).join(' — '));
    const both = marks(res.value).filter((m) => marks(mine).includes(m));
    if (both.length > 0) fill(shared, MSG_SIDEBAR.duplicate.shared(both.join(', ')));
    link.onclick = () => host.openOther({ id, row, title }, MSG_SIDEBAR.duplicate.back);
    link.disabled = false;
  });
  const verdict = (same: boolean) =>
    h(
      'button',
      { type: 'button', class: same ? 'danger' : '', 'data-k': `dup-${same}`, onclick: () => judge?.(same) },
      same ? MSG_SIDEBAR.duplicate.same : MSG_SIDEBAR.duplicate.notSame,
    );
  return h(
    'div',
    { class: 'banner warn', id: 'duplicate' },
    h('strong', null, MSG_SIDEBAR.duplicate.label),
    link,
    earlier,
    shared,
    h('p', { class: 'small', style: 'margin:4px 0 0' }, MSG_SIDEBAR.duplicate.hint),
    judge && h('p', { class: 'row' }, verdict(true), verdict(false)),
  );
}

/** The names (runs of capitalised words) and numbers a report cites: what two tellings of one event share. */
function marks(d: DeedDetail): string[] {
  const text = [d.title, d.description, d.place, d.beneficiaries].join(' ').normalize('NFC');
  const found = text.match(/\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*)+|\d+(?:[.,]\d+)*/gu) ?? [];
  return [...new Set(found)];
}

/** «Hồ sơ người thực hiện»: the performer's counts and latest deeds, fetched when first opened. */
export function historyBox(d: DeedDetail, host: RelatedHost): HTMLElement {
  const panel = h('div', { id: 'history', class: 'panel', hidden: true, 'aria-live': 'polite' });
  let loaded = false;
  const load = async (): Promise<void> => {
    loaded = true;
    fill(panel, h('p', { class: 'loading small' }, T.historyLoading));
    const res = await host.api.getHistory({ performerKey: d.performerKey });
    if (!host.isOpen()) return;
    if (!res.ok) {
      loaded = false;
      fill(panel, errorBox(res.error, MSG_SIDEBAR.common.retry, load));
      return;
    }
    const p = res.value[0];
    fill(
      panel,
      p
        ? [
            h('p', { class: 'small' }, h('strong', null, p.name), ' · ', historyCounts(p)),
            historyDeeds(p, (x) => host.openOther(x, T.backToDeed), HISTORY_IN_DETAIL),
          ]
        : h('p', { class: 'small muted' }, T.noHistory),
    );
  };
  return h(
    'div',
    { class: 'history' },
    panelButton(panel, T.history, { id: 'history-btn' }, () => void (loaded || load())),
    panel,
  );
}
