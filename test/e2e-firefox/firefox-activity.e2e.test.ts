// The insider-activity panel in Debian's firefox-esr (built .output/firefox-mv2): Tesla's
// company page with dateb in late 2022, its totals equal to the figures the test reads from the
// same corpus filings' XML (test/e2e/tesla-facts.ts), fetched by the extension's background page
// from data.sec.gov and www.sec.gov (both answered by the local server on 127.0.0.1:443). Fails,
// never skips.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecServer } from '../e2e/sec-server';
import { readFileSync } from 'node:fs';
import { TESLA_COMPANY_PAGE, TESLA_UNTIL, teslaCorpus, teslaRoutes } from '../e2e/tesla-edgar';
import { readLines } from '../market-facts';
import { teslaFacts } from '../e2e/tesla-facts';
import { launchFirefoxWithExtension, screenshot, type FirefoxWithExtension } from './firefox';
import { startSecServerOn443 } from './sec-server-443';

const PANEL = 'form4-lens-activity >>> [data-testid=activity-panel]';

describe('the activity panel in firefox-esr', { timeout: 120_000 }, () => {
  let server: SecServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startSecServerOn443(teslaRoutes());
    firefox = await launchFirefoxWithExtension();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("shows Tesla's insider activity with the totals read from the XML", async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url(TESLA_COMPANY_PAGE));
    await page.waitForSelector(PANEL, { timeout: 15_000 });
    await page.waitForFunction(
      () => {
        const root = document.querySelector('form4-lens-activity')?.shadowRoot;
        const progress = root?.querySelector('[data-testid=progress]')?.textContent ?? '';
        const match = /Read (\d+) of (\d+) filings$/.exec(progress);
        return match !== null && match[1] === match[2];
      },
      { timeout: 60_000, polling: 250 },
    );
    const expected = teslaFacts('2021-12-01', TESLA_UNTIL);
    const values = await page.evaluate(() => {
      const root = document.querySelector('form4-lens-activity')!.shadowRoot!;
      const value = (id: string) => root.querySelector(`[data-testid=${id}]`)?.getAttribute('data-value');
      const trades = root.querySelector('[data-testid=company-trades-count]')?.textContent ?? '';
      return { sold: value('sold-value'), net: value('net-value'), filings: Number(value('filings')), trades: /^(\d+) of \1 shown/.exec(trades)?.[1] ?? trades };
    });
    // The company's trades: a line per filing and code, as the test reads them from the XML.
    const lines = expected.accessions.flatMap((accession) => {
      const { file } = teslaCorpus.find((held) => held.ref.accession === accession)!;
      return readLines(readFileSync(file, 'latin1'), file);
    });
    expect(values).toEqual({ sold: expected.soldValue, net: expected.netValue, filings: expected.filings, trades: String(lines.length) });
    expect(server.log.filter((entry) => entry.host === 'data.sec.gov').map((entry) => entry.target)).toEqual(['/submissions/CIK0001318605.json']);
    await screenshot(page, 'activity/firefox-company-panel');
    await page.close();
  });
});
