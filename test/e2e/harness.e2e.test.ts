// Proves the end-to-end harness itself, independent of what the content script does: the fixture
// table matches the corpus and lib/sec/sec-urls.ts, the local https server answers as www.sec.gov, and
// Chromium loads the built extension and reaches the server through real https://www.sec.gov URLs.
// Needs `npm run build` (or `npx wxt build`) first and /usr/bin/chromium (scripts/ensure-browser.sh).

import { existsSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageKind } from '../../lib/sec/sec-urls';
import { readCorpus } from '../corpus-path';
import { EXTENSION_DIR, launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes, FIXTURES } from './fixtures';
import { startSecServer, type SecServer } from './sec-server';

interface Reply {
  status: number;
  contentType: string;
  body: string;
}

/** GET from the local server as a client of www.sec.gov would (SNI www.sec.gov, self-signed cert accepted). */
function get(port: number, path: string, timeoutMs = 5_000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, servername: 'www.sec.gov', rejectUnauthorized: false, headers: { host: 'www.sec.gov' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? '', body: Buffer.concat(chunks).toString('latin1') }),
        );
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer for ${path} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

describe('e2e fixtures and the www.sec.gov stand-in server', () => {
  let server: SecServer;
  beforeAll(async () => {
    server = await startSecServer({ ...fixtureRoutes(), '/slow': { hang: true } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: its URL is a page of its own kind', (_name, f) => {
    expect(pageKind(server.url(f.path))).toBe(f.kind === 'non-filing' ? null : f.kind);
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: served with its type, showing its issuer', async (_name, f) => {
    const reply = await get(server.port, f.path);
    expect(reply.status).toBe(200);
    expect(reply.contentType.split(';')[0]).toBe(f.type);
    // Whitespace collapsed as a browser shows it: some saved pages wrap lines inside names.
    if ('issuer' in f) expect(reply.body.replace(/\s+/g, ' ')).toContain(f.issuer);
    if (f.xml !== null) expect(readCorpus(f.xml)).toContain(`<issuerName>${f.issuer}</issuerName>`);
  });

  it('answers like EDGAR: no charset on files, nosniff, and an SEC-like 404 for anything else', async () => {
    const index = await get(server.port, fixture('orion-2022-index').path);
    expect(index.contentType).toBe('text/html');
    const missing = await get(server.port, '/Archives/edgar/data/1/000000000000000000/nothing.xml');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page Not Found');
    expect(server.requests).toContain('/Archives/edgar/data/1/000000000000000000/nothing.xml');
  });

  it('a hang route never answers', async () => {
    await expect(get(server.port, '/slow', 300)).rejects.toThrow('no answer for /slow');
  });
});

describe('built extension in Chromium against www.sec.gov served locally', { timeout: 30_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first.`);
    }
    server = await startSecServer(fixtureRoutes());
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the extension: its id (from the service worker URL) is 32 letters a-p', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('opens an SEC rendering at its real https://www.sec.gov URL, answered by the local server', async () => {
    const f = fixture('goog-2022-form4');
    const page = await browser.context.newPage();
    const response = await page.goto(server.url(f.path));
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`https://www.sec.gov${f.path}`);
    expect(await page.title()).toBe('SEC FORM 4');
    const text = await page.locator('body').innerText();
    expect(text).toContain('FORM 4');
    expect(text).toContain('Alphabet Inc.');
    expect(server.requests).toContain(f.path);
    await screenshot(page, 'harness-goog-2022-form4');
    await page.close();
  });

  it('upgrades http://www.sec.gov to https before any request (HSTS preload), still reaching the server', async () => {
    const f = fixture('goog-2015-form4-xml');
    const page = await browser.context.newPage();
    const response = await page.goto(`http://www.sec.gov${f.path}`);
    expect(page.url()).toBe(`https://www.sec.gov${f.path}`);
    expect(response?.headers()['content-type']).toBe('text/xml');
    expect(await page.content()).toContain('ownershipDocument');
    await page.close();
  });

  it('opens pages that are not filings, and a 404', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/'));
    expect(await page.title()).toBe('SEC.gov | HOME');
    const search = fixture('browse-edgar-aapl-form4');
    await page.goto(server.url(search.path));
    await expect(page.locator('h1').innerText()).resolves.toContain('Apple Inc.');
    expect(server.requests).toContain(search.path);
    const missing = await page.goto(server.url('/Archives/edgar/data/320193/'));
    expect(missing?.status()).toBe(404);
    await page.close();
  });
});
