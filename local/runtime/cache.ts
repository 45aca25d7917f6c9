// Fake CacheService: script, document and per-user caches that expire on the runtime's clock.
// https://developers.google.com/apps-script/reference/cache/cache
// Keys ≤ 250 characters, values ≤ 100 KB, expiry ≤ 6 h (default 10 min); at most 1,000 items per cache, the
// oldest ~10 % evicted when full (measured: https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits).

import { Facade, type Context, type Emulates } from './context';

export const MAX_KEY_CHARS = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_EXPIRATION_SECONDS = 21_600;
export const DEFAULT_EXPIRATION_SECONDS = 600;
export const MAX_ITEMS = 1000;

interface Entry {
  value: string;
  expiresAt: number;
  createdAt: number;
}

type GasCache = GoogleAppsScript.Cache.Cache;

export class FakeCache
  extends Facade
  implements Emulates<GasCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  constructor(
    ctx: Context,
    private readonly entries: Map<string, Entry>,
  ) {
    super(ctx, 'Cache.Cache');
  }

  private now(): number {
    return this.ctx.clock.now().getTime();
  }

  private key(key: unknown): string {
    const k = String(key);
    if (k.length > MAX_KEY_CHARS) throw this.ctx.error('Argument too large: key');
    return k;
  }

  private read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private write(key: string, value: unknown, expirationInSeconds?: number): void {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw this.ctx.error('Argument too large: value');
    const seconds = Math.min(expirationInSeconds ?? DEFAULT_EXPIRATION_SECONDS, MAX_EXPIRATION_SECONDS);
    const now = this.now();
    this.entries.delete(key);
    if (this.entries.size >= MAX_ITEMS) {
      const oldest = [...this.entries.entries()].sort((a, b) => a[1].createdAt - b[1].createdAt);
      for (const [k] of oldest.slice(0, MAX_ITEMS / 10)) this.entries.delete(k);
    }
    this.entries.set(key, { value: v, expiresAt: now + seconds * 1000, createdAt: now });
  }

  get(key: string): string | null {
    return this.read(this.key(key));
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.read(this.key(key));
      if (v !== null) out[key] = v;
    }
    return this.ctx.adopt(out);
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.write(this.key(key), value, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values ?? {})) this.write(this.key(k), v, expirationInSeconds);
  }

  remove(key: string): void {
    this.entries.delete(this.key(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.entries.delete(this.key(key));
  }
}

type GasCacheService = GoogleAppsScript.Cache.CacheService;

export class FakeCacheService
  extends Facade
  implements Emulates<GasCacheService, 'getScriptCache' | 'getDocumentCache' | 'getUserCache'>
{
  private readonly script = new Map<string, Entry>();
  private readonly document = new Map<string, Entry>();
  private readonly users = new Map<string, Map<string, Entry>>();

  constructor(ctx: Context) {
    super(ctx, 'Cache.CacheService');
  }

  getScriptCache(): FakeCache {
    return new FakeCache(this.ctx, this.script).proxy;
  }

  getDocumentCache(): FakeCache {
    return new FakeCache(this.ctx, this.document).proxy;
  }

  getUserCache(): FakeCache {
    const user = this.ctx.currentUser();
    let entries = this.users.get(user);
    if (!entries) this.users.set(user, (entries = new Map()));
    return new FakeCache(this.ctx, entries).proxy;
  }
}
