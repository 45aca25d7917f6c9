// Screenshot of «Kiểm tra hệ thống» as an admin sees its result: the playground's «Báo cáo» page runs the menu item,
// then the tab «Kiểm tra» (one row a probe, the JSON block below). `npm run build && npx tsx
// local/selfcheck-screenshot.ts` writes docs/screenshots/self-check.png.
import { openPage } from '../tests/e2e/browser';
import { screenshotScript, shot } from './screenshots';

screenshotScript(async (playground, browser) => {
  const { url } = playground;
  const { page, errors } = await openPage(browser, url, { width: 1280, height: 900 });
  await page.goto(`${url}/reports`);
  await page.getByRole('button', { name: 'Kiểm tra hệ thống' }).click();
  await page.waitForURL(/\/sheet\?tab=/);
  await page.getByRole('status').waitFor();
  await page.screenshot({ path: shot('self-check.png'), fullPage: true });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return ['self-check.png'];
});
