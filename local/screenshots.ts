// The frame of a screenshot script: the seeded playground and Debian's Chromium around `take`, which saves its shots
// in docs/screenshots and names them; both are closed after, and a failure goes to stderr with exit code 1.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { startPlayground } from './playground/server';

export const SHOTS = path.join(__dirname, '..', 'docs', 'screenshots');
export const shot = (name: string) => path.join(SHOTS, name);

type Playground = Awaited<ReturnType<typeof startPlayground>>;

export function screenshotScript(take: (playground: Playground, browser: Browser) => Promise<string[]>): void {
  void (async () => {
    mkdirSync(SHOTS, { recursive: true });
    const playground = await startPlayground(0);
    const browser = await launch();
    try {
      const names = await take(playground, browser);
      process.stderr.write(`wrote ${names.join(', ')} in ${SHOTS}\n`);
    } finally {
      await browser.close();
      playground.close();
    }
  })().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
