// The background's side of an activity view, on Tesla's real submissions JSON and corpus
// filings: the window's filings listed newest first, each read once through the queue, and a
// second visit answered from the cache with no request at all. The queue's timers are fake;
// the cache is fake-indexeddb.

import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivityPort } from '../../entrypoints/background/activity-port';
import { FilingSource } from '../../entrypoints/background/filing-source';
import { LastingCache } from '../../entrypoints/background/lasting-cache';
import type { PortMessage } from '../../lib/messages/background-protocol';
import { RequestQueue, type FetchOutcome } from '../../lib/sec/request-queue';
import { corpusPath } from '../corpus-path';

const TESLA_JSON = readFileSync(new URL('../fixtures/edgar-api/CIK0001318605.json', import.meta.url), 'utf8');
const corpus = new Map<string, string>(
  readdirSync(corpusPath('xml')).flatMap((name) => {
    const digits = /^datamule-python__(\d{18})_(.+)$/.exec(name);
    return digits ? [[`/${digits[1]}/${digits[2]}`, corpusPath(`xml/${name}`)] as [string, string]] : [];
  }),
);

/** data.sec.gov and www.sec.gov as the fixtures have them; 404 for the filings the corpus lacks. */
function edgar(asked: string[]) {
  return async (url: string): Promise<FetchOutcome> => {
    asked.push(url);
    if (url === 'https://data.sec.gov/submissions/CIK0001318605.json') return { ok: true, text: TESLA_JSON };
    const file = corpus.get(/\/\d+(\/\d{18}\/[^/]+)$/.exec(url)?.[1] ?? '');
    return file ? { ok: true, text: readFileSync(file, 'utf8') } : { ok: false, kind: 'not-found', message: `sec.gov has no file at ${url} (HTTP 404).` };
  };
}

async function watch(port: ActivityPort, messages: PortMessage[], until: () => boolean) {
  port.handle({ type: 'watch', cik: '0001318605', from: '2022-09-01', until: '2022-11-30' });
  for (let i = 0; i < 400 && !until(); i += 1) await vi.advanceTimersByTimeAsync(100);
  return messages;
}

beforeEach(() => {
  // Only the queue's clock: fake-indexeddb runs on setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ActivityPort', () => {
  it('reads each filing of the window once, newest first, then answers a second visit from the cache alone', async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));

    const first: PortMessage[] = [];
    const done = (messages: PortMessage[]) => () => {
      const list = messages.find((m) => m.type === 'company');
      return list?.type === 'company' && messages.filter((m) => m.type === 'filing' || m.type === 'unreadable').length === list.refs.length;
    };
    await watch(new ActivityPort(source, queue, (m) => first.push(m)), first, done(first));
    const list = first.find((m) => m.type === 'company');
    expect(list?.type === 'company' && list.refs.length).toBe(14);
    const refs = list?.type === 'company' ? list.refs : [];
    expect(refs.map((ref) => ref.filingDate)).toEqual([...refs.map((ref) => ref.filingDate)].sort().reverse());
    const filings = first.filter((m) => m.type === 'filing');
    const unreadable = first.filter((m) => m.type === 'unreadable');
    expect(filings.length + unreadable.length).toBe(14);
    expect(filings.length).toBe(3);
    expect(filings.every((m) => m.type === 'filing' && !m.cached && m.filing.accession === m.ref.accession)).toBe(true);
    // The JSON, then the filings newest first, each once.
    expect(asked[0]).toBe('https://data.sec.gov/submissions/CIK0001318605.json');
    expect(asked.slice(1)).toEqual(refs.map((ref) => ref.xmlUrl));

    const second: PortMessage[] = [];
    const before = asked.length;
    await watch(new ActivityPort(source, queue, (m) => second.push(m)), second, done(second));
    expect(asked.length - before).toBe(0);
    expect(second.filter((m) => m.type === 'filing').every((m) => m.type === 'filing' && m.cached)).toBe(true);
    expect(second.filter((m) => m.type === 'filing')).toHaveLength(3);
    expect(second.filter((m) => m.type === 'unreadable')).toHaveLength(11);
  });
});
