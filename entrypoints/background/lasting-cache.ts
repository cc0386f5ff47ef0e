// What the background keeps between visits, in IndexedDB (docs/design.md section 8): parsed
// filings by accession (filings never change, so they never expire), submissions JSON and
// company tickers for an hour, and failures (a 404) for an hour so a reload asks nothing. The
// whole is bounded: past `maxBytes`, the least recently used entries go first.
//
// The raw IndexedDB API rather than a helper (idb, idb-keyval): one object store, one index
// and five operations, each wrapped once below, do not justify a dependency in the bundle.

import type { CacheStats } from '@/lib/messages/background-protocol';

const DB_VERSION = 1;
const STORE = 'entries';
const BY_USE = 'usedAt';

export interface CacheRecord<T = unknown> {
  key: string;
  value: T;
  /** Size estimate: the length of the value as JSON. */
  bytes: number;
  storedAt: number;
  usedAt: number;
  /** Absent: never expires. */
  expiresAt?: number;
}

export type { CacheStats };

export interface CacheOptions {
  name?: string;
  maxBytes?: number;
  now?: () => number;
  indexedDB?: IDBFactory;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted.'));
  });
}

export class LastingCache {
  private readonly name: string;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private readonly factory: IDBFactory;
  private db: Promise<IDBDatabase> | null = null;

  constructor(options: CacheOptions = {}) {
    this.name = options.name ?? 'form4-lens-cache';
    this.maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
    this.now = options.now ?? (() => Date.now());
    this.factory = options.indexedDB ?? indexedDB;
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = this.factory.open(this.name, DB_VERSION);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex(BY_USE, 'usedAt');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
    });
    return this.db;
  }

  /** The value stored under `key`, unless it expired; a hit counts as a use. */
  async get<T>(key: string): Promise<T | undefined> {
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    const record = (await done(store.get(key))) as CacheRecord<T> | undefined;
    let value: T | undefined;
    if (record && record.expiresAt !== undefined && record.expiresAt <= this.now()) {
      store.delete(key);
    } else if (record) {
      store.put({ ...record, usedAt: this.now() });
      value = record.value;
    }
    await finished(transaction);
    return value;
  }

  /** Stores `value` (plain data); `maxAgeMs` makes it expire. Then trims to the size bound. */
  async put(key: string, value: unknown, maxAgeMs?: number): Promise<void> {
    const now = this.now();
    const record: CacheRecord = { key, value, bytes: JSON.stringify(value)?.length ?? 0, storedAt: now, usedAt: now };
    if (maxAgeMs !== undefined) record.expiresAt = now + maxAgeMs;
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(record);
    await finished(transaction);
    await this.trim();
  }

  /** Least recently used out until the total is within the bound. */
  private async trim(): Promise<void> {
    const { bytes } = await this.stats();
    if (bytes <= this.maxBytes) return;
    let excess = bytes - this.maxBytes;
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    const request = transaction.objectStore(STORE).index(BY_USE).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || excess <= 0) return;
      excess -= (cursor.value as CacheRecord).bytes;
      cursor.delete();
      cursor.continue();
    };
    await finished(transaction);
  }

  async stats(): Promise<CacheStats> {
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readonly');
    const stats = { entries: 0, bytes: 0 };
    const request = transaction.objectStore(STORE).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      stats.entries += 1;
      stats.bytes += (cursor.value as CacheRecord).bytes;
      cursor.continue();
    };
    await finished(transaction);
    return stats;
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).clear();
    await finished(transaction);
  }
}
