// The lasting cache on an in-memory IndexedDB (fake-indexeddb): values kept, expiry by age,
// the least recently used out past the size bound, size and clear for the options page.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LastingCache } from '../../entrypoints/background/lasting-cache';

function cacheAt(clock: { now: number }, maxBytes = 1_000_000) {
  return new LastingCache({ indexedDB: new IDBFactory(), maxBytes, now: () => clock.now });
}

describe('LastingCache', () => {
  it('keeps plain data under its key, for good unless given an age', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    await cache.put('filing:0000899243-21-044262', { document: { rows: [1, 2] }, accession: '0000899243-21-044262' });
    clock.now += 365 * 86_400_000;
    expect(await cache.get('filing:0000899243-21-044262')).toEqual({ document: { rows: [1, 2] }, accession: '0000899243-21-044262' });
    expect(await cache.get('filing:other')).toBeUndefined();
  });

  it('forgets a submissions JSON after its hour', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    await cache.put('json:https://data.sec.gov/submissions/CIK0001318605.json', { cik: '0001318605' }, 3_600_000);
    clock.now = 3_599_999;
    expect(await cache.get('json:https://data.sec.gov/submissions/CIK0001318605.json')).toEqual({ cik: '0001318605' });
    clock.now = 3_600_000;
    expect(await cache.get('json:https://data.sec.gov/submissions/CIK0001318605.json')).toBeUndefined();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('drops the least recently used entries when the total passes the bound', async () => {
    const clock = { now: 0 };
    // Each value weighs 100 bytes as JSON; 350 bytes hold three.
    const cache = cacheAt(clock, 350);
    const value = (c: string) => c.repeat(98);
    for (const key of ['a', 'b', 'c']) {
      clock.now += 1;
      await cache.put(key, value(key));
    }
    clock.now += 1;
    expect(await cache.get('a')).toBe(value('a')); // a is now the most recently used
    clock.now += 1;
    await cache.put('d', value('d'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(value('a'));
    expect(await cache.get('c')).toBe(value('c'));
    expect(await cache.get('d')).toBe(value('d'));
    expect(await cache.stats()).toEqual({ entries: 3, bytes: 300 });
  });

  it('reports its size and clears', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock);
    await cache.put('x', { a: 1 });
    await cache.put('y', [1, 2, 3]);
    // As JSON, {"a":1} is 7 characters and [1,2,3] 7 more.
    expect(await cache.stats()).toEqual({ entries: 2, bytes: 14 });
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
    expect(await cache.get('x')).toBeUndefined();
  });
});

describe('LastingCache under load and on a database of another shape', () => {
  const hundredBytes = (key: string) => key.repeat(98 / key.length); // JSON: 98 characters and two quotes

  it('ten puts at once: within the bound, the newest kept, never emptied', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock, 350);
    await Promise.all(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((key) => cache.put(key, hundredBytes(key))));
    // 350 bytes hold three values of 100: the last three put.
    expect(await cache.stats()).toEqual({ entries: 3, bytes: 300 });
    expect(await Promise.all(['h', 'i', 'j'].map((key) => cache.get(key)))).toEqual(['h', 'i', 'j'].map(hundredBytes));
  });

  it('keeps its running total equal to what it holds, through replacements, expiry and eviction', async () => {
    const clock = { now: 0 };
    const cache = cacheAt(clock, 1_000);
    await cache.put('a', hundredBytes('a'));
    await cache.put('a', 'x'.repeat(48)); // replaced: 50 bytes now
    await cache.put('b', hundredBytes('b'), 10);
    clock.now = 20;
    expect(await cache.get('b')).toBeUndefined(); // expired, removed
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']) await cache.put(key, hundredBytes(key));
    // 50 + 10 x 100 = 1,050 > 1,000: 'a' (least recently used) goes; 1,000 remain in 10 entries.
    expect(await cache.stats()).toEqual({ entries: 10, bytes: 1_000 });
    expect(await cache.get('a')).toBeUndefined();
  });

  it('does not keep a value larger than the whole bound, and keeps the others', async () => {
    const cache = cacheAt({ now: 0 }, 350);
    await cache.put('small', hundredBytes('s'));
    await cache.put('huge', 'x'.repeat(1_000));
    expect(await cache.stats()).toEqual({ entries: 1, bytes: 100 });
  });

  it('makes again a database of a newer version, and one of the first version without its index', async () => {
    for (const make of [
      (db: IDBDatabase) => db.createObjectStore('entries', { keyPath: 'key' }),
      (db: IDBDatabase) => db.createObjectStore('other'),
    ]) {
      for (const version of [1, 3]) {
        const factory = new IDBFactory();
        await new Promise<void>((resolve, reject) => {
          const request = factory.open('form4-lens-cache', version);
          request.onupgradeneeded = () => make(request.result);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        });
        const cache = new LastingCache({ indexedDB: factory, maxBytes: 350, now: () => 0 });
        for (const key of ['a', 'b', 'c', 'd']) await cache.put(key, hundredBytes(key));
        expect(await cache.stats(), `version ${version}`).toEqual({ entries: 3, bytes: 300 });
        expect(await cache.get('d')).toBe(hundredBytes('d'));
      }
    }
  });

  it('tries to open again after a failed open, and says why it failed in one sentence', async () => {
    const real = new IDBFactory();
    // Both tries of the first use fail (the open, then the open after deleting the database).
    let failures = 2;
    const flaky = {
      open: (name: string, version?: number) => {
        if (failures-- > 0) throw new Error('disk full');
        return real.open(name, version);
      },
      deleteDatabase: (name: string) => real.deleteDatabase(name),
    } as unknown as IDBFactory;
    const cache = new LastingCache({ indexedDB: flaky, now: () => 0 });
    await expect(cache.stats()).rejects.toThrow(/^The cache could not be opened \(.+\)\.$/);
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('costs a put about the same into a store of 3,200 entries as into one of 200', async () => {
    const filled = async (n: number) => {
      const cache = cacheAt({ now: 0 }, 1e12);
      for (let i = 0; i < n; i += 1) await cache.put(`k${i}`, 'x'.repeat(100));
      return cache;
    };
    const time = async (cache: LastingCache) => {
      let best = Infinity;
      for (let run = 0; run < 5; run += 1) {
        const start = performance.now();
        for (let i = 0; i < 20; i += 1) await cache.put(`new${run}-${i}`, 'y'.repeat(100));
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const [small, large] = [await filled(200), await filled(3_200)];
    // Walking every value on each put (as before) makes this about 16; a running total, about 1.
    expect((await time(large)) / (await time(small))).toBeLessThan(6);
  }, 60_000);
});
