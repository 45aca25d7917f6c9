// Headless Chromium from Debian (/usr/bin/chromium) through playwright-core, sized like the 300 px sidebar.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { startPlayground } from '../../local/playground/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SIDEBAR = { width: 300, height: 800 };
export const PHONE = { width: 360, height: 640 };
const isPhone = (v: { width: number }) => v.width === PHONE.width;

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page whose console errors and uncaught exceptions are collected, and that may only talk to `origin`. */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport = SIDEBAR,
): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(isPhone(viewport) ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return { page, errors, foreign };
}

/**
 * For a test file: a server (the playground) and Chromium started before its tests, handed to `ready`,
 * and both closed after them.
 */
export function browserAround<S extends { close(): unknown }>(
  start: () => Promise<S>,
  ready: (browser: Browser, server: S) => void,
): void {
  let browser: Browser | undefined;
  let server: S | undefined;
  beforeAll(async () => {
    server = await start();
    browser = await launch();
    ready(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

type Playground = Awaited<ReturnType<typeof startPlayground>>;

/**
 * For a test file on the playground: the server and Chromium around its tests, and `open`, a page that is checked
 * and closed after each test (closeChecked), when `after` runs too.
 */
export function playgroundAround(after: () => void = () => undefined) {
  let browser: Browser;
  let playground: Playground;
  let opened: Awaited<ReturnType<typeof openPage>> | undefined;
  browserAround(
    () => startPlayground(0),
    (b, p) => ((browser = b), (playground = p)),
  );
  afterEach(async () => {
    await closeChecked(opened);
    opened = undefined;
    after();
  });
  return {
    get browser(): Browser {
      return browser;
    },
    get playground(): Playground {
      return playground;
    },
    open: async (viewport = SIDEBAR) => (opened = await openPage(browser, playground.url, viewport)),
  };
}

/** After a test: its page had no uncaught exception and asked nothing outside its origin; then it is closed. */
export async function closeChecked(opened: { page: Page; errors: string[]; foreign: string[] } | undefined) {
  if (!opened) return; // the page never opened: the test's own failure says why
  expect(opened.errors).toEqual([]); // no uncaught exception in the page
  expect(opened.foreign).toEqual([]); // no CDN, no web font, nothing outside the page's own origin
  await opened.page.context().close();
}

/**
 * What the person sees (the viewport, scrolled to `top` when given) as docs/screenshots/sidebar-NAME.png,
 * only when SCREENSHOTS=1 so that a test run leaves the work tree clean.
 */
export async function screenshot(page: Page, name: string, top?: number): Promise<void> {
  if (top !== undefined && process.env.SCREENSHOTS === '1') await page.evaluate((y) => window.scrollTo(0, y), top);
  await docShot(page, `sidebar-${name}`);
}

/** A page (its viewport) or one element of it as docs/screenshots/NAME.png, only when SCREENSHOTS=1. */
export async function docShot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = path.join(__dirname, '../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await target.screenshot({ path: path.join(dir, `${name}.png`) });
}
