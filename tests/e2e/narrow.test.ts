// Every page of the playground is usable on a 390 px phone (issue 14: /khen-thuong was 519 px wide): no page scrolls
// sideways; a wide table scrolls inside its own box.
import type { Browser } from 'playwright-core';
import { startPlayground } from '../../local/playground/server';
import { browserAround, openPage } from './browser';

let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;

browserAround(
  () => startPlayground(0),
  (b, p) => ((browser = b), (playground = p)),
);

const PAGES = ['/sheet', '/form', '/sidebar', '/reports', '/ban-tin', '/khen-thuong', '/outbox'];

it('no page is wider than a 390 px phone', async () => {
  const { page, errors } = await openPage(browser, playground.url, { width: 390, height: 844 });
  const wide: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${playground.url}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});
