// Browser tests of the real sidebar on the playground (local/playground): the built bundle on the emulated
// Apps Script runtime, seeded demo data, google.script.run bridged to POST /api/run, reviewer/outsider roles.
import type { Browser, Page } from 'playwright-core';
import { startPlayground } from '../../local/playground/server';
import { HOSTILE_TITLE } from '../../local/playground/seed';
import { MSG_REVIEW } from '../../src/ui/messages';
import { launch, openPage } from './browser';

let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let page: Page;
let errors: string[];
let foreign: string[];

beforeAll(async () => {
  playground = await startPlayground(0);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  playground?.close();
});
afterEach(async () => {
  if (!page) return; // the page never opened: the test's own failure says why
  expect(errors).toEqual([]); // no uncaught exception in the page
  expect(foreign).toEqual([]); // no CDN, no web font, nothing outside the page's own origin
  await page.context().close();
  page = undefined as unknown as Page;
});

async function setRole(role: 'reviewer' | 'outsider'): Promise<void> {
  const res = await fetch(`${playground.url}/role`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  expect(res.ok).toBe(true);
}

/** The sidebar's own page (what the playground shows in its 300 px iframe), at the sidebar's size. */
async function openSidebar(role: 'reviewer' | 'outsider'): Promise<void> {
  await setRole(role);
  ({ page, errors, foreign } = await openPage(browser, playground.url.replace('localhost', '127.0.0.1')));
  await page.goto(`${playground.url.replace('localhost', '127.0.0.1')}/sidebar/frame`);
  await page.locator('#range').waitFor();
}

const badges = () => page.locator('ul.deeds .badge').allTextContents();
const detailText = () => page.locator('main#detail').textContent();

describe('the sidebar on the playground', () => {
  test('filter by status, open a đột xuất deed, accept it, mark a Thư khen: the list and the Sheet follow', async () => {
    await openSidebar('reviewer');
    await page.locator('.counts button', { hasText: 'Mới' }).click();
    await page.locator('.counts button[aria-pressed="true"]', { hasText: 'Mới' }).waitFor();
    await page.locator('#list ul.deeds[aria-busy]').waitFor({ state: 'detached' });
    expect(new Set(await badges())).toEqual(new Set(['Mới']));

    // the first new deed that is đột xuất (Thư khen is for those only)
    const items = page.locator('button.item');
    const count = await items.count();
    let id: string | null = null;
    for (let i = 0; i < count && !id; i++) {
      const item = items.nth(i);
      const candidate = await item.getAttribute('data-id');
      await item.click();
      await page.locator('#deed-desc').waitFor();
      if ((await detailText())?.includes('Tính chấtĐột xuất')) id = candidate;
      else await page.getByRole('button', { name: '‹ Danh sách' }).click();
    }
    expect(id).not.toBeNull();

    await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    await page.getByRole('switch', { name: 'Thư khen' }).click();
    await page.locator('#slot-rec-thu_khen', { hasText: 'Đã chọn: Thư khen.' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Thư khen' }).getAttribute('aria-checked')).toBe('true');

    await page.getByRole('button', { name: '‹ Danh sách' }).click();
    const listed = page.locator(`button.item[data-id="${id}"]`);
    expect(await listed.locator('.badge').textContent()).toBe('Đã duyệt');
    expect(await listed.locator('.chip').allTextContents()).toContain('Thư khen');

    // the write reached the emulated Sheet
    const sheet = playground.pg.addOn.runtime.spreadsheet.getSheetByName('Việc tốt')!;
    const rows = sheet.getDataRange().getValues();
    const header = rows[0]!.map(String);
    const row = rows.find((r) => r[0] === id)!;
    expect(row[header.indexOf('Trạng thái')]).toBe('Đã duyệt');
    expect(row[header.indexOf('Thư khen')]).toBe(true);
  });

  test('the hostile submission is shown as text and its script never runs', async () => {
    await openSidebar('reviewer');
    await page.locator('#q').fill('cu ba qua duong'); // accent-insensitive search on the server
    const item = page.locator('button.item', { hasText: HOSTILE_TITLE });
    await item.waitFor();
    expect(await item.locator('.t').textContent()).toBe(HOSTILE_TITLE);
    await item.click();
    await page.locator('#deed-desc').waitFor();
    expect(await page.locator('#deed-desc').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('main#detail script, main#detail img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  test('an outsider sees the read-only banner, no action, and the server refuses a forced write', async () => {
    await openSidebar('outsider');
    try {
      expect(await page.locator('#readonly').textContent()).toContain('chế độ chỉ đọc');
      await page.locator('button.item').first().click();
      await page.locator('#deed-desc').waitFor();
      expect(await page.locator('#detail-readonly').isVisible()).toBe(true);
      expect(await page.locator('main#detail fieldset, main#detail textarea, main#detail select').count()).toBe(0);
      expect(await page.locator('main#detail button').allTextContents()).toEqual(['‹ Danh sách']);
      const id = await page.locator('button.item').first().getAttribute('data-id');
      const forced = await page.evaluate(
        (deedId) =>
          new Promise((resolve) => {
            const run = (window as unknown as { google: { script: { run: unknown } } }).google.script.run as {
              withSuccessHandler(h: (v: unknown) => void): { reviewDeed(a: unknown): void };
            };
            run.withSuccessHandler(resolve).reviewDeed({ id: deedId, version: 1, action: { kind: 'accept' } });
          }),
        id,
      );
      expect(forced).toEqual({ ok: false, code: 'forbidden', error: MSG_REVIEW.forbidden });
    } finally {
      await setRole('reviewer');
    }
  });
});
