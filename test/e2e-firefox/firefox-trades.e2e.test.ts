// The trades view in Debian's firefox-esr (built .output/firefox-mv2): trades.html reads today's
// filings from a latest-filings feed of real corpus filings (test/e2e/market-day.ts), fetched by
// the extension's background page from www.sec.gov (the local server on 127.0.0.1:443), and lists
// as many trades as the test reads from their XML. Fails, never skips.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecServer } from '../e2e/sec-server';
import { FILINGS, marketDayRoutes, SHOWN } from '../e2e/market-day';
import { launchFirefoxWithExtension, openExtensionPage, screenshot, type FirefoxWithExtension } from './firefox';
import { startSecServerOn443 } from './sec-server-443';

describe('the trades view in firefox-esr', { timeout: 120_000 }, () => {
  let server: SecServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startSecServerOn443(marketDayRoutes());
    firefox = await launchFirefoxWithExtension();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("loads and lists the day's trades", async () => {
    const page = await firefox.browser.newPage();
    await openExtensionPage(page, 'trades.html');
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid=progress]')?.textContent === `Read ${total} of ${total} filings`,
      { timeout: 60_000, polling: 250 },
      FILINGS.length,
    );
    const count = await page.evaluate(() => document.querySelector('[data-testid=trades-count]')?.textContent);
    expect(count).toBe(`${SHOWN.length} of ${SHOWN.length} open-market trades shown`);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid=trades] tbody tr').length)).toBe(SHOWN.length);
    await screenshot(page, 'trades/firefox-trades-view');
    await page.close();
  });
});
