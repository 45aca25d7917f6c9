// A performer's record from «Hồ sơ khen thưởng» (counts, then deeds newest first), shown in the ladder and in a deed.
import { PERFORMER_KINDS } from '#shared/codes';
import type { PerformerHistory } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { h } from './dom';
import type { Child } from './dom';
import { viDate } from './format';
import { chips } from './parts';

const T = MSG_SIDEBAR.history;

export type HistoryDeed = PerformerHistory['deeds'][number];

/** "Cá nhân · 5 việc tốt đã duyệt · Giấy khen 1 · Giới thiệu 2": only the counts that are not zero. */
export function historyCounts(p: PerformerHistory): string {
  return [
    PERFORMER_KINDS[p.kind],
    T.accepted(p.accepted),
    p.thuKhen > 0 && T.thuKhen(p.thuKhen),
    p.giayKhen > 0 && T.giayKhen(p.giayKhen),
    p.guongDienHinh > 0 && T.guongDienHinh(p.guongDienHinh),
    p.media > 0 && T.media(p.media),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The performer's deeds (at most `limit`), each a button that opens it; says how many more there are. */
export function historyDeeds(
  p: PerformerHistory,
  open: (deed: HistoryDeed, button: HTMLElement) => void,
  limit = p.deeds.length,
): Child {
  const shown = p.deeds.slice(0, limit);
  return [
    h(
      'ul',
      { class: 'hist', 'aria-label': T.deedsOf(p.name) },
      shown.map((d) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: 'hist-item',
              'data-id': d.id,
              onclick: (e) => open(d, e.currentTarget as HTMLElement),
            },
            h('span', { class: 'm' }, viDate(d.doneOn)),
            h('span', { class: 't' }, d.title || MSG_SIDEBAR.common.untitled),
            d.recognitions.length > 0 && h('span', { class: 'tags' }, chips(d.recognitions)),
          ),
        ),
      ),
    ),
    p.accepted > shown.length && h('p', { class: 'small muted' }, T.latest(shown.length, p.accepted)),
  ];
}
