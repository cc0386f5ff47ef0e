// The panel is a guest on the page (docs/design.md section 5): it looks and measures the same on
// every page kind (the raw-XML viewer's styles never reach it, its rows never grow wider than
// it), leaves most of the window to the SEC's table, keeps a dragged position inside the window
// on every load and resize, and prints a column's prices with one number of decimals.
// Screenshots of every page and size land in test-results/screenshots/panel-fit/.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes, indexXmlRoutes, type Fixture } from './fixtures';
import { startSecServer, type SecServer } from './sec-server';

const PAGES: Fixture[] = [
  fixture('goog-2022-form4'),
  fixture('goog-2022-form4-xml'),
  fixture('mdb-2017-form4-xml'),
  fixture('orion-2022-index'),
  fixture('air-2025-submission'),
  fixture('snow-2020-form3'),
];
const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

let server: SecServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startSecServer({ ...fixtureRoutes(), ...indexXmlRoutes() });
  browser = await launchWithExtension({ port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAt(f: Fixture, size: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(server.url(f.path));
  await page.locator('[data-testid=overlay] [data-testid=row]').first().waitFor({ timeout: 15_000 });
  return page;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The panel's box, and the boxes of every cell of the rows drawn, in window coordinates. */
async function measure(page: Page) {
  return page.locator('[data-testid=overlay]').evaluate((panel) => {
    const box = (element: Element): Box => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    const cells = [...panel.querySelectorAll('[data-testid=row] > *')].map(box);
    const cell = panel.querySelector('[data-testid=row] > *')!;
    return { panel: box(panel), cells, font: getComputedStyle(cell).fontFamily };
  });
}

describe('the panel on every page kind and window size', { timeout: 120_000 }, () => {
  for (const f of PAGES) {
    it(`${f.name}: every cell inside the panel, in the panel's font, a third of the window or so`, async () => {
      for (const size of SIZES) {
        const page = await openAt(f, size);
        const { panel, cells, font } = await measure(page);
        expect(font, `${f.name} at ${size.width}`).not.toMatch(/monospace/i);
        expect(cells.length).toBeGreaterThan(0);
        for (const cell of cells) {
          expect(cell.left, `${f.name} at ${size.width}: cell starts inside`).toBeGreaterThanOrEqual(panel.left);
          expect(cell.right, `${f.name} at ${size.width}: cell ends inside`).toBeLessThanOrEqual(panel.right);
        }
        // About a third of the window (at least 340 px, at most 620 px): the SEC table stays readable.
        const width = panel.right - panel.left;
        expect(width).toBeLessThanOrEqual(Math.max(340, Math.min(620, size.width * 0.34)) + 1);
        expect(panel.right).toBeLessThanOrEqual(size.width);
        expect(panel.bottom).toBeLessThanOrEqual(size.height);
        await screenshot(page, `panel-fit/${f.name}-${size.width}x${size.height}`, { fullPage: false });
        await page.close();
      }
    });
  }
});

describe('a dragged panel stays in the window', { timeout: 60_000 }, () => {
  it('dragged to the corner of a 1920 px window, it is wholly visible there and at 800x600', async () => {
    const page = await openAt(fixture('goog-2022-form4'), { width: 1920, height: 1080 });
    const title = page.locator('[data-testid=overlay] .titlebar');
    const start = await title.boundingBox();
    await page.mouse.move(start!.x + 40, start!.y + 10);
    await page.mouse.down();
    await page.mouse.move(1915, 1075, { steps: 8 });
    await page.mouse.up();
    const inside = async (width: number, height: number) => {
      const { panel } = await measure(page);
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.top).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(width);
      expect(panel.bottom).toBeLessThanOrEqual(height);
    };
    await inside(1920, 1080);
    // The window shrinks: the panel follows at once, and again after a reload.
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(async () => (await measure(page)).panel.right <= 800).toBe(true);
    await inside(800, 600);
    await page.reload();
    await page.locator('[data-testid=overlay] [data-testid=row]').first().waitFor();
    await inside(800, 600);
    await screenshot(page, 'panel-fit/dragged-corner-800x600', { fullPage: false });

    // The options page puts it back in its corner.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Put the overlay back in the bottom-right corner' }).click();
    await options.getByText('Saved.').waitFor();
    await options.close();
    await page.reload();
    await page.locator('[data-testid=overlay] [data-testid=row]').first().waitFor();
    const { panel } = await measure(page);
    // The corner: 16 px from the right and bottom edges (overlay.css).
    expect(Math.round(800 - panel.right)).toBe(16);
    expect(Math.round(600 - panel.bottom)).toBe(16);
    await page.close();
  });
});

describe('numbers in the rows', { timeout: 60_000 }, () => {
  it('prints every price of a column with the decimals the most precise one needs', async () => {
    const f = fixture('goog-2022-form4');
    // Prices as filed in table I: the most decimals any of them has (trailing zeros aside).
    const filed = [...readCorpus(f.xml!).matchAll(/<nonDerivativeTransaction>[\s\S]*?<transactionPricePerShare>\s*<value>([\d.]+)<\/value>/g)].map((m) => m[1]!);
    const decimals = Math.min(4, Math.max(2, ...filed.map((price) => (price.split('.')[1] ?? '').replace(/0+$/, '').length)));
    expect(filed.length).toBe(6);
    const page = await openAt(f, { width: 1280, height: 720 });
    const prices = await page
      .locator('[data-testid=overlay] [data-testid=table-nonDerivative] [data-testid=row] > :nth-child(4) .first')
      .evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]!.textContent!.trim()));
    expect(prices).toHaveLength(6);
    for (const price of prices) expect(price).toMatch(new RegExp(`^\\$[\\d,]+\\.\\d{${decimals}}$`));
    await page.close();
  });
});
