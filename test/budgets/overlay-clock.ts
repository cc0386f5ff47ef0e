// Measures the built extension in Chromium from inside the page, for the speed budget
// (overlay-footprint.e2e.test.ts) and the benchmark (bench/overlay.bench.mjs):
//   - overlay time: DOMContentLoaded -> the overlay's figures (`[data-testid=net-open-market]`
//     inside the `form4-lens-overlay` shadow root) are in the DOM, both read with the page's
//     own performance.now(), so no Playwright or CDP round trip is counted;
//   - the content script's footprint on a page: which chrome-extension:// scripts were parsed
//     (CDP Debugger.scriptParsed), which extension worlds were created (Runtime
//     executionContextCreated) and the page's script time (CDP Performance ScriptDuration).

import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const OVERLAY_HOST = 'form4-lens-overlay';
export const FIGURES_SELECTOR = '[data-testid=net-open-market]';
/**
 * What the clock logs to the console once the figures are painted. The test waits for this
 * message rather than polling the page: each poll is a script run on the page's main thread
 * (Playwright's first one compiles its injected script, about 9 ms), which delayed the very
 * figures being timed.
 */
const CLOCK_DONE = 'form4-lens-overlay-clock:done';

/** What the in-page clock records, in ms since the navigation started (performance.now()). */
export interface OverlayClock {
  /** The first DOMContentLoaded listener on the document ran. */
  dcl: number | null;
  /** The first animation frame after DOMContentLoaded (the page's first paint, about). */
  dclFrameAt: number | null;
  /** The window's load event. */
  loadAt: number | null;
  /** The overlay's host element was in the document. */
  hostAt: number | null;
  /** The figures element was in the overlay's shadow root. */
  figuresAt: number | null;
  /** The first animation frame after that: about when the figures are painted. */
  frameAt: number | null;
  /** The figures' text, to check the right thing was timed. */
  text: string | null;
}

/**
 * Runs in the page before any of its scripts (page.addInitScript): records DOMContentLoaded,
 * then watches for the overlay host (the content script appends it to <body>, or to the root
 * element of an XML page) and inside its open shadow root for the figures, with a
 * MutationObserver (exact: its callback runs in the microtask after the insertion) and
 * requestAnimationFrame polling as a backstop. Watching starts at DOMContentLoaded, and only
 * the two parents the host can have, so the clock adds no work to the page's own parsing (the
 * content script cannot show anything earlier: it starts reading at document_start but mounts
 * the overlay at DOMContentLoaded). Self-contained on purpose: Playwright sends its source text to the page.
 */
export function installOverlayClock({ host, selector, done }: { host: string; selector: string; done: string }): void {
  const clock: OverlayClock = {
    dcl: null, dclFrameAt: null, loadAt: null, hostAt: null, figuresAt: null, frameAt: null, text: null,
  };
  (window as unknown as { __overlayClock: OverlayClock }).__overlayClock = clock;

  let shadowWatched = false;
  const observer = new MutationObserver(() => check());
  const check = (): boolean => {
    if (clock.figuresAt !== null) return true;
    const hostElement = document.querySelector(host);
    if (!hostElement) return false;
    clock.hostAt ??= performance.now();
    const shadow = hostElement.shadowRoot;
    if (shadow && !shadowWatched) {
      shadowWatched = true;
      observer.observe(shadow, { childList: true, subtree: true });
    }
    const figures = shadow?.querySelector(selector);
    if (!figures) return false;
    clock.figuresAt = performance.now();
    clock.text = figures.textContent;
    observer.disconnect();
    requestAnimationFrame(() => {
      clock.frameAt = performance.now();
      console.debug(done);
    });
    return true;
  };
  const poll = () => { if (!check()) requestAnimationFrame(poll); };
  document.addEventListener('DOMContentLoaded', () => {
    clock.dcl = performance.now();
    requestAnimationFrame(() => { clock.dclFrameAt = performance.now(); });
    for (const parent of [document.documentElement, document.body]) {
      if (parent) observer.observe(parent, { childList: true });
    }
    if (!check()) requestAnimationFrame(poll);
  }, { capture: true, once: true });
  window.addEventListener('load', () => { clock.loadAt = performance.now(); }, { capture: true, once: true });
}

/** Adds the clock to every document the page loads from now on. */
export async function addOverlayClock(page: Page): Promise<void> {
  await page.addInitScript(installOverlayClock, { host: OVERLAY_HOST, selector: FIGURES_SELECTOR, done: CLOCK_DONE });
}

export interface OverlaySample {
  /** DOMContentLoaded -> figures in the DOM (the budgeted figure). */
  dclToFigures: number;
  /** DOMContentLoaded -> the first frame after the figures appeared. */
  dclToFrame: number;
  /** DOMContentLoaded -> the page's first frame after it (the page's own pace, for comparison). */
  dclToPageFrame: number;
  /** Navigation start -> DOMContentLoaded. */
  dcl: number;
  /** Navigation start -> host element in the DOM. */
  host: number;
  /** Navigation start -> figures in the DOM. */
  figures: number;
  text: string;
}

/**
 * Loads `url` (or reloads the page when `url` is null) and returns the clock's reading once the
 * figures are shown. The page must have had addOverlayClock() before.
 */
export async function timeOverlay(page: Page, url: string | null, timeoutMs = 10_000): Promise<OverlaySample> {
  const painted = page.waitForEvent('console', { predicate: (message) => message.text() === CLOCK_DONE, timeout: timeoutMs });
  // Awaited below; this keeps a load that throws first from leaving it rejected and unheard.
  painted.catch(() => {});
  if (url === null) await page.reload({ waitUntil: 'domcontentloaded' });
  else await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await painted;
  } catch {
    const clock = await page.evaluate(() => (window as unknown as { __overlayClock?: OverlayClock }).__overlayClock ?? null);
    throw new Error(
      `The overlay's figures (${FIGURES_SELECTOR} inside <${OVERLAY_HOST}>'s shadow root) did not appear within ` +
        `${timeoutMs} ms on ${page.url()}; clock: ${JSON.stringify(clock)}. Is the extension built and loaded, and ` +
        'does the page\'s raw XML route exist?',
    );
  }
  const clock = await page.evaluate(() => (window as unknown as { __overlayClock: OverlayClock }).__overlayClock);
  const dcl = clock.dcl!;
  return {
    dclToFigures: clock.figuresAt! - dcl,
    dclToFrame: clock.frameAt! - dcl,
    dclToPageFrame: (clock.dclFrameAt ?? Number.NaN) - dcl,
    dcl,
    host: clock.hostAt!,
    figures: clock.figuresAt!,
    text: clock.text ?? '',
  };
}

export interface PageSample {
  /** Navigation start -> DOMContentLoaded. */
  dcl: number;
  /** DOMContentLoaded -> the first animation frame after it. */
  dclToFrame: number;
  /** DOMContentLoaded -> the load event. */
  dclToLoad: number;
}

/**
 * The page's own pace, for a browser without the extension: loads `url` (or reloads) and
 * reads the clock once the load event and the first frame after DOMContentLoaded are past.
 */
export async function timePage(page: Page, url: string | null, timeoutMs = 10_000): Promise<PageSample> {
  if (url === null) await page.reload({ waitUntil: 'load' });
  else await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const clock = (window as unknown as { __overlayClock?: OverlayClock }).__overlayClock;
      return clock?.dclFrameAt != null && clock.loadAt != null;
    },
    null,
    { timeout: timeoutMs, polling: 20 },
  );
  const clock = await page.evaluate(() => (window as unknown as { __overlayClock: OverlayClock }).__overlayClock);
  return { dcl: clock.dcl!, dclToFrame: clock.dclFrameAt! - clock.dcl!, dclToLoad: clock.loadAt! - clock.dcl! };
}

export interface ExtensionFootprint {
  url: string;
  /** URLs of chrome-extension:// scripts parsed in the page (all worlds). */
  extensionScripts: string[];
  /** Names of execution contexts created by an extension (a content script's isolated world). */
  extensionWorlds: string[];
  /** CDP Performance metric ScriptDuration for the page, in ms. */
  scriptMs: number;
  /** CDP Performance metric TaskDuration for the page, in ms. */
  taskMs: number;
  /** Our overlay or hover host element in the document. */
  hostPresent: boolean;
}

/**
 * Opens `url` in a new tab with CDP's Performance domain (and, with `countScripts`, Debugger
 * and Runtime) enabled before the navigation, waits for the load event and `settleMs` more
 * (the content script runs at document_end and awaits storage and a fetch), and reports what
 * the extension did there. Debugger.enable makes V8 keep and report every script, which costs
 * script time itself: time a page with `countScripts: false`.
 */
export async function extensionFootprint(
  context: BrowserContext,
  url: string,
  { settleMs = 500, countScripts = true }: { settleMs?: number; countScripts?: boolean } = {},
): Promise<ExtensionFootprint> {
  const page = await context.newPage();
  try {
    const cdp: CDPSession = await context.newCDPSession(page);
    const extensionScripts: string[] = [];
    const extensionWorlds: string[] = [];
    if (countScripts) {
      cdp.on('Debugger.scriptParsed', (event) => {
        if (event.url.startsWith('chrome-extension://')) extensionScripts.push(event.url);
      });
      cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
        if (created.origin.startsWith('chrome-extension://')) extensionWorlds.push(`${created.name} (${created.origin})`);
      });
      await cdp.send('Debugger.enable');
      await cdp.send('Runtime.enable');
    }
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const hostPresent = await page.evaluate(
      (host) => document.querySelector(`${host}, form4-lens-hovers`) !== null,
      OVERLAY_HOST,
    );
    await cdp.detach();
    return { url, extensionScripts, extensionWorlds, scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), hostPresent };
  } finally {
    await page.close();
  }
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers, through a page of the
 * context) so that the next filing page's request must start it again: what a reader meets
 * after the browser let the worker sleep (Chrome stops an idle extension worker after about
 * 30 s). Playwright reports the stop late, if at all: the CDP domain's own version updates say
 * when the worker is stopped. Returns false when no stop was reported within timeoutMs.
 */
export async function stopExtensionWorker(context: BrowserContext, page: Page, timeoutMs = 3_000): Promise<boolean> {
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    const stopped = new Promise<boolean>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve(true);
      });
      setTimeout(() => resolve(false), timeoutMs);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return await stopped;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
