// Browser tests of the real sidebar on the playground (local/playground): the built bundle on the emulated
// Apps Script runtime, seeded demo data, google.script.run bridged to POST /api/run, reviewer/outsider roles;
// and the «Khen thưởng» page: the seeded ladder, the decision register and the bundle's printable drafts.
import type { Browser, Page } from 'playwright-core';
import type { DeedDetail, LadderView, Result } from '#contract';
import { REVIEWER, submitAnswers } from '../../local/flows';
import { callBridge } from '../../local/playground/client';
import { startPlayground } from '../../local/playground/server';
import { HOSTILE_TITLE } from '../../local/playground/seed';
import { DECISION, RESCUER, SOUP_KITCHEN, acceptAndMark } from '../../local/playground/seedLadder';
import * as MSG_REVIEW from '../../src/shared/messages/review';
import { browserAround, closeChecked, openPage } from './browser';
import { DEED } from '../../src/domain/tabs';

let browser: Browser;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let page: Page;
let errors: string[];
let foreign: string[];

browserAround(
  () => startPlayground(0),
  (b, p) => ((browser = b), (playground = p)),
);
afterEach(async () => {
  await closeChecked(page && { page, errors, foreign });
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
    const sheet = playground.pg.addOn.runtime.spreadsheet.getSheetByName(DEED.name)!;
    const rows = sheet.getDataRange().getValues();
    const header = rows[0]!.map(String);
    const row = rows.find((r) => r[0] === id)!;
    expect(row[header.indexOf('Trạng thái')]).toBe('Đã duyệt');
    expect(row[header.indexOf('Khen thưởng')]).toBe('Thư khen');
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
      // Reading only: back to the list, and the performer's history (open to everyone).
      expect(await page.locator('main#detail button').allTextContents()).toEqual([
        '‹ Danh sách',
        'Hồ sơ người thực hiện',
      ]);
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

describe('the «Khen thưởng» page on the playground', () => {
  const DESK = { width: 1280, height: 900 };

  async function openLadder(): Promise<void> {
    ({ page, errors, foreign } = await openPage(browser, playground.url, DESK));
    await page.goto(`${playground.url}/khen-thuong`);
  }
  const section = (title: string) => page.locator('section', { has: page.getByRole('heading', { name: title }) });
  /** The rows of a section's table, each as its cells' text. */
  const rowsOf = async (title: string) =>
    Promise.all(
      (await section(title).locator('tr:has(td)').all()).map((tr) =>
        tr.locator('td').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).innerText.trim())),
      ),
    );
  /** Follows a row's «Bản in» link: the page is then the bundle's draft. */
  async function openDraft(title: string, rowText: string): Promise<void> {
    await section(title).locator('tr', { hasText: rowText }).getByRole('link', { name: 'Bản in' }).click();
    await page.locator('h1').waitFor();
  }
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  test('lists the seed`s Giấy khen and 19 May model suggestions, the recorded decision and the units', async () => {
    await openLadder();
    const pending = await rowsOf('Đề xuất chờ xem xét');
    const kindOf = (name: string) => pending.filter((r) => r[1]?.startsWith(name)).map((r) => r[0]);
    expect(kindOf(SOUP_KITCHEN)).toEqual(expect.arrayContaining(['Giấy khen', 'Gương điển hình']));
    expect(kindOf('Trần Thị Thu Hà')).toEqual(['Gương điển hình']);
    expect(kindOf(RESCUER)).toEqual(['Gương điển hình']);
    const giayKhen = pending.find((r) => r[0] === 'Giấy khen' && r[1]?.startsWith(SOUP_KITCHEN))!;
    expect(giayKhen[2]).toBe('Đảng bộ xã Nhuận Đức');
    expect(giayKhen[4]).toMatch(/^Việc tốt thường xuyên từ .*, đã báo cáo 4 lần; đơn vị đã đề nghị Giấy khen\.$/);
    const model = pending.find((r) => r[1]?.startsWith(RESCUER))!;
    expect(model[4]).toMatch(/^2 việc tốt được duyệt từ 20\/05\/2026, 1 Thư khen\.$/);

    const register = await rowsOf('Sổ quyết định');
    expect(register).toContainEqual([
      DECISION.number,
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      DECISION.level,
      'Thư khen',
      RESCUER,
      'Đảng bộ xã Phú Mỹ Hưng',
      'Lao xuống kênh cứu hai học sinh bị đuối nước',
      'Bản in',
    ]);
    expect(await rowsOf('Theo đơn vị')).toContainEqual([
      'X-PHUMYHUNG',
      'Đảng bộ xã Phú Mỹ Hưng',
      '1', // the rescuer (the demo's random deeds of the unit all went to others since the 21st field)
      '2',
      '1',
      '0',
      '0',
    ]);
  });

  test('«Bản in» shows the bundle`s certificate: the decided Thư khen with its number, an accepted Giấy khen as «DỰ THẢO»', async () => {
    await openLadder();
    await openDraft('Sổ quyết định', RESCUER);
    expect(await page.locator('h1').textContent()).toBe('THƯ KHEN');
    const decided = await page.locator('body').innerText();
    expect(decided).toContain(RESCUER);
    expect(decided).toContain(`Số: ${DECISION.number}`);
    expect(decided).not.toContain('DỰ THẢO');

    // A reviewer accepts the soup kitchen's Giấy khen (as the sidebar does): the deed now carries it, undecided.
    const ladder = await bridge<LadderView>('getLadder');
    const suggestion = ladder.suggestions.find((s) => s.kind === 'giay_khen' && s.performerName === SOUP_KITCHEN)!;
    await bridge('decideSuggestion', { key: suggestion.key, accept: true });
    await page.goto(`${playground.url}/khen-thuong`);
    await openDraft('Đề xuất đã xử lý', SOUP_KITCHEN);
    expect(await page.locator('h1').textContent()).toBe('GIẤY KHEN');
    const draft = await page.locator('body').innerText();
    expect(draft).toContain(SOUP_KITCHEN);
    expect(draft).toContain('DỰ THẢO');
    expect(draft).not.toContain(DECISION.number);
  });

  test('a performer`s name and a decision number holding markup are shown as text, and no script from them runs', async () => {
    const { addOn } = playground.pg;
    const name = '<img src=x onerror="window.__pwned=1">Lê <b>Văn</b> Tám';
    const number = '<script>window.__pwned=2</script>';
    const sent = submitAnswers(addOn, {
      unit: 'Chi bộ Huyện Đoàn',
      performerKind: 'Cá nhân',
      performerName: name,
      title: 'Đưa người bị tai nạn giao thông đi cấp cứu',
      description: 'Anh gặp người đi xe máy ngã trên tỉnh lộ 8 lúc nửa đêm, gọi cấp cứu và đưa đến bệnh viện kịp thời.',
      nature: 'Đột xuất',
      doneOn: '2026-11-26',
    });
    const deed = acceptAndMark(addOn, sent.id!, ['thu_khen']);
    addOn.runtime.setUser(REVIEWER);
    const recorded = addOn.runtime.scriptRun('recordDecision', {
      id: deed.id,
      version: deed.version,
      recognition: 'thu_khen',
      number,
      date: '2026-11-26',
      level: DECISION.level,
    }) as Result<DeedDetail>;
    expect(recorded.ok).toBe(true);

    await openLadder();
    expect(await pwned()).toBeUndefined();
    const row = section('Sổ quyết định').locator('tr', { hasText: 'Đưa người bị tai nạn giao thông' });
    expect(await row.locator('td').allInnerTexts()).toEqual(expect.arrayContaining([number, name]));
    expect(await page.locator('main script, main img, main b').count()).toBe(0);
    await openDraft('Sổ quyết định', 'Đưa người bị tai nạn giao thông');
    const text = await page.locator('body').innerText();
    expect(text).toContain(name);
    expect(text).toContain(`Số: ${number}`);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });
});

/** A server function through the playground's bridge, as the sidebar calls it; the value of its Result. */
const bridge = <T>(fn: string, ...args: unknown[]): Promise<T> => callBridge<T>(playground.url, fn, ...args);
