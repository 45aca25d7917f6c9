// A deed's recognitions in its detail: a switch per recognition; radio and bulletin carry a week or a month.
import { RECOGNITIONS } from '#shared/codes';
import type { Recognition } from '#shared/codes';
import type { DeedDetail, SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import type { ActionHost } from './actions';
import { h } from './dom';
import { monthsAround, viMonth, viWeek, weeksAround } from './format';

const T = MSG_SIDEBAR.recognitions;

/** A switch per recognition; radio and bulletin carry a period (week, month) that can be changed. */
export function recognition(d: DeedDetail, r: Recognition, accepted: boolean, host: ActionHost): HTMLElement {
  const on = d.recognitions.includes(r);
  const label = RECOGNITIONS[r];
  const radio = r === 'phat_thanh';
  const current = radio ? d.radioWeek : r === 'ban_tin' ? d.bulletinMonth : '';
  const shown = radio ? viWeek(current) : viMonth(current);
  const input = radio || r === 'ban_tin' ? periodSelect(r, current, host.side) : undefined;
  const mark = (turnOn: boolean, key: string) =>
    host.act(
      { kind: 'mark', recognition: r, on: turnOn, ...(input && turnOn ? { period: input.value } : {}) },
      `rec-${r}`,
      key,
      turnOn ? T.marked(label) : T.unmarked(label),
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
        h('label', { for: input.id, class: 'vh' }, radio ? T.radioWeek : T.bulletinMonth),
        input,
        on &&
          h(
            'button',
            { type: 'button', 'data-k': `period-${r}`, onclick: () => mark(true, `period-${r}`) },
            radio ? T.changeWeek : T.changeMonth,
          ),
      ),
    host.slot(`rec-${r}`),
  );
}

/** Weeks (radio) or months (bulletin) around the current one, in Vietnamese; the deed's own value stays listed. */
function periodSelect(r: 'phat_thanh' | 'ban_tin', current: string, side: SidebarState): HTMLSelectElement {
  const radio = r === 'phat_thanh';
  const now = radio ? side.currentWeek : side.currentMonth;
  const keys = radio ? weeksAround(now, 4, 8) : monthsAround(now, 3, 3);
  if (current && !keys.includes(current)) keys.unshift(current);
  const value = current || now;
  return h(
    'select',
    { id: `period-${r}` },
    keys.map((k) => h('option', { value: k, selected: k === value }, radio ? viWeek(k) : viMonth(k))),
  );
}
