// The playground's web form, rendered from the emulated Google Form that set-up built: sending it runs the
// bundle's real onFormSubmit, and the new row (or the «Cần bổ sung» entry) shows in the sheet view.
import type { Browser, Page } from 'playwright-core';
import { startPlayground } from '../../local/playground/server';
import { PHONE, browserAround, openPage } from './browser';

let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;

browserAround(
  () => startPlayground(0),
  (b, p) => ((browser = b), (playground = p)),
);

async function fill(page: Page, answers: Record<string, string>): Promise<void> {
  await page.goto(`${playground.url}/form`);
  await page.selectOption('select[name="Đơn vị"]', answers.unit!);
  await page.check(`input[type=radio][name="Người thực hiện là"][value="Cá nhân"]`);
  await page.fill('input[name="Họ tên cá nhân hoặc tên tập thể"]', answers.performer!);
  await page.fill('input[name="Tên việc tốt"]', answers.title!);
  await page.fill('textarea[name="Nội dung việc tốt"]', answers.description!);
  await page.check(`input[type=radio][name="Tính chất"][value="Đột xuất"]`);
  await page.fill('input[name="Ngày thực hiện"]', answers.doneOn!);
  await page.click('button[type=submit]');
}

it('a secretary on a phone sends a deed and it lands, categorised, in «Việc tốt»', async () => {
  const { page, errors } = await openPage(browser, playground.url, PHONE);
  await fill(page, {
    unit: 'Đảng bộ xã Phú Hòa Đông',
    performer: 'Lê Thị Mai',
    title: 'Nạo vét kênh mương nội đồng ấp 4',
    description: 'Chi đoàn ấp 4 ra quân nạo vét 300 m kênh thoát nước, thu gom rác thải, vệ sinh môi trường.',
    doneOn: '2026-11-25',
  });
  await page.waitForURL(/\/sheet\?tab=/);
  expect(await page.getByRole('status').innerText()).toBe('✔ Đã ghi nhận vào tab «Việc tốt».');
  const lastRow = await page.locator('table tr').last().innerText();
  expect(lastRow).toContain('Nạo vét kênh mương nội đồng ấp 4');
  expect(lastRow).toContain('Nước sạch, vệ sinh môi trường');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('a deed dated in the future is kept in «Cần bổ sung» with the reason', async () => {
  const { page } = await openPage(browser, playground.url, PHONE);
  await fill(page, {
    unit: 'Đảng bộ xã Phú Hòa Đông',
    performer: 'Lê Thị Mai',
    title: 'Trả lại ví nhặt được',
    description: 'Chị Mai nhặt được ví có 2 triệu đồng ở chợ, đã trả lại cho người đánh rơi.',
    doneOn: '2027-01-05',
  });
  await page.waitForURL(/tab=C%E1%BA%A7n/);
  expect(await page.getByRole('status').innerText()).toContain('ở tương lai');
  expect(await page.locator('table tr').last().innerText()).toContain('Trả lại ví nhặt được');
  await page.context().close();
});
