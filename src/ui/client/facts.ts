// What a deed says of itself, in a deed's detail: its submitted facts and the categoriser's field and reason.
import { FIELDS, NATURES, PERFORMER_KINDS, PROPOSALS, UNIT_TYPES } from '#shared/codes';
import type { DeedDetail } from '#contract';
import { MSG_SIDEBAR } from '#shared/clientMessages';
import { h, safeLink } from './dom';
import type { Child } from './dom';
import { viDate, viDateTime, viWeek } from './format';

const T = MSG_SIDEBAR.facts;

function fact(label: string, value: Child): Child {
  if (value === '' || value === false || value === null || value === undefined) return null;
  return [h('dt', null, label), h('dd', null, value)];
}

export function facts(d: DeedDetail): HTMLElement {
  const nature = NATURES[d.nature] + (d.startDate ? T.since(viDate(d.startDate)) : '');
  const contact = [d.email, d.phone].filter(Boolean).join(' · ');
  return h(
    'dl',
    { class: 'facts' },
    fact(T.id, d.id),
    fact(T.unit, [
      d.unitName,
      h('br'),
      h('span', { class: 'small muted' }, d.unitType ? UNIT_TYPES[d.unitType] : T.unknownUnitType),
    ]),
    fact(T.performer, [
      d.performerName,
      h('br'),
      h(
        'span',
        { class: 'small muted' },
        [PERFORMER_KINDS[d.performerKind], d.performerRole].filter(Boolean).join(' · '),
      ),
    ]),
    fact(T.doneOn, [viDate(d.doneOn), h('br'), h('span', { class: 'small muted' }, viWeek(d.week))]),
    fact(T.nature, nature),
    fact(T.place, d.place),
    fact(T.beneficiaries, d.beneficiaries),
    fact(T.evidence, d.evidence && safeLink(d.evidence)),
    fact(T.proposal, d.proposal !== 'none' && PROPOSALS[d.proposal]),
    fact(T.contact, contact),
    fact(T.receivedAt, viDateTime(d.receivedAt)),
    fact(T.reviewer, d.reviewer && [d.reviewer, d.reviewedAt ? ` · ${viDateTime(d.reviewedAt)}` : '']),
  );
}

/** «Phân loại tự động»: the field, the one the unit chose, the confidence and the reason. */
export function categorised(d: DeedDetail): Child {
  return [
    h('h3', null, T.categorised),
    h(
      'dl',
      { class: 'facts' },
      fact(T.field, FIELDS[d.field]),
      fact(T.submittedField, d.submittedField ? FIELDS[d.submittedField] : T.noField),
      fact(T.confidence, `${Math.round(d.confidence * 100)}%`),
    ),
    d.fieldReason && h('p', { class: 'reason' }, MSG_SIDEBAR.common.reason, d.fieldReason),
    d.flagged &&
      h(
        'p',
        { class: 'banner warn small' },
        d.submittedField ? MSG_SIDEBAR.common.flagDiffers : MSG_SIDEBAR.common.flagUnsure,
        T.checkField,
      ),
  ];
}
