// The insider-activity panel on a company page (docs/design.md section 9), in Chromium with the
// built extension, against the local server standing in for www.sec.gov and data.sec.gov:
// Tesla's real submissions JSON and the 62 corpus filings it lists (404 for the others).
// Needs `npm run build` first and /usr/bin/chromium: fails, never skips.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toActivityWindow } from '../../lib/activity';
import { stopExtensionWorker } from '../budgets/overlay-clock';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { pathOf, requestRates, TESLA_COMPANY_PAGE, TESLA_UNTIL, teslaCorpus, teslaRefs, teslaRoutes } from './tesla-edgar';
import { teslaFacts } from './tesla-facts';
import { readFileSync } from 'node:fs';
import { readLines } from '../market-facts';
import { decText, type Dec } from './xml-facts';

const WINDOW = toActivityWindow(12, TESLA_UNTIL);
// What the background asks for: the filings made in the window, and up to 60 days after it.
const LISTED = teslaRefs.filter((ref) => ref.filingDate >= WINDOW.from! && ref.filingDate <= '2023-01-29');
const MISSING = LISTED.filter((ref) => !teslaCorpus.some((held) => held.ref.accession === ref.accession));

async function waitForAllRead(page: Page, total: number, timeout = 45_000): Promise<void> {
  await page.locator('[data-testid=progress]', { hasText: `Read ${total} of ${total} filings` }).waitFor({ timeout });
}

describe('insider activity on a company page', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() => teslaRoutes());
  const watch = new PageWatch();

  it('shows the totals of the same filings read from their XML, fetching politely', async () => {
    expect(LISTED.length, 'filings listed in the window').toBeGreaterThan(40);
    expect(MISSING.length, 'listed filings the corpus lacks (404)').toBeGreaterThan(0);
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    const panel = page.locator('[data-testid=activity-panel]');
    await panel.waitFor({ timeout: 10_000 });
    await waitForAllRead(page, LISTED.length);

    // Read from the XML in the test (tesla-facts.ts), not by lib/: 31 filings, $25,922,812,116.56 sold by one insider.
    const expected = teslaFacts('2021-12-01', TESLA_UNTIL);
    const value = async (id: string) => (await panel.locator(`[data-testid=${id}]`).getAttribute('data-value')) ?? '';
    expect(await value('bought-value')).toBe(expected.boughtValue);
    expect(await value('sold-value')).toBe(expected.soldValue);
    expect(await value('net-value')).toBe(expected.netValue);
    expect(Number(await value('filings'))).toBe(expected.filings);
    expect(await panel.locator('[data-testid=insiders] tbody tr').count()).toBe(expected.insiders);
    await expect(panel.locator('[data-testid=verdict]').innerText()).resolves.toMatch(/sold \$\d/);
    expect(await panel.locator('[data-testid=timeline] .mark').count()).toBeGreaterThan(0);

    // Every listed filing the corpus lacks is named as unreadable, with the reason.
    const unreadable = panel.locator('[data-testid=unreadable]');
    await expect(unreadable.locator('summary').innerText()).resolves.toBe(`${MISSING.length} filings could not be read`);
    await unreadable.locator('summary').click();
    for (const ref of MISSING.slice(0, 3)) await expect(unreadable.innerText()).resolves.toContain(ref.accession);
    await expect(unreadable.innerText()).resolves.toContain('HTTP 404');

    // One request for the JSON, one per listed filing, at most 5 a second and 2 at once.
    const sec = env.server.log.filter((entry) => entry.host === 'data.sec.gov' || entry.target.startsWith('/Archives/'));
    expect(sec.filter((entry) => entry.host === 'data.sec.gov').map((entry) => entry.target)).toEqual(['/submissions/CIK0001318605.json']);
    expect(sec.filter((entry) => entry.target.startsWith('/Archives/')).map((entry) => entry.target).sort()).toEqual(LISTED.map((ref) => pathOf(ref.xmlUrl)).sort());
    const rates = requestRates(sec);
    console.log(`activity fetch: ${sec.length} requests, at most ${rates.perSecond} in any second, ${rates.atOnce} at once`);
    if (rates.perSecond > 5) console.log(`arrivals (ms after the first): ${sec.map((entry) => entry.start - sec[0]!.start).join(' ')}`);
    expect(rates.perSecond).toBeLessThanOrEqual(5);
    expect(rates.atOnce).toBeLessThanOrEqual(2);
    // Newest first: the first filing asked is the newest listed.
    expect(sec.find((entry) => entry.target.startsWith('/Archives/'))?.target).toBe(pathOf(LISTED[0]!.xmlUrl));
    await page.close();
  });

  it('asks for nothing on a second visit: filings, failures and the JSON come from the cache', async () => {
    const before = env.server.log.length;
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await waitForAllRead(page, LISTED.length, 15_000);
    const asked = env.server.log.slice(before).filter((entry) => entry.host === 'data.sec.gov' || entry.target.startsWith('/Archives/'));
    expect(asked.map((entry) => entry.target)).toEqual([]);
    const facts = teslaFacts('2021-12-01', TESLA_UNTIL);
    expect(await page.locator('[data-testid=sold-value]').getAttribute('data-value')).toBe(facts.soldValue);

    // Under the chart, the company's trades: a line per filing and code, as the XML has them
    // (test/market-facts.ts reads them, not lib/); every one of the window's trades is in the window.
    const lines = facts.accessions.flatMap((accession) => {
      const { file } = teslaCorpus.find((held) => held.ref.accession === accession)!;
      return readLines(readFileSync(file, 'latin1'), file).map((line) => ({ ...line, accession }));
    });
    const usd = (value: Dec) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(decText(value)));
    const table = page.locator('[data-testid=company-trades]');
    const rows = table.locator('table.trades tbody tr:not([aria-hidden])');
    const values = () => rows.evaluateAll((trs) => trs.map((tr) => (tr.querySelector('.money') as HTMLElement | null)?.getAttribute('aria-label') ?? tr.querySelector('.money')?.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(20);
    await expect(table.locator('[data-testid=company-trades-count]').innerText()).resolves.toMatch(new RegExp(`^${lines.length} of ${lines.length} shown`));
    expect((await values()).sort()).toEqual(lines.map((line) => usd(line.value)).sort());
    // The sales preset keeps the sales of $100,000 or more; a press on Value puts the largest first.
    await table.locator('button[name=preset-sales]').click();
    const sales = lines.filter((line) => line.code === 'S' && Number(decText(line.value)) >= 100_000);
    await table.locator('button[name=sort-value]').click();
    const descending = [...sales].sort((a, b) => Number(decText(b.value)) - Number(decText(a.value))).map((line) => usd(line.value));
    expect(await values()).toEqual(descending);
    await page.close();
  });

  it('changes the window: 3 months of the same filings, again equal to the XML read in the test', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=activity-panel] button[name=window-3]').click();
    const three = toActivityWindow(3, TESLA_UNTIL);
    const listed = teslaRefs.filter((ref) => ref.filingDate >= three.from! && ref.filingDate <= '2023-01-29');
    await waitForAllRead(page, listed.length);
    const expected = teslaFacts(three.from!, TESLA_UNTIL);
    expect(await page.locator('[data-testid=sold-value]').getAttribute('data-value')).toBe(expected.soldValue);
    expect(Number(await page.locator('[data-testid=filings]').getAttribute('data-value'))).toBe(expected.filings);
    await page.close();
  });
});

describe('the rate-limit page stops the queue', { timeout: 120_000 }, () => {
  const newest = LISTED[0]!;
  // The newest filing answers with sec.gov's rate-limit page (HTTP 200 HTML, as sec.gov sends it).
  const env = useSecAndExtension(() =>
    teslaRoutes({
      [`//www.sec.gov${pathOf(newest.xmlUrl)}`]: {
        type: 'text/html',
        body: '<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head><body><h1>Request Rate Threshold Exceeded</h1></body></html>',
      },
    }),
  );
  const watch = new PageWatch();

  it('says so in one sentence and asks nothing more', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    const problem = page.locator('[data-testid=problem]');
    await problem.waitFor({ timeout: 20_000 });
    await expect(problem.innerText()).resolves.toMatch(/^sec\.gov is limiting requests from this computer \(Request Rate Threshold Exceeded\), so Form 4 Lens has stopped asking and will try again later\. \(again at .+\)$/);
    const asked = () => env.server.log.filter((entry) => entry.target.startsWith('/Archives/')).length;
    const then = asked();
    // At most the one request already in flight beside the refused one finishes; nothing new starts.
    await page.waitForTimeout(2_500);
    expect(asked()).toBe(then);
    expect(then).toBeLessThanOrEqual(2);
    await expect(page.locator('[data-testid=progress]').innerText()).resolves.toMatch(/partial results/);
  });

  it('still waits after Chrome stops the extension\'s worker: the pause is kept, and a new view asks nothing', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    expect(await stopExtensionWorker(env.browser.context, page), 'the worker was stopped').toBe(true);
    const asked = () => env.server.log.filter((entry) => entry.target.startsWith('/Archives/')).length;
    const then = asked();
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    const problem = page.locator('[data-testid=problem]');
    await problem.waitFor({ timeout: 20_000 });
    await expect(problem.innerText()).resolves.toMatch(/^sec\.gov is limiting requests from this computer \(Request Rate Threshold Exceeded\)/);
    await page.waitForTimeout(2_500);
    expect(asked()).toBe(then);
  });
});

describe('slow answers: never more than 2 requests at once', { timeout: 120_000 }, () => {
  // Each filing takes 700 ms to answer: at 5 starts a second, requests would pile up without the cap.
  const env = useSecAndExtension(() => teslaRoutes({}, 700));
  const watch = new PageWatch();

  it('keeps 2 in flight, and still at most 5 started in any second', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=activity-panel] button[name=window-3]').click();
    const three = toActivityWindow(3, TESLA_UNTIL);
    const listed = teslaRefs.filter((ref) => ref.filingDate >= three.from! && ref.filingDate <= '2023-01-29');
    await waitForAllRead(page, listed.length, 60_000);
    const sec = env.server.log.filter((entry) => entry.host === 'data.sec.gov' || entry.target.startsWith('/Archives/'));
    const rates = requestRates(sec);
    console.log(`slow answers: ${sec.length} requests, at most ${rates.perSecond} in any second, ${rates.atOnce} at once`);
    expect(rates.atOnce).toBe(2);
    expect(rates.perSecond).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('stops asking when the tab closes', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    // A 24-month window: far more filings than can be read before the tab closes.
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=activity-panel] button[name=window-24]').click();
    await page.locator('[data-testid=progress]', { hasText: /Read [1-9]\d* of \d+ filings: partial results/ }).waitFor({ timeout: 20_000 });
    const closedAt = Date.now();
    await page.close();
    // What was in flight may still arrive; then nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = env.server.log.length;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(env.server.log.slice(after).map((entry) => `${entry.target} ${entry.start - closedAt} ms after the close`)).toEqual([]);
  });
});
