// The activity views outside sec.gov's pages (docs/design.md section 9 c): the popup's company box
// opening the extension's activity page, that page's figures, and the cache's size and clear
// button on the options page. Chromium with the built extension; Tesla's real EDGAR data.

import { describe, expect, it } from 'vitest';
import { popupUrl } from './browser';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { teslaRoutes } from './tesla-edgar';
import { teslaFacts } from './tesla-facts';

describe('popup search, activity page, cache in options', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() => teslaRoutes());
  const watch = new PageWatch();

  it('finds Tesla by its ticker in the popup and opens its activity page', async () => {
    const popup = await newWatchedPage(env.browser.context, watch);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(popupUrl(env.browser.extensionId));
    await popup.locator('input[name=company]').fill('tsla');
    const first = popup.locator('[data-testid=companies] button').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(first.innerText()).resolves.toBe('TSLA Tesla, Inc.');
    const opened = env.browser.context.waitForEvent('page');
    await first.click();
    const page = await opened;
    await page.waitForURL(/activity\.html\?cik=0001318605$/);
    await page.locator('h2', { hasText: 'Insider activity: Tesla, Inc. (TSLA)' }).waitFor({ timeout: 10_000 });
    // company_tickers.json was asked once, from www.sec.gov.
    expect(env.server.log.filter((entry) => entry.target === '/files/company_tickers.json').map((entry) => entry.host)).toEqual(['www.sec.gov']);
    await page.close();
  });

  it('shows on the activity page the figures of the same filings', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(`chrome-extension://${env.browser.extensionId}/activity.html?cik=0001318605&until=2022-11-30`);
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    const expected = teslaFacts('2021-12-01', '2022-11-30');
    expect(await page.locator('[data-testid=sold-value]').getAttribute('data-value')).toBe(expected.soldValue);
    expect(Number(await page.locator('[data-testid=filings]').getAttribute('data-value'))).toBe(expected.filings);

    // The "until" date beside the window buttons: another window, kept in the address.
    await page.locator('input[name=until]').fill('2022-05-31');
    await expect(page.locator('[data-testid=window]').innerText()).resolves.toBe('2021-06-01 to 2022-05-31');
    await page.waitForURL(/activity\.html\?cik=0001318605&until=2022-05-31$/);
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    expect(await page.locator('[data-testid=sold-value]').getAttribute('data-value')).toBe(teslaFacts('2021-06-01', '2022-05-31').soldValue);
    await page.reload();
    await expect(page.locator('input[name=until]').inputValue({ timeout: 10_000 })).resolves.toBe('2022-05-31');
    await page.close();
  });

  it.each(['2022-99-99', '2022-02-31'])('ends the window today when until=%s is not a calendar day (it left a blank page)', async (until) => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(`chrome-extension://${env.browser.extensionId}/activity.html?cik=0001318605&until=${until}`);
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await expect(page.locator('[data-testid=window]').innerText({ timeout: 10_000 })).resolves.toMatch(new RegExp(` to ${today}$`));
    await page.close();
  });

  it('reads a company page given by ticker (CIK=tsla) through company_tickers.json', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url('/cgi-bin/browse-edgar?action=getcompany&CIK=tsla&type=4&dateb=20221130&owner=include&count=40'));
    await page.locator('[data-testid=activity-panel] h2', { hasText: 'Insider activity: Tesla, Inc. (TSLA)' }).waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-testid=window]').innerText()).resolves.toBe('2021-12-01 to 2022-11-30');
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    expect(await page.locator('[data-testid=sold-value]').getAttribute('data-value')).toBe(teslaFacts('2021-12-01', '2022-11-30').soldValue);
    await page.close();
  });

  it('shows the size of the cache in options and clears it', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const size = page.locator('[data-testid=cache-size]');
    await page.waitForFunction(() => /^\d+ items/.test(document.querySelector('[data-testid=cache-size]')?.textContent ?? ''));
    const items = Number(/^(\d+) items/.exec(await size.innerText())![1]);
    // The two JSON lists and every filing read or found missing.
    expect(items).toBeGreaterThan(70);
    await page.locator('button[name=clear-cache]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=cache-size]')?.textContent ?? '').startsWith('0 items'));
    await expect(page.locator('[data-testid=cache-settings] [role=status]').innerText()).resolves.toBe('Cleared: filings will be read from sec.gov again.');
    await page.close();
  });
});
