// The playground's web form as a unit's clerk uses it: fill in a report and send it; read the id from the receipt.
import type { Page } from 'playwright-core';

export interface Answers {
  unit: string;
  performer: string;
  title: string;
  description: string;
  doneOn: string;
}

/** Opens the form, answers the required questions (a person, «Đột xuất») and sends it. */
export async function fillForm(page: Page, baseUrl: string, answers: Answers): Promise<void> {
  await page.goto(`${baseUrl}/form`);
  await page.selectOption('select[name="Đơn vị"]', answers.unit);
  await page.check(`input[type=radio][name="Người thực hiện là"][value="Cá nhân"]`);
  await page.fill('input[name="Họ tên cá nhân hoặc tên tập thể"]', answers.performer);
  await page.fill('input[name="Tên việc tốt"]', answers.title);
  await page.fill('textarea[name="Nội dung việc tốt"]', answers.description);
  await page.check(`input[type=radio][name="Tính chất"][value="Đột xuất"]`);
  await page.fill('input[name="Ngày thực hiện"]', answers.doneOn);
  await page.click('button[type=submit]');
}

/** On the reopened response: a new date, sent; the receipt that comes back, and the id it gives. */
export async function sendWithDate(page: Page, doneOn: string) {
  await page.fill('input[name="Ngày thực hiện"]', doneOn);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/form\/sent$/);
  const receipt = page.locator('article', { hasText: 'Đã nhận báo cáo' }).first();
  const id = /Mã báo cáo: (VT-\w+)/.exec(await receipt.innerText())?.[1];
  expect(id).toBeDefined();
  return { receipt, id: id! };
}
