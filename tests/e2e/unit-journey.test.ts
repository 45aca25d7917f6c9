// A unit's report from refusal to acceptance, and edited after it, walked in the browser on the playground: the form
// refuses a future date and mails the edit link; the unit fixes the same response; the reviewer accepts it in the
// sidebar; the unit edits it again through the same link, and the deed — the same one, not a second — is back in
// «Cần duyệt lại» until the reviewer accepts it again; the Sheet shows its week and «Nhật ký» in words. SCREENSHOTS=1 writes docs/screenshots/journey-*.png.
import type { Browser, Page } from 'playwright-core';
import { AUDIT, DEED } from '../../src/domain/tabs';
import { startPlayground } from '../../local/playground/server';
import { SIDEBAR, browserAround, closeChecked, docShot, openPage } from './browser';
import { fillForm, sendWithDate } from './formPage';

const PHONE_390 = { width: 390, height: 844 };
const TITLE = 'Trả lại ví nhặt được ở chợ Phú Hòa Đông';
let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;
const opened: Awaited<ReturnType<typeof openPage>>[] = [];

browserAround(
  () => startPlayground(0),
  (b, p) => ((browser = b), (playground = p)),
);
afterAll(async () => {
  for (const o of opened) await closeChecked(o);
});

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const o = await openPage(browser, playground.url, viewport);
  opened.push(o);
  return o.page;
}

/** The deed in the reviewer's sidebar: opened from the month's list. */
async function openInSidebar(page: Page): Promise<void> {
  await page.goto(`${playground.url}/sidebar/frame`);
  await page.locator('#range').waitFor();
  await page.locator('button.item', { hasText: TITLE }).click();
  await page.locator('#deed-title', { hasText: TITLE }).waitFor();
}

const deedRows = () =>
  playground.pg.addOn.runtime.spreadsheet
    .getSheetByName(DEED.name)!
    .getDataRange()
    .getValues()
    .filter((r) => String(r[DEED.col.title]).startsWith('Trả lại ví nhặt được'));

test('refused → fixed through the edit link → accepted → edited again → reviewed again, one deed throughout', async () => {
  const unit = await open(PHONE_390);
  await fillForm(unit, playground.url, {
    unit: 'Đảng bộ xã Phú Hòa Đông',
    performer: 'Lê Thị Mai',
    title: TITLE,
    description: 'Chị Mai nhặt được ví có 2 triệu đồng, đã trả lại người đánh rơi.',
    doneOn: '2027-01-05',
  });
  await unit.waitForURL(/\/form\/sent$/);
  const refusal = unit.locator('article', { hasText: 'bị trả lại' }).first();
  expect(await refusal.innerText()).toContain('ở tương lai');
  await docShot(refusal, 'journey-1-refused');
  const editLink = new URL((await refusal.getByRole('link').getAttribute('href'))!, playground.url).href;

  await unit.goto(editLink);
  const { receipt, id } = await sendWithDate(unit, '2026-11-26');
  await docShot(receipt, 'journey-2-recorded');

  const reviewer = await open(SIDEBAR);
  await openInSidebar(reviewer);
  await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await reviewer.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
  await docShot(reviewer, 'journey-3-accepted');

  // Weeks later the unit corrects the title through the same link: the same deed, back to review.
  await unit.goto(editLink);
  await unit.fill('input[name="Tên việc tốt"]', `${TITLE} (sửa tên người nhận)`);
  await unit.click('button[type=submit]');
  await unit.waitForURL(/\/form\/sent$/);
  const updated = unit.locator('article', { hasText: 'Đã cập nhật báo cáo' }).first();
  expect(await updated.innerText()).toContain(id);
  expect(await updated.innerText()).toContain('duyệt lại');
  await docShot(updated, 'journey-4-updated');
  expect(deedRows().map((r) => [r[DEED.col.id], r[DEED.col.status]])).toEqual([[id, 'Cần duyệt lại']]);

  await openInSidebar(reviewer);
  expect(await reviewer.locator('main#detail .badge').textContent()).toBe('Cần duyệt lại');
  const detail = (await reviewer.locator('main#detail').textContent())!;
  expect(detail).toContain('Đã sửa sau khi duyệt');
  expect(detail).toContain('«đơn vị sửa qua biểu mẫu» ở tab «Nhật ký»');
  expect(detail).not.toMatch(/form_edit|hand_edit|\d{4}-W\d{2}/);
  await docShot(reviewer, 'journey-5-review-again');
  await reviewer.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await reviewer.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
  expect(deedRows().map((r) => [r[DEED.col.id], r[DEED.col.status], r[DEED.col.title]])).toEqual([
    [id, 'Đã duyệt', `${TITLE} (sửa tên người nhận)`],
  ]);

  // What a person reads in the Sheet: the deed's day as dd/MM/yyyy and its month, «Nhật ký»'s actions in words, no code.
  const sheet = await open({ width: 1280, height: 720 });
  await sheet.goto(`${playground.url}/sheet?tab=${encodeURIComponent(DEED.name)}`);
  expect(await sheet.locator('tr', { hasText: id }).textContent()).toContain('26/11/20262026-11');
  await sheet.goto(`${playground.url}/sheet?tab=${encodeURIComponent(AUDIT.name)}`);
  const rows = sheet.locator('tr', { hasText: id });
  const actions = await rows.allTextContents();
  expect(actions.some((a) => a.includes('đơn vị sửa qua biểu mẫu'))).toBe(true);
  expect(actions.filter((a) => /form_edit|hand_edit|\baccept\b|\d{4}-W\d{2}/.test(a))).toEqual([]);
  await rows.last().scrollIntoViewIfNeeded();
  await docShot(sheet, 'journey-6-sheet-log');
});
