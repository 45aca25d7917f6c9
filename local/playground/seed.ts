// Demo data for the playground: a month of realistic submissions, one hostile one, one deed reported by two units,
// a reviewer's media picks among this week's deeds (radio, flag ceremony, bulletin) for the «Bản tin» page, and the
// commendation ladder's performers (seedLadder.ts) for the «Khen thưởng» page.
import { isoWeekKey, parseLocalDate } from '../../src/domain/calendar';
import type { Recognition } from '../../src/shared/codes';
import type { AddOn } from '../addon';
import { SAMPLE_UNITS, SEEDED_PAIR, demoSubmission, rng } from '../demo';
import type { Keyed } from '../demo';
import { deliverSubmission, submitAnswers } from '../flows';
import { acceptAndMark, seedLadder } from './seedLadder';

export const HOSTILE_TITLE = 'Giúp cụ bà qua đường <script>';

export function seedDemo(addOn: AddOn, count = 40): void {
  const random = rng(2026);
  const now = addOn.runtime.clock.now();
  const weekOf = (day = '') => {
    const d = parseLocalDate(day);
    return d ? isoWeekKey(d) : '';
  };
  const currentWeek = weekOf(now.toISOString().slice(0, 10)); // the day as the demo's date picker answers it
  const thisWeek: string[] = [];
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(random() * 26);
    const doneOn = new Date(now.getTime() - daysAgo * 86_400_000);
    const keyed = demoSubmission(random, SAMPLE_UNITS, doneOn);
    const { id } = submitAnswers(addOn, keyed);
    if (id && weekOf(keyed.doneOn) === currentWeek) thisWeek.push(id);
  }
  pickForMedia(addOn, thisWeek);
  reportedTwice(addOn, now);
  const first: Keyed = demoSubmission(random, SAMPLE_UNITS, now);
  submitAnswers(addOn, {
    ...first,
    title: HOSTILE_TITLE,
    description:
      'Anh dắt cụ bà qua đường đông xe. <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">',
  });
  // Sent from an old copy of the form: Google Forms would refuse it today, so it arrives as a raw event.
  deliverSubmission(addOn, { ...first, title: 'Báo cáo thiếu thông tin', doneOn: '', unit: 'Chi bộ không có thật' });
  seedLadder(addOn, now);
}

/** One deed reported by two units in their own words (a labelled pair): the sidebar marks the second. */
function reportedTwice(addOn: AddOn, now: Date): void {
  const pair = SEEDED_PAIR;
  const random = rng(7);
  [pair.a, pair.b].forEach((side, i) => {
    const doneOn = new Date(now.getTime() - (2 - i) * 86_400_000);
    const keyed = demoSubmission(random, SAMPLE_UNITS, doneOn);
    const { unitName: unit, title, description, place, beneficiaries, performer: performerName } = side;
    submitAnswers(addOn, { ...keyed, unit, title, description, place, beneficiaries, performerName });
  });
}

/** What a reviewer marks in the sidebar: three of this week's deeds accepted, then picked for the media. */
function pickForMedia(addOn: AddOn, ids: readonly string[]): void {
  const picks: Recognition[][] = [
    ['phat_thanh', 'chuyen_duoi_co', 'ban_tin'],
    ['phat_thanh', 'ban_tin'],
    ['chuyen_duoi_co'],
  ];
  ids.slice(0, picks.length).forEach((id, i) => acceptAndMark(addOn, id, picks[i]));
}
