// The company panel's timeline chart in a real browser, on Tesla's 12 months to 2022-11-30: a
// day's mark says the day's trades summed (checked against the corpus XML read in the test,
// test/e2e/tesla-facts.ts), a click keeps it so the pointer can reach its filings' links, the
// labels are readable at 800x600, and screenshots at 800x600 and 1920x1080, light and dark
// (test-results/screenshots/activity/chart-*.png).

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { TESLA_COMPANY_PAGE, teslaRoutes } from './tesla-edgar';
import { teslaDayFacts } from './tesla-facts';
import { dec, decText, fmtMoney, times, type Dec } from './xml-facts';

const MUSK = '1494730';
/** Musk sold on 2021-12-02 in 50 rows over 2 filings (about $1.01B). */
const DAY = '2021-12-02';
/** Tesla's 3-for-1 split of 2022-08-25 lies in the window: shares are in the window end's units (docs/design.md section 10). */
const SPLIT = 3;

/** Compact dollars as docs/design.md section 9 says: one decimal, two when one would leave fewer than three significant figures. */
const compact = (value: Dec) => {
  const dollars = Number(decText(value));
  const decimals = Math.abs(dollars) >= 1000 && String(Math.floor(Math.abs(dollars))).length % 3 === 1 ? 2 : 1;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: decimals }).format(dollars);
};

describe('the activity chart', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() => teslaRoutes());
  const watch = new PageWatch();

  async function openPanel(width: number, height: number): Promise<Page> {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width, height });
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    await page.locator('[data-testid=timeline]').evaluate((figure) => figure.scrollIntoView({ block: 'center' }));
    return page;
  }

  it("sums a day's trades under the pointer, and keeps them for the links to its filings", async () => {
    const facts = teslaDayFacts(DAY, MUSK, 'S');
    expect(facts.trades).toBeGreaterThan(1);
    const shares = times(facts.shares, dec(String(SPLIT)));
    const average = fmtMoney({ units: (facts.value.units * 10n ** 8n) / (shares.units * 10n ** BigInt(facts.value.scale - shares.scale)), scale: 8 });
    const page = await openPanel(800, 600);
    const chart = page.locator('[data-testid=timeline]');
    const mark = chart.locator(`a.mark[data-date="${DAY}"]`);
    await expect(mark.count()).resolves.toBe(1);
    await mark.locator('rect').hover();
    const summary = chart.locator('[data-testid=timeline-summary]');
    await expect(summary.innerText()).resolves.toMatch(
      new RegExp(`^${DAY}: Musk Elon sold ${escape(fmtSharesOf(shares))} shares in ${facts.trades} trades, ${escape(compact(facts.value))} \\(avg ${escape(average)}\\)`),
    );
    // The amount to the cent for screen readers and on hover, on the mark and in the line.
    await expect(summary.locator('.money').getAttribute('aria-label')).resolves.toBe(fmtMoney(facts.value));
    await expect(mark.getAttribute('aria-label')).resolves.toContain(`, ${fmtMoney(facts.value)} (avg`);

    // A click keeps the mark while the pointer crosses other marks on its way to the links.
    await mark.locator('rect').click();
    await chart.locator('[data-testid=timeline-months]').hover();
    await page.mouse.move(10, 10);
    await expect(summary.innerText()).resolves.toMatch(new RegExp(`^${DAY}: Musk Elon sold`));
    const linked = await chart.locator('[data-testid=timeline-detail] a').evaluateAll((links) => links.map((link) => link.textContent));
    expect([...new Set(linked)].sort()).toEqual(facts.accessions);
    const opened = env.browser.context.waitForEvent('page');
    await chart.locator('[data-testid=timeline-detail] a').first().click();
    const filing = await opened;
    expect(filing.url()).toMatch(new RegExp(`^https://www\\.sec\\.gov/Archives/edgar/data/1318605/(${facts.accessions.map((a) => a.replace(/-/g, '')).join('|')})/.+\\.xml$`));
    await filing.close();
    await page.close();
  });

  it('reads at 800x600: month names, scale and legend at 12px or 11px, the scale topped by the largest day', async () => {
    const page = await openPanel(800, 600);
    const sizes = await page.locator('[data-testid=timeline]').evaluate((figure) => {
      const px = (element: Element | null) => (element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0);
      const top = figure.querySelector('[data-testid=scale-top]');
      return {
        month: px(figure.querySelector('[data-testid=timeline-months] span')),
        legend: px(figure.querySelector('[data-testid=timeline-legend]')),
        scale: px(top),
        // The SVG is drawn at its shown width (viewBox width = CSS pixels), so its text is not shrunk.
        drawnAt: (() => {
          const svg = figure.querySelector('svg')!;
          return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        })(),
        scaleTop: top?.textContent ?? '',
        legendText: figure.querySelector('[data-testid=timeline-legend]')?.textContent ?? '',
      };
    });
    expect(sizes.month).toBeGreaterThanOrEqual(12);
    expect(sizes.legend).toBeGreaterThanOrEqual(12);
    expect(sizes.scale).toBeGreaterThanOrEqual(11);
    expect(sizes.drawnAt).toBeCloseTo(1, 2);
    // Musk's largest day in the window: 2022-04-28, 76 rows, $4.53B.
    const largest = teslaDayFacts('2022-04-28', MUSK, 'S');
    expect(sizes.scaleTop).toBe(compact(largest.value));
    expect(sizes.legendText).toContain(`log scale from $10K to ${compact(largest.value)}`);
    // Each mark is its own target, 2px wide at the least.
    const widths = await page.locator('[data-testid=timeline] a.mark rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('keeps its place under the pointer, and takes its screenshots', async () => {
    for (const [width, height] of [[800, 600], [1920, 1080]] as const) {
      const page = await openPanel(width, height);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const mark = page.locator(`[data-testid=timeline] a.mark[data-date="${DAY}"] rect`);
        // The panel stands on the page's bottom edge: a detail that changed its height would move
        // the chart from under the pointer (and the mark would flicker off again).
        const svg = page.locator('[data-testid=timeline] svg');
        const before = await svg.boundingBox();
        await mark.hover();
        await expect(page.locator('[data-testid=timeline-summary]').innerText()).resolves.toMatch(new RegExp(`^${DAY}: Musk Elon sold`));
        await expect(svg.boundingBox()).resolves.toEqual(before);
        await mark.click();
        await page.mouse.move(0, 0);
        await page.locator('[data-testid=timeline]').evaluate((figure) => figure.scrollIntoView({ block: 'center' }));
        await screenshot(page, `activity/chart-${width}x${height}-${scheme}`, { fullPage: false });
      }
      await page.close();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fmtSharesOf(value: Dec): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(decText(value) as unknown as number);
}
