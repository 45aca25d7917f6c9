// Fake PropertiesService: script, document and per-user stores of strings, with the size limits enforced.
// https://developers.google.com/apps-script/reference/properties/properties
// Limits (https://developers.google.com/apps-script/guides/services/quotas): 9 KB per value, 500 KB per store.
// Sizes are UTF-8 bytes of key + value; 1 KB = 1024 bytes.

import { Facade, type Context, type Emulates } from './context';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
/** Reported by users hitting the limits (the exact wording is not in Google's documentation). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

type GasProperties = GoogleAppsScript.Properties.Properties;

export class FakeProperties
  extends Facade
  implements
    Emulates<
      GasProperties,
      | 'getProperty'
      | 'setProperty'
      | 'getProperties'
      | 'setProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
      | 'getKeys'
    >
{
  constructor(
    ctx: Context,
    readonly store: Map<string, string>,
  ) {
    super(ctx, 'Properties.Properties');
  }

  /** Checks a whole new state of the store before it replaces the old one. */
  private commit(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > MAX_VALUE_BYTES) throw this.ctx.error(VALUE_TOO_LARGE);
      total += bytes(k) + bytes(v);
    }
    if (total > MAX_STORE_BYTES) throw this.ctx.error(STORE_FULL);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  private key(key: unknown): string {
    if (key === null || key === undefined || String(key) === '') throw this.ctx.error('Invalid argument: key');
    return String(key);
  }

  getProperty(key: string): string | null {
    return this.store.get(this.key(key)) ?? null;
  }

  /** Values are stored as strings, as the real store does (numbers come back as '42'). */
  setProperty(key: string, value: string): FakeProperties {
    const next = new Map(this.store);
    next.set(this.key(key), String(value));
    this.commit(next);
    return this.proxy;
  }

  getProperties(): Record<string, string> {
    return this.ctx.adopt(Object.fromEntries(this.store));
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): FakeProperties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties ?? {})) next.set(this.key(k), String(v));
    this.commit(next);
    return this.proxy;
  }

  deleteProperty(key: string): FakeProperties {
    this.store.delete(this.key(key));
    return this.proxy;
  }

  deleteAllProperties(): FakeProperties {
    this.store.clear();
    return this.proxy;
  }

  getKeys(): string[] {
    return this.ctx.array([...this.store.keys()]);
  }
}

type GasPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** All property stores of the project; user stores are per user. */
export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();

  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new Map()));
    return store;
  }
}

export class FakePropertiesService
  extends Facade
  implements Emulates<GasPropertiesService, 'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'>
{
  constructor(
    ctx: Context,
    private readonly stores: PropertyStores,
  ) {
    super(ctx, 'Properties.PropertiesService');
  }

  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.script).proxy;
  }

  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.document).proxy;
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.user(this.ctx.currentUser())).proxy;
  }
}
