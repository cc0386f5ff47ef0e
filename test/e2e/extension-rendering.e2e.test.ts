// The SEC's rendering of a Form 4 with the built extension (docs/design.md sections 1, 5, 8):
// one extra request (the raw XML), the SEC page's layout and text untouched, explanations on
// hover and keyboard focus in the overlay and in the SEC's own table, light and dark overlay.
// The filing: Sergey Brin's Alphabet Form 4 of 2022-04-13 (0001209191-22-024552): six S sales
// with footnoted prices, three Class B holdings.
// Needs `npx wxt build` first and /usr/bin/chromium: fails, never skips.

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes, GOOG_2022_ISSUER_FOLDER, googIssuerFolderRoutes } from './fixtures';
import {
  collapseWhitespace,
  deepActiveElement,
  newWatchedPage,
  pageAtLoad,
  pageNow,
  PageWatch,
} from './page-watch';
import { startSecServer, type SecServer } from './sec-server';
import { citedIds, filingFacts } from './xml-facts';

const facts = filingFacts(readCorpus(fixture('goog-2022-form4').xml!));
const F1 = facts.footnotes.get('F1')!;

/** The tooltip a trigger points at with aria-describedby (inside the same shadow root). */
async function tooltipOf(trigger: Locator): Promise<Locator> {
  const id = await trigger.getAttribute('aria-describedby');
  expect(id, 'trigger has aria-describedby').toBeTruthy();
  return trigger.page().locator(`[role=tooltip][id="${id}"]`);
}

describe('SEC rendering with the extension', { timeout: 30_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;
  let page: Page;
  const watch = new PageWatch();

  beforeAll(async () => {
    server = await startSecServer({ ...fixtureRoutes(), ...googIssuerFolderRoutes() });
    browser = await launchWithExtension({ port: server.port });
    page = await newWatchedPage(browser.context, watch);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks www.sec.gov for exactly one more document than the page: the raw XML (path without the xsl folder)', async () => {
    const start = server.log.length;
    await page.goto(server.url(GOOG_2022_ISSUER_FOLDER.rendering));
    await page.locator('[data-testid=net-open-market]').waitFor({ timeout: 10_000 });
    await page.locator('[data-form4-lens]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500); // anything else it might fetch
    // The filing's history asks data.sec.gov for EDGAR's lists, through the background's queue
    // (test/e2e/activity-history.e2e.test.ts): not a request of the page's own.
    const fromWww = server.log.slice(start).filter((entry) => entry.host === 'www.sec.gov' && entry.target !== '/favicon.ico');
    expect(fromWww.map((entry) => entry.target)).toEqual([GOOG_2022_ISSUER_FOLDER.rendering, GOOG_2022_ISSUER_FOLDER.raw]);
  });

  it("leaves the SEC page's layout and text as they were at DOMContentLoaded", async () => {
    const before = await pageAtLoad(page);
    const after = await pageNow(page);
    expect(before.tables.length, 'the SEC form has tables').toBeGreaterThan(3);
    expect(after.tables, 'bounding boxes of every <table>').toEqual(before.tables);
    expect(after.elements, 'element count outside our hosts').toBe(before.elements);
    expect(after.text, 'text outside our hosts').toBe(before.text);
  });

  it('shows the overlay in light mode', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('[data-testid=overlay]').isVisible()).resolves.toBe(true);
    await screenshot(page, 'overlay-light-goog-2022-form4', { fullPage: false });
  });

  it('shows the overlay in dark mode (prefers-color-scheme), with its own colours', async () => {
    const background = () =>
      page.locator('[data-testid=overlay]').evaluate((panel) => getComputedStyle(panel).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await screenshot(page, 'overlay-dark-goog-2022-form4', { fullPage: false });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('overlay: hovering a code chip shows what the code means; leaving hides it', async () => {
    const chip = page.getByRole('button', { name: 'Code S: Sale' }).first();
    const tip = await tooltipOf(chip);
    await expect(tip.isVisible(), 'hidden before hover').resolves.toBe(false);
    await chip.hover();
    await tip.waitFor({ state: 'visible' });
    expect(collapseWhitespace(await tip.innerText())).toMatch(/sale on the open market or in a private deal/i);
    await screenshot(page, 'overlay-chip-tooltip-goog-2022-form4', { fullPage: false });
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });
  });

  it("overlay: hovering footnote marker (1) shows footnote 1's text and highlights the cells citing it", async () => {
    const marker = page.getByRole('button', { name: 'Footnote 1' }).first();
    const tip = await tooltipOf(marker);
    await marker.hover();
    await tip.waitFor({ state: 'visible' });
    expect(collapseWhitespace(await tip.innerText())).toBe(F1);

    const overlay = page.locator('[data-testid=overlay]');
    const cited = overlay.locator('.cell.cited');
    expect(await cited.count(), 'highlighted cells').toBeGreaterThan(0);
    for (const footnotes of await cited.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-footnotes') ?? ''))) {
      expect(footnotes.split(' '), 'a highlighted cell cites F1').toContain('F1');
    }
    // Rows with a highlighted cell are the XML's rows that cite F1 (same order: table I, then II).
    const highlightedRows = await overlay
      .locator('[data-testid=row]')
      .evaluateAll((rows) => rows.flatMap((row, index) => (row.querySelector('.cell.cited') ? [index] : [])));
    const citingRows = facts.rows.flatMap((row, index) => (citedIds(row).includes('F1') ? [index] : []));
    expect(highlightedRows).toEqual(citingRows);

    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });
    await expect(cited.count(), 'no highlight once the pointer leaves').resolves.toBe(0);
  });

  it('overlay keyboard: Tab reaches a code chip and shows its explanation; Escape hides it', async () => {
    await page.getByRole('button', { name: 'Collapse Form 4 Lens' }).focus();
    let focused = await deepActiveElement(page);
    for (let presses = 0; presses < 15 && !focused?.label?.startsWith('Code '); presses += 1) {
      await page.keyboard.press('Tab');
      focused = await deepActiveElement(page);
    }
    expect(focused?.label, 'a code chip gets keyboard focus').toMatch(/^Code [A-Z]: /);
    const tip = page.locator(`[role=tooltip][id="${focused!.describedBy}"]`);
    await tip.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await expect(page.locator('[data-testid=overlay]').isVisible(), 'Escape hides the tip, not the panel').resolves.toBe(true);
  });

  it("SEC table: hovering a code letter shows the bubble with the code's meaning", async () => {
    const code = page.locator('span[data-form4-lens]').filter({ hasText: /^\s*S\s*$/ }).first();
    await expect(code.getAttribute('tabindex')).resolves.toBe('0');
    await code.hover();
    const bubble = page.locator('form4-lens-hovers .bubble');
    await bubble.waitFor({ state: 'visible' });
    const text = collapseWhitespace(await bubble.innerText());
    expect(text).toMatch(/^S: /);
    expect(text).toMatch(/sale on the open market or in a private deal/i);
    expect(collapseWhitespace((await code.getAttribute('aria-description')) ?? ''), 'same text for screen readers').toBe(text);
    await screenshot(page, 'sec-table-code-bubble-goog-2022-form4', { fullPage: false });
    await page.mouse.move(5, 5);
    await bubble.waitFor({ state: 'hidden' });
  });

  it("SEC table: hovering the (1) marker shows footnote 1's text from the XML", async () => {
    const marker = page.locator('sup[data-form4-lens]').filter({ hasText: /^\s*\(1\)\s*$/ }).first();
    await marker.hover();
    const bubble = page.locator('form4-lens-hovers .bubble');
    await bubble.waitFor({ state: 'visible' });
    expect(collapseWhitespace(await bubble.innerText())).toBe(`(1) ${F1}`);
    await screenshot(page, 'sec-table-footnote-bubble-goog-2022-form4', { fullPage: false });
    await page.mouse.move(5, 5);
    await bubble.waitFor({ state: 'hidden' });
  });

  it('SEC table keyboard: focusing a code letter shows the bubble; Escape hides it', async () => {
    const code = page.locator('span[data-form4-lens]').filter({ hasText: /^\s*S\s*$/ }).first();
    await code.focus();
    const bubble = page.locator('form4-lens-hovers .bubble');
    await bubble.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await bubble.waitFor({ state: 'hidden' });
  });

  it('logged no error from the extension', () => {
    watch.expectNoExtensionErrors();
  });
});
