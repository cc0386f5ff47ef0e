// The built Firefox extension (.output/firefox-mv2) in Debian's firefox-esr, on a real SEC
// rendering at its real https://www.sec.gov URL: the overlay appears in its shadow root with
// the headline the test computes itself from the filing's XML (test/e2e/xml-facts.ts: plain
// string scans and exact decimals, no lib/), and its code chips explain themselves.
// Then what could differ from Chromium: the CSV buttons (a blob download and the clipboard from
// a content script) and the settings round trip through browser.storage.sync (options page ->
// content script), which Firefox only allows add-ons with an explicit gecko id.
// Needs `npx wxt build -b firefox` (npm run build) first, /usr/bin/firefox-esr
// (scripts/ensure-browser.sh) and port 443 (root, as in CI): fails, never skips.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { fixture, fixtureRoutes } from '../e2e/fixtures';
import type { SecServer } from '../e2e/sec-server';
import { expectedNetLine, expectedTradeNumbers, filingFacts } from '../e2e/xml-facts';
import {
  FIREFOX_EXTENSION_DIR,
  geckoId,
  launchFirefoxWithExtension,
  openExtensionPage,
  screenshot,
  type FirefoxWithExtension,
} from './firefox';
import { startSecServerOn443 } from './sec-server-443';

const RENDERING = fixture('goog-2015-form4');
const OVERLAY = 'form4-lens-overlay >>> [data-testid=overlay]';
const FACTS = filingFacts(readCorpus(RENDERING.xml!));

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('built extension in firefox-esr against www.sec.gov served locally', { timeout: 30_000 }, () => {
  let server: SecServer;
  let firefox: FirefoxWithExtension;
  let page: Page;
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startSecServerOn443(fixtureRoutes([RENDERING, fixture('goog-2015-form4-xml')]));
    firefox = await launchFirefoxWithExtension();
    page = await firefox.browser.newPage();
    page.on('pageerror', (error) => logged.push(`pageerror: ${String(error)}`));
    page.on('console', (message) => logged.push(`console.${message.type()}: ${message.text()}`));
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs the extension under the gecko id of its manifest', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(firefox.extensionId).toBe(geckoId());
  });

  it('shows the overlay with the net open-market figure computed from the XML, and explains code chips', async () => {
    const response = await page.goto(server.url(RENDERING.path), { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`https://www.sec.gov${RENDERING.path}`);
    expect(await page.title()).toBe('SEC FORM 4');

    const net = await page.waitForSelector(`${OVERLAY} [data-testid=net-open-market]`, { timeout: 10_000 }).catch(async (error: unknown) => {
      throw new Error(
        `No overlay in firefox-esr within 10 s on ${page.url()} (host element: ${String(await page.$('form4-lens-overlay') !== null)}; ` +
          `server saw: ${server.requests.join(', ')}; page log: ${logged.join(' | ') || 'empty'}). The content script did not ` +
          'run or failed silently: check .output/firefox-mv2/manifest.json content_scripts against this URL.',
        { cause: error },
      );
    });
    // The overlay lives in an open shadow root of its own host element.
    expect(await page.$eval('form4-lens-overlay', (host) => host.shadowRoot?.mode ?? null)).toBe('open');

    const expected = expectedNetLine(FACTS);
    expect(expected).toMatch(/^Net open-market sell: -[\d,]+ shares \(-\$[\d,.]+\), -<?[\d.]+% of holdings$/);
    expect(collapseWhitespace(await net!.evaluate((el) => (el as HTMLElement).innerText))).toBe(expected);
    const headline = collapseWhitespace(
      await page.$eval(`${OVERLAY} [data-testid=headline]`, (el) => (el as HTMLElement).innerText),
    );
    for (const number of expectedTradeNumbers(FACTS)) expect(headline).toContain(number);
    // The raw XML was fetched by the content script from the same (local) www.sec.gov.
    expect(server.requests).toContain(fixture('goog-2015-form4-xml').path);

    await screenshot(page, 'firefox-overlay');

    // A code chip explains itself: its tooltip is in the DOM, hidden until focus (or hover).
    // The sale rows' chip ("S"), the code behind the headline.
    const chips = await page.$$(`${OVERLAY} button.chip`);
    const codes = await Promise.all(chips.map((c) => c.evaluate((button) => button.textContent)));
    expect(codes).toContain('S');
    const chip = chips[codes.indexOf('S')] as ElementHandle<HTMLButtonElement>;
    const tip = await chip.evaluate((button) => {
      const id = button.getAttribute('aria-describedby');
      const body = id ? (button.getRootNode() as ShadowRoot).getElementById(id) : null;
      return { label: button.getAttribute('aria-label'), role: body?.getAttribute('role'), hidden: body?.hidden, text: body?.textContent ?? '' };
    });
    expect(tip).toMatchObject({ role: 'tooltip', hidden: true });
    expect(tip.label).toMatch(/^Code S: \S/);
    expect(tip.text).toMatch(/^S · \S/);

    await chip.focus();
    const shown = await chip.evaluate((button) => {
      const body = (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-describedby')!);
      const box = body!.getBoundingClientRect();
      return { hidden: body!.hidden, width: box.width, height: box.height };
    });
    expect(shown.hidden).toBe(false);
    expect(shown.width).toBeGreaterThan(0);
    expect(shown.height).toBeGreaterThan(0);
    await screenshot(page, 'firefox-code-tip');

    expect(logged.filter((line) => /Form 4 Lens|moz-extension:|pageerror/i.test(line))).toEqual([]);
  });

  it("fits the panel on the raw XML page too: every cell of a row inside it, in the panel's font", async () => {
    const raw = await firefox.browser.newPage();
    try {
      await raw.setViewport({ width: 1280, height: 720 });
      await raw.goto(server.url(fixture('goog-2015-form4-xml').path), { waitUntil: 'domcontentloaded' });
      await raw.waitForSelector('form4-lens-overlay >>> [data-testid=row]', { timeout: 10_000 });
      const fit = await raw.evaluate(`(() => {
        const root = document.querySelector('form4-lens-overlay').shadowRoot;
        const panel = root.querySelector('[data-testid=overlay]').getBoundingClientRect();
        const cells = [...root.querySelectorAll('[data-testid=row] > *')].map((cell) => cell.getBoundingClientRect());
        return {
          cells: cells.length,
          outside: cells.filter((cell) => cell.left < panel.left || cell.right > panel.right).length,
          font: getComputedStyle(root.querySelector('[data-testid=row] > *')).fontFamily,
        };
      })()`);
      expect(fit).toMatchObject({ outside: 0 });
      expect((fit as { cells: number }).cells).toBeGreaterThan(0);
      expect((fit as { font: string }).font).not.toMatch(/monospace/i);
      await screenshot(raw, 'firefox-raw-xml');
    } finally {
      await raw.close();
    }
  });

  it('downloads and copies the CSV from the content script: one line per row of the XML', async () => {
    const download = await page.waitForSelector(`${OVERLAY} ::-p-text(Download CSV)`);
    await download!.click();
    const name = await waitForFile(firefox.downloadDir, /\.csv$/, 5_000);
    // Named from the XML: ticker, owner, period, form (lib/csv/download-name.ts's scheme).
    expect(name).toMatch(new RegExp(`^${FACTS.ticker}_[A-Za-z0-9-]+_${FACTS.periodOfReport}_form${FACTS.documentType}\\.csv$`));
    const records: Record<string, string>[] = parse(readFileSync(`${firefox.downloadDir}/${name}`, 'utf8'), { columns: true });
    expect(records).toHaveLength(FACTS.rows.length);
    expect(new Set(records.map((r) => r.issuer_name))).toEqual(new Set([FACTS.issuerName]));

    const copy = await page.waitForSelector(`${OVERLAY} ::-p-text(Copy CSV)`);
    await copy!.click();
    // The overlay confirms only once navigator.clipboard.writeText resolved.
    await page.waitForSelector(`${OVERLAY} ::-p-text(Copied ${FACTS.rows.length} rows as CSV.)`, { timeout: 5_000 });
  });

  it('keeps the options page setting in storage.sync and the content script obeys it', async () => {
    const options = await firefox.browser.newPage();
    try {
      await openExtensionPage(options, 'options.html');
      const onClick = await options.waitForSelector('::-p-text(only when I click its tab)');
      await onClick!.click();
      await options.waitForSelector('::-p-text(Saved.)', { timeout: 5_000 });
      // A string, not a function: WxtVitest rewrites the identifier `browser` in this file to its
      // fake-browser import, which does not exist in the page.
      const stored = await options.evaluate(`browser.storage.sync.get('settings')`);
      expect(stored).toMatchObject({ settings: { openOverlay: 'on-click' } });
    } finally {
      await options.close();
    }

    await page.bringToFront();
    await page.reload({ waitUntil: 'domcontentloaded' });
    // The launcher shows at once ("reading the filing...") and takes the net once the background
    // has parsed the filing. GOOG 2015: 17 S rows, 16,670 shares for $10,745,622.59 ($10.7M).
    const launcher = await page.waitForSelector('form4-lens-overlay >>> button.launcher ::-p-text(net sell)', { timeout: 10_000 });
    expect(await launcher!.evaluate((button) => button.textContent)).toBe('Form 4 Lens: net sell -16,670 sh, -$10.7M');
    expect(await page.$(OVERLAY)).toBeNull();
    await screenshot(page, 'firefox-launcher');
  });
});

/**
 * Name of the first finished file in `dir` matching `pattern`. Firefox creates the file empty
 * at once and writes NAME.part beside it, renaming it over the file when done: finished means
 * no .part, not empty, and the same size on two polls in a row.
 */
async function waitForFile(dir: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const sizes = new Map<string, number>();
  for (;;) {
    for (const name of readdirSync(dir).filter((f) => pattern.test(f))) {
      const size = existsSync(`${dir}/${name}.part`) ? 0 : statSync(`${dir}/${name}`).size;
      if (size > 0 && sizes.get(name) === size) return name;
      sizes.set(name, size);
    }
    if (Date.now() > deadline) {
      throw new Error(`No finished download matching ${pattern} in ${dir} within ${timeoutMs} ms (found: ${readdirSync(dir).join(', ') || 'nothing'})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
