// The activity views as a reader sees them (docs/design.md section 9, "at a glance"): the company
// panel, a filing's history, the activity page and the popup, at 800x600, 1280x720 and
// 1920x1080, light and dark, on host pages with a DOCTYPE and without one (quirks mode, where
// tables drop the inherited colour). At each: axe finds nothing serious, the tables keep the
// panel's colour, the insiders table fits its panel, the CSV buttons stay in sight; and a
// screenshot (test-results/screenshots/at-a-glance/) to look at.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { popupUrl, screenshot } from './browser';
import { seriousViolations } from './axe';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { ownerSubmissionsJson, pathOf, TESLA_COMPANY_PAGE, teslaCorpusOf, teslaRoutes } from './tesla-edgar';

const SIZES = [
  [800, 600],
  [1280, 720],
  [1920, 1080],
] as const;
const SCHEMES = ['light', 'dark'] as const;
const MUSK = '0001494730';
// Tesla's issuer page as EDGAR's own-disp list, served without a DOCTYPE: a quirks-mode page.
const QUIRKS_COMPANY_PAGE = '/cgi-bin/own-disp?action=getissuer&CIK=0001318605';
const QUIRKS_HTML = '<html><head><title>Ownership Information: TESLA, INC.</title></head><body><table><tr><td>Ownership Reports from: Issuer</td></tr></table></body></html>';
// Three of Musk's Tesla filings: the raw XML (Chrome's XML viewer), and stand-ins for the SEC's
// rendering of the other two (titled as the SEC's: "SEC FORM 4"), one with a DOCTYPE, one without.
const [RAW_FILING, RENDERED_FILING, QUIRKS_FILING] = teslaCorpusOf(MUSK).slice(-3).map(({ ref }) => ref);
const renderingPath = (xmlUrl: string) => pathOf(xmlUrl).replace(/\/([^/]+)$/, '/xslF345X03/$1');
const RENDERING_BODY = '<html lang="en"><head><title>SEC FORM 4</title></head><body><p>Statement of changes in beneficial ownership (stand-in for the SEC rendering).</p></body></html>';

interface Looks {
  compatMode: string;
  /** Every table cell's colour that differs from its panel's text colour (none when quirks mode is undone). */
  offColour: string[];
  /** How far the insiders table runs past its box, in px (0 when it fits). */
  overflow: number;
  /** Whether Copy CSV is on screen and not covered. */
  copyInSight: boolean | null;
}

/** What the panel inside `host`'s shadow root looks like, read from the page. */
async function looks(page: Page, host: string): Promise<Looks> {
  return page.evaluate((hostName) => {
    const root = document.querySelector(hostName)!.shadowRoot!;
    const panel = root.querySelector('.panel') ?? root.querySelector('.root')!;
    const fg = getComputedStyle(panel).color;
    const offColour = [...root.querySelectorAll('table th, table td')]
      // Coloured on purpose: buys and sells, muted notes, and the trades table's P and S.
      .filter((cell) => !cell.closest('.buy, .sell, .muted') && !cell.matches('.trade-buy .code, .trade-sell .code') && getComputedStyle(cell).color !== fg)
      .map((cell) => `${cell.textContent?.slice(0, 30)}: ${getComputedStyle(cell).color} (panel ${fg})`)
      .slice(0, 5);
    const scroll = root.querySelector('.insiders-fit .table-scroll');
    const copy = root.querySelector('button[name=copy-csv]');
    let copyInSight: boolean | null = null;
    if (copy) {
      const box = copy.getBoundingClientRect();
      const inView = box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
      copyInSight = inView && root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === copy;
    }
    return { compatMode: document.compatMode, offColour, overflow: scroll ? scroll.scrollWidth - scroll.clientWidth : 0, copyInSight };
  }, host);
}

describe('the activity views at a glance', { timeout: 300_000 }, () => {
  const env = useSecAndExtension(() =>
    teslaRoutes({
      '/cgi-bin/own-disp': { type: 'text/html', body: QUIRKS_HTML },
      [`//data.sec.gov/submissions/CIK${MUSK}.json`]: { type: 'application/json', body: ownerSubmissionsJson(MUSK, 'Musk Elon') },
      [renderingPath(RENDERED_FILING!.xmlUrl)]: { type: 'text/html', body: `<!DOCTYPE html>${RENDERING_BODY}` },
      [renderingPath(QUIRKS_FILING!.xmlUrl)]: { type: 'text/html', body: RENDERING_BODY },
    }),
  );
  const watch = new PageWatch();

  async function everySizeAndScheme(page: Page, name: string, check: (label: string) => Promise<void>) {
    for (const [width, height] of SIZES) {
      for (const scheme of SCHEMES) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        const label = `${name} ${width}x${height} ${scheme}`;
        await check(label);
        await screenshot(page, `at-a-glance/${name}-${width}x${height}-${scheme}`, { fullPage: false });
      }
    }
  }

  it.each([
    ['company-doctype', TESLA_COMPANY_PAGE, 'CSS1Compat'],
    ['company-quirks', QUIRKS_COMPANY_PAGE, 'BackCompat'],
  ])('the company panel (%s)', async (name, path, compatMode) => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url(path));
    const panel = page.locator('[data-testid=activity-panel]');
    // own-disp has no dateb: the panel's own "until" ends the window where the fixtures' data is.
    if (path === QUIRKS_COMPANY_PAGE) {
      await panel.locator('[data-testid=progress]').waitFor({ timeout: 15_000 });
      // Typed as a reader does: the panel takes trusted input only (fill() dispatches events of its own).
      await panel.locator('input[name=until]').click({ position: { x: 6, y: 8 } });
      await page.keyboard.type('11302022');
    }
    await expect(panel.locator('[data-testid=window]').innerText({ timeout: 15_000 })).resolves.toBe('2021-12-01 to 2022-11-30');
    await panel.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    await everySizeAndScheme(page, name, async (label) => {
      const seen = await looks(page, 'form4-lens-activity');
      expect(seen.compatMode, label).toBe(compatMode);
      expect(seen.offColour, label).toEqual([]);
      expect(seen.overflow, `${label}: the insiders table runs past its panel`).toBeLessThanOrEqual(0);
      expect(seen.copyInSight, `${label}: Copy CSV in sight`).toBe(true);
      expect(await seriousViolations(page, ['form4-lens-activity', '.root']), label).toEqual([]);
      // The insiders table too, scrolled into the panel's view.
      await panel.locator('.insiders-fit').evaluate((table) => table.scrollIntoView({ block: 'end' }));
      await screenshot(page, `at-a-glance/${label.replace(/ /g, '-')}-insiders`, { fullPage: false });
      // And the company's trades under the chart.
      await panel.locator('[data-testid=company-trades]').evaluate((section) => section.scrollIntoView({ block: 'start' }));
      await screenshot(page, `at-a-glance/${label.replace(/ /g, '-')}-trades`, { fullPage: false });
      await panel.locator('h2').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    });
    await page.close();
  });

  it.each([
    ['history-raw-xml', () => pathOf(RAW_FILING!.xmlUrl), 'CSS1Compat'],
    ['history-rendering', () => renderingPath(RENDERED_FILING!.xmlUrl), 'CSS1Compat'],
    ['history-rendering-quirks', () => renderingPath(QUIRKS_FILING!.xmlUrl), 'BackCompat'],
  ])("a filing's history (%s)", async (name, path, compatMode) => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(path()));
    await page.locator('[data-testid=history-count]').waitFor({ timeout: 45_000 });
    await page.locator('[data-testid=history]').evaluate((history) => history.scrollIntoView({ block: 'start' }));
    await everySizeAndScheme(page, name, async (label) => {
      const seen = await looks(page, 'form4-lens-overlay');
      expect(seen.compatMode, label).toBe(compatMode);
      expect(seen.offColour, label).toEqual([]);
      expect(await seriousViolations(page, ['form4-lens-overlay', '.root']), label).toEqual([]);
    });
    await page.close();
  });

  it('the activity page and the popup', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(`chrome-extension://${env.browser.extensionId}/activity.html?cik=0001318605&until=2022-11-30`);
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 45_000 });
    await everySizeAndScheme(page, 'activity-page', async (label) => {
      const overflow = await page.locator('.insiders-fit .table-scroll').evaluate((scroll) => scroll.scrollWidth - scroll.clientWidth);
      expect(overflow, `${label}: the insiders table runs past the page`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page, 'main'), label).toEqual([]);
    });
    await page.goto(popupUrl(env.browser.extensionId));
    await page.locator('input[name=company]').fill('tesla inc');
    await page.locator('[data-testid=companies] button').first().waitFor({ timeout: 15_000 });
    await everySizeAndScheme(page, 'popup', async (label) => {
      expect(await seriousViolations(page, 'body'), label).toEqual([]);
    });
    await page.close();
  });
});
