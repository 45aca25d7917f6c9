// The unit's journey in the playground's web form, rendered from the emulated Google Form that set-up built: sending
// it runs the bundle's real onFormSubmit; the form says the report was sent, the email says what became of it, and a
// refused report is fixed through its own response's edit link. SCREENSHOTS=1 writes docs/screenshots/form-*.png.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FORM_CONFIRMATION } from '../../src/domain/form';
import { NEEDS_FIX } from '../../src/domain/tabs';
import { startPlayground } from '../../local/playground/server';
import { PHONE, browserAround, openPage } from './browser';
import { fillForm, sendWithDate } from './formPage';
import type { Answers } from './formPage';

/** A 390 px phone (iPhone 12–15), the width the issue measured the pages at. */
const PHONE_390 = { width: 390, height: 844 };
let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;

browserAround(
  () => startPlayground(0),
  (b, p) => ((browser = b), (playground = p)),
);

const fill = (page: Page, answers: Answers) => fillForm(page, playground.url, answers);

/** The page has no sideways scroll at this width. */
async function fitsWidth(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

/** docs/screenshots/form-NAME.png, only when SCREENSHOTS=1 (a test run leaves the work tree clean). */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(__dirname, `../../docs/screenshots/form-${name}.png`), fullPage: true });
}

it('a secretary on a phone sends a deed: the form says it was sent, the receipt email says it was recorded', async () => {
  const { page, errors } = await openPage(browser, playground.url, PHONE);
  await fill(page, {
    unit: 'Đảng bộ xã Phú Hòa Đông',
    performer: 'Lê Thị Mai',
    title: 'Nạo vét kênh mương nội đồng ấp 4',
    description: 'Chi đoàn ấp 4 ra quân nạo vét 300 m kênh thoát nước, thu gom rác thải, vệ sinh môi trường.',
    doneOn: '2026-11-25',
  });
  await page.waitForURL(/\/form\/sent$/);
  expect(await page.getByRole('status').innerText()).toBe(FORM_CONFIRMATION);
  const receipt = page.locator('article', { hasText: 'Đã nhận báo cáo' }).first();
  expect(await receipt.innerText()).toContain('Nước sạch, vệ sinh môi trường');
  await page.goto(`${playground.url}/sheet`);
  const lastRow = await page.locator('table tr').last().innerText();
  expect(lastRow).toContain('Nạo vét kênh mương nội đồng ấp 4');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('a refused report is fixed through the link in its email: the same response, recorded, its row closed', async () => {
  const { page, errors } = await openPage(browser, playground.url, PHONE_390);
  await fill(page, {
    unit: 'Đảng bộ xã Phú Hòa Đông',
    performer: 'Lê Thị Mai',
    title: 'Trả lại ví nhặt được',
    description: 'Chị Mai nhặt được ví có 2 triệu đồng ở chợ, đã trả lại cho người đánh rơi.',
    doneOn: '2027-01-05',
  });
  await page.waitForURL(/\/form\/sent$/);
  expect(await page.getByRole('status').innerText()).toBe(FORM_CONFIRMATION);
  const refusal = page.locator('article', { hasText: 'bị trả lại' }).first();
  expect(await refusal.innerText()).toContain('ở tương lai');
  await fitsWidth(page);
  await shoot(page, 'refused-email');
  await refusal.getByRole('link').click();

  // The form reopens with the answers sent, to fix only the date.
  await page.waitForURL(/\/form\?edit2=/);
  expect(await page.inputValue('input[name="Tên việc tốt"]')).toBe('Trả lại ví nhặt được');
  expect(await page.inputValue('input[name="Ngày thực hiện"]')).toBe('2027-01-05');
  await fitsWidth(page);
  await shoot(page, 'edit-response');
  const { id } = await sendWithDate(page, '2026-11-26');

  await page.goto(`${playground.url}/sheet?tab=${encodeURIComponent(NEEDS_FIX.name)}`);
  expect(await page.locator('table tr', { hasText: 'Trả lại ví nhặt được' }).innerText()).toContain(
    `Đã sửa: ghi nhận ${id}`,
  );
  await page.goto(`${playground.url}/sheet`);
  expect(await page.locator('table tr', { hasText: 'Trả lại ví nhặt được' }).count()).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('a question Google Forms itself refuses keeps every answer and says why in Vietnamese', async () => {
  const { page } = await openPage(browser, playground.url, PHONE);
  await page.goto(`${playground.url}/form`);
  await page.fill('input[name="Tên việc tốt"]', 'Dọn rác bờ kênh');
  // The browser would stop at the first required field: sent as a page built by hand would send it.
  await page.evaluate(() => document.querySelectorAll('[required]').forEach((e) => e.removeAttribute('required')));
  await page.click('button[type=submit]');
  await page.waitForURL(/\/form$/);
  expect(await page.getByRole('status').innerText()).toMatch(/^Câu «.+» là bắt buộc/);
  expect(await page.inputValue('input[name="Tên việc tốt"]')).toBe('Dọn rác bờ kênh');
  await page.context().close();
});

it('the form shows only the page of fields the unit’s type leads to, as Forms does', async () => {
  const { page, errors } = await openPage(browser, playground.url, PHONE);
  await page.goto(`${playground.url}/form`);
  const typePages = page.locator('section[data-page]');
  expect(await typePages.count()).toBeGreaterThan(1); // one page per loại hình
  expect(await page.locator('section[data-page]:visible').count()).toBe(0); // no unit chosen yet
  await page.selectOption('select[name="Đơn vị"]', 'Đảng bộ xã Phú Hòa Đông');
  const shown = page.locator('section[data-page]:visible');
  expect(await shown.count()).toBe(1);
  expect(await shown.locator('h2').innerText()).toContain('xã');
  // The other pages' questions are neither required nor sent.
  expect(
    await page.locator('section[data-page][hidden] select:enabled, section[data-page][hidden] input:enabled').count(),
  ).toBe(0);
  await shoot(page, 'unit-page');
  expect(errors).toEqual([]);
  await page.context().close();
});
