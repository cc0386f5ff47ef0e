// Debian's Chromium with the BUILT extension (.output/chrome-mv3, from `npx wxt build`), driven
// by playwright-core. Flags from engineering.md, "End-to-end tests in a real browser":
// --host-resolver-rules sends www.sec.gov to the local https server (test/e2e/sec-server.ts)
// while pages keep their real https://www.sec.gov/... URLs; ignoreHTTPSErrors accepts its
// throwaway certificate. A missing browser or build is an error, never a skip: a suite that
// skips itself on CI proves nothing.

import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { OTHER_HOSTS } from './sec-server';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Absolute path of the built Chrome extension (the folder with manifest.json). */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

export interface LaunchOptions {
  /** Port of the local https server standing in for www.sec.gov. */
  port: number;
  extensionDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** 32 letters a-p, from the background service worker's URL. */
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension({ port, extensionDir = EXTENSION_DIR }: LaunchOptions): Promise<ExtensionBrowser> {
  assertChromium();
  assertBuilt(extensionDir);
  // '' = a fresh temporary profile, deleted by Playwright on close.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', // runs as root in CI containers
      '--disable-gpu',
      '--disable-quic', // the server speaks TCP only; QUIC to www.sec.gov would bypass the mapping
      '--no-first-run',
      // ignoreHTTPSErrors covers pages, not the extension's service worker, which fetches for
      // the activity views: it must accept the throwaway certificate too.
      '--ignore-certificate-errors',
      '--disable-background-networking', // no real requests to Google or sec.gov behind our back
      '--disable-component-update',
      '--disable-sync',
      // Other hosts too, so a request the extension must never make would reach the server (and show).
      `--host-resolver-rules=${['www.sec.gov', ...OTHER_HOSTS].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
    ],
  });
  try {
    const worker = await backgroundWorker(context);
    return { context, extensionId: new URL(worker.url()).host, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Saves a PNG to test-results/screenshots/{name}.png and returns its path: the full page by
 * default; `fullPage: false` keeps the viewport only (what a reader sees, with fixed-position
 * panels where they sit on screen).
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

/** The toolbar popup's page (the popup as an ordinary tab: same document, same script). */
export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup.html`;
}

function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const fix = 'run scripts/ensure-browser.sh (or: apt-get install -y chromium openssl)';
  throw new Error(
    process.env.CI
      ? `CI: ${CHROMIUM_PATH} is missing, so the end-to-end tests cannot run; the test job must ${fix} first.`
      : `End-to-end tests need Debian's Chromium at ${CHROMIUM_PATH} (Playwright cannot download browsers here): ${fix}.`,
  );
}

function assertBuilt(extensionDir: string): void {
  if (existsSync(`${extensionDir}/manifest.json`)) return;
  throw new Error(`No built extension at ${extensionDir} (manifest.json missing): run npm run build first.`);
}

// The service worker may already be running when the context is returned, or start just after.
async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
  } catch {
    throw new Error(
      'The extension started no background service worker within 10 s, so it did not load. Check that ' +
        '.output/chrome-mv3/manifest.json has a background.service_worker and that no built .js file has a ' +
        'byte above 127 (Chrome refuses non-UTF-8-safe content scripts; engineering.md, "Traps already found").',
    );
  }
}

/** Reads (and with `remove`, then removes) keys of the extension's local storage, from one of its own pages. */
export async function extensionStorage(browser: ExtensionBrowser, keys: string[], remove = false): Promise<Record<string, unknown>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return await page.evaluate(
      async ({ keys, remove }) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } } }).chrome;
        const values = await api.storage.local.get(keys);
        if (remove) await api.storage.local.remove(keys);
        return values;
      },
      { keys, remove },
    );
  } finally {
    await page.close();
  }
}
