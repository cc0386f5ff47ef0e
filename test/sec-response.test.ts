// The one reader of sec.gov's answers (lib/sec/sec-response.ts), used by the filing page's own
// request and by the background's queue alike: each outcome and its one sentence.

import { describe, expect, it } from 'vitest';
import { describeSecFailure, readSecResponse, toFetchFailure, type SecRequest } from '../lib/sec/sec-response';

const URL_ = 'https://www.sec.gov/Archives/edgar/data/1318605/000089924321044241/doc4.xml';
const REQUEST: SecRequest = { url: URL_, what: "the filing's XML", maxBytes: 1_000 };

/** A response as fetch returns it, with the URL it was finally read from. */
function answer(body: BodyInit | null, init: ResponseInit = {}, finalUrl = URL_): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

describe('readSecResponse', () => {
  it('decodes UTF-8, and Windows-1252 where the bytes are not UTF-8 (as EDGAR serves older files)', async () => {
    expect(await readSecResponse(answer('Soci\u00e9t\u00e9'), REQUEST)).toEqual({ ok: true, text: 'Soci\u00e9t\u00e9' });
    // "Société" in Latin-1: é is the single byte 0xE9, not valid UTF-8.
    const latin1 = new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]);
    expect(await readSecResponse(answer(latin1), REQUEST)).toEqual({ ok: true, text: 'Soci\u00e9t\u00e9' });
  });

  it.each([
    ['a redirect answered as such', answer(null, { status: 302, headers: { location: '/x' } }), 'redirected', "sec.gov redirected the request for the filing's XML elsewhere; Form 4 Lens does not follow redirects, so it was not read."],
    ['an answer from another URL', answer('<x/>', {}, 'https://www.sec.gov/other/doc4.xml'), 'redirected', "sec.gov redirected the request for the filing's XML elsewhere; Form 4 Lens does not follow redirects, so it was not read."],
    ['HTTP 429', answer('slow down', { status: 429 }), 'rate-limited', 'sec.gov refused a request (HTTP 429), so Form 4 Lens has stopped asking and will try again later.'],
    ['the rate-limit page with HTTP 403, as sec.gov sends it', answer('<h1>Request Rate Threshold Exceeded</h1>', { status: 403 }), 'rate-limited', 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.'],
    ['the rate-limit page', answer('<h1>Request Rate Threshold Exceeded</h1>'), 'rate-limited', 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.'],
    ['HTTP 404', answer('Not Found', { status: 404 }), 'not-found', "sec.gov has no file for the filing's XML (HTTP 404)."],
    ['HTTP 503', answer('Busy', { status: 503 }), 'http', "sec.gov answered HTTP 503 for the filing's XML; try again later."],
    ['1,001 bytes against a 1,000-byte cap', answer('x'.repeat(1_001)), 'too-large', "The filing's XML is larger than the 1 KB it may be, so it was not read."],
    ['an endless 403', answer('x'.repeat(1_001), { status: 403 }), 'rate-limited', 'sec.gov refused a request (HTTP 403), so Form 4 Lens has stopped asking and will try again later.'],
  ])('%s: %s', async (_name, response, kind, message) => {
    expect(await readSecResponse(response, REQUEST)).toEqual({ ok: false, kind, message });
  });

  it('a body that breaks off is cut short, or cancelled when the caller aborted', async () => {
    const broken = () => answer(new ReadableStream({ pull: (controller) => controller.error(new TypeError('network')) }));
    expect(await readSecResponse(broken(), REQUEST)).toMatchObject({ ok: false, kind: 'cut-short' });
    const aborted = new AbortController();
    aborted.abort();
    expect(await readSecResponse(broken(), REQUEST, aborted.signal)).toMatchObject({ ok: false, kind: 'cancelled' });
  });
});

describe('toFetchFailure', () => {
  it('tells a timeout from the network, and both from a cancel', () => {
    expect(toFetchFailure(new DOMException('late', 'TimeoutError'), REQUEST)).toEqual({
      ok: false,
      kind: 'timeout',
      message: "sec.gov did not send the filing's XML within 20 seconds; try again.",
    });
    expect(toFetchFailure(new TypeError('Failed to fetch'), REQUEST)).toMatchObject({ kind: 'network' });
    const aborted = new AbortController();
    aborted.abort();
    expect(toFetchFailure(new DOMException('stop', 'AbortError'), REQUEST, aborted.signal)).toMatchObject({ kind: 'cancelled' });
  });

  it('every sentence is one line ending with a full stop', () => {
    const kinds = ['refused', 'redirected', 'network', 'timeout', 'cancelled', 'cut-short', 'rate-limited', 'too-large', 'not-found', 'http'] as const;
    for (const kind of kinds) expect(describeSecFailure(kind, REQUEST, 500)).toMatch(/^[^\n]+\.$/);
  });
});
