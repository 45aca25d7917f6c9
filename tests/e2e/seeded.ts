// The sidebar tests' server: the playground itself (the real bundle on the emulated runtime, google.script.run
// bridged to POST /api/run) seeded with fixtures.ts, fresh for each test; and a page's calls, seen in the browser.
import type { Page } from 'playwright-core';
import { OUTSIDER, REVIEWER } from '../../local/flows';
import { bootSeeded, startPlayground } from '../../local/playground/server';
import type { Playground } from '../../local/playground/server';
import { seedFixtures } from './fixtures';

export type Role = 'reviewer' | 'outsider';

export interface Seeded {
  /** http://127.0.0.1:port (the playground listens there). */
  url: string;
  pg: Playground;
  /** Each fixture title's deed id, as the bundle gave it. */
  ids: Record<string, string>;
  /** A fresh add-on with the fixtures (and the ladder built, unless `ladder: false`), the reviewer signed in. */
  reset(options?: { ladder?: boolean }): void;
  setRole(role: Role): void;
  close(): void;
}

export async function startSeeded(): Promise<Seeded> {
  let ids: Record<string, string> = {};
  const { url, pg, close } = await startPlayground(0, '127.0.0.1', (addOn) => (ids = seedFixtures(addOn)));
  return {
    url: url.replace('localhost', '127.0.0.1'),
    pg,
    get ids() {
      return ids;
    },
    reset: (options) => {
      pg.addOn = bootSeeded((addOn) => (ids = seedFixtures(addOn, options)));
      pg.actingAs = REVIEWER;
    },
    setRole: (role) => (pg.actingAs = role === 'reviewer' ? REVIEWER : OUTSIDER),
    close,
  };
}

export interface Calls {
  /** Every call the page made, in order. */
  list: { fn: string; args: unknown[] }[];
  /** The next call to fn fails as a crash would (the page's failure handler runs). */
  fail(fn: string): void;
  /** Calls wait until the returned function is called: lets a test look at the page mid-call. */
  hold(): () => void;
}

/** Watches the page's google.script.run calls on their way to the playground's bridge. */
export async function watchCalls(page: Page): Promise<Calls> {
  const faults = new Set<string>();
  let gate: Promise<void> | undefined;
  const calls: Calls = {
    list: [],
    fail: (fn) => void faults.add(fn),
    hold: () => {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
  await page.route('**/api/run', async (route) => {
    const { fn, args } = JSON.parse(route.request().postData() ?? '{}') as { fn: string; args: unknown[] };
    calls.list.push({ fn, args });
    if (gate) await gate;
    if (faults.delete(fn)) {
      const crash = { ok: false, error: `Exception: simulated crash in ${fn}` };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(crash) });
    } else {
      await route.continue();
    }
  });
  return calls;
}
