// The background's side of the trades view (entrypoints/background/trades-port.ts): a past day
// from the daily index (test/fixtures/daily-index/form.20220809.idx: Tesla's six Forms 4 of
// 2022-08-09, which the corpus holds, and a 4/A it does not), today from the latest-filings feed
// (the two real pages of test/corpus/html, paged until a page runs short), each filing read once
// with one request (its full submission; the corpus XML stands in) and kept: a second visit asks nothing. The queue's timers are fake; the cache is
// fake-indexeddb.

import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilingSource } from '../../entrypoints/background/filing-source';
import { LastingCache } from '../../entrypoints/background/lasting-cache';
import { TradesPort } from '../../entrypoints/background/trades-port';
import type { TradesMessage } from '../../lib/messages/background-protocol';
import { RequestQueue, type FetchOutcome } from '../../lib/sec/request-queue';
import { corpusPath } from '../corpus-path';

const INDEX_URL = 'https://www.sec.gov/Archives/edgar/daily-index/2022/QTR3/form.20220809.idx';
const INDEX = readFileSync(new URL('../fixtures/daily-index/form.20220809.idx', import.meta.url), 'utf8');
const FEED = (start: number) => `https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&output=atom&start=${start}`;
const FEED_PAGES = new Map([0, 100].map((start) => [FEED(start), readFileSync(corpusPath(`html/edgartools__browse-edgar_getcurrent_type4_start${start}.atom.xml`), 'latin1')]));
/** Accession -> corpus file. */
const corpus = new Map(
  readdirSync(corpusPath('xml')).flatMap((name) => {
    const digits = /^datamule-python__(\d{10})(\d{2})(\d{6})_/.exec(name);
    return digits ? [[`${digits[1]}-${digits[2]}-${digits[3]}`, corpusPath(`xml/${name}`)] as [string, string]] : [];
  }),
);

function edgar(asked: string[]) {
  return async (url: string): Promise<FetchOutcome> => {
    asked.push(url);
    if (url === INDEX_URL) return { ok: true, text: INDEX };
    const page = FEED_PAGES.get(url);
    if (page) return { ok: true, text: page };
    const file = corpus.get(/\/(\d{10}-\d{2}-\d{6})\.txt$/.exec(url)?.[1] ?? '');
    return file ? { ok: true, text: readFileSync(file, 'utf8') } : { ok: false, kind: 'not-found', message: `sec.gov has no file for ${url} (HTTP 404).` };
  };
}

async function readDay(port: TradesPort, date: string, messages: TradesMessage[]) {
  port.handle({ type: 'day', date });
  const done = () => {
    const day = messages.find((m) => m.type === 'day');
    return messages.some((m) => m.type === 'error') || (day?.type === 'day' && messages.filter((m) => m.type === 'lines' || m.type === 'unreadable').length === day.filings.length);
  };
  for (let i = 0; i < 600 && !done(); i += 1) await vi.advanceTimersByTimeAsync(100);
  return messages;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TradesPort', () => {
  it('reads a past day from the daily index, each filing once, then answers a second visit from the cache alone', async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const cache = new LastingCache({ indexedDB: new IDBFactory() });
    const source = new FilingSource(queue, cache);
    const first: TradesMessage[] = [];
    await readDay(new TradesPort(source, queue, cache, (m) => first.push(m), () => '2026-12-04'), '2022-08-09', first);
    const day = first.find((m) => m.type === 'day');
    expect(day).toMatchObject({ type: 'day', date: '2022-08-09', source: 'index', gaps: [] });
    expect(day?.type === 'day' && day.filings.map((f) => f.accession)).toEqual(['028174', '028176', '028181', '028184', '028188', '028189'].map((n) => `0000899243-22-${n}`).concat('0000899243-22-021041'));
    // Six Forms 4 of Musk's Tesla sales: one S line each; the 4/A the corpus lacks is unreadable.
    const lines = first.filter((m) => m.type === 'lines');
    expect(lines.map((m) => m.type === 'lines' && m.lines.map((line) => `${line.issuer.tradingSymbol} ${line.code}`))).toEqual(Array(6).fill(['TSLA S']));
    expect(first.filter((m) => m.type === 'unreadable').map((m) => m.type === 'unreadable' && m.accession)).toEqual(['0000899243-22-021041']);
    expect(asked.filter((url) => url === INDEX_URL)).toHaveLength(1);
    expect(asked.filter((url) => url.endsWith('.txt'))).toHaveLength(7);
    // The full submission, by accession in the first filer's folder.
    expect(asked).toContain('https://www.sec.gov/Archives/edgar/data/1494730/0000899243-22-028174.txt');

    asked.length = 0;
    const second: TradesMessage[] = [];
    await readDay(new TradesPort(source, queue, cache, (m) => second.push(m), () => '2026-12-04'), '2022-08-09', second);
    expect(second.filter((m) => m.type === 'lines')).toHaveLength(6);
    // Nothing is asked again: the filings are kept for good, the 404 for an hour.
    expect(asked).toEqual([]);
  });

  it('lists a Form 3 of the day without asking for it: it reports no transaction, so it has no line', async () => {
    // The index with one more row: a real Form 3 (0000899243-17-024441, an initial statement the corpus holds), moved to the day.
    const FORM_3 = '3           Holder Of Record                                              1222287     20220809    edgar/data/1222287/0000899243-17-024441.txt';
    const withForm3 = INDEX.replace(/^(-{20,}\n)/m, `$1${FORM_3}\n`);
    expect(withForm3).toContain(FORM_3);
    const asked: string[] = [];
    const fetcher = edgar(asked);
    const queue = new RequestQueue(async (url) => (url === INDEX_URL ? (asked.push(url), { ok: true, text: withForm3 }) : fetcher(url)));
    const cache = new LastingCache({ indexedDB: new IDBFactory() });
    const messages: TradesMessage[] = [];
    await readDay(new TradesPort(new FilingSource(queue, cache), queue, cache, (m) => messages.push(m), () => '2026-12-04'), '2022-08-09', messages);
    const day = messages.find((m) => m.type === 'day');
    expect(day?.type === 'day' && day.filings.find((f) => f.accession === '0000899243-17-024441')?.form).toBe('3');
    expect(messages.find((m) => m.type === 'lines' && m.accession === '0000899243-17-024441')).toEqual({ type: 'lines', accession: '0000899243-17-024441', lines: [] });
    expect(asked.filter((url) => url.includes('0000899243-17-024441'))).toEqual([]);
    // The Forms 4 are read as before.
    expect(asked.filter((url) => url.endsWith('.txt'))).toHaveLength(7);
  });

  it("reads today from the feed, page after page until a page runs short, and says what it could not reach", async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const cache = new LastingCache({ indexedDB: new IDBFactory() });
    const messages: TradesMessage[] = [];
    await readDay(new TradesPort(new FilingSource(queue, cache), queue, cache, (m) => messages.push(m), () => '2025-12-12'), '2025-12-12', messages);
    // Both real pages hold 100 entries, so a third is asked for; it answers 404.
    expect(asked.filter((url) => url.includes('getcurrent'))).toEqual([FEED(0), FEED(100), FEED(200)]);
    const day = messages.find((m) => m.type === 'day');
    expect(day?.type === 'day' && day.source).toBe('feed');
    expect(day?.type === 'day' && day.gaps).toEqual([expect.stringMatching(/^EDGAR's latest-filings feed could not be read past its page 3/)]);
    // Every ownership filing of both pages once, though listed under its issuer and its owners, on one page or both.
    const listed = new Set(
      [...FEED_PAGES.values()].flatMap((page) =>
        page
          .split('<entry>')
          .filter((entry) => /<title>[345](\/A)? - /.test(entry))
          .map((entry) => /accession-number=([\d-]+)</.exec(entry)![1]!),
      ),
    );
    const accessions = day?.type === 'day' ? day.filings.map((f) => f.accession) : [];
    expect(accessions.length).toBeGreaterThan(60);
    expect(accessions).toHaveLength(listed.size);
    expect(new Set(accessions)).toEqual(listed);
  });

  it('refuses a day that has not come yet, in one sentence', async () => {
    const queue = new RequestQueue(edgar([]));
    const cache = new LastingCache({ indexedDB: new IDBFactory() });
    const messages: TradesMessage[] = [];
    await readDay(new TradesPort(new FilingSource(queue, cache), queue, cache, (m) => messages.push(m), () => '2025-12-12'), '2025-12-13', messages);
    expect(messages).toEqual([{ type: 'error', message: "2025-12-13 has not come yet on EDGAR's calendar (today is 2025-12-12); pick today or an earlier day." }]);
  });
});
