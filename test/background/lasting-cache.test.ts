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
