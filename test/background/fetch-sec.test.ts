// One request to sec.gov as the queue makes it, against answers built here: only the two SEC
// hosts, no redirects, the byte cap, and the rate-limit page, 403 and 429 told apart.

import { describe, expect, it } from 'vitest';
import { fetchSecText, isAllowedUrl } from '../../entrypoints/background/fetch-sec';

const signal = new AbortController().signal;

function answering(response: Response | Error): { fetch: typeof fetch; asked: RequestInit[] } {
  const asked: RequestInit[] = [];
  return {
    asked,
    fetch: (async (_url: string, init: RequestInit) => {
      asked.push(init);
      if (response instanceof Error) throw response;
      return response;
    }) as typeof fetch,
  };
}

describe('isAllowedUrl', () => {
  it.each([
    ['https://www.sec.gov/Archives/edgar/data/1318605/000089924321044262/doc4.xml', true],
    ['https://data.sec.gov/submissions/CIK0001318605.json', true],
    ['https://www.sec.gov/files/company_tickers.json', true],
    ['http://www.sec.gov/files/company_tickers.json', false],
    ['https://sec.gov/files/company_tickers.json', false],
    ['https://evil.example/submissions/CIK0001318605.json', false],
    ['https://data.sec.gov.evil.example/x', false],
    ['https://user:pw@www.sec.gov/x', false],
    ['not a url', false],
  ])('%s: %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});

describe('fetchSecText', () => {
  it('reads an answer as text, without cookies and without following redirects', async () => {
    const fake = answering(new Response('<ownershipDocument/>', { status: 200 }));
    expect(await fetchSecText('https://www.sec.gov/a.xml', signal, 1000, fake.fetch)).toEqual({ ok: true, text: '<ownershipDocument/>' });
    expect(fake.asked[0]).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it('refuses another host without asking it', async () => {
    const fake = answering(new Response('x'));
    expect(await fetchSecText('https://evil.example/a.xml', signal, 1000, fake.fetch)).toMatchObject({ ok: false, kind: 'refused' });
    expect(fake.asked).toHaveLength(0);
  });

  it.each([
    ['the rate-limit page (HTTP 200)', new Response('<html><h1>Request Rate Threshold Exceeded</h1></html>', { status: 200 }), 'rate-limited'],
    ['HTTP 403', new Response('Forbidden', { status: 403 }), 'rate-limited'],
    ['HTTP 429', new Response('Too Many', { status: 429 }), 'rate-limited'],
    ['HTTP 404', new Response('Not Found', { status: 404 }), 'not-found'],
    ['HTTP 500', new Response('Oops', { status: 500 }), 'http'],
    ['a redirect', new Response(null, { status: 301, headers: { location: 'https://evil.example/' } }), 'redirected'],
    ['a body over the cap', new Response('x'.repeat(1001)), 'too-large'],
    ['a declared length over the cap', new Response('x', { headers: { 'content-length': '5000' } }), 'too-large'],
    ['a network failure', new TypeError('Failed to fetch'), 'network'],
  ])('%s: %s', async (_name, response, kind) => {
    const outcome = await fetchSecText('https://www.sec.gov/a.xml', signal, 1000, answering(response).fetch);
    expect(outcome).toMatchObject({ ok: false, kind });
    // One sentence, ending with a full stop.
    expect(outcome.ok ? '' : outcome.message).toMatch(/^[^\n]+\.$/);
  });

  it('says what the rate-limit page means', async () => {
    const outcome = await fetchSecText('https://www.sec.gov/a.xml', signal, 100_000, answering(new Response('Request Rate Threshold Exceeded')).fetch);
    expect(outcome).toEqual({
      ok: false,
      kind: 'rate-limited',
      message: 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.',
    });
  });
});
