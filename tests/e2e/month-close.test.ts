// A month that closes properly, walked in the browser on the playground: the admin asks for the month before it is
// over and gets a draft «Tạm tính đến …»; time passes on /reports and the daily trigger sends the final on the
// closing day (1st + 3 grace days); a report of that month arriving later reaches leadership in the next month's
// email as «Bổ sung tháng trước».
import type { Page } from 'playwright-core';
import { submitAnswers } from '../../local/flows';
import { SAMPLE_UNITS, demoSubmission, rng } from '../../local/demo';
import { docShot, playgroundAround } from './browser';

const env = playgroundAround();

const flash = (page: Page) => page.locator('main').first().textContent();
/** The subjects of the emails sent to leadership, newest first, as /outbox lists them. */
async function leadershipSubjects(page: Page): Promise<string[]> {
  await page.goto(`${env.playground.url}/outbox`);
  const subjects = await page.locator('article h3').allTextContents();
  return subjects.filter((s) => s.includes('Tổng hợp tháng'));
}

const LONG_STEP_MS = 150_000;

async function letTimePass(page: Page, until: string): Promise<string> {
  await page.goto(`${env.playground.url}/reports`);
  await page.locator('input[name="until"]').fill(until);
  // A month of triggers (an hourly sweep, daily jobs…) each running a fresh script: slow on a loaded machine, so
  // this step waits longer than the page's default; no time is asserted.
  await page.getByRole('button', { name: 'Chạy các trigger đến lúc đó' }).click({ timeout: LONG_STEP_MS });
  await page.waitForURL(/\/reports$/, { timeout: LONG_STEP_MS });
  return (await flash(page)) ?? '';
}

describe('a month on the playground', () => {
  test('draft on 27/11, final on the closing day 04/12, a late report in December’s email', async () => {
    const { page } = await env.open({ width: 1100, height: 900 });
    await page.goto(`${env.playground.url}/reports`);
    await page.locator('input[name="month"]').fill('2026-11');
    await page.getByRole('button', { name: 'Chạy tổng hợp tháng' }).click();
    await page.waitForURL(/\/sheet\?tab=/);
    expect(await page.locator('body').textContent()).toContain('TẠM TÍNH đến 27/11/2026');
    await docShot(page, 'journey-month-1-draft');
    expect(await leadershipSubjects(page)).toEqual([
      expect.stringMatching(/^\[Tạm tính đến 27\/11\/2026\] \[Việc tốt\] Tổng hợp tháng 11\/2026: /),
    ]);

    expect(await letTimePass(page, '2026-12-03T23:00')).toMatch(/monthlyReport ×6/);
    expect(await leadershipSubjects(page)).toHaveLength(1); // nothing before the closing day
    expect(await letTimePass(page, '2026-12-04T07:00')).toMatch(/monthlyReport ×1/);
    const [final] = await leadershipSubjects(page);
    expect(final).toMatch(/^\[Việc tốt\] Tổng hợp tháng 11\/2026: \d+ việc tốt/);
    await docShot(page, 'journey-month-2-final');

    // A report of 25/11 sent on 10/12: after November's final, so it goes with December's.
    await letTimePass(page, '2026-12-10T09:00');
    const late = {
      ...demoSubmission(rng(7), SAMPLE_UNITS, new Date('2026-11-25T03:00:00Z')),
      title: 'Báo cáo muộn của tháng 11',
    };
    expect(submitAnswers(env.playground.pg.addOn, late).status).toBe('stored');
    await letTimePass(page, '2027-01-04T07:00');
    const [december] = await leadershipSubjects(page);
    expect(december).toMatch(/^\[Việc tốt\] Tổng hợp tháng 12\/2026: /);
    const mail = page.locator('article', { has: page.locator('h3', { hasText: 'Tổng hợp tháng 12/2026' }) });
    const body = await mail.first().locator('iframe').getAttribute('srcdoc');
    expect(body).toContain('Bổ sung tháng trước (sau thư ngày 04/12/2026 06:00)');
    expect(body).toContain('Báo cáo muộn tháng 11/2026: Báo cáo muộn của tháng 11');
    const section = mail.first().frameLocator('iframe').getByText('Bổ sung tháng trước', { exact: false }).first();
    await section.evaluate((el) => el.scrollIntoView()); // the email as seen, at its «Bổ sung tháng trước»
    await section.waitFor({ state: 'visible' });
    await docShot(mail.first(), 'journey-month-3-late');
  }, 600_000);
});
