// The built extension in Chromium (test/e2e/browser.ts, local https stand-in for www.sec.gov):
// on the SEC's rendering of a Form 4 the overlay's figures arrive, on a first load and on
// reloads, and also when Chrome has stopped the extension's idle service worker before the load
// (the parse runs in the background, which must start first). On sec.gov pages that are not
// filings the content script is not injected at all: no chrome-extension:// script parsed, no
// extension world created (CDP), no host element.
// How fast the figures arrive is the benchmark's job, against the budgets of budgets.json:
// `npm run bench` (bench/overlay.bench.mjs). Absolute times move with the machine's load, so no
// test asserts one. The clock used here is the benchmark's (overlay-clock.ts), so the test
// also keeps the benchmark's instrument working.
// Needs `npm run build` first and /usr/bin/chromium (scripts/ensure-browser.sh): fails, never skips.

import { companyPage } from '../../lib/sec/sec-urls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { FIXTURES, fixture, fixtureRoutes } from '../e2e/fixtures';
import { startSecServer, type SecServer } from '../e2e/sec-server';
import { contentScriptFiles, readManifest } from './built-extension';
import { addOverlayClock, extensionFootprint, stopExtensionWorker, timeOverlay } from './overlay-clock';

/** Loads with the service worker stopped before each. */
const STOPPED_WORKER_LOADS = 2;
const RELOADS = 2;

const RENDERING = fixture('goog-2022-form4');
const RAW_XML = fixture('goog-2022-form4-xml');
/**
 * GOOG 2022 (accession 0001209191-22-024552): six S rows of 400, 1,010, 500, 600, 100 and 100
 * shares at $2,598.325, $2,599.5213, $2,600.452, $2,601.6983, $2,603.14 and $2,604.73:
 * 2,710 shares and $1,039,330.00 + $2,625,516.51 + $1,300,226.00 + $1,561,018.98 + $260,314.00
 * + $260,473.00 = $7,046,878.49.
 */
const NET_SALE = /^Net open-market sell: -2,710 shares \(-\$7,046,878\.49\)/;
// Company pages get the insider-activity panel's own script (test/e2e/activity-company.e2e.test.ts).
const NON_FILING = FIXTURES.filter((f) => f.kind === 'non-filing' && companyPage(`https://www.sec.gov${f.path}`) === null);
/** On a filing page: the filing script, then the history script once the page is idle. */
const FILING_PAGE_SCRIPTS = ['content-scripts/sec.js', 'content-scripts/history.js'];

describe('overlay figures and footprint in Chromium', { timeout: 120_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSecServer(fixtureRoutes([RENDERING, RAW_XML, ...NON_FILING]));
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`on the SEC rendering ${RENDERING.name}, the figures arrive on the first load and on ${RELOADS} reloads`, async () => {
    const page = await browser.context.newPage();
    try {
      await addOverlayClock(page);
      const samples = [await timeOverlay(page, server.url(RENDERING.path))];
      for (let i = 0; i < RELOADS; i += 1) samples.push(await timeOverlay(page, null));
      expect(samples.map((s) => s.text), 'the clock saw the net open-market line').toEqual(samples.map(() => expect.stringMatching(NET_SALE)));
      for (const s of samples) expect(s.figures, 'figures after DOMContentLoaded').toBeGreaterThan(s.dcl);
    } finally {
      await page.close();
    }
  });

  it(`with the extension's service worker stopped before each of ${STOPPED_WORKER_LOADS} loads, the figures still arrive`, async () => {
    const page = await browser.context.newPage();
    try {
      await addOverlayClock(page);
      await timeOverlay(page, server.url(RENDERING.path));
      for (let i = 0; i < STOPPED_WORKER_LOADS; i += 1) {
        expect(await stopExtensionWorker(browser.context, page), 'CDP reports the extension\'s service worker stopped').toBe(true);
        expect((await timeOverlay(page, null)).text, 'the clock saw the net open-market line').toMatch(NET_SALE);
      }
    } finally {
      await page.close();
    }
  });

  it('is injected on a filing page: the CDP probe sees its script and world there (control)', async () => {
    const footprint = await extensionFootprint(browser.context, server.url(RENDERING.path));
    expect(contentScriptFiles(readManifest('chrome-mv3'))).toEqual(expect.arrayContaining(FILING_PAGE_SCRIPTS));
    expect(footprint.extensionScripts, 'chrome-extension:// scripts parsed').toEqual(FILING_PAGE_SCRIPTS.map((script) => `chrome-extension://${browser.extensionId}/${script}`));
    expect(footprint.extensionWorlds).toEqual([`Form 4 Lens (chrome-extension://${browser.extensionId})`]);
    expect(footprint.hostPresent).toBe(true);
    console.log(`filing page ${RENDERING.name}: ${footprint.extensionScripts.length} extension script(s), page ScriptDuration ${footprint.scriptMs.toFixed(1)} ms`);
  });

  it.each(NON_FILING.map((f) => [f.name, f] as const))('is not injected on the non-filing page %s', async (_name, f) => {
    const footprint = await extensionFootprint(browser.context, server.url(f.path));
    console.log(
      `non-filing ${f.name} (${f.path}): ${footprint.extensionScripts.length} extension scripts, ` +
        `${footprint.extensionWorlds.length} extension worlds, page ScriptDuration ${footprint.scriptMs.toFixed(1)} ms`,
    );
    expect(footprint.extensionScripts, 'chrome-extension:// scripts parsed (CDP Debugger.scriptParsed)').toEqual([]);
    expect(footprint.extensionWorlds, 'extension execution contexts (CDP Runtime.executionContextCreated)').toEqual([]);
    expect(footprint.hostPresent, 'our host element in the page').toBe(false);
  });
});
