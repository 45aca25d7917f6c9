// Screenshots of the seeded playground, once a reviewer has accepted the soup kitchen's Giấy khen and last month's
// report (with its PDF of drafts) has gone to leadership: the outbox, the «Khen thưởng» page, that Giấy khen's
// printable draft («DỰ THẢO», no decision yet) at A4 landscape (1123 × 794 px), and the real sidebar at 300 px
// showing its «Khen thưởng» view and the deed two units reported (a near-duplicate pair).
// `npm run build && npx tsx local/playground-screenshots.ts` writes docs/screenshots/playground-ladder.png,
// playground-sidebar.png, playground-duplicate.png, certificate-draft.png and playground-outbox.png.
import type { LadderView } from '#contract';
import { openPage } from '../tests/e2e/browser';
import { SEEDED_PAIR } from './demo';
import { callBridge } from './playground/client';
import { SOUP_KITCHEN } from './playground/seedLadder';
import { screenshotScript, shot } from './screenshots';

const DESK = { width: 1280, height: 900 };
const A4_LANDSCAPE = { width: 1123, height: 794 };
/** The pair the seed sends from two units (local/playground/seed.ts). */
const TWICE = SEEDED_PAIR;

screenshotScript(async (playground, browser) => {
  const { url } = playground;
  const ladder = await callBridge<LadderView>(url, 'getLadder');
  const giayKhen = ladder.suggestions.find((s) => s.kind === 'giay_khen' && s.performerName === SOUP_KITCHEN);
  if (!giayKhen) throw new Error('The seed has no Giấy khen suggestion for the soup kitchen');
  await callBridge(url, 'decideSuggestion', { key: giayKhen.key, accept: true });

  // The admin runs last month's summary from «Báo cáo» and answers «Có» to sending it (the PDF of drafts attached).
  const { page: desk, errors } = await openPage(browser, url, DESK);
  await desk.goto(`${url}/reports`);
  await desk.getByRole('button', { name: 'Chạy tổng hợp tháng' }).click();
  await desk.waitForURL(/\/sheet\?tab=/);
  await desk.goto(`${url}/outbox`);
  await desk.screenshot({ path: shot('playground-outbox.png'), fullPage: true });

  await desk.goto(`${url}/khen-thuong`);
  await desk.getByRole('button', { name: 'Tính lại' }).click();
  await desk.getByRole('status').waitFor();
  await desk.screenshot({ path: shot('playground-ladder.png'), fullPage: true });

  const { page: sheet, errors: sheetErrors } = await openPage(browser, url, A4_LANDSCAPE);
  const link = desk.locator('section', { hasText: 'Đề xuất đã xử lý' }).getByRole('link', { name: 'Bản in' });
  await sheet.goto(`${url}${await link.getAttribute('href')}`);
  await sheet.screenshot({ path: shot('certificate-draft.png') });

  // The same ladder in the real sidebar, at its 300 px, on the playground's «Bảng duyệt» page.
  await desk.goto(`${url}/sidebar`);
  const sidebar = desk.frameLocator('iframe');
  await sidebar.locator('#tab-ladder').click();
  await sidebar.locator('#ladder ul.cards li').first().waitFor();
  await desk.screenshot({ path: shot('playground-sidebar.png') });

  // The second report of the deed two units sent, with the link to the first.
  await sidebar.locator('#tab-list').click();
  await sidebar.locator('#q').fill(TWICE.b.title);
  await sidebar.locator('button.item', { hasText: TWICE.b.title }).click();
  await sidebar.locator('#dup-link:not([disabled])').waitFor();
  await sidebar.locator('#dup-link').scrollIntoViewIfNeeded();
  await desk.screenshot({ path: shot('playground-duplicate.png') });
  if (errors.length + sheetErrors.length > 0) throw new Error(`Errors in the pages: ${[...errors, ...sheetErrors]}`);
  return [
    'playground-ladder.png',
    'playground-sidebar.png',
    'playground-duplicate.png',
    'certificate-draft.png',
    'playground-outbox.png',
  ];
});
