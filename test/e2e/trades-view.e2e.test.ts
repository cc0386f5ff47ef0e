// The trades view (docs/design.md section 11) in Chromium with the built extension, filled
// from a latest-filings feed of real corpus filings (test/e2e/market-day.ts); the rows are
// checked against the test's own reading of the XML (test/market-facts.ts).

import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { seriousViolations } from './axe';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { requestRates } from './tesla-edgar';
import { FEED, FILINGS, marketDayRoutes, money, PURCHASES, SHOWN, submissionPath } from './market-day';

describe('the trades view', { timeout: 180_000 }, () => {
  const env = useSecAndExtension(marketDayRoutes);
  const watch = new PageWatch();

  it('lists the day read from the feed; the purchases preset shows exactly the purchases of $25,000 or more; sort, filter, CSV, keyboard, axe', async () => {
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${env.browser.extensionId}/trades.html`);
    await page.locator('[data-testid=progress]', { hasText: new RegExp(`^Read ${FILINGS.length} of ${FILINGS.length} filings$`) }).waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid=day-source]').innerText()).resolves.toBe("from EDGAR's latest filings");
    await expect(page.locator('[data-testid=trades-count]').innerText()).resolves.toBe(`${SHOWN.length} of ${SHOWN.length} open-market trades shown`);

    // The feed once, each filing once, within the queue's rule.
    const sec = env.server.log.filter((entry) => entry.target !== '/favicon.ico');
    expect(sec.filter((entry) => entry.target === FEED)).toHaveLength(1);
    expect(sec.filter((entry) => entry.target.endsWith('.txt')).map((entry) => entry.target).sort()).toEqual(FILINGS.map(submissionPath).sort());
    const rates = requestRates(sec);
    expect(rates.perSecond).toBeLessThanOrEqual(5);
    expect(rates.atOnce).toBeLessThanOrEqual(2);

    // The preset, by keyboard: exactly the purchases of $25,000 or more, as the XML says.
    await page.locator('button[name=preset-purchases]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('button[name=preset-purchases]').getAttribute('aria-pressed')).resolves.toBe('true');
    const rows = page.locator('[data-testid=trades] tbody tr');
    await expect(rows.count()).resolves.toBe(PURCHASES.length);
    const shownValues = await rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelector('td:nth-child(9) .money') as HTMLElement | null)?.getAttribute('aria-label') ?? tr.querySelector('td:nth-child(9)')!.textContent));
    const expectedValues = PURCHASES.map((line) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(money(line)));
    expect([...shownValues].sort()).toEqual([...expectedValues].sort());

    // Sort by value: largest first, and the heading says so.
    await page.locator('button[name=sort-value]').click();
    await expect(page.locator('th', { has: page.locator('button[name=sort-value]') }).getAttribute('aria-sort')).resolves.toBe('descending');
    const largest = Math.max(...PURCHASES.map(money));
    await expect(rows.first().locator('td:nth-child(9) .money').getAttribute('aria-label')).resolves.toBe(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(largest));

    // CSV of the rows shown.
    await page.locator('button[name=copy-csv]').click();
    await page.locator('[data-testid=notice]', { hasText: `Copied ${PURCHASES.length} rows as CSV.` }).waitFor({ timeout: 5_000 });
    const csv = await page.evaluate(() => navigator.clipboard.readText());
    expect(csv.trimEnd().split('\r\n')).toHaveLength(PURCHASES.length + 1);

    // Back to every trade, then a filter: sales only.
    await page.locator('button[name=preset-all]').click();
    await page.locator('select[name=code]').selectOption('S');
    await expect(rows.count()).resolves.toBe(SHOWN.filter((line) => line.code === 'S').length);
    expect(await rows.locator('td.code').allInnerTexts()).toEqual(SHOWN.filter((line) => line.code === 'S').map(() => 'S'));

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page, 'main'), scheme).toEqual([]);
      await screenshot(page, `trades/trades-view-1280x900-${scheme}`, { fullPage: false });
    }
    await page.close();
  });
});
