// The sidebar's header: who is signed in and in which role, and the banners (read-only, mail budget, settings
// errors, refused submissions waiting for their unit, this week's radio target).
import type { SidebarState } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { fill, h } from './dom';
import { viWeek } from './format';

const T = MSG_SIDEBAR.header;

export function renderHeader(header: HTMLElement, s: SidebarState): void {
  const { week, picks, target } = s.radio;
  const short = Math.max(0, target - picks);
  fill(
    header,
    h(
      'div',
      { class: 'who' },
      h('span', null, T.you, h('strong', null, s.user || T.unknownUser)),
      h('span', { class: 'role' }, s.canEdit ? T.reviewer : T.viewer),
    ),
    !s.canEdit && h('p', { class: 'banner', id: 'readonly', role: 'note' }, s.readOnlyReason || T.readOnly),
    s.mail &&
      h(
        'p',
        { class: s.mail.failed + s.mail.uncertain > 0 ? 'banner warn' : 'banner ok', id: 'mail' },
        T.mailBudget(s.mail.remaining, s.mail.queued, s.mail.failed) +
          (s.mail.uncertain > 0 ? T.mailUncertain(s.mail.uncertain) : ''),
      ),
    s.settingsErrors.length > 0 &&
      h(
        'div',
        { class: 'banner warn', role: 'note' },
        h('strong', null, T.settingsErrors),
        h(
          'ul',
          null,
          s.settingsErrors.map((e) => h('li', null, e)),
        ),
      ),
    s.refused > 0 && h('p', { class: 'banner', id: 'refused', role: 'note' }, T.refused(s.refused)),
    h(
      'p',
      { class: short > 0 ? 'banner warn' : 'banner ok', id: 'radio' },
      h('strong', null, T.radio(picks, target)),
      h('br'),
      h('span', { class: 'small' }, viWeek(week), short > 0 ? T.radioShort(short) : T.radioMet),
    ),
  );
}
