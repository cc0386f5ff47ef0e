// Speed budget of the built extension in Chromium (test/e2e/browser.ts, local https stand-in
// for www.sec.gov): on the SEC's rendering of a Form 4, the overlay shows its figures within
// 60 ms of DOMContentLoaded (median of 5 reloads; the cold first load is reported, not
// budgeted). The parse and the figures run in the extension's background (the content script
// asks by message): with its service worker stopped, as Chrome stops an idle one, the figures
// still show, within 120 ms (median of 3 loads). The goal is 40 ms (issue 11): the benchmark
// measures 26 to 29 ms on this page on a quiet machine (62 to 63 ms with the worker stopped);
// under `npm test`, which runs other browser tests beside this one on 2 cores, the same build
// measured up to 46 ms. A regression by half fails. Timed inside the page with its own clock
// (test/budgets/overlay-clock.ts), which nothing polls until the figures are painted.
// And on sec.gov pages that are not filings the content script is not injected at all: no
// chrome-extension:// script parsed, no extension world created (CDP), no host element.
// The rest of the speed picture (p90, more filings, script time with and without the
// extension) is the benchmark's job: npm run bench (bench/overlay.bench.mjs).
// Needs `npm run build` first and /usr/bin/chromium (scripts/ensure-browser.sh): fails, never skips.

import { companyPage } from '../../lib/sec-urls';
import { loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { FIXTURES, fixture, fixtureRoutes } from '../e2e/fixtures';
import { startSecServer, type SecServer } from '../e2e/sec-server';
import { contentScriptFiles, readManifest } from './built-extension';
import { addOverlayClock, extensionFootprint, median, stopExtensionWorker, timeOverlay, type OverlaySample } from './overlay-clock';

const BUDGET_MS = 60;
/** With the service worker stopped before each load: it starts (woken at document_start), then parses. */
const STOPPED_WORKER_BUDGET_MS = 120;
const STOPPED_WORKER_LOADS = 3;
const RELOADS = 5;
/**
 * Sets of RELOADS reloads tried before the budget fails. `npm test` runs other browser test
 * files at the same time on a 2-core machine, which can slow one set of loads severalfold; an
 * overlay that is really slower than the budget fails every set.
 */
const ATTEMPTS = 3;

const RENDERING = fixture('goog-2022-form4');
const RAW_XML = fixture('goog-2022-form4-xml');
// Company pages get the insider-activity panel's own script (test/e2e/activity-company.e2e.test.ts).
const NON_FILING = FIXTURES.filter((f) => f.kind === 'non-filing' && companyPage(`https://www.sec.gov${f.path}`) === null);
/** On a filing page: the filing script, then the history script once the page is idle. */
const FILING_PAGE_SCRIPTS = ['content-scripts/sec.js', 'content-scripts/history.js'];

const row = (label: string, s: OverlaySample) =>
  `${label.padEnd(10)} DCL->figures ${s.dclToFigures.toFixed(1).padStart(6)} ms  (nav->DCL ${s.dcl.toFixed(1)} ms, ` +
  `DCL->host ${(s.host - s.dcl).toFixed(1)} ms, DCL->next frame ${s.dclToFrame.toFixed(1)} ms)`;

describe('overlay speed and footprint in Chromium', { timeout: 120_000 }, () => {
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

  it(`on the SEC rendering ${RENDERING.name}, DOMContentLoaded -> figures takes under ${BUDGET_MS} ms (median of ${RELOADS} reloads)`, async () => {
    const page = await browser.context.newPage();
    try {
      await addOverlayClock(page);
      const firstRequest = server.requests.length;
      const cold = await timeOverlay(page, server.url(RENDERING.path));
      expect(cold.text, 'the clock timed the net open-market line').toMatch(/^Net open-market /);
      const lines = [row('cold', cold)];

      const medians: number[] = [];
      for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
        const warm: OverlaySample[] = [];
        for (let i = 0; i < RELOADS; i += 1) warm.push(await timeOverlay(page, null));
        warm.forEach((s, i) => lines.push(row(`reload ${attempt}.${i + 1}`, s)));
        medians.push(median(warm.map((s) => s.dclToFigures)));
        if (medians.at(-1)! < BUDGET_MS) break;
      }
      const rawFetches = server.requests.slice(firstRequest).filter((target) => target === RAW_XML.path).length;
      console.log(
        [
          `overlay on ${RENDERING.path}`,
          ...lines,
          `median of ${RELOADS} reloads: ${medians.map((m) => `${m.toFixed(1)} ms`).join(', then ')} (budget ${BUDGET_MS} ms); ` +
            `cold first load ${cold.dclToFigures.toFixed(1)} ms`,
          // force-cache: Chromium caches nothing that came with a certificate error (the
          // harness's self-signed certificate, accepted by ignoreHTTPSErrors), so every reload
          // here fetches the raw XML again; bench/overlay.bench.mjs also times it with the cache.
          `raw XML requests seen by the server over ${lines.length} loads: ${rawFetches}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
        ].join('\n'),
      );
      expect(Math.min(...medians), `median DOMContentLoaded -> figures over ${RELOADS} reloads, per attempt: ${medians.join(', ')}`).toBeLessThan(BUDGET_MS);
    } finally {
      await page.close();
    }
  });

  it(`with the extension's service worker stopped before each load, the figures show within ${STOPPED_WORKER_BUDGET_MS} ms (median of ${STOPPED_WORKER_LOADS})`, async () => {
    const page = await browser.context.newPage();
    try {
      await addOverlayClock(page);
      await timeOverlay(page, server.url(RENDERING.path));
      const samples: OverlaySample[] = [];
      for (let i = 0; i < STOPPED_WORKER_LOADS; i += 1) {
        expect(await stopExtensionWorker(browser.context, page), 'CDP reports the extension\'s service worker stopped').toBe(true);
        samples.push(await timeOverlay(page, null));
      }
      expect(samples.map((s) => s.text), 'the clock timed the net open-market line').toEqual(samples.map(() => expect.stringMatching(/^Net open-market /)));
      console.log(['service worker stopped before each load', ...samples.map((s, i) => row(`stopped ${i + 1}`, s))].join('\n'));
      expect(median(samples.map((s) => s.dclToFigures)), 'median DOMContentLoaded -> figures with the worker stopped').toBeLessThan(STOPPED_WORKER_BUDGET_MS);
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
