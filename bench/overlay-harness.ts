// What bench/overlay.bench.mjs needs from the TypeScript test harness, in one module it loads
// with Vite's runnerImport (Node 20 cannot import .ts itself): the https stand-in for
// www.sec.gov, the fixtures, the browser with the built extension, the in-page overlay clock
// and the built extension's files. Plus one thing only the benchmark does:
//   - launchChromium(): Chromium with the flags of test/e2e/browser.ts, optionally WITHOUT the
//     extension (the baseline) or trusting the server's certificate so the HTTP cache works.
//     Chromium never caches a response that came with a certificate error ("Do not cache
//     content with cert errors", HttpCache::Transaction::WriteResponseInfoToEntry in
//     net/http/http_cache_transaction.cc), and the harness's self-signed certificate accepted
//     through ignoreHTTPSErrors is one: there the content script's `cache: 'force-cache'` never
//     hits and every reload fetches the raw XML again (measured: 0 of 10 reloads from cache;
//     with --ignore-certificate-errors-spki-list, 10 of 10).

import { createHash } from 'node:crypto';
import { connect } from 'node:tls';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../test/e2e/browser';

export { launchWithExtension, CHROMIUM_PATH, EXTENSION_DIR } from '../test/e2e/browser';
export { FIXTURES, fixture, fixtureRoutes } from '../test/e2e/fixtures';
export { startSecServer } from '../test/e2e/sec-server';
export { toRawXmlUrl } from '../lib/sec/sec-urls';
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
