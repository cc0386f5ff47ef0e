// The background's read-filing answers (lib/read-filing-request.ts): the same filing and figures
// the content script computed itself before, for every corpus file; for an address, a fetch
// only of a filing's own raw XML on www.sec.gov, and each way a fetch fails said in words;
// answered only to the extension's own senders and only for well-formed requests; and every
// answer survives the JSON copy Chrome's messaging makes (Firefox's structured clone keeps more).

import { describe, expect, it, vi } from 'vitest';
import { computeFigures } from '../lib/figures';
import { parseOwnership } from '../lib/parse-ownership';
import { READ_FILING, READ_FILING_AT, WAKE_FOR_FILING, type ReadFilingAnswer } from '../lib/read-filing-message';
import { readFilingAtRequest, readFilingRequest, toReadFilingListener, type XmlFetchOutcome } from '../lib/read-filing-request';
import { MAX_REQUEST_CHARS, MAX_XML_BYTES } from '../lib/xml-size';
import { corpusMissingMessage, listCorpus, readCorpus } from './corpus-path';

const GOOG_2022 = 'xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml';
const SUBMISSION = 'submissions/edgartools__0000320193-22-000061.txt';
const OWN_ID = 'form4-lens-test-id';
const GOOG_2022_URL = 'https://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/doc4.xml';

/** A fake sec.gov that answers `outcome` and records what it was asked. */
function secGov(outcome: XmlFetchOutcome) {
  const asked: [string, number][] = [];
  return {
    asked,
    fetchXml: async (url: string, maxBytes: number, signal: AbortSignal) => {
      asked.push([url, maxBytes]);
      expect(signal.aborted).toBe(false);
      return outcome;
    },
  };
}

const request = (text: string, filingDate?: string | null) => ({ type: READ_FILING, text, ...(filingDate === undefined ? {} : { filingDate }) });

/** What toShownFiling computed in the page before the parse moved to the background. */
function inPage(text: string, pageFilingDate: string | null): ReadFilingAnswer {
  const parsed = parseOwnership(text);
  if (!parsed.ok) return { status: 'refused', error: parsed.error };
  const filing = { ...parsed.filing, filingDate: parsed.filing.filingDate ?? pageFilingDate };
  return { status: 'read', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }) };
}

describe('readFilingRequest on the corpus', () => {
  const files = [...listCorpus('xml'), ...listCorpus('submissions')];

  it('finds the corpus', () => {
    expect(files.length, corpusMissingMessage()).toBeGreaterThan(500);
  });

  it('answers what the page computed before, and the answer survives a JSON copy, for every file', () => {
    let read = 0;
    for (const file of files) {
      const text = readCorpus(file);
      const answer = readFilingRequest(request(text, '2022-05-06'));
      expect(answer, file).toEqual(inPage(text, '2022-05-06'));
      expect(JSON.parse(JSON.stringify(answer)), `${file}: JSON copy`).toStrictEqual(answer);
      if (answer?.status === 'read') read += 1;
    }
    expect(read, 'corpus files read').toBeGreaterThan(450);
  });
});

describe('readFilingRequest', () => {
  it('uses the page\'s filing date only when the text states none', () => {
    const xml = readCorpus(GOOG_2022);
    const fromPage = readFilingRequest(request(xml, '2022-08-03'));
    if (fromPage?.status !== 'read') throw new Error(`GOOG 2022 was not read: ${JSON.stringify(fromPage)}`);
    expect(fromPage.filing.filingDate).toBe('2022-08-03');
    expect(fromPage.figures.dates).toEqual(computeFigures(fromPage.filing.document, { filingDate: '2022-08-03' }).dates);
    const noDate = readFilingRequest(request(xml));
    expect(noDate?.status === 'read' && noDate.filing.filingDate).toBe(null);

    const submission = readFilingRequest(request(readCorpus(SUBMISSION), '1999-01-01'));
    expect(submission?.status === 'read' && submission.filing.filingDate).toBe('2022-05-06');
  });

  it.each([
    ['the empty text', '', 'Form 4 XML: the file is empty.'],
    ['an HTML page', '<html><body>Not here</body></html>', 'Form 4 XML: expected <ownershipDocument> root, found <html>.'],
  ])('refuses %s with the parser\'s sentence', (_label, text, message) => {
    expect(readFilingRequest(request(text))).toEqual({ status: 'refused', error: { message } });
  });

  it.each([
    ['another message', { type: 'form4-lens:get-report' }],
    ['no message', undefined],
    ['a string', READ_FILING],
    ['no text', { type: READ_FILING }],
    ['a text that is not a string', { type: READ_FILING, text: 42 }],
    ['a text longer than any request carries', { type: READ_FILING, text: ' '.repeat(MAX_REQUEST_CHARS + 1) }],
    ['a filing date that is not a date', { type: READ_FILING, text: '<ownershipDocument/>', filingDate: 'yesterday' }],
  ])('does not answer %s', (_label, message) => {
    expect(readFilingRequest(message)).toBe(null);
  });
});

describe('readFilingAtRequest', () => {
  const at = (url: string, filingDate?: string | null) => ({ type: READ_FILING_AT, url, ...(filingDate === undefined ? {} : { filingDate }) });

  it('fetches the filing\'s own XML within the size cap and answers as for its text', async () => {
    const text = readCorpus(GOOG_2022);
    const sec = secGov({ ok: true, text });
    expect(await readFilingAtRequest(at(GOOG_2022_URL, '2022-08-03'), sec.fetchXml)).toEqual(inPage(text, '2022-08-03'));
    expect(sec.asked).toEqual([[GOOG_2022_URL, MAX_XML_BYTES]]);
  });

  it.each([
    ['another host', 'https://evil.example/Archives/edgar/data/1652044/000120919122024550/doc4.xml'],
    ['the bare sec.gov host', 'https://sec.gov/Archives/edgar/data/1652044/000120919122024550/doc4.xml'],
    ['a file outside any filing folder', 'https://www.sec.gov/files/company_tickers.json'],
    ['a rendering rather than the raw XML', 'https://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/xslF345X03/doc4.xml'],
    ['plain http', 'http://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/doc4.xml'],
  ])('fetches nothing from %s, and says so', async (_label, url) => {
    const sec = secGov({ ok: true, text: '<ownershipDocument/>' });
    const answer = await readFilingAtRequest(at(url), sec.fetchXml);
    expect(answer).toMatchObject({ status: 'unfetched', error: { message: "Form 4 Lens reads a filing only from its own folder on www.sec.gov, so this address was not read." } });
    expect(sec.asked).toEqual([]);
  });

  it.each([
    ['refused', /^sec\.gov redirected the request for the filing's XML elsewhere; /],
    ['too-large', /^The filing's XML is larger than the 5\.0 MB any ownership document needs; it was not read\.$/],
    ['rate-limited', /^sec\.gov is limiting requests from this computer \(Request Rate Threshold Exceeded\); wait a few minutes and reload\.$/],
    ['not-found', /^sec\.gov answered 404 for the filing's XML; the file may have moved, so open it from the filing index\.$/],
    ['http', /^sec\.gov answered 500 for the filing's XML; /],
    ['cancelled', /^sec\.gov did not send the filing's XML within 15 seconds; reload the page to try again\.$/],
    ['network', /^The filing's XML could not be fetched from sec\.gov; check the connection and reload the page\.$/],
  ])('tells the reader what a fetch that ended "%s" means, with the fetch\'s own words as details', async (kind, message) => {
    const status = { 'not-found': 404, http: 500 }[kind];
    const answer = await readFilingAtRequest(at(GOOG_2022_URL), secGov({ ok: false, kind, status, message: 'what fetchSecText said' }).fetchXml);
    expect(answer?.status).toBe('unfetched');
    expect(answer?.status === 'unfetched' && answer.error.message).toMatch(message);
    expect(answer?.status === 'unfetched' && answer.error.details).toBe(`${GOOG_2022_URL}\nwhat fetchSecText said`);
  });

  it.each([
    ['a text request', request('<ownershipDocument/>')],
    ['no url', { type: READ_FILING_AT }],
    ['a url that is not a string', { type: READ_FILING_AT, url: 42 }],
    ['a url longer than any address', { type: READ_FILING_AT, url: `${GOOG_2022_URL}?${'a'.repeat(2000)}` }],
    ['a filing date that is not a date', { type: READ_FILING_AT, url: GOOG_2022_URL, filingDate: 'yesterday' }],
  ])('does not answer %s', (_label, message) => {
    const sec = secGov({ ok: true, text: '' });
    expect(readFilingAtRequest(message, sec.fetchXml)).toBe(null);
    expect(sec.asked).toEqual([]);
  });
});

describe('toReadFilingListener', () => {
  const listen = (message: unknown, sender: { id?: string }) => {
    const answers: (ReadFilingAnswer | true)[] = [];
    const sec = secGov({ ok: true, text: readCorpus(GOOG_2022) });
    const returned = toReadFilingListener(OWN_ID, sec.fetchXml)(message, sender, (answer) => answers.push(answer));
    return { answers, returned, asked: sec.asked };
  };

  it('answers a text from the extension\'s own sender at once (no promise, no open channel)', () => {
    const { answers, returned } = listen(request(readCorpus(GOOG_2022)), { id: OWN_ID });
    expect(answers.map((a) => a !== true && a.status)).toEqual(['read']);
    expect(returned).toBe(undefined);
  });

  it('answers an address once fetched, keeping the channel open meanwhile', async () => {
    const { answers, returned, asked } = listen({ type: READ_FILING_AT, url: GOOG_2022_URL }, { id: OWN_ID });
    expect(returned).toBe(true);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers.map((a) => a !== true && a.status)).toEqual(['read']);
    expect(asked.map(([url]) => url)).toEqual([GOOG_2022_URL]);
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['a sender without an id', {}],
  ])('does not answer %s, nor fetch for it', (_label, sender) => {
    expect(listen(request(readCorpus(GOOG_2022)), sender).answers).toEqual([]);
    const at = listen({ type: READ_FILING_AT, url: GOOG_2022_URL }, sender);
    expect(at.returned).toBe(undefined);
    expect(at.asked).toEqual([]);
  });

  it('answers the wake-up before a request with true, and only to its own sender', () => {
    expect(listen({ type: WAKE_FOR_FILING }, { id: OWN_ID }).answers).toEqual([true]);
    expect(listen({ type: WAKE_FOR_FILING }, { id: 'someone-else' }).answers).toEqual([]);
  });

  it('leaves other messages to other listeners', () => {
    expect(listen({ type: 'form4-lens:get-report' }, { id: OWN_ID }).answers).toEqual([]);
  });
});
