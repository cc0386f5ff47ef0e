// What bench/overlay.bench.mjs needs from the TypeScript test harness, in one module it loads
// with Vite's runnerImport (Node 20 cannot import .ts itself): the https stand-in for
// www.sec.gov, the fixtures, the browser with the built extension, the in-page overlay clock
// and the built extension's files. Plus two things only the benchmark does:
//   - launchChromium(): Chromium with the flags of test/e2e/browser.ts, optionally WITHOUT the
//     extension (the baseline) or trusting the server's certificate so the HTTP cache works.
//     Chromium never caches a response that came with a certificate error ("Do not cache
//     content with cert errors", HttpCache::Transaction::WriteResponseInfoToEntry in
//     net/http/http_cache_transaction.cc), and the harness's self-signed certificate accepted
//     through ignoreHTTPSErrors is one: there the content script's `cache: 'force-cache'` never
//     hits and every reload fetches the raw XML again (measured: 0 of 10 reloads from cache;
//     with --ignore-certificate-errors-spki-list, 10 of 10);
//   - fetchPhases(): where the content script's raw XML request falls on the page's clock,
//     from CDP Network events.

import { createHash } from 'node:crypto';
import { connect } from 'node:tls';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../test/e2e/browser';

export { launchWithExtension, CHROMIUM_PATH, EXTENSION_DIR } from '../test/e2e/browser';
export { FIXTURES, fixture, fixtureRoutes } from '../test/e2e/fixtures';
export { startSecServer } from '../test/e2e/sec-server';
export { toRawXmlUrl } from '../lib/sec-urls';
export { addOverlayClock, extensionFootprint, median, quantile, stopExtensionWorker, timeOverlay, timePage } from '../test/budgets/overlay-clock';
export { contentScriptSizes, isBuilt, kb, targetDir } from '../test/budgets/built-extension';

/** base64 SHA-256 of the server certificate's public key, for --ignore-certificate-errors-spki-list. */
export async function serverSpki(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'www.sec.gov', rejectUnauthorized: false }, () => {
      const der = socket.getPeerX509Certificate()!.publicKey.export({ type: 'spki', format: 'der' });
      socket.end();
      resolve(createHash('sha256').update(der).digest('base64'));
    });
    socket.on('error', reject);
  });
}

export interface ChromiumOptions {
  port: number;
  /** Load the built extension (.output/chrome-mv3); false for the baseline browser. */
  extension: boolean;
  /** Trust this certificate key (serverSpki) instead of ignoring certificate errors. */
  trustSpki?: string;
}

/** Chromium with the flags of test/e2e/browser.ts, with or without the extension. */
export async function launchChromium({ port, extension, trustSpki }: ChromiumOptions): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: trustSpki === undefined,
    args: [
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP www.sec.gov 127.0.0.1:${port}`,
      ...(trustSpki ? [`--ignore-certificate-errors-spki-list=${trustSpki}`] : []),
    ],
  });
  const isOurs = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
  if (extension && !context.serviceWorkers().some(isOurs)) {
    try {
      await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
    } catch {
      if (!context.serviceWorkers().some(isOurs)) {
        await context.close();
        throw new Error(
          `The extension in ${EXTENSION_DIR} started no service worker within 10 s, so it did not load: ` +
            'was .output rebuilt while the benchmark ran? Run npm run build and try again.',
        );
      }
    }
  }
  return context;
}

interface RequestRecord {
  url: string;
  type: string | undefined;
  sent: number;
  finished: number | null;
  fromCache: boolean;
  /** timing.requestTime * 1000 + timing.sendStart, for the page's own document. */
  docRequestStart: number | null;
}

/** Where the content script's fetch of `rawUrl` fell on the page's clock (ms since navigation). */
export interface FetchPhase {
  start: number;
  end: number;
  fromCache: boolean;
}

/**
 * Records the page's network requests through CDP. After a load, `phase(rawUrl, requestStart)`
 * places the last request for rawUrl on the page's clock: CDP timestamps are monotonic seconds,
 * and the document's own timing.requestTime + sendStart is the page's Navigation Timing
 * requestStart on that clock.
 */
export async function fetchPhases(page: Page): Promise<{
  reset(): void;
  phase(pageUrl: string, rawUrl: string, requestStart: number | null): FetchPhase | null;
}> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const byId = new Map<string, RequestRecord>();
  cdp.on('Network.requestWillBeSent', (event) => {
    byId.set(event.requestId, {
      url: event.request.url, type: event.type, sent: event.timestamp * 1000, finished: null, fromCache: false, docRequestStart: null,
    });
  });
  cdp.on('Network.responseReceived', (event) => {
    const record = byId.get(event.requestId);
    if (!record) return;
    record.fromCache = event.response.fromDiskCache === true || event.response.fromPrefetchCache === true;
    const timing = event.response.timing;
    if (timing) record.docRequestStart = timing.requestTime * 1000 + timing.sendStart;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const record = byId.get(event.requestId);
    if (record) record.finished = event.timestamp * 1000;
  });
  await cdp.send('Network.enable');
  return {
    reset: () => byId.clear(),
    phase(pageUrl, rawUrl, requestStart) {
      const records = [...byId.values()];
      const doc = records.filter((r) => r.url === pageUrl && r.type === 'Document').at(-1);
      const raw = records.filter((r) => r.url === rawUrl).at(-1);
      if (!doc?.docRequestStart || !raw || raw.finished === null || requestStart === null) return null;
      const offset = requestStart - doc.docRequestStart;
      return { start: raw.sent + offset, end: raw.finished + offset, fromCache: raw.fromCache };
    },
  };
}
