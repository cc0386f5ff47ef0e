// What the background keeps between visits, in IndexedDB (docs/design.md section 8): parsed
// filings (filings never change, so they never expire), submissions JSON and company tickers
// for an hour, and failures (a 404) for an hour so a reload asks nothing. The whole is bounded:
// past `maxBytes`, the least recently used entries go first.
//
// Every write accounts and evicts inside one readwrite transaction over the entries and a
// running total, so two puts at once cannot both see a stale total (they once took the store
// past its bound, then to nothing), and no put walks every value. A database of another shape
// (a newer version, a missing index) is deleted and made again: it is only a cache.
//
// The raw IndexedDB API rather than a helper (idb, idb-keyval): two object stores, one index
// and five operations, each wrapped once below, do not justify a dependency in the bundle.

import type { CacheStats } from '@/lib/messages/background-protocol';

const DB_VERSION = 2;
const STORE = 'entries';
const BY_USE = 'usedAt';
/** One record, `TOTAL`, holds the number of entries and their bytes. */
const META = 'meta';
const TOTAL = 'total';

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

/** The stores and the index this version needs, made from nothing. */
function createSchema(db: IDBDatabase): void {
  for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
  db.createObjectStore(STORE, { keyPath: 'key' }).createIndex(BY_USE, 'usedAt');
  db.createObjectStore(META).put({ entries: 0, bytes: 0 }, TOTAL);
}

function hasSchema(db: IDBDatabase): boolean {
  if (!db.objectStoreNames.contains(STORE) || !db.objectStoreNames.contains(META)) return false;
  const transaction = db.transaction(STORE, 'readonly');
  const ok = transaction.objectStore(STORE).indexNames.contains(BY_USE);
  transaction.abort();
  return ok;
}

/** The stored total, or none (as after a clear) */
async function readTotal(meta: IDBObjectStore): Promise<CacheStats> {
  const total = (await done(meta.get(TOTAL))) as CacheStats | undefined;
  return total ?? { entries: 0, bytes: 0 };
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

  private openOnce(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = this.factory.open(this.name, DB_VERSION);
      request.onupgradeneeded = () => createSchema(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
      request.onblocked = () => reject(new Error('IndexedDB is held open by an older version of the extension.'));
    });
  }

  private deleteDatabase(): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = this.factory.deleteDatabase(this.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be deleted.'));
    });
  }

  /** The database with this version's shape: one of another version or shape is made again. */
  private async openChecked(): Promise<IDBDatabase> {
    let db: IDBDatabase | null = await this.openOnce().catch(() => null);
    if (db && hasSchema(db)) return db;
    db?.close();
    await this.deleteDatabase();
    db = await this.openOnce();
    if (!hasSchema(db)) throw new Error('IndexedDB did not keep the shape the cache needs.');
    return db;
  }

  /** A connection that steps aside when another version (an update of the extension) needs the database. */
  private async connect(): Promise<IDBDatabase> {
    const db = await this.openChecked();
    db.onversionchange = () => {
      db.close();
      this.db = null;
    };
    return db;
  }

  private open(): Promise<IDBDatabase> {
    // A failed open is not kept: the next use tries again.
    this.db ??= this.connect().catch((error: unknown) => {
      this.db = null;
      throw new Error(`The cache could not be opened (${error instanceof Error ? error.message : String(error)}).`);
    });
    return this.db;
  }

  private async write<T>(work: (entries: IDBObjectStore, total: CacheStats, meta: IDBObjectStore) => Promise<T>): Promise<T> {
    const db = await this.open();
    const transaction = db.transaction([STORE, META], 'readwrite');
    const meta = transaction.objectStore(META);
    const total = await readTotal(meta);
    const result = await work(transaction.objectStore(STORE), total, meta);
    meta.put(total, TOTAL);
    await finished(transaction);
    return result;
  }

  /** The value stored under `key`, unless it expired; a hit counts as a use. */
  get<T>(key: string): Promise<T | undefined> {
    return this.write(async (entries, total) => {
      const record = (await done(entries.get(key))) as CacheRecord<T> | undefined;
      if (!record) return undefined;
      if (record.expiresAt !== undefined && record.expiresAt <= this.now()) {
        entries.delete(key);
        total.entries -= 1;
        total.bytes -= record.bytes;
        return undefined;
      }
      entries.put({ ...record, usedAt: this.now() });
      return record.value;
    });
  }

  /**
   * Stores `value` (plain data); `maxAgeMs` makes it expire. The least recently used others go
   * until the total is within the bound; a value larger than the whole bound is not kept.
   */
  put(key: string, value: unknown, maxAgeMs?: number): Promise<void> {
    const now = this.now();
    const record: CacheRecord = { key, value, bytes: JSON.stringify(value)?.length ?? 0, storedAt: now, usedAt: now };
    if (maxAgeMs !== undefined) record.expiresAt = now + maxAgeMs;
    if (record.bytes > this.maxBytes) return Promise.resolve();
    return this.write(async (entries, total) => {
      const previous = (await done(entries.get(key))) as CacheRecord | undefined;
      if (previous) {
        total.entries -= 1;
        total.bytes -= previous.bytes;
      }
      entries.put(record);
      total.entries += 1;
      total.bytes += record.bytes;
      if (total.bytes > this.maxBytes) await this.evict(entries, total, key);
    });
  }

  /** Least recently used first, never `keep`, until the total is within the bound. */
  private evict(entries: IDBObjectStore, total: CacheStats, keep: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = entries.index(BY_USE).openCursor();
      request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed.'));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || total.bytes <= this.maxBytes) return resolve();
        const record = cursor.value as CacheRecord;
        if (record.key !== keep) {
          cursor.delete();
          total.entries -= 1;
          total.bytes -= record.bytes;
        }
        cursor.continue();
      };
    });
  }

  async stats(): Promise<CacheStats> {
    const db = await this.open();
    const transaction = db.transaction(META, 'readonly');
    const total = await readTotal(transaction.objectStore(META));
    await finished(transaction);
    return total;
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const transaction = db.transaction([STORE, META], 'readwrite');
    transaction.objectStore(STORE).clear();
    transaction.objectStore(META).put({ entries: 0, bytes: 0 }, TOTAL);
    await finished(transaction);
  }
}
