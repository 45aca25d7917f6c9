// The playground refuses what another web page could send it (CSRF against localhost): text/plain JSON, a form or a
// request from another origin; its own pages' forms, same-origin JSON and Node's fetch (tests, scripts) pass.
import { callBridge } from '../../local/playground/client';
import { MSG_GUARD } from '../../local/playground/guard';
import { startPlayground } from '../../local/playground/server';
import { OUTSIDER, REVIEWER } from '../../local/flows';

let playground: Awaited<ReturnType<typeof startPlayground>>;
let own: string;
let runs: jest.SpyInstance;

beforeAll(async () => {
  playground = await startPlayground(0, '127.0.0.1', () => undefined);
  own = playground.url.replace('localhost', '127.0.0.1');
});
afterAll(() => playground.close());
beforeEach(() => {
  playground.pg.actingAs = REVIEWER;
  runs = jest.spyOn(playground.pg.addOn.runtime, 'scriptRun');
});
afterEach(() => jest.restoreAllMocks());

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const RUN = JSON.stringify({ fn: 'getSidebarState', args: [] });
const ROLE = JSON.stringify({ role: 'outsider' });
/** A blob without a type, for which fetch sends no content type (it sends a string as text/plain). */
const BYTES = new Blob([RUN]);

function post(path: string, headers: Record<string, string>, body: string | Blob) {
  return fetch(`${playground.url}${path}`, { method: 'POST', headers, body, redirect: 'manual' });
}

describe('refused with 403 and a Vietnamese reason, nothing run', () => {
  test.each([
    ['/api/run', 'text/plain JSON (what any page may post)', { 'content-type': 'text/plain' }, RUN, 'contentType'],
    ['/role', 'text/plain JSON', { 'content-type': 'text/plain;charset=UTF-8' }, ROLE, 'contentType'],
    ['/api/run', 'no content type', {}, BYTES, 'contentType'],
    ['/role', 'a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, ROLE, 'contentType'],
    ['/api/run', 'JSON from another origin', { ...JSON_TYPE, origin: 'http://evil.example' }, RUN, 'origin'],
    ['/api/run', 'JSON from another port', { ...JSON_TYPE, origin: 'http://localhost:1' }, RUN, 'origin'],
    ['/api/run', 'JSON from a sandboxed frame', { ...JSON_TYPE, origin: 'null' }, RUN, 'origin'],
    ['/role', 'JSON the browser calls cross-site', { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' }, ROLE, 'origin'],
    ['/role', 'JSON the browser calls same-site', { ...JSON_TYPE, 'sec-fetch-site': 'same-site' }, ROLE, 'origin'],
    ['/role', 'a form from another origin', { ...FORM_TYPE, origin: 'http://evil.example' }, 'role=outsider', 'origin'],
    ['/role', 'a form without Origin', FORM_TYPE, 'role=outsider', 'formOrigin'],
    ['/api/run', 'a same-origin form', { ...FORM_TYPE, origin: 'OWN' }, 'fn=getSidebarState', 'jsonOnly'],
    ['/reports/weekly', 'JSON to a form', { ...JSON_TYPE, origin: 'OWN' }, '{}', 'formOnly'],
  ] as const)('POST %s: %s', async (path, _what, headers, body, reason) => {
    const sent = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'OWN' ? own : v]));
    const res = await post(path, sent, body);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(MSG_GUARD[reason]);
    expect(runs).not.toHaveBeenCalled();
    expect(playground.pg.actingAs).toBe(REVIEWER);
    expect(playground.pg.lastMessage).toBe(''); // no form route ran
  });
});

describe('accepted', () => {
  test('same-origin JSON from the sidebar frame runs the server function once', async () => {
    for (const origin of [own, playground.url]) {
      runs.mockClear();
      const headers = { 'content-type': 'application/json; charset=utf-8', origin, 'sec-fetch-site': 'same-origin' };
      const res = await post('/api/run', headers, RUN);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
      expect(runs).toHaveBeenCalledTimes(1);
    }
  });

  test("JSON from Node's fetch (no Origin: not a browser, so no other site behind it)", async () => {
    await expect(callBridge(playground.url, 'getSidebarState')).resolves.toBeDefined();
    expect(runs).toHaveBeenCalledTimes(1);
    const res = await post('/role', JSON_TYPE, ROLE);
    expect(await res.json()).toEqual({ ok: true, actingAs: OUTSIDER });
  });

  test("the role form posted from the playground's own page", async () => {
    const headers = { ...FORM_TYPE, origin: own, 'sec-fetch-site': 'same-origin' };
    const res = await post('/role', headers, 'role=outsider');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sidebar');
    expect(playground.pg.actingAs).toBe(OUTSIDER);
  });
});
