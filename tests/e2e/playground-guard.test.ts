// In Chromium: the playground's own forms still post (the browser sends their Origin), and a page on another site
// cannot drive the playground on localhost, neither by a form nor by a no-cors fetch (guard.ts).
import { OUTSIDER, REVIEWER } from '../../local/flows';
import { MSG_GUARD } from '../../local/playground/guard';
import { playgroundAround } from './browser';

const env = playgroundAround(() => {
  env.playground.pg.actingAs = REVIEWER;
  jest.restoreAllMocks();
});

const DESK = { width: 1280, height: 900 };
const EVIL = 'http://evil.example';

test('the role form and «Tính lại» post from the playground`s own pages', async () => {
  const { page } = await env.open(DESK);
  await page.goto(`${env.playground.url}/sidebar`);
  await page.getByRole('radio', { name: /Người ngoài/ }).check();
  await page.getByRole('button', { name: 'Đổi vai trò' }).click();
  await page.waitForURL(/\/sidebar$/);
  await page.getByRole('radio', { name: /Người ngoài/, checked: true }).waitFor();
  expect(env.playground.pg.actingAs).toBe(OUTSIDER);

  env.playground.pg.actingAs = REVIEWER;
  await page.goto(`${env.playground.url}/khen-thuong`);
  await page.getByRole('button', { name: 'Tính lại' }).click();
  expect(await page.getByRole('status').innerText()).toBe('✔ Đã tính lại hồ sơ khen thưởng.');
});

test('a page on another site: its forms, the role one and JSON sent as text/plain, are refused with 403', async () => {
  const runs = jest.spyOn(env.playground.pg.addOn.runtime, 'scriptRun');
  const context = await env.browser.newContext({ viewport: DESK });
  try {
    const page = await context.newPage();
    // text/plain needs no preflight: name + "=" + value is the JSON {"fn":"refreshLadder","args":[],"x":"="}.
    const html = `<!doctype html><html><body>
<form id="role" method="post" action="${env.playground.url}/role"><input type="hidden" name="role" value="outsider"><button>Vai trò</button></form>
<form id="run" method="post" enctype="text/plain" action="${env.playground.url}/api/run"><input type="hidden" name='{"fn":"refreshLadder","args":[],"x":"' value='"}'><button>Chạy</button></form>
</body></html>`;
    await page.route(`${EVIL}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    for (const [form, path] of [
      ['role', '/role'],
      ['run', '/api/run'],
    ]) {
      await page.goto(`${EVIL}/`);
      const [reply] = await Promise.all([
        page.waitForResponse(`${env.playground.url}${path}`),
        page.click(`#${form} button`),
      ]);
      expect(reply.status()).toBe(403);
      expect(await reply.text()).toBe(MSG_GUARD.origin);
    }
    expect(env.playground.pg.actingAs).toBe(REVIEWER);
    expect(runs).not.toHaveBeenCalled();
  } finally {
    await context.close();
  }
});
