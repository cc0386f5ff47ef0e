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
import type { TabFiling } from '../../entrypoints/background/tab-filings';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import type { PortMessage } from '../../lib/messages/background-protocol';
import { RequestQueue, type FetchOutcome } from '../../lib/sec/request-queue';
import { corpusPath } from '../corpus-path';
import { ActivitySession } from '../../lib/views/activity-session';
import type { ActivityView } from '../../lib/messages/activity-view';
import { readLines } from '../market-facts';
import { decText } from '../e2e/xml-facts';

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

/** A view's session that keeps every step of the reading the port folds in. */
class RecordingSession extends ActivitySession {
  readonly read: PortMessage[] = [];
  override receive(message: PortMessage): void {
    this.read.push(message);
    super.receive(message);
  }
}

/** A port over `source` whose reading (`read`) and views sent to the page (`views`) are kept. */
function recordingPort(source: FilingSource, queue: RequestQueue) {
  const session = new RecordingSession();
  const views: ActivityView[] = [];
  const sentAt: number[] = [];
  const port = new ActivityPort(source, queue, (m) => m.type === 'activity' && views.push(m.view) && sentAt.push(Date.now()), () => null, session);
  return { port, read: session.read, views, sentAt };
}

/** Every listed filing read, or found unreadable. */
function settled(read: PortMessage[]): boolean {
  const list = read.find((m) => m.type === 'company');
  return list?.type === 'company' && read.filter((m) => m.type === 'filing' || m.type === 'unreadable').length === list.refs.length;
}

async function watch(source: FilingSource, queue: RequestQueue, cik = '0001318605') {
  const recording = recordingPort(source, queue);
  recording.port.handle({ type: 'watch', cik, from: '2022-09-01', until: '2022-11-30' });
  for (let i = 0; i < 400 && !settled(recording.read); i += 1) await vi.advanceTimersByTimeAsync(100);
  // The view of the last filing is sent within a quarter second.
  await vi.advanceTimersByTimeAsync(1000);
  return recording;
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

    const { read: first, views } = await watch(source, queue);
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
    // The page is sent views, not filings: the last one has every filing of the list in.
    expect(views.at(-1)?.progress).toEqual({ read: 14, total: 14 });
    expect(views.at(-1)?.unreadable).toHaveLength(11);

    const before = asked.length;
    const { read: second, views: again, sentAt } = await watch(source, queue);
    // A view per quarter second at most, however fast the filings come.
    expect(sentAt.slice(1).every((time, i) => time - sentAt[i]! >= 250)).toBe(true);
    expect(again.at(-1)?.progress).toEqual({ read: 14, total: 14 });
    expect(asked.length - before).toBe(0);
    expect(second.filter((m) => m.type === 'filing').every((m) => m.type === 'filing' && m.cached)).toBe(true);
    expect(second.filter((m) => m.type === 'filing')).toHaveLength(3);
    expect(second.filter((m) => m.type === 'unreadable')).toHaveLength(11);
  });
});

describe('the view the page is sent', () => {
  // Tesla's 22 real filings of November 2021 (Musk's sales among them), all in the cache: they
  // arrive in one turn, and the page gets one view of them, not 22.
  const files = readdirSync(corpusPath('xml')).filter((name) => /^datamule-python__00008992432104[45]/.test(name));
  const refs = files.map((name) => {
    const digits = /__(\d{10})(\d{2})(\d{6})_/.exec(name)!;
    return { accession: `${digits[1]}-${digits[2]}-${digits[3]}`, filingDate: '2021-11-30', reportDate: null, form: '4' as const, primaryDocument: 'doc4.xml', xmlUrl: `https://www.sec.gov/${name}` };
  });
  const source = {
    submissions: async () => ({ ok: true as const, value: { cik: '0001318605', name: 'Tesla, Inc.', tickers: ['TSLA'], filings: refs, olderPages: [] } }),
    filingsSince: async () => ({ refs, gaps: [] }),
    filing: async (ref: (typeof refs)[number]) => {
      const parsed = parseOwnership(readFileSync(corpusPath(`xml/${ref.xmlUrl.slice('https://www.sec.gov/'.length)}`), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error.message);
      return { ok: true as const, value: { ...parsed.filing, accession: ref.accession }, cached: true };
    },
  } as unknown as FilingSource;

  it('is rolled up once for filings that come at once, with the company’s trade lines as the XML has them', async () => {
    const { port, views } = recordingPort(source, new RequestQueue(edgar([])));
    port.handle({ type: 'watch', cik: '0001318605', from: '2021-11-01', until: '2021-11-30' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(views).toHaveLength(1);
    const view = views[0]!;
    expect(view.progress).toEqual({ read: files.length, total: files.length });
    // A line per filing and code, read from the XML by the test's own scan, newest filing first.
    const expected = files.flatMap((name) => readLines(readFileSync(corpusPath(`xml/${name}`), 'latin1'), name));
    expect(expected.length).toBeGreaterThan(20);
    const key = (accession: string | null, code: string, value: string) => `${accession} ${code} ${value}`;
    expect(view.lines.map((line) => key(line.accession, line.code, line.value.toFixed(2))).sort()).toEqual(expected.map((line) => key(line.accession, line.code, decText(line.value))).sort());
  });
});

describe('the CSV a view asks for', () => {
  it('comes with the id asked for; one too large for a port message is refused in a sentence', () => {
    const sent: PortMessage[] = [];
    // A session whose window's CSV is 33 MiB: over the half of a port message's 64 MiB the port allows.
    const huge = new (class extends ActivitySession {
      override csv() {
        return { text: 'x'.repeat(33 * 1024 * 1024), rows: 1 };
      }
    })();
    new ActivityPort({} as FilingSource, new RequestQueue(edgar([])), (m) => sent.push(m), () => null, huge).handle({ type: 'csv', id: 7, delimiter: ',' });
    expect(sent).toEqual([{ type: 'csv', id: 7, error: 'The CSV of this window is larger than the 32 MB Form 4 Lens can hand to the page at once; choose a shorter window.' }]);
    // Before any window: the header alone.
    const plain: PortMessage[] = [];
    new ActivityPort({} as FilingSource, new RequestQueue(edgar([])), (m) => plain.push(m)).handle({ type: 'csv', id: 8, delimiter: ';' });
    expect(plain).toEqual([{ type: 'csv', id: 8, text: expect.stringMatching(/^[^\r\n]+;[^\r\n]+\r\n$/), rows: 0 }]);
  });
});

describe('a list that names another company’s filing', () => {
  // Company 9999999's JSON names one of Tesla's accessions, in its own folder, where a forged
  // XML says Tesla's issuer and a "POISONED OWNER" bought $999M. Before, the filing was kept by
  // accession alone: Tesla's genuine page then showed the forgery, and never asked for the real XML.
  const TESLA = JSON.parse(TESLA_JSON) as { filings: { recent: Record<string, string[]> } };
  const recent = TESLA.filings.recent;
  const index = recent.accessionNumber!.findIndex((accession, i) => recent.filingDate![i]! >= '2022-09-01' && corpus.has(`/${accession.replace(/-/g, '')}/${recent.primaryDocument![i]!.replace(/^xsl[^/]+\//, '')}`));
  const accession = recent.accessionNumber![index]!;
  const attacker = JSON.stringify({
    cik: '9999999',
    name: 'Attacker Corp',
    filings: { recent: { accessionNumber: [accession], filingDate: [recent.filingDate![index]!], reportDate: [''], form: ['4'], primaryDocument: ['doc4.xml'] } },
  });
  const forged = (ownerCik: string) => `<ownershipDocument><schemaVersion>X0306</schemaVersion><documentType>4</documentType><periodOfReport>2022-11-01</periodOfReport>
<issuer><issuerCik>0001318605</issuerCik><issuerName>Tesla, Inc.</issuerName><issuerTradingSymbol>TSLA</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>${ownerCik}</rptOwnerCik><rptOwnerName>POISONED OWNER</rptOwnerName></reportingOwnerId><reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
<nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle><transactionDate><value>2022-11-01</value></transactionDate>
<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>P</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
<transactionAmounts><transactionShares><value>1000000</value></transactionShares><transactionPricePerShare><value>999</value></transactionPricePerShare><transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
<postTransactionAmounts><sharesOwnedFollowingTransaction><value>1000000</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
<ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature></nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>`;

  it.each([
    ['an owner of its own', '0000000042', 'not counted'],
    ['the attacker’s own CIK as the owner', '0009999999', 'counted on its own page only'],
  ])('with %s: Tesla’s page still asks for and shows the real filing', async (_name, ownerCik) => {
    const asked: string[] = [];
    const real = edgar(asked);
    const queue = new RequestQueue(async (url): Promise<FetchOutcome> => {
      if (url === 'https://data.sec.gov/submissions/CIK0009999999.json') return asked.push(url), { ok: true, text: attacker };
      if (url.includes('/data/9999999/')) return asked.push(url), { ok: true, text: forged(ownerCik) };
      return real(url);
    });
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    const run = async (cik: string) => (await watch(source, queue, cik)).read;

    const attacked = await run('0009999999');
    const own = attacked.find((m) => (m.type === 'filing' || m.type === 'unreadable') && m.ref.accession === accession);
    if (ownerCik === '0000000042') expect(own?.type === 'unreadable' && own.message).toBe('This filing names neither the company nor an insider whose folder (CIK 9999999) holds it, so it was not counted.');
    else expect(own?.type).toBe('filing');

    const tesla = await run('0001318605');
    const genuine = tesla.find((m) => m.type === 'filing' && m.ref.accession === accession);
    expect(genuine?.type === 'filing' && genuine.filing.document.reportingOwners.map((one) => one.name)).toEqual(['Musk Elon']);
    expect(asked.filter((url) => url.includes(accession.replace(/-/g, '')) && url.includes('/data/1318605/'))).toHaveLength(1);
  });
});

describe('a filing page’s history', () => {
  const MUSK_XML = readFileSync(corpusPath('xml/datamule-python__000089924321044060_doc4.xml'), 'utf8');
  // Musk's own list, made from Tesla's real entries of November 2021 (his filings then).
  const MUSK_JSON = (() => {
    const { filings } = JSON.parse(TESLA_JSON) as { filings: { recent: Record<string, string[]> } };
    const keep = filings.recent.filingDate!.map((date) => date.startsWith('2021-11'));
    const recent = Object.fromEntries(Object.entries(filings.recent).map(([name, values]) => [name, values.filter((_, i) => keep[i])]));
    return JSON.stringify({ cik: '1494730', name: 'Musk Elon', filings: { recent } });
  })();

  async function history(tabFiling: TabFiling | null) {
    const asked: string[] = [];
    const tesla = edgar(asked);
    const queue = new RequestQueue(async (url): Promise<FetchOutcome> => {
      if (url === 'https://data.sec.gov/submissions/CIK0001494730.json') return asked.push(url), { ok: true, text: MUSK_JSON };
      return tesla(url);
    });
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    const messages: PortMessage[] = [];
    new ActivityPort(source, queue, (m) => messages.push(m), () => tabFiling).handle({ type: 'history' });
    for (let i = 0; i < 2_000 && !messages.some((m) => m.type === 'history' || m.type === 'error'); i += 1) await vi.advanceTimersByTimeAsync(100);
    return { messages, asked };
  }

  it('asks about the insider and issuer of the filing the background parsed for the tab, and not for that filing again', async () => {
    const parsed = parseOwnership(MUSK_XML);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { messages, asked } = await history({ issuerCik: '0001318605', ownerCiks: ['0001494730'], accession: '0000899243-21-044060', filing: parsed.filing });
    expect(asked.slice(0, 2)).toEqual(['https://data.sec.gov/submissions/CIK0001318605.json', 'https://data.sec.gov/submissions/CIK0001494730.json']);
    expect(asked.some((url) => url.includes('000089924321044060'))).toBe(false);
    const answer = messages.find((m) => m.type === 'history');
    expect(messages.map((m) => m.type)).toEqual(['history']);
    expect(answer?.type === 'history' && answer.points.some((point) => point.accession === '0000899243-21-044060')).toBe(true);
  }, 300_000);

  it('says so, and asks nothing, when the background read no filing for the tab', async () => {
    const { messages, asked } = await history(null);
    expect(messages).toEqual([{ type: 'error', message: "Form 4 Lens has no filing of this page's own to show the history of; reload the page to read it again." }]);
    expect(asked).toEqual([]);
  });
});

describe('EDGAR lists that cannot be read', () => {
  it.each([
    ['too large', { ok: false, kind: 'too-large', message: 'https://www.sec.gov/files/company_tickers.json is larger than the 8.0 MB it may be, so it was not read.' }],
    ['not the JSON it should be', { ok: true, text: '<html>Not JSON</html>' }],
  ] as const)('a tickers file %s is asked for once an hour, not on every lookup', async (_name, answer) => {
    vi.useRealTimers();
    const asked: string[] = [];
    const queue = new RequestQueue(async (url) => (asked.push(url), answer as FetchOutcome));
    const source = new FilingSource(queue, new LastingCache({ indexedDB: new IDBFactory() }));
    expect((await source.companies('a')).ok).toBe(false);
    expect((await source.companies('b')).ok).toBe(false);
    expect(asked).toEqual(['https://www.sec.gov/files/company_tickers.json']);
  });
});
