// The ladder's units: the table of accepted deeds and commendations per unit, and a chosen unit's performers
// with their deeds.
import type { ServerApi, UnitLadder } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import type { Promised } from './api';
import type { DeedRef } from './detail';
import { fill, h } from './dom';
import { historyCounts, historyDeeds } from './history';
import type { HistoryDeed } from './history';
import { errorBox } from './parts';

const T = MSG_SIDEBAR.units;

/** The units table's number columns: a short heading that fits 300 px, and what it stands for. */
const COLUMNS = [
  ['performers', T.columns.performers],
  ['accepted', T.columns.accepted],
  ['thuKhen', T.columns.thuKhen],
  ['giayKhen', T.columns.giayKhen],
  ['guongDienHinh', T.columns.guongDienHinh],
] as const;

export interface UnitsHost {
  api: Promised<ServerApi>;
  /** Opens a deed; `from` takes the focus back when the person returns. */
  openDeed(ref: DeedRef, from: HTMLElement): void;
}

export interface Units {
  /** The table. */
  units: HTMLElement;
  /** The chosen unit's performers. */
  people: HTMLElement;
  render(list: UnitLadder[]): void;
  /** After a rebuild: the chosen unit's performers (if it is still listed) load again. */
  reloadChosen(list: UnitLadder[]): void;
}

export function createUnits(host: UnitsHost): Units {
  let unit = '';
  const units = h('section', { 'aria-labelledby': 'h-units' });
  const peopleHead = h('h3', { id: 'h-people', tabindex: -1 });
  const peopleBody = h('div', { 'aria-live': 'polite' });
  const people = h('section', { id: 'people', 'aria-labelledby': 'h-people', hidden: true }, peopleHead, peopleBody);

  function render(list: UnitLadder[]): void {
    fill(
      units,
      h('h3', { id: 'h-units' }, T.heading),
      list.length === 0
        ? h('p', { class: 'empty' }, T.none)
        : [
            h(
              'table',
              { class: 'units' },
              h('caption', { class: 'vh' }, T.caption),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, T.unit),
                  COLUMNS.map(([, [short, full]]) =>
                    h(
                      'th',
                      { scope: 'col', class: 'n' },
                      h('span', { 'aria-hidden': 'true' }, short),
                      h('span', { class: 'vh' }, full),
                    ),
                  ),
                ),
              ),
              h('tbody', null, list.map(row)),
            ),
            h(
              'p',
              { class: 'small muted', 'aria-hidden': 'true' },
              COLUMNS.map(([, [short, full]]) => `${short}: ${full.toLowerCase()}`).join(' · '),
            ),
          ],
    );
  }

  function row(u: UnitLadder): HTMLElement {
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
            onclick: () => void choose(u),
          },
          u.name,
        ),
      ),
      COLUMNS.map(([key]) => h('td', { class: 'n' }, u[key])),
    );
  }

  /** Shows the unit's performers under the table, each opening to its deeds. */
  async function choose(u: UnitLadder): Promise<void> {
    unit = u.code;
    units.querySelectorAll<HTMLElement>('button.unit').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.code === u.code));
    });
    people.hidden = false;
    fill(peopleHead, T.people(u.name));
    fill(peopleBody, h('p', { class: 'loading small' }, MSG_SIDEBAR.common.loading));
    peopleHead.focus();
    const res = await host.api.getHistory({ unitCode: u.code });
    if (unit !== u.code) return; // another unit was chosen meanwhile
    if (!res.ok) {
      fill(
        peopleBody,
        errorBox(res.error, MSG_SIDEBAR.common.retry, () => choose(u)),
      );
      return;
    }
    const open = (d: HistoryDeed, from: HTMLElement) => host.openDeed({ id: d.id, title: d.title }, from);
    fill(
      peopleBody,
      res.value.length === 0
        ? h('p', { class: 'empty' }, T.noPeople)
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
    units,
    people,
    render,
    reloadChosen: (list) => {
      const chosen = list.find((u) => u.code === unit);
      if (chosen) void choose(chosen);
    },
  };
}
