// Debian's firefox-esr with the BUILT Firefox extension (.output/firefox-mv2, from
// `npx wxt build -b firefox`), driven by puppeteer-core over WebDriver BiDi. Playwright cannot
// drive Debian's firefox-esr (it needs its own patched Firefox); puppeteer-core talks to any
// stock Firefox through BiDi (engineering.md, "End-to-end tests in a real browser").
// A missing browser or build is an error, never a skip: a suite that skips itself on CI proves
// nothing.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** Absolute path of the built Firefox extension (the folder with manifest.json). */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/**
 * The extension's internal UUID, fixed so its pages have a known moz-extension:// origin
 * (Firefox picks a random one per profile otherwise, and BiDi's install does not return it).
 */
export const EXTENSION_UUID = '0f4c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports for the installed extension (the manifest's gecko id). */
  extensionId: string;
  /** Where files the pages download land (a fresh temp dir, removed by close()). */
  downloadDir: string;
  close(): Promise<void>;
}

// Prefs written into the fresh profile puppeteer creates for each launch.
const PREFS: Record<string, unknown> = {
  // Every host name resolves to 127.0.0.1, so https://www.sec.gov/... reaches the local server
  // on port 443 (test/e2e-firefox/sec-server-443.ts) with its real URL.
  'network.dns.forceResolve': '127.0.0.1',
  // No DNS over HTTPS and no HTTP/3: nothing may bypass the local resolver or leave the machine.
  'network.trr.mode': 5,
  'network.http.http3.enable': false,
  // The overlay formats numbers for navigator.language: pin it, the expected text is en-US.
  'intl.accept_languages': 'en-US, en',
  'intl.locale.requested': 'en-US',
  // Remote Settings (blocklists, experiments) would otherwise poll firefox.settings.services.mozilla.com,
  // which forceResolve sends to the local server as a dozen /v1/... requests. The override is only
  // honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (release builds ignore it otherwise).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  // The extension's notifications (the watchlist) in Firefox's own alert window, which headless
  // Firefox shows for 20 s, firing onShown and kept in notifications.getAll() meanwhile. The
  // system's backend (libnotify over D-Bus) is missing on a test machine: Firefox then closes
  // each notification the moment it is made, and a test could not tell one was ever shown.
  'alerts.useSystemBackend': false,
  // Downloads go straight to a known folder, without a dialog.
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
};

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  assertFirefox();
  assertBuilt(extensionDir);
  const downloadDir = mkdtempSync(join(tmpdir(), 'firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox's remote agent refuses to navigate to moz-extension:// pages (the options page)
    // unless given this test-only flag (isWebdriverSafeNavigationURL in its BiDi module).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // The local server's throwaway self-signed certificate for www.sec.gov (HSTS or not).
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      ...PREFS,
      'browser.download.dir': downloadDir,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
    },
    defaultViewport: { width: 1280, height: 720 }, // Playwright's default, as in the Chromium screenshots
    timeout: 20_000,
  });
  try {
    // Installed as a temporary add-on (unsigned is allowed), as `about:debugging` would.
    const extensionId = await browser.installExtension(extensionDir);
    const close = async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    };
    return { browser, extensionId, downloadDir, close };
  } catch (error) {
    await browser.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw new Error(`Firefox refused the extension at ${extensionDir}: ${String(error)}`, { cause: error });
  }
}

/**
 * Opens one of the extension's own pages (`options.html`) in `page`. page.goto never settles
 * there: Firefox loads moz-extension:// documents in the extension process and puppeteer sees
 * no navigation events for them, so the navigation is started and the document awaited instead.
 */
export async function openExtensionPage(page: Page, file: string): Promise<void> {
  const url = `moz-extension://${EXTENSION_UUID}/${file}`;
  void page.goto(url, { timeout: 10_000 }).catch(() => {}); // see above: it times out or detaches
  // Polled by hand: while the document is swapped, an evaluation can fail with a protocol
  // error (seen: "right-hand side of 'in' should be an object"), which waitForFunction does
  // not retry.
  const deadline = Date.now() + 10_000;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate((href) => location.href === href && document.readyState === 'complete', url)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not open ${url} within 10 s (is the extension installed under uuid ${EXTENSION_UUID}?)`, { cause: lastError });
}

/** Saves a PNG of the viewport (where the fixed overlay sits) to test-results/screenshots/{name}.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = `${SCREENSHOT_DIR}/${name}.png` as const;
  // The name may hold a folder ("trades/..."): a fresh checkout has none of them yet.
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

/** What Firefox shows for one of the extension's notifications: its own alert window (see PREFS). */
export interface ShownAlert {
  /** The alert window's browsing context (chrome scope). */
  context: string;
  title: string;
  text: string;
}

const ALERT_WINDOW = 'chrome://global/content/alerts/alert.xhtml';

/**
 * Commands puppeteer has no method for, sent over its WebDriver BiDi connection (`connection`
 * is on the browser object, not in its typings). Firefox lets them reach its own windows
 * ("moz:scope": "chrome") only with --remote-allow-system-access, which the launch passes.
 */
function bidiSend(browser: Browser, method: string, params: object): Promise<{ result: unknown }> {
  const connection = (browser as unknown as { connection?: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  if (!connection) throw new Error('puppeteer-core no longer exposes browser.connection: the Firefox alert helpers need another way to send WebDriver BiDi commands');
  return connection.send(method, params);
}

/** Evaluates `expression` (which must give a string) in one of Firefox's own windows. */
async function evaluateInChrome(browser: Browser, context: string, expression: string): Promise<string> {
  const { result } = (await bidiSend(browser, 'script.evaluate', { expression, target: { context }, awaitPromise: false })) as { result: { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } } };
  if (result.type !== 'success' || typeof result.result?.value !== 'string') {
    throw new Error(`Firefox's window ${context}: ${expression} gave ${result.exceptionDetails?.text ?? JSON.stringify(result.result)}, expected a string`);
  }
  return result.result.value;
}

/** Firefox's alert windows open now, with the title and text each shows (alert.xhtml's own labels). */
export async function shownAlerts(browser: Browser): Promise<ShownAlert[]> {
  const { result } = (await bidiSend(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as { result: { contexts: { context: string; url: string }[] } };
  const alerts = result.contexts.filter((context) => context.url === ALERT_WINDOW);
  return Promise.all(
    alerts.map(async ({ context }) => {
      const shown = await evaluateInChrome(browser, context, `JSON.stringify({ title: document.getElementById('alertTitleLabel').getAttribute('value'), text: document.getElementById('alertTextLabel').textContent })`);
      return { context, ...(JSON.parse(shown) as { title: string; text: string }) };
    }),
  );
}

/**
 * Clicks an alert window: the click event on its box runs the window's own handler, which tells
 * the notification's owner (for an extension, its notifications.onClicked). A DOM click, since
 * WebDriver BiDi's input.performActions refuses chrome windows.
 */
export async function clickAlert(browser: Browser, alert: ShownAlert): Promise<void> {
  await evaluateInChrome(browser, alert.context, `(document.getElementById('alertBox').click(), 'clicked')`);
}

function assertFirefox(): void {
  if (existsSync(FIREFOX_PATH)) return;
  const fix = 'run scripts/ensure-browser.sh (or: apt-get install -y firefox-esr)';
  throw new Error(
    process.env.CI
      ? `CI: ${FIREFOX_PATH} is missing, so the Firefox end-to-end test cannot run; the test job must ${fix} first.`
      : `The Firefox end-to-end test needs Debian's firefox-esr at ${FIREFOX_PATH}: ${fix}.`,
  );
}

/** browser_specific_settings.gecko.id of the built manifest (wxt.config.ts sets it for Firefox). */
export function geckoId(extensionDir = FIREFOX_EXTENSION_DIR): string {
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') {
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id; Firefox needs one for storage.sync (wxt.config.ts sets it).`);
  }
  return id;
}

function assertBuilt(extensionDir: string): void {
  if (existsSync(`${extensionDir}/manifest.json`)) return;
  throw new Error(`No built Firefox extension at ${extensionDir} (manifest.json missing): run npx wxt build -b firefox (or npm run build) first.`);
}
