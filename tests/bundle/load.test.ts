// The bundle loads as Apps Script loads it: in a context with only the Apps Script globals, every entry
// point a real top-level function, onOpen building the menu in limited auth mode.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vm from 'node:vm';
import { createRuntime, loadBundle } from '../../local/runtime';

const code = readFileSync(path.join(__dirname, '../../dist/Code.js'), 'utf8');
/** What src/main.ts exports, as the build's metafile lists them (scripts/build.mjs). */
const ENTRY_POINTS = JSON.parse(readFileSync(path.join(__dirname, '../../out/entry-points.json'), 'utf8')) as string[];

describe('dist/Code.js', () => {
  it('declares every entry point as a top-level function statement', () => {
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(\\.\\.\\.a\\)\\{`, 'm'));
  });

  it('runs with nothing but Apps Script globals: no require, process, setTimeout, fetch or Buffer', () => {
    const runtime = createRuntime();
    const fns = loadBundle(runtime, code);
    expect(Object.keys(fns).sort()).toEqual([...ENTRY_POINTS].sort());
    const probe = vm.createContext({ ...runtime.globals });
    new vm.Script(code).runInContext(probe);
    for (const name of ['require', 'process', 'setTimeout', 'setInterval', 'fetch', 'Buffer', 'module'])
      expect(vm.runInContext(`typeof ${name}`, probe)).toBe('undefined');
    for (const name of ENTRY_POINTS) expect(vm.runInContext(`typeof ${name}`, probe)).toBe('function');
  });

  it('never mentions Node or browser-only APIs in the shipped code', () => {
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bsetTimeout\(|\bsetInterval\(|\bfetch\(|\bBuffer\./);
  });

  it('builds the menu from onOpen in AuthMode.LIMITED, touching no other service', () => {
    const runtime = createRuntime();
    loadBundle(runtime, code);
    const results = runtime.openSpreadsheet({ authMode: 'LIMITED' });
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(runtime.ui.menus).toEqual([
      expect.objectContaining({
        name: 'Việc tốt',
        items: expect.arrayContaining([
          expect.objectContaining({ caption: 'Thiết lập', functionName: 'menuSetup' }),
          expect.objectContaining({ caption: 'Mở bảng duyệt', functionName: 'menuOpenReview' }),
        ]),
      }),
    ]);
    const services = Object.keys(runtime.meter.snapshot().calls).map((k) => k.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['Spreadsheet', 'Base']));
  });

  it('passes every argument through the stub to the bundle', () => {
    const runtime = createRuntime();
    const fns = loadBundle(runtime, code);
    const result = runtime.run('listDeeds', [{ filter: { month: 'bad' }, offset: 0, limit: 1 }]) as {
      ok: boolean;
      code: string;
    };
    expect(result).toEqual(expect.objectContaining({ ok: false, code: 'invalid' }));
    expect(fns.listDeeds).toBeDefined();
  });
});
