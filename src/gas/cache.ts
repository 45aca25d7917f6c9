// The cache this add-on keeps things in, and the one guarded way to read and write it.
import { utf8Length } from '#shared/escape';

/**
 * A cached value holds at most 100 KB, counted in bytes (developers.google.com/apps-script/reference/cache/cache):
 * Vietnamese text is about 1.1–1.5 bytes a character in UTF-8, so a character count lets too much through.
 */
export const CACHE_VALUE_BYTES = 100 * 1024;

/**
 * The document's cache, so that two spreadsheets running the same script never see each other's settings (the
 * script's cache only where there is no document, as in a web app).
 */
export function documentCache(): GoogleAppsScript.Cache.Cache {
  return CacheService.getDocumentCache() ?? CacheService.getScriptCache();
}

/** The cached value, or null when there is none or the cache fails: the caller then reads the Sheet. */
export function cacheGet(key: string): string | null {
  try {
    return documentCache().get(key);
  } catch (err) {
    console.warn(`Cache get ${key} failed: ${String(err)}`);
    return null;
  }
}

/** Caches the value when it fits; a value too large or a failing cache is logged and skipped, never thrown. */
export function cachePut(key: string, value: string, seconds: number): boolean {
  if (utf8Length(value) > CACHE_VALUE_BYTES) {
    console.warn(`Cache put ${key} skipped: ${utf8Length(value)} bytes, over ${CACHE_VALUE_BYTES}`);
    return false;
  }
  try {
    documentCache().put(key, value, seconds);
    return true;
  } catch (err) {
    console.warn(`Cache put ${key} failed: ${String(err)}`);
    return false;
  }
}
