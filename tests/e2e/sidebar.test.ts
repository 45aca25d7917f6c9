// Browser tests of the reviewers' sidebar (dist/Sidebar.html) in headless Chromium at 300 px, served by the playground
// (the real bundle on the emulated runtime) with fixtures.ts seeded through the bundle, fresh for each test (seeded.ts):
// filters, review actions, errors, injected markup shown as text, read-only outsiders, layout, and the «Khen thưởng»
// view with the deeds' records and decisions. SCREENSHOTS=1 also writes docs/screenshots/sidebar-*.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ALL_MONTHS } from '#contract';
import type { LadderView, Result } from '#contract';
import { ADMIN, OUTSIDER, REVIEWER } from '../../local/flows';
import { MSG_SIDEBAR } from '../../src/shared/clientMessages';
import * as MSG_LADDER from '../../src/shared/messages/ladder';
import * as MSG_REVIEW from '../../src/shared/messages/review';
import * as MSG_SUGGESTION from '../../src/shared/messages/suggestion';
import { PHONE, SIDEBAR, browserAround, closeChecked, openPage, screenshot } from './browser';
import {
  DUPLICATE_EARLIER,
  DUPLICATE_LATER,
  GIAY_KHEN_UNDECIDED,
  THU_KHEN_DECIDED,
  XSS_DESCRIPTION,
  XSS_EVIDENCE,
  XSS_TITLE,
  deedOf,
  editCell,
  reviewAs,
} from './fixtures';
import { startSeeded, watchCalls } from './seeded';
import type { Calls, Role, Seeded } from './seeded';
import { DEED, SETTINGS } from '../../src/domain/tabs';

let browser: Browser;
let server: Seeded;
let page: Page;
let errors: string[];
let foreign: string[];
let calls: Calls;

browserAround(startSeeded, (b, s) => ((browser = b), (server = s)));
beforeEach(() => server.reset());
afterEach(async () => {
  await closeChecked(page && { page, errors, foreign });
  page = undefined as unknown as Page;
});

/** The sidebar's page as the playground serves it (its 300 px iframe), as the reviewer or an outsider. */
async function open(role: Role = 'reviewer', viewport = SIDEBAR): Promise<void> {
  server.setRole(role);
  ({ page, errors, foreign } = await openPage(browser, server.url, viewport));
  calls = await watchCalls(page);
  await page.goto(`${server.url}/sidebar/frame`);
  await page.locator('#range').waitFor();
}

/** A fixture deed as the bundle now holds it. */
const deed = (title: string) => deedOf(server.pg.addOn, server.ids[title]!);
const range = (text: string) => page.locator('#range', { hasText: text }).waitFor();
const item = (title: string) => page.locator('button.item', { hasText: title });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const switchFor = (name: string) => page.getByRole('switch', { name });
const texts = (selector: string) => page.locator(selector).allTextContents();
const lastList = () => [...calls.list].reverse().find((c) => c.fn === 'listDeeds')?.args[0] as { filter: object };
const reviewCalls = () => calls.list.filter((c) => c.fn === 'reviewDeed').length;
/** Another reviewer saves a note on the deed meanwhile: its version moves on. */
const touch = (title: string) => reviewAs(server.pg.addOn, deed(title), { kind: 'note', note: 'Đã xem.' }, ADMIN);

async function openDeed(title: string): Promise<void> {
  await item(title).click();
  await page.locator('#deed-title', { hasText: title }).waitFor();
  await page.locator('#deed-desc').waitFor();
}

async function noHorizontalScroll(): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

describe('list and filters', () => {
  test('shows the month, the radio target, counts per status and the first page', async () => {
    await open();
    await range('1–20 / 27');
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat'); // standards mode
    expect(await page.locator('#radio').textContent()).toContain('Phát thanh: 1/2 mô hìnhTuần 48 (23/11–29/11)');
    expect(await page.locator('#radio').getAttribute('class')).toContain('warn');
    expect(await page.locator('header').textContent()).toContain(REVIEWER);
    expect(await page.locator('#readonly').count()).toBe(0);
    expect(await page.locator('.counts button').allTextContents()).toEqual([
      'Tất cả 27',
      'Mới 17',
      'Đã duyệt 7',
      'Cần bổ sung 1',
      'Từ chối 1',
      'Cần duyệt lại 1',
    ]);
    expect(await page.locator('ul.deeds > li').count()).toBe(20);
    const first = item('Đưa người lạc đường về nhà');
    expect(await first.count()).toBe(0); // on page 2: newest first
    const top = await page.locator('button.item').nth(1).textContent();
    expect(top).toContain('Giúp bà cụ neo đơn sửa mái nhà dột');
    expect(top).toContain('Đảng bộ xã An Phú');
    expect(top).toContain('Nguyễn Văn An · 26/11/2026');
    expect(top).toContain('Chăm lo gia đình chính sách, hộ nghèo, người khó khăn');
    expect(await item('Tiếp công dân ngoài giờ hành chính').locator('.flag').count()).toBe(1);
    expect(await item('Cứu người đuối nước').locator('.chip').allTextContents()).toEqual([
      'Gương điển hình',
      'Chuyện kể dưới cờ',
    ]);
    await noHorizontalScroll();
    await screenshot(page, 'list');
  });

  test('a flagged deed says why in its detail; the list’s mark only says to look again', async () => {
    await open();
    const title = 'Tiếp công dân ngoài giờ hành chính';
    const mark = await item(title).locator('.flag').getAttribute('title');
    await openDeed(title);
    const banner = await page.locator('.banner.warn', { hasText: MSG_SIDEBAR.facts.checkField }).textContent();
    expect(banner).toContain(MSG_SIDEBAR.common.flagDiffers); // the unit chose a field its text does not bear out
    expect(mark).toBe(MSG_SIDEBAR.common.flag);
    expect(MSG_SIDEBAR.common.flagDiffers).not.toContain(mark); // the mark covers an unsure guess too
  });

  test('a status count filters the list, and again clears it', async () => {
    await open();
    await page.locator('.counts button', { hasText: 'Đã duyệt' }).click();
    await range('1–7 / 7');
    expect(new Set(await texts('ul.deeds .badge'))).toEqual(new Set(['Đã duyệt']));
    expect(await page.locator('.counts button[aria-pressed="true"]').textContent()).toBe('Đã duyệt 7');
    expect(await page.locator('#f-status').inputValue()).toBe('da_duyet');
    expect(lastList().filter).toEqual({ month: '2026-11', status: 'da_duyet' });
    await page.locator('.counts button', { hasText: 'Đã duyệt' }).click();
    await range('1–20 / 27');
  });

  test('search is accent-insensitive on the server and waits for the typing to stop', async () => {
    await open();
    const before = calls.list.length;
    await page.locator('#q').pressSequentially('sua mai nha');
    await range('1–1 / 1');
    expect(await texts('button.item .t')).toEqual(['Giúp bà cụ neo đơn sửa mái nhà dột']);
    // one listing for the whole word typed, not one per key
    expect(calls.list.slice(before).filter((c) => c.fn === 'listDeeds').length).toBe(1);
    expect(lastList().filter).toEqual({ month: '2026-11', search: 'sua mai nha' });
  });

  test('week, unit type and unit narrow the list; the unit list follows the unit type; pages turn', async () => {
    await open();
    await page.locator('details.filters > summary').click();
    const weeks = await page.locator('#f-week option').allTextContents();
    expect(weeks).toEqual([
      'Cả tháng',
      'Tuần 44 (26/10–01/11)',
      'Tuần 45 (02/11–08/11)',
      'Tuần 46 (09/11–15/11)',
      'Tuần 47 (16/11–22/11)',
      'Tuần 48 (23/11–29/11)',
      'Tuần 49 (30/11–06/12)',
    ]);
    await page.locator('#f-week').selectOption('2026-W47');
    await range('1–7 / 7');
    await page.locator('#f-unitType').selectOption('xa_thi_tran');
    const units = await page.locator('#f-unitCode option').allTextContents();
    expect(units[0]).toBe('Tất cả đơn vị');
    expect(units.slice(1).every((u) => /^Đảng bộ (xã|thị trấn)/.test(u))).toBe(true);
    await range('1–4 / 4');
    await page.locator('#f-unitCode').selectOption('X-HOAPHU');
    await range('1–1 / 1');
    expect(await texts('button.item .t')).toEqual(['Dọn vệ sinh kênh thủy lợi ấp 3']);
    expect(await page.locator('details.filters > summary').textContent()).toContain('3 điều kiện');
    expect(lastList().filter).toEqual({
      month: '2026-11',
      week: '2026-W47',
      unitType: 'xa_thi_tran',
      unitCode: 'X-HOAPHU',
    });
    await page.locator('#f-unitType').selectOption('y_te'); // the unit is not of that type any more
    await range('0 / 0');
    expect(await page.locator('#f-unitCode').inputValue()).toBe('');
    expect(await page.locator('.empty').textContent()).toContain('Không có việc tốt nào');
    await button('Xóa bộ lọc').click();
    await range('1–20 / 27');
    await button('Trang sau ›').click();
    await range('21–27 / 27');
    expect(await item('Đưa người lạc đường về nhà').count()).toBe(1);
    await button('‹ Trang trước').click();
    await range('1–20 / 27');
    await page.locator('#f-month').selectOption('2026-10');
    await range('1–2 / 2');
    // Every month from the first deed's to the current one, newest first, with none skipped.
    const months = await page
      .locator('#f-month option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
    expect(months).toContain('2026-10');
    expect(months.at(-1)).toBe(ALL_MONTHS); // last: every month at once
    const dated = months.slice(0, -1);
    expect(dated.slice(1).every((m, i) => index(dated[i]!) - index(m) === 1)).toBe(true);
    // Every month at once: every deed of the Sheet in one list, newest first.
    await page.locator('#f-month').selectOption(ALL_MONTHS);
    const deeds = server.pg.addOn.runtime.spreadsheet.getSheetByName(DEED.name)!.getLastRow() - 1;
    expect(deeds).toBeGreaterThan(27 + 2);
    await range(`1–20 / ${deeds}`);
    expect(await page.locator('.counts').evaluate((el) => el.previousElementSibling?.textContent)).toContain(
      'Tất cả các tháng',
    );
  });
});

describe('reviewing a deed', () => {
  test('open a deed, accept it, mark a Thư khen: the detail, list and counts follow', async () => {
    await open();
    await openDeed('Giúp bà cụ neo đơn sửa mái nhà dột');
    const facts = await page.locator('main#detail').textContent();
    expect(facts).toContain('26/11/2026');
    expect(facts).toContain('Tuần 48 (23/11–29/11)');
    expect(facts).toContain('Lý do: Theo lựa chọn của đơn vị');
    expect(facts).toMatch(/Độ tin cậy\d{1,3}%/);
    expect(await switchFor('Thư khen').isDisabled()).toBe(true); // not accepted yet
    await button('Duyệt').click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    expect(await page.locator('main#detail .badge').textContent()).toBe('Đã duyệt');
    await switchFor('Thư khen').click();
    await page.locator('#slot-rec-thu_khen', { hasText: 'Đã chọn: Thư khen.' }).waitFor();
    expect(await switchFor('Thư khen').getAttribute('aria-checked')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-k'))).toBe('rec-thu_khen');
    await screenshot(page, 'detail-actions');
    await screenshot(page, 'detail', 0);
    expect(calls.list.filter((c) => c.fn === 'reviewDeed').map((c) => c.args[0])).toEqual([
      expect.objectContaining({ version: 1, action: { kind: 'accept' } }),
      expect.objectContaining({ version: 2, action: { kind: 'mark', recognition: 'thu_khen', on: true } }),
    ]);
    await button('‹ Danh sách').click();
    const listed = item('Giúp bà cụ neo đơn sửa mái nhà dột');
    expect(await listed.locator('.badge').textContent()).toBe('Đã duyệt');
    expect(await listed.locator('.chip').allTextContents()).toEqual(['Thư khen']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Giúp bà cụ');
    expect(await page.locator('.counts button').allTextContents()).toContain('Đã duyệt 8');
    expect(await page.locator('.counts button').allTextContents()).toContain('Mới 16');
  });

  test('a deed edited by hand in the Sheet says its nominations wait; accepting it again lifts the notice', async () => {
    const accepted = deed(THU_KHEN_DECIDED);
    editCell(server.pg.addOn, accepted, 'description', `${accepted.description} (sửa tay)`);
    await open();
    const title = THU_KHEN_DECIDED;
    expect(await item(title).locator('.chip').allTextContents()).toEqual(['Thư khen', MSG_SIDEBAR.handEdit.listTag]);
    await openDeed(title);
    expect(await page.locator('#hand-edit').textContent()).toBe(
      MSG_SIDEBAR.handEdit.notice + MSG_SIDEBAR.handEdit.howTo,
    );
    expect(await page.locator('main#detail .badge').textContent()).toBe('Cần duyệt lại');
    await noHorizontalScroll();
    await button('Duyệt').click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    expect(await page.locator('#hand-edit').count()).toBe(0);
    expect(deed(title).suspended).toBe(false);
    await button('‹ Danh sách').click();
    expect(await item(title).locator('.chip').allTextContents()).toEqual(['Thư khen']);
  });

  test('a Giấy khen ticked by hand is cleared on accept, and the reviewer is told why; the reviewer’s Thư khen stays', async () => {
    const accepted = deed(THU_KHEN_DECIDED);
    editCell(server.pg.addOn, accepted, 'honours', 'Thư khen, Giấy khen');
    await open();
    await openDeed(THU_KHEN_DECIDED);
    expect(await page.locator('main#detail .badge').textContent()).toBe('Cần duyệt lại');
    await button('Duyệt').click();
    const status = page.locator('#slot-status', { hasText: 'Đã gỡ khi duyệt' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Giấy khen (');
    expect(deed(THU_KHEN_DECIDED).recognitions).toEqual(['thu_khen']);
  });

  test('radio pick for the current week counts towards the target; the field and the note save', async () => {
    await open();
    await openDeed('Tặng học bổng cho học sinh vượt khó');
    expect(await page.locator('#period-phat_thanh').inputValue()).toBe('2026-W48');
    await switchFor('Phát thanh').click();
    await page.locator('#slot-rec-phat_thanh', { hasText: 'Đã chọn: Phát thanh.' }).waitFor();
    expect(await switchFor('Phát thanh').textContent()).toContain('Tuần 48 (23/11–29/11)');
    expect(await page.locator('#radio').textContent()).toContain('2/2 mô hình');
    expect(await page.locator('#radio').getAttribute('class')).toContain('ok');
    await switchFor('Bản tin').click();
    await page.locator('#slot-rec-ban_tin', { hasText: 'Đã chọn: Bản tin.' }).waitFor();
    expect(await switchFor('Bản tin').textContent()).toContain('Tháng 11/2026');
    expect(await button('Lưu lĩnh vực').isDisabled()).toBe(true);
    await page.locator('#field-select').selectOption('an_sinh_xa_hoi');
    await button('Lưu lĩnh vực').click();
    await page.locator('#slot-field', { hasText: 'Đã đổi lĩnh vực.' }).waitFor();
    expect(await page.locator('#field-select').inputValue()).toBe('an_sinh_xa_hoi');
    await page.locator('#note-text').fill('Đã gọi điện xác minh với nhà trường.');
    await button('Lưu ghi chú').click();
    await page.locator('#slot-note', { hasText: 'Đã lưu ghi chú.' }).waitFor();
    expect(await page.locator('#note-text').inputValue()).toBe('Đã gọi điện xác minh với nhà trường.');
  });

  test('request for more information and rejection take a message', async () => {
    await open();
    await openDeed('Hòa giải tranh chấp ranh đất hai hộ');
    await button('Yêu cầu bổ sung').click();
    expect(await page.locator('#req-panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('req-text');
    await button('Gửi yêu cầu').click(); // empty: the server's rule answers
    await page.locator('#slot-status', { hasText: MSG_REVIEW.messageNeeded }).waitFor();
    await page.locator('#req-text').fill('Xin bổ sung hình ảnh buổi hòa giải.');
    await button('Gửi yêu cầu').click();
    await page.locator('#slot-status', { hasText: 'Đã gửi yêu cầu bổ sung.' }).waitFor();
    expect(await page.locator('main#detail .badge').textContent()).toBe('Cần bổ sung');
    await button('Từ chối').click();
    await page.locator('#rej-text').fill('Trùng với báo cáo tuần trước.');
    await button('Xác nhận từ chối').click();
    await page.locator('#slot-status', { hasText: 'Đã từ chối việc tốt.' }).waitFor();
    expect(await page.locator('main#detail .badge').textContent()).toBe('Từ chối');
    expect(await page.locator('#note-text').inputValue()).toBe('Lý do từ chối: Trùng với báo cáo tuần trước.');
  });

  test('reversing a decision is said and confirmed; the reversed reason leaves the note and the unit is told', async () => {
    await open();
    await openDeed('Trả lại ví cho người đánh rơi'); // accepted
    await button('Từ chối').click();
    await page.locator('#rej-panel', { hasText: MSG_SIDEBAR.actions.reverseReject }).waitFor();
    await page.locator('#rej-text').fill('Người nhận ví đã báo là không đúng sự việc.');
    await button('Xác nhận từ chối').click();
    await page.locator('#slot-status', { hasText: 'Đã từ chối việc tốt.' }).waitFor();
    expect(await page.locator('main#detail .badge').textContent()).toBe('Từ chối');
    const told = server.pg.addOn.runtime.mail.sent.filter((m) => m.subject.includes('không được ghi nhận'));
    expect(told.length).toBeGreaterThan(0);
    expect(told.at(-1)!.body).toContain('Người nhận ví đã báo là không đúng sự việc.');

    const before = reviewCalls();
    await button('Duyệt').click(); // opens the confirmation, changes nothing yet
    await page.locator('#acc-panel', { hasText: 'Duyệt sẽ đảo quyết định' }).waitFor();
    expect(reviewCalls()).toBe(before);
    await screenshot(page, 'reverse-confirm');
    await button(MSG_SIDEBAR.actions.reverseAcceptSend).click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    expect(await page.locator('main#detail .badge').textContent()).toBe('Đã duyệt');
    expect(await page.locator('#note-text').inputValue()).not.toContain('Lý do từ chối');
  });

  test('a recognition the seed forbids is disabled with the reason, and allowed ones still work', async () => {
    await open();
    await openDeed('Phụ đạo miễn phí cho học sinh yếu'); // thường xuyên: Giấy khen, not Thư khen
    expect(await switchFor('Thư khen').isEnabled()).toBe(false);
    await page.getByText(MSG_REVIEW.thuKhenRule('Thường xuyên')).waitFor();
    await switchFor('Giấy khen').click();
    await page.locator('#slot-rec-giay_khen', { hasText: 'Đã chọn: Giấy khen.' }).waitFor();
  });

  test("a rule refusal shows the server's Vietnamese message next to the action", async () => {
    await open();
    await openDeed('Phụ đạo miễn phí cho học sinh yếu');
    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await page.locator('#req-text').fill('ít'); // the server wants at least 5 characters
    await page.locator('#slot-status').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.locator('#slot-status .err', { hasText: MSG_REVIEW.messageNeeded }).waitFor();
    await noHorizontalScroll();
    await screenshot(page, 'error');
  });

  test('a stale version offers Tải lại, which fetches the deed again', async () => {
    await open();
    await openDeed('Hiến máu tình nguyện đợt 2');
    touch('Hiến máu tình nguyện đợt 2'); // another reviewer saved it meanwhile
    await page.locator('#note-text').fill('Ghi chú của tôi');
    await button('Lưu ghi chú').click();
    await page.locator('#slot-note .err', { hasText: MSG_REVIEW.stale }).waitFor();
    await screenshot(page, 'stale');
    await page.locator('#slot-note').getByRole('button', { name: 'Tải lại' }).click();
    await page.locator('#deed-desc').waitFor();
    await page.locator('#note-text').fill('Ghi chú của tôi');
    await button('Lưu ghi chú').click();
    await page.locator('#slot-note', { hasText: 'Đã lưu ghi chú.' }).waitFor();
    expect(deed('Hiến máu tình nguyện đợt 2')).toMatchObject({ note: 'Ghi chú của tôi', version: 3 });
  });

  test('buttons are disabled while a call is in flight: no double submit', async () => {
    await open();
    await openDeed('Tiếp công dân ngoài giờ hành chính');
    const release = calls.hold();
    await button('Duyệt').click();
    await page.locator('main#detail[aria-busy="true"]').waitFor();
    expect(await button('Duyệt').isDisabled()).toBe(true);
    expect(await button('Lưu ghi chú').isDisabled()).toBe(true);
    await button('Duyệt').click({ force: true }); // a second press while the first runs
    release();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    expect(reviewCalls()).toBe(1);
  });

  test('leaving the deed while its call runs: the list still gets the result, the list view stays', async () => {
    await open();
    await openDeed('Tiếp công dân ngoài giờ hành chính');
    const release = calls.hold();
    await button('Duyệt').click();
    await page.locator('main#detail[aria-busy="true"]').waitFor();
    await button('‹ Danh sách').click();
    release();
    await item('Tiếp công dân').locator('.badge', { hasText: 'Đã duyệt' }).waitFor();
    expect(await page.locator('main#detail').isHidden()).toBe(true);
    expect(await page.locator('main#detail').innerHTML()).toBe('');
  });

  test('a crashed call (failure handler) and a failed listing become Vietnamese messages with a retry', async () => {
    await open();
    await openDeed('Sửa đường bê tông ấp Bàu Tre');
    calls.fail('reviewDeed');
    await button('Duyệt').click();
    await page.locator('#slot-status .err', { hasText: MSG_SIDEBAR.common.callFailed }).waitFor();
    await button('Duyệt').click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    await button('‹ Danh sách').click();
    calls.fail('listDeeds');
    await page.locator('.counts button', { hasText: 'Từ chối' }).click();
    await page.locator('#list .err', { hasText: MSG_SIDEBAR.common.callFailed }).waitFor();
    await page.locator('#list .err').getByRole('button', { name: 'Thử lại' }).click();
    await range('1–1 / 1');
  });
});

describe('safety', () => {
  test('markup typed into a deed is shown as text and runs nothing', async () => {
    await open();
    const listed = page.locator(`button.item[data-id="${server.ids[XSS_TITLE]}"]`);
    expect(await listed.locator('.t').textContent()).toBe(XSS_TITLE);
    expect(await listed.locator('img, b, i').count()).toBe(0);
    await listed.click();
    await page.locator('#deed-desc').waitFor();
    expect(await page.locator('#deed-desc').textContent()).toBe(XSS_DESCRIPTION);
    expect(await page.locator('#deed-title').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('main#detail img, main#detail script, main#detail b, main#detail i').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0); // the evidence is text, not a link
    expect(await page.locator('main#detail').textContent()).toContain(XSS_EVIDENCE);
    expect(await page.locator('#note-text').inputValue()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await screenshot(page, 'xss');
  });

  test('the built page has no HTML-parsing sinks and no external resources', () => {
    const html = readFileSync(path.join(__dirname, '../../dist/Sidebar.html'), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      expect(html).not.toContain(sink);
    }
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:|@import|url\(/i);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    // Our own budget (Apps Script publishes no HtmlOutput limit): the sidebar loads over a phone's connection.
    expect(Buffer.byteLength(script)).toBeLessThan(64 * 1024);
  });
});

describe('read-only', () => {
  test('an outsider sees the read-only banner and no action; the server refuses a forced write', async () => {
    await open('outsider');
    expect(await page.locator('#readonly').textContent()).toBe(MSG_REVIEW.readOnly(OUTSIDER));
    expect(await page.locator('header .role').textContent()).toBe('Chỉ xem');
    await screenshot(page, 'readonly');
    await openDeed('Cứu người đuối nước ở sông Sài Gòn');
    expect(await page.locator('#detail-readonly').isVisible()).toBe(true);
    expect(await page.locator('main#detail fieldset, main#detail textarea, main#detail select').count()).toBe(0);
    expect(await page.getByRole('switch').count()).toBe(0);
    const names = await page.locator('main#detail button').allTextContents();
    expect(names).toEqual(['‹ Danh sách', 'Hồ sơ người thực hiện']);
    await screenshot(page, 'readonly-detail');
    const forced = await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
            .google.script.run as unknown as {
            withSuccessHandler(h: (v: unknown) => void): { reviewDeed(a: unknown): void };
          };
          run.withSuccessHandler(resolve).reviewDeed({ id, version: 1, action: { kind: 'accept' } });
        }),
      server.ids['Cứu người đuối nước ở sông Sài Gòn']!,
    );
    expect(forced).toEqual({ ok: false, code: 'forbidden', error: MSG_REVIEW.forbidden });
  });

  test('settings errors are shown as a warning', async () => {
    // An administrator types a wrong address into «Cấu hình» («Email lãnh đạo nhận báo cáo»); onEdit runs.
    const { runtime } = server.pg.addOn;
    const labels = runtime.spreadsheet.getSheetByName(SETTINGS.name)!.getRange('A:A').getValues().flat();
    const cell = `B${labels.indexOf('Email lãnh đạo nhận báo cáo') + 1}`;
    const fired = runtime.userEdit(SETTINGS.name, cell, 'không-phải-email', { user: ADMIN });
    expect(fired.map((f) => f.error)).toEqual([undefined]);
    await open();
    expect(await page.locator('header div.banner.warn strong').textContent()).toBe(
      'Cấu hình có lỗi (hãy báo quản trị):',
    );
    expect(await page.locator('header div.banner.warn li').allTextContents()).toEqual([
      `Cấu hình sai ở ô Cấu hình!${cell}: «Email lãnh đạo nhận báo cáo» có địa chỉ email không đúng dạng.`,
    ]);
  });
});

describe('keyboard and small screens', () => {
  test('Tab reaches a deed, Enter opens it, Escape goes back to the same item; focus is visible', async () => {
    await open();
    const target = page.locator('button.item').first();
    await target.focus();
    const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('#deed-desc').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deed-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await page.keyboard.press('Escape');
    await page.locator('#list:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(server.ids[XSS_TITLE]);
  });

  for (const [name, viewport] of [
    ['sidebar', SIDEBAR],
    ['phone', PHONE],
  ] as const) {
    test(`no sideways scrolling and big enough targets (${name} ${viewport.width} px)`, async () => {
      await open('reviewer', viewport);
      await page.locator('details.filters > summary').click();
      await noHorizontalScroll();
      await checkTargets();
      if (name === 'phone') await screenshot(page, 'phone');
      await openDeed('Phụ đạo miễn phí cho học sinh yếu');
      await button('Từ chối').click();
      await noHorizontalScroll();
      await checkTargets();
    });
  }
});

/** Every visible control is at least 36 px tall and 24 px wide (WCAG 2.5.8 asks 24 px; most are 40–44). */
async function checkTargets(): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, select, input, textarea, summary'))
      .filter((el) => el.offsetParent !== null && !el.closest('.vh'))
      .map((el) => ({ el: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 36 || r.width < 24)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
}

describe('a possible duplicate', () => {
  test('is marked in the list; its detail opens the earlier deed, comes back, and the reviewer rejects it', async () => {
    await open();
    await page.locator('#q').pressSequentially('thap sang duong que');
    await range('1–1 / 1');
    expect(await item(DUPLICATE_LATER).locator('.chip.dup').textContent()).toBe(MSG_SIDEBAR.duplicate.listTag);
    await openDeed(DUPLICATE_LATER);
    const earlier = deed(DUPLICATE_EARLIER);
    const link = page.locator('#dup-link', { hasText: DUPLICATE_EARLIER });
    await link.waitFor();
    expect(await page.locator('#duplicate').textContent()).toContain(
      MSG_SIDEBAR.duplicate.label +
        MSG_SIDEBAR.duplicate.earlier(DUPLICATE_EARLIER, 'Đảng bộ xã Tân An Hội', '05/11/2026'),
    );
    await noHorizontalScroll();
    await checkTargets();
    await screenshot(page, 'duplicate', 0);

    await link.click();
    await page.locator('#deed-title', { hasText: DUPLICATE_EARLIER }).waitFor();
    expect(calls.list.filter((c) => c.fn === 'getDeed').map((c) => (c.args[0] as { id: string }).id)).toContain(
      earlier.id,
    );
    expect(await page.locator('#duplicate').count()).toBe(0); // the earlier deed is not itself a duplicate
    await button(MSG_SIDEBAR.duplicate.back).click();
    await page.locator('#deed-title', { hasText: DUPLICATE_LATER }).waitFor();

    await button('Từ chối').click();
    await page.locator('#rej-text').fill(`Trùng với việc tốt ${earlier.id}.`);
    await button('Xác nhận từ chối').click();
    await page.locator('#slot-status', { hasText: 'Đã từ chối việc tốt.' }).waitFor();
    expect(deed(DUPLICATE_LATER).status).toBe('tu_choi');
    expect(deed(DUPLICATE_EARLIER).status).toBe('moi'); // untouched
  });

  test('shows the earlier report beside this one; «Không trùng» clears the mark for good', async () => {
    await open();
    await page.locator('#q').pressSequentially('thap sang duong que');
    await range('1–1 / 1');
    await openDeed(DUPLICATE_LATER);
    await page.locator('#dup-link', { hasText: DUPLICATE_EARLIER }).waitFor();
    expect(await page.locator('#dup-earlier').textContent()).toContain(deed(DUPLICATE_EARLIER).description);
    expect(await page.locator('#dup-shared').textContent()).toMatch(/^Cùng nêu: .+/);
    await checkTargets();
    await button(MSG_SIDEBAR.duplicate.notSame).click();
    await page.locator('#slot-duplicate', { hasText: MSG_SIDEBAR.duplicate.judgedNotSame }).waitFor();
    expect(await page.locator('#duplicate').count()).toBe(0);
    expect(deed(DUPLICATE_LATER).duplicateOf).toBeNull();
    expect(deed(DUPLICATE_LATER).status).toBe('moi');
  });

  test('says so when the earlier deed is gone from the Sheet', async () => {
    await open();
    const deeds = server.pg.addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    deeds.deleteRow(deed(DUPLICATE_EARLIER).row); // someone deleted its row in the Sheet
    await page.locator('#q').pressSequentially('thap sang duong que');
    await range('1–1 / 1');
    await openDeed(DUPLICATE_LATER);
    const link = page.locator('#dup-link', { hasText: 'không còn trong Sheet' });
    await link.waitFor();
    expect(await link.isDisabled()).toBe(true);
  });
});

describe('«Khen thưởng»', () => {
  const tabTo = async (name: 'Việc tốt' | 'Khen thưởng') => {
    await page.locator('nav.tabs').getByRole('button', { name, exact: true }).click();
    if (name === 'Khen thưởng') await page.locator('#ladder #ladder-title').waitFor();
  };
  /** A suggestion's card by its performer, and its kind when the performer has two. */
  const card = (who: string, kind = '') => page.locator('#ladder li.card', { hasText: who }).filter({ hasText: kind });
  const cardButton = (who: string, name: string, kind = '') =>
    card(who, kind).getByRole('button', { name, exact: true });
  const pendingCards = () => page.locator('#ladder section[aria-labelledby="h-pending"] li.card');
  const callsTo = (fn: string) => calls.list.filter((c) => c.fn === fn).map((c) => c.args[0]);
  const unitRow = (name: string) => page.locator('table.units tbody tr', { hasText: name });

  test('the tabs switch between the list and the ladder, and the list keeps its page', async () => {
    await open();
    await button('Trang sau ›').click();
    await range('21–27 / 27');
    const listings = callsTo('listDeeds').length;
    await tabTo('Khen thưởng');
    expect(await page.locator('#list').isHidden()).toBe(true);
    expect(await page.locator('#tab-ladder').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#tab-list').getAttribute('aria-current')).toBeNull();
    expect(await page.locator('#ladder-title').textContent()).toBe('Tuyên dương ngày 19/05/2027');
    expect(await page.locator('.ladder-head').textContent()).toContain(
      'Kỳ xét: việc tốt đã duyệt từ 20/05/2026 đến 19/05/2027',
    );
    expect(await page.locator('#ladder-updated').textContent()).toBe('Cập nhật lúc 27/11/2026 09:00');
    expect(await page.locator('#h-pending').textContent()).toBe('Đề xuất chờ xử lý (4)');
    expect(await pendingCards().locator('p strong').allTextContents()).toEqual([
      'Phạm Quốc Dũng',
      'Công đoàn cơ sở',
      'Hội Phụ nữ xã',
      'Phạm Quốc Dũng',
    ]);
    const first = await pendingCards().first().textContent();
    expect(first).toContain('Giấy khen');
    expect(first).toContain('Phạm Quốc Dũng · Cá nhân');
    expect(first).toContain('Chi bộ Trường THPT Củ Chi');
    expect(first).toContain('đã thực hiện 8 tháng (tối thiểu 3 tháng)');
    expect(first).toContain('Việc tốt: Phụ đạo miễn phí cho học sinh yếu');
    expect(await card('Hội Phụ nữ xã').textContent()).toContain('Hội Phụ nữ xã · Tập thể');
    expect(await page.locator('#decided').getAttribute('open')).toBeNull(); // decided ones stay folded
    expect(await page.locator('#decided > summary').textContent()).toBe('Đã xử lý (0)');
    await noHorizontalScroll();
    await screenshot(page, 'ladder');
    await tabTo('Việc tốt');
    await range('21–27 / 27');
    expect(callsTo('listDeeds').length).toBe(listings); // shown again as it was, not reloaded
    await tabTo('Khen thưởng');
    expect(callsTo('getLadder').length).toBe(1);
  });

  test('accepting a suggestion moves it to «Đã xử lý», marks the deed, and the list shows it', async () => {
    await open();
    await tabTo('Khen thưởng');
    await cardButton('Phạm Quốc Dũng', 'Chấp nhận', 'Giấy khen').click();
    const done = 'Đã chấp nhận đề xuất Giấy khen cho Phạm Quốc Dũng.';
    await page.locator('#ladder-outcome', { hasText: done }).waitFor();
    await page.locator('#announce', { hasText: done }).waitFor({ state: 'attached' });
    expect(await page.locator('#h-pending').textContent()).toBe('Đề xuất chờ xử lý (3)');
    expect(await pendingCards().filter({ hasText: 'Phạm Quốc Dũng' }).filter({ hasText: 'Giấy khen' }).count()).toBe(0);
    // the focus moves on to the next suggestion
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.textContent)).toContain('Công đoàn cơ sở');
    await page.locator('#decided > summary').click();
    const decided = page.locator('#decided li.card', { hasText: 'Phạm Quốc Dũng' });
    expect(await decided.locator('.badge').textContent()).toBe('Đã chấp nhận');
    expect(await decided.textContent()).toContain(`${REVIEWER} · 27/11/2026 09:00`);
    expect(await decided.getByRole('button', { name: 'Chấp nhận' }).count()).toBe(0);
    expect(callsTo('decideSuggestion')).toEqual([{ key: expect.stringMatching(/^giay_khen\|/), accept: true }]);
    expect(deed('Phụ đạo miễn phí cho học sinh yếu').recognitions).toContain('giay_khen');
    await tabTo('Việc tốt');
    await item('Phụ đạo miễn phí cho học sinh yếu').locator('.chip', { hasText: 'Giấy khen' }).waitFor();
  });

  test('dismissing needs a reason: a short one is refused in Vietnamese and the card stays', async () => {
    await open();
    await tabTo('Khen thưởng');
    const bich = card('Công đoàn cơ sở');
    await cardButton('Công đoàn cơ sở', 'Bỏ qua').click();
    expect(await cardButton('Công đoàn cơ sở', 'Bỏ qua').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await bich.getByLabel('Lý do bỏ qua (ít nhất 5 ký tự)').fill(' ít ');
    await bich.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
    await bich.locator('.err', { hasText: MSG_SUGGESTION.dismissReasonNeeded }).waitFor();
    expect(await bich.getByLabel('Lý do bỏ qua (ít nhất 5 ký tự)').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('decideSuggestion')).toEqual([]);
    expect(await page.locator('#h-pending').textContent()).toBe('Đề xuất chờ xử lý (4)');
    await bich.getByLabel('Lý do bỏ qua (ít nhất 5 ký tự)').fill('Đã đề nghị ở đợt trước.');
    await bich.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
    await page
      .locator('#ladder-outcome', { hasText: 'Đã bỏ qua đề xuất Gương điển hình cho Công đoàn cơ sở.' })
      .waitFor();
    expect(await pendingCards().filter({ hasText: 'Công đoàn cơ sở' }).count()).toBe(0);
    expect(await page.locator('#decided li.card', { hasText: 'Công đoàn cơ sở' }).textContent()).toContain(
      'Lý do: Đã đề nghị ở đợt trước.',
    );
    expect(callsTo('decideSuggestion')).toEqual([
      { key: expect.stringMatching(/^guong_dien_hinh\|2027\|/), accept: false, reason: 'Đã đề nghị ở đợt trước.' },
    ]);
  });

  test("a suggestion another reviewer decided meanwhile: the server's message, and the ladder is reloaded", async () => {
    await open();
    await tabTo('Khen thưởng');
    const { runtime } = server.pg.addOn;
    const shown = runtime.scriptRun('getLadder') as Result<LadderView>;
    const key = shown.ok && shown.value.suggestions.find((s) => s.performerName === 'Hội Phụ nữ xã')!.key;
    runtime.setUser(ADMIN);
    expect(runtime.scriptRun('decideSuggestion', { key, accept: false, reason: 'Đã khen năm 2025.' })).toMatchObject({
      ok: true,
    });
    await cardButton('Hội Phụ nữ xã', 'Chấp nhận').click();
    const message = MSG_LADDER.alreadyDecided(MSG_LADDER.status.dismissed, ADMIN);
    await page.locator('#ladder-outcome .err', { hasText: message }).waitFor();
    expect(await page.locator('#h-pending').textContent()).toBe('Đề xuất chờ xử lý (3)');
    expect(await pendingCards().filter({ hasText: 'Hội Phụ nữ xã' }).count()).toBe(0);
    expect(callsTo('getLadder').length).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-pending');
  });

  test('a failed call shows its message on the card, which stays; trying again works', async () => {
    await open();
    await tabTo('Khen thưởng');
    calls.fail('decideSuggestion');
    await cardButton('Hội Phụ nữ xã', 'Chấp nhận').click();
    await card('Hội Phụ nữ xã').locator('.err', { hasText: MSG_SIDEBAR.common.callFailed }).waitFor();
    expect(await cardButton('Hội Phụ nữ xã', 'Chấp nhận').isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chấp nhận');
    await cardButton('Hội Phụ nữ xã', 'Chấp nhận').click();
    await page.locator('#ladder-outcome', { hasText: 'Đã chấp nhận đề xuất Giấy khen cho Hội Phụ nữ xã.' }).waitFor();
    expect(await pendingCards().filter({ hasText: 'Hội Phụ nữ xã' }).count()).toBe(0);
  });

  test('a unit → its performers → a deed opens in the detail, and back returns to the ladder as it was', async () => {
    await open();
    await tabTo('Khen thưởng');
    const headers = await page.locator('table.units thead th').allTextContents();
    expect(headers).toEqual([
      'Đơn vị',
      'NgườiNgười thực hiện',
      'DuyệtViệc tốt đã duyệt',
      'TKThư khen',
      'GKGiấy khen',
      'GĐHGương điển hình',
    ]);
    expect(await unitRow('Chi bộ Trường THPT Củ Chi').locator('td').allTextContents()).toEqual([
      '2',
      '7',
      '0',
      '0',
      '0',
    ]);
    expect(await unitRow('Chi bộ Liên đoàn Lao động huyện').locator('td').allTextContents()).toEqual([
      '1',
      '2',
      '1',
      '1',
      '0',
    ]);
    const school = unitRow('Chi bộ Trường THPT Củ Chi').getByRole('button');
    await school.click();
    expect(await school.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#people details.performer').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-people');
    expect(await page.locator('#h-people').textContent()).toBe('Người thực hiện · Chi bộ Trường THPT Củ Chi');
    expect(await page.locator('#people summary').allTextContents()).toEqual([
      'Phạm Quốc DũngCá nhân · 4 việc tốt đã duyệt',
      'Chi đoàn giáo viênTập thể · 3 việc tốt đã duyệt · Giới thiệu 1',
    ]);
    expect(callsTo('getHistory')).toEqual([{ unitCode: 'CB-THPT-CUCHI' }]);
    const dung = page.locator('#people details.performer', { hasText: 'Phạm Quốc Dũng' });
    await dung.locator('summary').click();
    expect(await dung.locator('.hist-item .m').allTextContents()).toEqual([
      '21/11/2026',
      '19/09/2026',
      '15/08/2026',
      '20/06/2026',
    ]);
    await noHorizontalScroll();
    await dung.locator('summary').scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-units', await page.evaluate(() => document.getElementById('people')!.offsetTop - 8));
    await dung.getByRole('button', { name: /Mở lớp ôn tập hè miễn phí/ }).click();
    await page.locator('#deed-title', { hasText: 'Mở lớp ôn tập hè miễn phí' }).waitFor();
    await page.locator('#deed-desc').waitFor();
    expect(await page.locator('#ladder').isHidden()).toBe(true);
    await button('‹ Khen thưởng').click();
    await page.locator('#ladder:not([hidden])').waitFor();
    expect(await dung.getAttribute('open')).toBe(''); // still expanded
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Mở lớp ôn tập hè miễn phí');
    expect(callsTo('getLadder').length).toBe(1);
    // a suggestion's deed opens the same way, and Escape comes back too
    const sunday = 'Việc tốt: Ngày Chủ nhật xanh thu gom rác thải';
    await card('Hội Phụ nữ xã').getByRole('button', { name: sunday }).click();
    await page.locator('#deed-desc').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#ladder:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(sunday);
  });

  test("a deed's «Hồ sơ người thực hiện» shows the counts and latest deeds, which open with a way back", async () => {
    await open();
    await openDeed('Phụ đạo miễn phí cho học sinh yếu');
    const history = page.locator('#history');
    expect(await history.isHidden()).toBe(true);
    await button('Hồ sơ người thực hiện').click();
    await history.locator('.hist-item').first().waitFor();
    expect(await history.locator('p').first().textContent()).toBe('Phạm Quốc Dũng · Cá nhân · 4 việc tốt đã duyệt');
    expect(await history.locator('.hist-item .t').allTextContents()).toEqual([
      'Phụ đạo miễn phí cho học sinh yếu',
      'Phụ đạo miễn phí môn Toán cho học sinh lớp 9',
      'Mở lớp ôn tập hè miễn phí',
      'Tặng sách giáo khoa cũ cho học sinh vùng sâu',
    ]);
    const key = deed('Phụ đạo miễn phí cho học sinh yếu').performerKey;
    expect(callsTo('getHistory')).toEqual([{ performerKey: key }]);
    await history.getByRole('button', { name: /Tặng sách giáo khoa cũ/ }).click();
    await page.locator('#deed-title', { hasText: 'Tặng sách giáo khoa cũ cho học sinh vùng sâu' }).waitFor();
    await button('‹ Về việc tốt trước').click();
    await page.locator('#deed-title', { hasText: 'Phụ đạo miễn phí cho học sinh yếu' }).waitFor();
  });

  test('a Giấy khen decision is checked here, recorded, corrected; a stale version offers Tải lại', async () => {
    await open();
    await page.locator('details.filters > summary').click();
    await page.locator('#f-month').selectOption('2026-08');
    await range('1–4 / 4');
    await openDeed(GIAY_KHEN_UNDECIDED);
    const undecided = deed(GIAY_KHEN_UNDECIDED);
    const section = page.locator('#dec-giay_khen');
    expect(await section.locator('h3').textContent()).toBe('Quyết định khen thưởng · Giấy khen');
    expect(await section.textContent()).toContain('Chưa ghi quyết định của lãnh đạo.');
    expect(await page.locator('#dec-thu_khen').count()).toBe(0);
    expect(await page.locator('#dec-giay_khen-level').getAttribute('placeholder')).toBe(
      'VD: Ban Thường vụ Đảng ủy phường',
    );
    await section.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page
      .locator('#slot-dec-giay_khen .err', {
        hasText: 'Hãy ghi số quyết định. Hãy chọn ngày quyết định. Hãy ghi cấp quyết định.',
      })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dec-giay_khen-number');
    expect(await page.locator('#dec-giay_khen-date').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('recordDecision')).toEqual([]);
    await page.getByLabel('Số quyết định').fill('47-QĐ/HU');
    await page.getByLabel('Ngày quyết định').fill('2026-11-26');
    await page.getByLabel('Cấp quyết định').fill('Ban Thường vụ Huyện ủy');
    await section.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page.locator('#slot-dec-giay_khen', { hasText: 'Đã ghi quyết định Giấy khen.' }).waitFor();
    expect(await page.locator('#dec-giay_khen dl').textContent()).toBe(
      `Số47-QĐ/HUNgày26/11/2026CấpBan Thường vụ Huyện ủyNgười ghi${REVIEWER}27/11/2026 09:00`,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sửa quyết định');
    expect(callsTo('recordDecision')).toEqual([
      {
        id: undecided.id,
        row: undecided.row,
        version: undecided.version,
        recognition: 'giay_khen',
        number: '47-QĐ/HU',
        date: '2026-11-26',
        level: 'Ban Thường vụ Huyện ủy',
      },
    ]);
    touch(GIAY_KHEN_UNDECIDED); // another reviewer changed the deed meanwhile
    await button('Sửa quyết định').click();
    expect(await page.locator('#dec-giay_khen-number').inputValue()).toBe('47-QĐ/HU');
    await page.locator('#dec-giay_khen-number').fill('48-QĐ/HU');
    await section.getByRole('button', { name: 'Lưu quyết định' }).click();
    await page.locator('#slot-dec-giay_khen .err', { hasText: MSG_REVIEW.stale }).waitFor();
    await page.locator('#slot-dec-giay_khen').getByRole('button', { name: 'Tải lại' }).click();
    await page.locator('#deed-desc').waitFor();
    expect(deed(GIAY_KHEN_UNDECIDED).decisions.map((r) => r.number)).toEqual(['47-QĐ/HU']);
  });

  test('a Thư khen with its decision recorded, and «Xem bản in» asks the server for the dialog', async () => {
    await open();
    await openDeed(THU_KHEN_DECIDED);
    const section = page.locator('#dec-thu_khen');
    expect(await section.locator('dl').textContent()).toBe(
      `Số125-QĐ/HUNgày24/11/2026CấpThường trực Huyện ủyNgười ghi${REVIEWER}27/11/2026 09:00`,
    );
    expect(await section.getByRole('button', { name: 'Sửa quyết định' }).getAttribute('aria-expanded')).toBe('false');
    expect(await section.textContent()).toContain('Bản in mở trong hộp thoại giữa màn hình Sheet.');
    await section.getByRole('button', { name: 'Xem bản in' }).click();
    await page
      .locator('#slot-dec-thu_khen', { hasText: 'Đã mở bản in Thư khen trong hộp thoại trên Sheet.' })
      .waitFor();
    expect(callsTo('showDraft')).toEqual([{ id: server.ids[THU_KHEN_DECIDED], recognition: 'thu_khen' }]);
    // The playground shows the dialog the server opened, as Sheets would over the spreadsheet.
    const dialog = page.getByRole('dialog', { name: 'Hộp thoại' });
    await dialog.waitFor();
    expect(await dialog.locator('iframe').getAttribute('srcdoc')).toContain('125-QĐ/HU');
    await page.getByRole('button', { name: 'Đóng hộp thoại' }).click();
    await dialog.waitFor({ state: 'detached' });
    await noHorizontalScroll();
    await screenshot(
      page,
      'ladder-decision',
      await section.evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 8),
    );
  });

  test('«Làm mới» rebuilds a ladder never built before', async () => {
    server.reset({ ladder: false });
    await open();
    await tabTo('Khen thưởng');
    expect(await page.locator('#ladder-updated').textContent()).toBe('Cập nhật lúc chưa tính');
    await button('Làm mới').click();
    await page.locator('#ladder-outcome', { hasText: 'Đã tính lại hồ sơ khen thưởng.' }).waitFor();
    expect(await page.locator('#ladder-updated').textContent()).toBe('Cập nhật lúc 27/11/2026 09:00');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ladder-refresh');
  });

  test('a read-only user sees the ladder, the records and the decisions, with no action', async () => {
    await open('outsider');
    await tabTo('Khen thưởng');
    expect(await pendingCards().count()).toBe(4);
    const labels = await page.locator('#ladder button').allTextContents();
    for (const action of ['Làm mới', 'Chấp nhận', 'Bỏ qua']) expect(labels).not.toContain(action);
    expect(await page.locator('#ladder textarea, #ladder fieldset').count()).toBe(0);
    await unitRow('Chi bộ Liên đoàn Lao động huyện').getByRole('button').click();
    await page.locator('#people details.performer', { hasText: 'Công đoàn cơ sở' }).locator('summary').click();
    await page
      .locator('#people')
      .getByRole('button', { name: new RegExp(THU_KHEN_DECIDED) })
      .click();
    await page.locator('#dec-thu_khen dl').waitFor();
    expect(await page.locator('main#detail input, main#detail textarea, main#detail fieldset').count()).toBe(0);
    expect(await page.locator('main#detail button').allTextContents()).toEqual([
      '‹ Khen thưởng',
      'Hồ sơ người thực hiện',
      'Xem bản in',
    ]);
    const forced = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: unknown } } }).google.script.run as {
            withSuccessHandler(h: (v: unknown) => void): { refreshLadder(): void };
          };
          run.withSuccessHandler(resolve).refreshLadder();
        }),
    );
    expect(forced).toEqual({ ok: false, code: 'forbidden', error: MSG_REVIEW.forbidden });
  });

  for (const [name, viewport] of [
    ['sidebar', SIDEBAR],
    ['phone', PHONE],
  ] as const) {
    test(`the ladder and a decision fit without sideways scrolling (${name} ${viewport.width} px)`, async () => {
      await open('reviewer', viewport);
      await tabTo('Khen thưởng');
      await cardButton('Phạm Quốc Dũng', 'Bỏ qua', 'Giấy khen').click();
      await page.locator('#decided > summary').click();
      await unitRow('Chi bộ Bệnh viện Đa khoa khu vực Củ Chi').getByRole('button').click();
      await page.locator('#people details.performer').first().locator('summary').click();
      await noHorizontalScroll();
      await checkTargets();
      await tabTo('Việc tốt');
      await openDeed('Phụ đạo miễn phí cho học sinh yếu');
      await switchFor('Giấy khen').click();
      await page.locator('#dec-giay_khen-number').waitFor();
      await button('Hồ sơ người thực hiện').click();
      await page.locator('#history .hist-item').first().waitFor();
      await noHorizontalScroll();
      await checkTargets();
    });
  }
});
