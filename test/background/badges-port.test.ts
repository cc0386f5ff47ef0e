// The background's side of the latest-filings badges (entrypoints/background/badges-port.ts,
// docs/design.md section 11): each filing read once by its full submission, whichever folder
// links to it; a badge per link; nothing asked for a link gone off screen before its turn; a
// second page answered from the cache; and no badge for a folder the filing does not name.
// Submissions are our wrapper around corpus XML (test/submission-wrapper.ts) and one real one.

import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgesPort } from '../../entrypoints/background/badges-port';
import { FilingSource } from '../../entrypoints/background/filing-source';
import { LastingCache } from '../../entrypoints/background/lasting-cache';
import type { BadgeMessage } from '../../lib/messages/background-protocol';
import { RequestQueue, type FetchOutcome } from '../../lib/sec/request-queue';
import { corpusPath, readCorpus } from '../corpus-path';
import { toFullSubmission } from '../submission-wrapper';

const RABOIS = { cik: '1820953', owner: '1539865', accession: '0001628280-24-030951' };
const MUSK = { cik: '1318605', owner: '1494730', accession: '0001494730-12-000005' };
// A real submission: Lam Research (707549), owner 1779037.
const LAM = { cik: '707549', owner: '1779037', accession: '0000707549-25-000004' };

const SUBMISSIONS: Record<string, string> = {
  [RABOIS.accession]: toFullSubmission({
    accession: RABOIS.accession, form: '4', filingDate: '2024-07-02',
    issuer: { cik: RABOIS.cik, name: 'Affirm Holdings, Inc.' }, owners: [{ cik: RABOIS.owner, name: 'Rabois Keith' }],
    xml: readCorpus('xml/datamule-python__000162828024030951_wk-form4_1719957769.xml'),
  }),
  [MUSK.accession]: toFullSubmission({
    accession: MUSK.accession, form: '4', filingDate: '2012-10-05',
    issuer: { cik: MUSK.cik, name: 'TESLA MOTORS INC' }, owners: [{ cik: MUSK.owner, name: 'Musk Elon' }],
    xml: readCorpus('xml/datamule-python__000149473012000005_edgardoc.xml'),
  }),
  [LAM.accession]: readFileSync(corpusPath('submissions/sec-edgar-parser__form4A.txt'), 'utf8'),
};

/** www.sec.gov as the submissions above: any folder's copy of an accession, 404 for the rest. */
function edgar(asked: string[]) {
  return async (url: string): Promise<FetchOutcome> => {
    asked.push(url);
    const text = SUBMISSIONS[/\/(\d{10}-\d{2}-\d{6})\.txt$/.exec(url)?.[1] ?? ''];
    return text ? { ok: true, text } : { ok: false, kind: 'not-found', message: `sec.gov has no file at ${url} (HTTP 404).` };
  };
}

const link = (cik: string, accession: string) => ({ cik, accession });
const url = (cik: string, accession: string) => `https://www.sec.gov/Archives/edgar/data/${cik}/${accession}.txt`;

async function settle(until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i += 1) await vi.advanceTimersByTimeAsync(100);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('BadgesPort', () => {
  it('reads a filing once for its issuer and owner links, in page order, and answers a second page from the cache', async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    const messages: BadgeMessage[] = [];
    const port = new BadgesPort(source, queue, (m) => messages.push(m));
    const links = [link(RABOIS.cik, RABOIS.accession), link(RABOIS.owner, RABOIS.accession), link(MUSK.cik, MUSK.accession), link(LAM.owner, LAM.accession), link(MUSK.owner, MUSK.accession)];
    port.handle({ type: 'show', filings: links });
    await settle(() => messages.length === 5);
    expect(asked).toEqual([url(RABOIS.cik, RABOIS.accession), url(MUSK.cik, MUSK.accession), url(LAM.owner, LAM.accession)]);
    const badges = new Map(messages.map((m) => [m.type === 'queue' ? '' : `${m.cik}/${m.accession}`, m]));
    // 9,276 shares sold at $29.89 (Rabois); 35,398 bought at $28.25 (Musk); gifts only (Lam 4/A).
    for (const cik of [RABOIS.cik, RABOIS.owner]) expect(badges.get(`${cik}/${RABOIS.accession}`)).toMatchObject({ type: 'badge', badge: { codes: ['S'], netValue: -277_259.64, role: 'Dir', flags: { plan10b5_1: true } } });
    for (const cik of [MUSK.cik, MUSK.owner]) expect(badges.get(`${cik}/${MUSK.accession}`)).toMatchObject({ type: 'badge', badge: { codes: ['P'], netValue: 999_993.5, role: 'CEO' } });
    expect(badges.get(`${LAM.owner}/${LAM.accession}`)).toMatchObject({ type: 'badge', badge: { form: '4/A', codes: [], flags: { amended: true, late: true } } });

    // The same page again (a reload): every badge, no request.
    const again: BadgeMessage[] = [];
    new BadgesPort(source, queue, (m) => again.push(m)).handle({ type: 'show', filings: links });
    await settle(() => again.length === 5);
    expect(again.map((m) => m.type)).toEqual(['badge', 'badge', 'badge', 'badge', 'badge']);
    expect(asked).toHaveLength(3);
  });

  it('asks nothing for a link that left the screen before its turn, and reads it once it is back', async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    const messages: BadgeMessage[] = [];
    const port = new BadgesPort(source, queue, (m) => messages.push(m));
    port.handle({ type: 'show', filings: [link(RABOIS.cik, RABOIS.accession), link(MUSK.cik, MUSK.accession), link(LAM.cik, LAM.accession)] });
    // The first two start at once; the third waits its turn, and scrolls away.
    await vi.advanceTimersByTimeAsync(0);
    port.handle({ type: 'hide', filings: [link(LAM.cik, LAM.accession)] });
    await settle(() => messages.length === 2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(asked).toEqual([url(RABOIS.cik, RABOIS.accession), url(MUSK.cik, MUSK.accession)]);
    expect(messages).toHaveLength(2);
    port.handle({ type: 'show', filings: [link(LAM.cik, LAM.accession)] });
    await settle(() => messages.length === 3);
    expect(asked.at(-1)).toBe(url(LAM.cik, LAM.accession));
    expect(messages[2]).toMatchObject({ type: 'badge', cik: LAM.cik, accession: LAM.accession });
  });

  it('shows no badge for a folder the filing does not name, nor for an accession EDGAR does not answer with', async () => {
    const asked: string[] = [];
    const queue = new RequestQueue(edgar(asked));
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    const messages: BadgeMessage[] = [];
    const port = new BadgesPort(source, queue, (m) => messages.push(m));
    // Tesla's folder linking to Affirm's filing; a filing sec.gov does not have.
    port.handle({ type: 'show', filings: [link(MUSK.cik, RABOIS.accession), link(MUSK.cik, '0001494730-12-000099')] });
    await settle(() => messages.length === 2);
    expect(messages[0]).toMatchObject({ type: 'unreadable', message: expect.stringContaining('CIK 1318605') });
    expect(messages[1]).toMatchObject({ type: 'unreadable', message: expect.stringContaining('HTTP 404') });
    // Not kept as Tesla's: Affirm's own folder still gets its badge (from the same read, kept).
    port.handle({ type: 'show', filings: [link(RABOIS.cik, RABOIS.accession)] });
    await settle(() => messages.length === 3);
    expect(messages[2]).toMatchObject({ type: 'badge', cik: RABOIS.cik });
    expect(asked).toEqual([url(MUSK.cik, RABOIS.accession), url(MUSK.cik, '0001494730-12-000099')]);
  });
});
