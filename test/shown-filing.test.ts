// The content script's side of the read-filing message (entrypoints/sec.content/shown-filing.ts),
// with the background played by lib/messages/parse-filing-answer.ts behind a mocked runtime.sendMessage:
// the overlay gets what the page computed itself before; a text too large is refused with the
// parser's own sentence without being sent; a silent background ends in a message, not a hang.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toShownFiling } from '../entrypoints/sec.content/shown-filing';
import { computeFigures } from '../lib/figures/figures';
import { parseOwnership } from '../lib/filing/parse-ownership';
import type { ReadFilingAnswer } from '../lib/messages/parse-filing';
import { readFilingRequest } from '../lib/messages/parse-filing-answer';
import { MAX_XML_BYTES } from '../lib/xml/xml-size';
import { readCorpus } from './corpus-path';

const XML = readCorpus('xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml');
const RAW_URL = 'https://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/doc4.xml';
const PAGE_URL = 'https://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/xslF345X03/doc4.xml';
const INDEX_URL = 'https://www.sec.gov/Archives/edgar/data/1652044/000120919122024550/0001209191-22-024550-index.htm';

function background(answer: (message: unknown) => ReadFilingAnswer | null | Promise<never>) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => (await answer(message)) ?? undefined);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('toShownFiling', () => {
  it('shows the background\'s filing and figures, with the accession from the URL and the page\'s filing date', async () => {
    const send = background(readFilingRequest);
    const shown = await toShownFiling({ kind: 'text', text: XML, rawXmlUrl: RAW_URL }, INDEX_URL, '2022-04-04');
    expect(send).toHaveBeenCalledTimes(1);
    const parsed = parseOwnership(XML);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const filing = { ...parsed.filing, accession: '0001209191-22-024550', filingDate: '2022-04-04' };
    expect(shown).toEqual({ status: 'ready', filing, figures: computeFigures(filing.document, { filingDate: '2022-04-04' }), rawXmlUrl: RAW_URL });
  });

  it('keeps the raw XML link on a refusal, and drops it on an error of our own', async () => {
    background(readFilingRequest);
    expect(await toShownFiling({ kind: 'text', text: '<html></html>', rawXmlUrl: RAW_URL }, PAGE_URL, null)).toEqual({
      status: 'error', error: { message: 'Form 4 XML: expected <ownershipDocument> root, found <html>.' }, rawXmlUrl: RAW_URL,
    });
    background(() => ({ status: 'failed', error: { message: 'ours' } }));
    expect(await toShownFiling({ kind: 'text', text: XML, rawXmlUrl: RAW_URL }, PAGE_URL, null)).toEqual({
      status: 'error', error: { message: 'ours' }, rawXmlUrl: null,
    });
  });

  it('refuses a raw XML page over the size limit with the parser\'s sentence, without sending it', async () => {
    const send = background(readFilingRequest);
    const text = XML.replace('<ownershipDocument>', `<ownershipDocument>${'<!-- padding -->'.repeat(MAX_XML_BYTES / 16)}`);
    const expected = parseOwnership(text);
    expect(expected.ok).toBe(false);
    const shown = await toShownFiling({ kind: 'text', text, rawXmlUrl: null }, PAGE_URL, null);
    expect(shown).toEqual({ status: 'error', error: { message: !expected.ok && expected.error.message }, rawXmlUrl: null });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends nothing for a source that failed', async () => {
    const send = background(readFilingRequest);
    expect(await toShownFiling({ kind: 'failed', message: 'sec.gov answered 404.', details: RAW_URL }, PAGE_URL, null)).toEqual({
      status: 'error', error: { message: 'sec.gov answered 404.', details: RAW_URL }, rawXmlUrl: null,
    });
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    ['answers nothing', () => null],
    ['cannot be reached', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
  ])('says so when the background %s', async (_label, answer) => {
    background(answer);
    const shown = await toShownFiling({ kind: 'text', text: XML, rawXmlUrl: RAW_URL }, PAGE_URL, null);
    expect(shown.status === 'error' && shown.error.message).toMatch(/^Form 4 Lens's background did not answer the request to read this filing; /);
    expect(shown.rawXmlUrl).toBe(RAW_URL);
  });
});
