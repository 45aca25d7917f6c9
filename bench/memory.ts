// Measurements the latency model does not give: the V8 heap a cell of values takes once read (so an execution's
// memory is its cells read × this), and the bundle's load (parse and top-level init, paid by every execution).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { createRuntime, loadBundle } from '../local/runtime';
import type { Runtime } from '../local/runtime';
import { DIST } from '../local/addon';

const heap = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  gc();
  return getHeapStatistics().used_heap_size;
};

/** Bytes of V8 heap one cell of the tab takes as getValues returns it: a 2,000-row read held, the heap measured. */
export function bytesPerCell(rt: Runtime, tab: string): number {
  const sheet = rt.spreadsheet.getSheetByName(tab)!;
  const rows = Math.min(2_000, sheet.getLastRow() - 1);
  const width = sheet.getLastColumn();
  const before = heap();
  // A copy through JSON: the emulator's strings are shared with its sheet model (and the bench's rows repeat 200
  // templates); a real read hands the script fresh ones. Dates become ISO strings, about their size.
  const held = JSON.parse(JSON.stringify(sheet.getRange(2, 1, rows, width).getValues())) as unknown[][];
  const after = heap();
  if (held.length !== rows) throw new Error('short read');
  return Math.max(1, Math.round((after - before) / (rows * width)));
}

/** Milliseconds to parse dist/Code.js and run its top level on a fresh runtime: the median of 15 loads. */
export function bundleLoadMs(): number {
  const code = readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const runtime = createRuntime({});
    const start = process.hrtime.bigint();
    loadBundle(runtime, code, `Code-${i}.js`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[7]! * 10) / 10;
}
