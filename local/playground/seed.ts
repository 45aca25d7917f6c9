// Demo data for the playground: a month of realistic submissions, one hostile one, some already accepted.
import type { AddOn } from '../addon';
import { SAMPLE_UNITS, demoSubmission, rng } from '../demo';
import type { Keyed } from '../demo';
import { deliverSubmission, submitAnswers } from '../flows';

export const HOSTILE_TITLE = 'Giúp cụ bà qua đường <script>';

export function seedDemo(addOn: AddOn, count = 40): void {
  const random = rng(2026);
  const now = addOn.runtime.clock.now();
  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(random() * 26);
    const doneOn = new Date(now.getTime() - daysAgo * 86_400_000);
    submitAnswers(addOn, demoSubmission(random, SAMPLE_UNITS, doneOn));
  }
  const first: Keyed = demoSubmission(random, SAMPLE_UNITS, now);
  submitAnswers(addOn, {
    ...first,
    title: HOSTILE_TITLE,
    description:
      'Anh dắt cụ bà qua đường đông xe. <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">',
  });
  // Sent from an old copy of the form: Google Forms would refuse it today, so it arrives as a raw event.
  deliverSubmission(addOn, { ...first, title: 'Báo cáo thiếu thông tin', doneOn: '', unit: 'Chi bộ không có thật' });
}
