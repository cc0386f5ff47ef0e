// Badges on EDGAR's latest filings (docs/design.md section 11), in Chromium with the built
// extension, against the local stand-in for www.sec.gov. The page and the badges expected (read
// from the XML in the test, never from lib/) are test/e2e/latest-filings-page.ts's.
// Needs `npx wxt build` first and /usr/bin/chromium: fails, never skips.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { screenshot } from './browser';
import { ABOVE, expectedBadge, FILINGS, folderOf, indexPath, latestFilingsRoutes, OTHERS, PAGE, QUIRKS_PAGE, submissionPath, txtRequests, type Filing } from './latest-filings-page';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { requestRates } from './tesla-edgar';

// --- the test

function badgeOf(page: Page, filing: Filing, cik = filing.issuer.cik) {
  return page.locator(`form4-lens-badge[data-filing="${cik}/${filing.accession}"] .badge`);
}

async function expectBadge(page: Page, filing: Filing, cik?: string): Promise<void> {
  const expected = expectedBadge(filing);
  const badge = badgeOf(page, filing, cik);
  await badge.waitFor({ timeout: 15_000 });
  const part = async (selector: string) => (await badge.locator(selector).allInnerTexts()).map((text) => text.trim());
  expect(await part('.codes'), `${filing.accession} codes`).toEqual([expected.codes]);
  expect(await part('.net'), `${filing.accession} net`).toEqual(expected.net === null ? [] : [expected.net]);
  expect(await part('.role'), `${filing.accession} role`).toEqual(expected.role === null ? [] : [expected.role]);
  expect(await part('.flag'), `${filing.accession} flags`).toEqual(expected.flags);
  const label = (await badge.getAttribute('aria-label')) ?? '';
  expect(await badge.getAttribute('title')).toBe(label);
  expect(label).toContain(`Form ${filing.form}`);
  if (expected.exact !== null) expect(label, `${filing.accession} exact dollars`).toContain(expected.exact);
}


describe('badges on EDGAR latest filings', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(latestFilingsRoutes);
  const watch = new PageWatch();

  it('reads the filings on screen, newest first and politely, then those scrolled to, each once', async () => {
    // What the corpus filings hold, read here: the badges must show this variety.
    const expected = FILINGS.map(expectedBadge);
    expect(expected.map((badge) => badge.codes)).toEqual(expect.arrayContaining(['P', 'S', 'no P/S', 'Form 3']));
    expect(expected.flatMap((badge) => badge.flags)).toEqual(expect.arrayContaining(['10b5-1', 'late', 'amended', 'private']));

    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url(PAGE));
    // The last ownership listing above the fold is on screen; the first below it is not.
    const firstBelow = FILINGS[ABOVE.length]!;
    expect(await page.locator(`a[href="${indexPath(firstBelow.issuer.cik, firstBelow.accession)}"]`).evaluate((a) => a.getBoundingClientRect().top)).toBeGreaterThan(720);
    const aboveFilings = FILINGS.slice(0, ABOVE.length);
    for (const filing of aboveFilings) {
      await expectBadge(page, filing);
      for (const owner of filing.owners) await expectBadge(page, filing, owner.cik);
    }
    // A while later, still nothing asked below the fold: one request per filing on screen, its
    // issuer's copy (the first link), in page order, none for the other forms.
    await page.waitForTimeout(1_500);
    expect(txtRequests(env.server.log).map((entry) => entry.target)).toEqual(aboveFilings.map((filing) => submissionPath(filing.issuer.cik, filing.accession)));
    expect(await page.locator('form4-lens-badge').count()).toBe(aboveFilings.reduce((sum, filing) => sum + 1 + filing.owners.length, 0));
    await screenshot(page, 'latest-filings-light', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'latest-filings-dark', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });

    // Scrolled to the end: the rest are read, and so is the link outside any row.
    await page.mouse.wheel(0, 5_000);
    for (const filing of FILINGS.slice(ABOVE.length)) await expectBadge(page, filing);
    await screenshot(page, 'latest-filings-scrolled', { fullPage: false });
    const asked = txtRequests(env.server.log);
    expect(asked.map((entry) => entry.target)).toEqual(FILINGS.map((filing) => submissionPath(filing.issuer.cik, filing.accession)));
    expect(env.server.log.filter((entry) => OTHERS.some((other) => entry.target.includes(folderOf(other.accession)) || entry.target.includes(other.accession)))).toEqual([]);
    const rates = requestRates(asked);
    expect(rates.perSecond, 'requests in any second').toBeLessThanOrEqual(5);
    expect(rates.atOnce, 'requests at once').toBeLessThanOrEqual(2);

    // A reload asks nothing: every filing read is kept.
    const before = env.server.log.length;
    await page.reload();
    // The browser keeps the scroll position: the end of the page first, then its top.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectBadge(page, FILINGS.at(-1)!);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectBadge(page, FILINGS[0]!);
    expect(txtRequests(env.server.log.slice(before))).toEqual([]);
    expect(watch.fromExtension()).toEqual([]);
  });

  it('draws the same badges in quirks mode, at their own size, with no serious accessibility violation, light or dark', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url(QUIRKS_PAGE));
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    for (const filing of FILINGS.slice(0, 3)) await expectBadge(page, filing);
    const badge = badgeOf(page, FILINGS[1]!);
    expect(await badge.evaluate((element) => getComputedStyle(element).fontSize)).toBe('11px');
    expect(await badge.locator('.net').evaluate((element) => getComputedStyle(element).fontSize)).toBe('11px');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const filing of FILINGS.slice(0, 3)) {
        expect(await seriousViolations(page, [`form4-lens-badge[data-filing="${filing.issuer.cik}/${filing.accession}"]`, '.badge']), `${filing.accession} ${scheme}`).toEqual([]);
      }
    }
    await screenshot(page, 'latest-filings-quirks-dark', { fullPage: false });
    expect(watch.fromExtension()).toEqual([]);
  });
});
