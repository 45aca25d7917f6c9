// PropertiesService stores strings within its size limits; CacheService expires entries on the clock.
import { createRuntime, gas } from '../../local/runtime';

describe('PropertiesService', () => {
  it('stores strings in script, document and per-user stores', () => {
    const rt = createRuntime();
    const { PropertiesService } = gas(rt);
    const script = PropertiesService.getScriptProperties();
    script.setProperty('n', 42 as unknown as string);
    expect(script.getProperty('n')).toBe('42');
    expect(script.getProperty('missing')).toBeNull();
    script.setProperties({ a: '1', b: '2' });
    expect(script.getKeys().sort()).toEqual(['a', 'b', 'n']);
    script.setProperties({ c: '3' }, true);
    expect(script.getProperties()).toEqual({ c: '3' });
    script.deleteProperty('c');
    expect(script.getKeys()).toEqual([]);

    PropertiesService.getDocumentProperties().setProperty('doc', 'x');
    expect(PropertiesService.getScriptProperties().getProperty('doc')).toBeNull();

    PropertiesService.getUserProperties().setProperty('me', 'admin');
    rt.setUser('other@example.org');
    expect(PropertiesService.getUserProperties().getProperty('me')).toBeNull();
    rt.setUser('admin@example.org');
    expect(PropertiesService.getUserProperties().getProperty('me')).toBe('admin');
  });

  it('enforces 9 KB per value and 500 KB per store, leaving the store unchanged', () => {
    const rt = createRuntime();
    const props = gas(rt).PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => props.setProperty('vi', 'ệ'.repeat(4000))).toThrow('Argument too large: value');
    const chunk = 'y'.repeat(9000);
    expect(() => {
      for (let i = 0; i < 60; i++) props.setProperty(`k${i}`, chunk);
    }).toThrow('You have exceeded the property storage quota');
    expect(props.getKeys().length).toBeLessThan(60);
  });
});

describe('CacheService', () => {
  it('expires entries by the runtime clock (default 10 minutes, at most 6 hours)', () => {
    const rt = createRuntime();
    const cache = gas(rt).CacheService.getScriptCache();
    cache.put('a', 'A');
    cache.put('b', 'B', 60);
    cache.put('c', 'C', 100_000);
    rt.clock.advance(60_000);
    expect(cache.get('b')).toBeNull();
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: 'A', c: 'C' });
    rt.clock.advance(540_000);
    expect(cache.get('a')).toBeNull();
    rt.clock.advance(6 * 3600_000);
    expect(cache.get('c')).toBeNull();
  });

  it('limits keys to 250 characters and values to 100 KB, and keeps user caches apart', () => {
    const rt = createRuntime();
    const { CacheService } = gas(rt);
    const cache = CacheService.getScriptCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    // Counted in UTF-8 bytes: 40,000 Vietnamese letters of 3 bytes each are far fewer characters than the limit.
    expect(() => cache.put('k', 'ệ'.repeat(40_000))).toThrow('Argument too large: value');
    expect(() => cache.putAll({ k: 'ệ'.repeat(40_000) })).toThrow('Argument too large: value');
    cache.put('k', 'ệ'.repeat(34_133)); // 102,399 bytes
    cache.putAll({ x: '1', y: '2' });
    cache.removeAll(['x']);
    expect(cache.get('x')).toBeNull();
    expect(cache.get('y')).toBe('2');
    CacheService.getUserCache().put('mine', '1');
    rt.setUser('other@example.org');
    expect(CacheService.getUserCache().get('mine')).toBeNull();
  });
});
