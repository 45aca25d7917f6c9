// loadBundle runs the built script in a bare node:vm context whose only globals are the fakes.
import { callEntry, createRuntime, loadBundle } from '../../local/runtime';

const BUNDLE = `
var COUNT = 1;
function onOpen(e) { return 'opened'; }
function probe() {
  return {
    require: typeof require, process: typeof process, setTimeout: typeof setTimeout, setInterval: typeof setInterval,
    fetch: typeof fetch, Buffer: typeof Buffer, module: typeof module, globalThisIsNode: typeof globalThis.process !== 'undefined',
    spreadsheetApp: typeof SpreadsheetApp, json: typeof JSON, intl: typeof Intl,
  };
}
function realms() {
  var sheet = SpreadsheetApp.getActive().getActiveSheet();
  sheet.getRange('A1').setValue(new Date(2026, 0, 2));
  var v = sheet.getRange('A1').getValues();
  var caught;
  try { sheet.getRange(0, 1); } catch (e) { caught = e; }
  return { date: v[0][0] instanceof Date, array: Array.isArray(v), error: caught instanceof Error, name: caught.name };
}
function echo(x) { return x; }
`;

describe('loadBundle', () => {
  it('returns the functions the script declared, not its variables or the globals', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, BUNDLE);
    expect(Object.keys(fns).sort()).toEqual(['echo', 'onOpen', 'probe', 'realms']);
    expect(callEntry(rt, fns, 'onOpen')).toBe('opened');
    expect(rt.bundle).toBe(fns);
  });

  it('gives the script no Node.js globals', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, BUNDLE);
    expect(callEntry(rt, fns, 'probe')).toEqual({
      require: 'undefined',
      process: 'undefined',
      setTimeout: 'undefined',
      setInterval: 'undefined',
      fetch: 'undefined',
      Buffer: 'undefined',
      module: 'undefined',
      globalThisIsNode: false,
      spreadsheetApp: 'object',
      json: 'object',
      intl: 'object',
    });
  });

  it('hands the script Dates and errors of its own realm, so instanceof works there', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, BUNDLE);
    expect(callEntry(rt, fns, 'realms')).toEqual({ date: true, array: true, error: true, name: 'Exception' });
  });

  it('reports a missing entry point like Apps Script', () => {
    const rt = createRuntime();
    const fns = loadBundle(rt, BUNDLE);
    expect(() => callEntry(rt, fns, 'nope')).toThrow('Script function not found: nope');
  });

  it('scriptRun checks values like google.script.run: Dates fail going in and null the result coming back', () => {
    const rt = createRuntime();
    loadBundle(rt, BUNDLE);
    expect(rt.scriptRun('echo', { a: [1, undefined, 'x'] })).toEqual({ a: [1, null, 'x'] });
    expect(() => rt.scriptRun('echo', new Date())).toThrow('not a legal value');
    expect(rt.scriptRun('realms')).toEqual({ date: true, array: true, error: true, name: 'Exception' });
    const withDate = `function when() { return { at: new Date() }; }`;
    loadBundle(rt, withDate);
    expect(rt.scriptRun('when')).toBeNull();
  });
});

describe('the script’s clock', () => {
  it('makes new Date() and Date.now() in the script read the runtime clock', () => {
    const rt = createRuntime({ now: new Date('2026-10-31T23:30:00+07:00') });
    const fns = loadBundle(
      rt,
      'function now() { return [new Date().toISOString(), Date.now(), new Date(0).getTime()]; }',
    );
    expect(callEntry(rt, fns, 'now')).toEqual(['2026-10-31T16:30:00.000Z', Date.parse('2026-10-31T16:30:00Z'), 0]);
    rt.clock.advance(60_000);
    expect((callEntry(rt, fns, 'now') as unknown[])[0]).toBe('2026-10-31T16:31:00.000Z');
  });
});
