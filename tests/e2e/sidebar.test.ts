// Browser tests of the reviewers' sidebar (dist/Sidebar.html) in headless Chromium at 300 px, against the stub
// server: filters, review actions, errors, injected markup shown as text, read-only outsiders, layout.
// SCREENSHOTS=1 also writes docs/screenshots/sidebar-*.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { MSG_DUPLICATE, MSG_HAND_EDIT, MSG_REVIEW } from '../../src/ui/messages';
import { CALL_FAILED } from '../../src/ui/client/api';
import { PHONE, SIDEBAR, launch, openPage, screenshot } from './browser';
import { DUPLICATE_EARLIER, DUPLICATE_LATER, XSS_DESCRIPTION, XSS_ID, XSS_TITLE } from './fixtures';
import { OUTSIDER, REVIEWER, startStubServer } from './stub-server';
import type { Role, StubServer } from './stub-server';

let browser: Browser;
let stub: StubServer;
let page: Page;
let errors: string[];
let foreign: string[];

beforeAll(async () => {
  stub = await startStubServer();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await stub?.close();
});
beforeEach(() => stub.reset());
afterEach(async () => {
  if (!page) return; // the page never opened: the test's own failure says why
  expect(errors).toEqual([]); // no uncaught exception in the page
  expect(foreign).toEqual([]); // no CDN, no web font, nothing outside the page's own origin
  await page.context().close();
  page = undefined as unknown as Page;
});

async function open(role: Role = 'reviewer', viewport = SIDEBAR): Promise<void> {
  ({ page, errors, foreign } = await openPage(browser, stub.url, viewport));
  await page.goto(`${stub.url}/sidebar?as=${role}`);
  await page.locator('#range').waitFor();
}

const range = (text: string) => page.locator('#range', { hasText: text }).waitFor();
const item = (title: string) => page.locator('button.item', { hasText: title });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const switchFor = (name: string) => page.getByRole('switch', { name });
const texts = (selector: string) => page.locator(selector).allTextContents();
const lastList = () => [...stub.calls].reverse().find((c) => c.fn === 'listDeeds')?.args[0] as { filter: object };
const reviewCalls = () => stub.calls.filter((c) => c.fn === 'reviewDeed').length;

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
    expect(await page.locator('#radio').textContent()).toContain('Phát thanh tuần 2026-W48: 1/2 mô hình');
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
    expect(await item('Vận động hội viên').locator('.flag').count()).toBe(1);
    expect(await item('Cứu người đuối nước').locator('.chip').allTextContents()).toEqual([
      'Gương điển hình',
      'Chuyện kể dưới cờ',
    ]);
    await noHorizontalScroll();
    await screenshot(page, 'list');
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
    const before = stub.calls.length;
    await page.locator('#q').pressSequentially('sua mai nha');
    await range('1–1 / 1');
    expect(await texts('button.item .t')).toEqual(['Giúp bà cụ neo đơn sửa mái nhà dột']);
    // one listing for the whole word typed, not one per key
    expect(stub.calls.slice(before).filter((c) => c.fn === 'listDeeds').length).toBe(1);
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
    expect(await page.locator('#f-month option').count()).toBe(24);
  });
});

describe('reviewing a deed', () => {
  test('open a deed, accept it, mark a Thư khen: the detail, list and counts follow', async () => {
    await open();
    await openDeed('Giúp bà cụ neo đơn sửa mái nhà dột');
    const facts = await page.locator('main#detail').textContent();
    expect(facts).toContain('26/11/2026');
    expect(facts).toContain('Tuần 48 (23/11–29/11)');
    expect(facts).toContain('Lý do: Khớp từ khóa');
    expect(facts).toContain('Độ tin cậy87%');
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
    const calls = stub.calls.filter((c) => c.fn === 'reviewDeed').map((c) => c.args[0]);
    expect(calls).toEqual([
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
    const deed = stub.deeds.find((d) => d.title === 'Hỗ trợ công nhân bị tai nạn lao động')!;
    Object.assign(deed, { status: 'can_duyet_lai', suspended: true, version: 3 });
    await open();
    expect(await item(deed.title).locator('.chip').allTextContents()).toEqual(['Thư khen', MSG_HAND_EDIT.listTag]);
    await openDeed(deed.title);
    expect(await page.locator('#hand-edit').textContent()).toBe(MSG_HAND_EDIT.notice + MSG_HAND_EDIT.howTo);
    expect(await page.locator('main#detail .badge').textContent()).toBe('Cần duyệt lại');
    await noHorizontalScroll();
    await button('Duyệt').click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    expect(await page.locator('#hand-edit').count()).toBe(0);
    expect(stub.deeds.find((d) => d.id === deed.id)!.suspended).toBe(false);
    await button('‹ Danh sách').click();
    expect(await item(deed.title).locator('.chip').allTextContents()).toEqual(['Thư khen']);
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
    const deed = stub.deeds.find((d) => d.title === 'Hiến máu tình nguyện đợt 2')!;
    stub.touch(deed.id); // another reviewer saved it meanwhile
    await page.locator('#note-text').fill('Ghi chú của tôi');
    await button('Lưu ghi chú').click();
    await page.locator('#slot-note .err', { hasText: MSG_REVIEW.stale }).waitFor();
    await screenshot(page, 'stale');
    await page.locator('#slot-note').getByRole('button', { name: 'Tải lại' }).click();
    await page.locator('#deed-desc').waitFor();
    await page.locator('#note-text').fill('Ghi chú của tôi');
    await button('Lưu ghi chú').click();
    await page.locator('#slot-note', { hasText: 'Đã lưu ghi chú.' }).waitFor();
    expect(deed.note).toBe('Ghi chú của tôi');
    expect(deed.version).toBe(3);
  });

  test('buttons are disabled while a call is in flight: no double submit', async () => {
    await open();
    await openDeed('Tiếp công dân ngoài giờ hành chính');
    const release = stub.hold();
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
    const release = stub.hold();
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
    stub.fail('reviewDeed');
    await button('Duyệt').click();
    await page.locator('#slot-status .err', { hasText: CALL_FAILED }).waitFor();
    await button('Duyệt').click();
    await page.locator('#slot-status', { hasText: 'Đã duyệt việc tốt.' }).waitFor();
    await button('‹ Danh sách').click();
    stub.fail('listDeeds');
    await page.locator('.counts button', { hasText: 'Từ chối' }).click();
    await page.locator('#list .err', { hasText: CALL_FAILED }).waitFor();
    await page.locator('#list .err').getByRole('button', { name: 'Thử lại' }).click();
    await range('1–1 / 1');
  });
});

describe('safety', () => {
  test('markup typed into a deed is shown as text and runs nothing', async () => {
    await open();
    const listed = page.locator(`button.item[data-id="${XSS_ID}"]`);
    expect(await listed.locator('.t').textContent()).toBe(XSS_TITLE);
    expect(await listed.locator('img, b, i').count()).toBe(0);
    await listed.click();
    await page.locator('#deed-desc').waitFor();
    expect(await page.locator('#deed-desc').textContent()).toBe(XSS_DESCRIPTION);
    expect(await page.locator('#deed-title').textContent()).toBe(XSS_TITLE);
    expect(await page.locator('main#detail img, main#detail script, main#detail b, main#detail i').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0); // the evidence is text, not a link
    expect(await page.locator('main#detail').textContent()).toContain("javascript:window.__pwned='evidence'");
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
    expect(Buffer.byteLength(script)).toBeLessThan(40 * 1024);
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
    expect(names).toEqual(['‹ Danh sách']);
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
      stub.deeds.find((d) => d.title.startsWith('Cứu người'))!.id,
    );
    expect(forced).toEqual({ ok: false, code: 'forbidden', error: MSG_REVIEW.forbidden });
  });

  test('settings errors are shown as a warning', async () => {
    stub.settingsErrors = ['Cấu hình sai ở ô B4: «Email người duyệt» không đúng dạng.'];
    await open();
    expect(await page.locator('header').textContent()).toContain('Cấu hình sai ở ô B4');
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
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(XSS_ID);
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
    expect(await item(DUPLICATE_LATER).locator('.chip.dup').textContent()).toBe(MSG_DUPLICATE.listTag);
    await openDeed(DUPLICATE_LATER);
    const earlier = stub.deeds.find((d) => d.title === DUPLICATE_EARLIER)!;
    const link = page.locator('#dup-link', { hasText: DUPLICATE_EARLIER });
    await link.waitFor();
    expect(await page.locator('#duplicate').textContent()).toContain(
      MSG_DUPLICATE.label + MSG_DUPLICATE.earlier(DUPLICATE_EARLIER, 'Đảng bộ xã Tân An Hội', '05/11/2026'),
    );
    await noHorizontalScroll();
    await checkTargets();
    await screenshot(page, 'duplicate', 0);

    await link.click();
    await page.locator('#deed-title', { hasText: DUPLICATE_EARLIER }).waitFor();
    expect(stub.calls.filter((c) => c.fn === 'getDeed').map((c) => (c.args[0] as { id: string }).id)).toContain(
      earlier.id,
    );
    expect(await page.locator('#duplicate').count()).toBe(0); // the earlier deed is not itself a duplicate
    await button(MSG_DUPLICATE.back).click();
    await page.locator('#deed-title', { hasText: DUPLICATE_LATER }).waitFor();

    await button('Từ chối').click();
    await page.locator('#rej-text').fill(`Trùng với việc tốt ${earlier.id}.`);
    await button('Xác nhận từ chối').click();
    await page.locator('#slot-status', { hasText: 'Đã từ chối việc tốt.' }).waitFor();
    expect(stub.deeds.find((d) => d.title === DUPLICATE_LATER)!.status).toBe('tu_choi');
    expect(stub.deeds.find((d) => d.title === DUPLICATE_EARLIER)!.status).toBe('moi'); // untouched
  });

  test('says so when the earlier deed is gone from the Sheet', async () => {
    await open();
    stub.deeds = stub.deeds.filter((d) => d.title !== DUPLICATE_EARLIER);
    await page.locator('#q').pressSequentially('thap sang duong que');
    await range('1–1 / 1');
    await openDeed(DUPLICATE_LATER);
    const link = page.locator('#dup-link', { hasText: 'không còn trong Sheet' });
    await link.waitFor();
    expect(await link.isDisabled()).toBe(true);
  });
});
