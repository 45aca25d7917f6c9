// Boots the built add-on (dist/) on the emulated runtime: what tests, the CLI and the playground share.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRuntime, loadBundle } from './runtime';
import type { ExecutionOptions, Runtime, RuntimeOptions } from './runtime';

export const DIST = path.join(__dirname, '..', 'dist');

export interface AddOn {
  runtime: Runtime;
  /** Runs an entry point as one Apps Script execution (locks released and writes committed at its end). */
  call<T = unknown>(name: string, args?: unknown[], options?: ExecutionOptions): T;
}

let cached: { code: string; html: Record<string, string>; oauthScopes: string[] } | undefined;

function readDist(): { code: string; html: Record<string, string>; oauthScopes: string[] } {
  if (!cached) {
    const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    const html = Object.fromEntries(
      readdirSync(DIST)
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f.replace(/\.html$/, ''), readFileSync(path.join(DIST, f), 'utf8')]),
    );
    cached = { code, html, oauthScopes: manifest.oauthScopes };
  }
  return cached;
}

/** A fresh emulated spreadsheet with the bundle loaded; run `setUpSheet` (local/flows.ts) to get the tabs and form. */
export function bootAddOn(options: RuntimeOptions = {}): AddOn {
  const { code, html, oauthScopes } = readDist();
  const runtime = createRuntime({ oauthScopes, ...options, htmlFiles: html });
  loadBundle(runtime, code, 'Code.js');
  return {
    runtime,
    call: <T>(name: string, args: unknown[] = [], opts: ExecutionOptions = {}) => runtime.run(name, args, opts) as T,
  };
}
