// The company page's activity panel as a reader uses it: the keyboard alone (window choice,
// the chart's trades, CSV), axe-core in light and dark, the chart's hover, and screenshots at
// 1280x720 and 1920x1080 in both schemes (test-results/screenshots/activity/).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { TESLA_COMPANY_PAGE, teslaRoutes } from './tesla-edgar';
import { teslaFacts } from './tesla-facts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PANEL: [string, string] = ['form4-lens-activity', '.root'];

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return (await axe.run({ include: [{ fromShadowDom: include }] }, { resultTypes: ['violations'] })).violations;
  }, PANEL);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? `${element.tagName.toLowerCase()}:${element.getAttribute('name') ?? element.getAttribute('aria-label')?.slice(0, 40) ?? element.textContent?.trim().slice(0, 40)}` : '';
  });
}

describe('the activity panel in use', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() => teslaRoutes());
  const watch = new PageWatch();

  beforeAll(async () => {
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.sec.gov' });
  });

  async function openPanel(width = 1280, height = 720): Promise<Page> {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width, height });
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    return page;
  }

  it('has no serious axe violations, light or dark, and takes its screenshots', async () => {
    const page = await openPanel();
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page), `${scheme} ${width}x${height}`).toEqual([]);
        await screenshot(page, `activity/company-panel-${width}x${height}-${scheme}`, { fullPage: false });
        // The chart's hover: the latest sale.
        const marks = page.locator('[data-testid=timeline] a.mark');
        await marks.last().locator('rect').hover({ force: true });
        await expect(page.locator('[data-testid=timeline-detail]').innerText()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}: Musk Elon sold [\d,]+ shares in \d+ trades?, \$/);
        await page.locator('[data-testid=timeline]').evaluate((figure) => figure.scrollIntoView({ block: 'center' }));
        await screenshot(page, `activity/chart-hover-${width}x${height}-${scheme}`, { fullPage: false });
        await page.mouse.move(0, 0);
      }
    }
    await page.close();
  });

  it('works with the keyboard alone: window, chart, CSV', async () => {
    const page = await openPanel();
    // From the page, Tab reaches the panel's controls in order (and on the way the exact amounts
    // behind the compact dollars, and the insiders' signals: each a stop of its own).
    const order: string[] = [];
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 200 && order.at(-1) !== 'button:download-csv'; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(
      expect.arrayContaining(['button:Collapse insider activity', 'button:window-3', 'button:window-24', 'input:until', 'button:preset-sales', 'summary:Filters', 'button:sort-value', 'button:sort-net', 'button:all-columns', 'button:copy-csv', 'button:download-csv']),
    );
    // The chart, then the company's trades, then the insiders.
    expect(order.findIndex((entry) => entry.startsWith('svg:Timeline of'))).toBeLessThan(order.indexOf('button:preset-sales'));
    expect(order.indexOf('button:sort-value')).toBeLessThan(order.indexOf('button:sort-net'));
    expect(order.some((entry) => entry.startsWith('svg:Timeline of'))).toBe(true);

    // The chart: arrows go through the trades and say each one.
    while (!(await focused(page)).startsWith('svg:')) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    const first = await page.locator('[data-testid=timeline-detail]').innerText();
    await page.keyboard.press('ArrowRight');
    const second = await page.locator('[data-testid=timeline-detail]').innerText();
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}: .+ (sold|bought) /);
    expect(second).not.toBe(first);
    // Enter opens the trade's filing in a new tab.
    const opened = env.browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const filing = await opened;
    await expect(filing.url()).toMatch(/^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/1318605\/\d{18}\/.+\.xml$/);
    await filing.close();

    // Window by keyboard: 3 months.
    while ((await focused(page)) !== 'button:window-3') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid=window]').innerText()).resolves.toBe('2022-09-01 to 2022-11-30');
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });

    // Copy CSV by keyboard: one line per row in the window of every filing counted.
    while ((await focused(page)) !== 'button:copy-csv') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=activity-panel] [data-testid=notice]', { hasText: /^Copied \d+ rows as CSV\.$/ }).waitFor({ timeout: 5_000 });
    const csv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^accession,filing_date,/);
    const accessions = new Set(lines.slice(1).map((line) => line.slice(0, 20)));
    expect(accessions).toEqual(new Set(teslaFacts('2022-09-01', '2022-11-30').accessions));
    await page.close();
  });
});
