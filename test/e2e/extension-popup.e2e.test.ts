// The toolbar popup (docs/design.md section 5): the same summary as the overlay for the active
// tab when it is a filing, else a short "open a Form 3/4/5" message.
// The popup asks tabs.query({ active: true, currentWindow: true }). Opened as an ordinary tab
// (chrome-extension://ID/popup.html) it would be the active tab itself, so the popup tab is
// created first, the tab under test is brought to the front, and only then is popup.html
// loaded into the (background) popup tab: its query then returns the tab under test.
// Needs `npx wxt build` first and /usr/bin/chromium: fails, never skips.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { launchWithExtension, popupUrl, screenshot, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes } from './fixtures';
import { collapseWhitespace, newWatchedPage, PageWatch } from './page-watch';
import { startSecServer, type SecServer } from './sec-server';
import { expectedNetLine, filingFacts } from './xml-facts';

describe('toolbar popup', { timeout: 30_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;
  const watch = new PageWatch();

  beforeAll(async () => {
    server = await startSecServer(fixtureRoutes());
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens popup.html about the tab `target` (made the active tab first). */
  async function popupFor(target: Page): Promise<Page> {
    const popup = watch.attach(await browser.context.newPage());
    await popup.setViewportSize({ width: 420, height: 600 });
    await target.bringToFront();
    await popup.goto(popupUrl(browser.extensionId));
    const active = await popup.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ url?: string }[]> } } }).chrome;
      return (await tabs.query({ active: true, currentWindow: true }))[0]?.url;
    });
    expect(active, 'the tab the popup asks about').toBe(target.url());
    return popup;
  }

  it('shows the summary of a filing tab: issuer, ticker and the net open-market line', async () => {
    const f = fixture('goog-2022-form4');
    const facts = filingFacts(readCorpus(f.xml!));
    const filing = await newWatchedPage(browser.context, watch);
    await filing.goto(server.url(f.path));
    await filing.locator('[data-testid=net-open-market]').waitFor({ timeout: 10_000 });
    const overlayLine = await filing.locator('[data-testid=net-open-market]').innerText();

    const popup = await popupFor(filing);
    const net = popup.locator('[data-testid=net-open-market]');
    await net.waitFor({ timeout: 5_000 });
    await expect(net.innerText()).resolves.toBe(expectedNetLine(facts));
    expect(await net.innerText(), 'same line as the overlay').toBe(overlayLine);
    expect(collapseWhitespace(await popup.locator('h2').first().innerText())).toBe(`${facts.issuerName} (${facts.ticker})`);
    await expect(popup.locator('[data-testid=popup-idle]').count()).resolves.toBe(0);
    await screenshot(popup, 'popup-goog-2022-form4', { fullPage: false });
    await popup.close();
    await filing.close();
  });

  it('says where it works when the active tab is not a filing', async () => {
    const home = await newWatchedPage(browser.context, watch);
    await home.goto(server.url(fixture('home').path));
    const popup = await popupFor(home);
    const idle = popup.locator('[data-testid=popup-idle]');
    await idle.waitFor({ timeout: 5_000 });
    expect(await idle.innerText()).toMatch(/Form 3, 4 or 5 on sec\.gov/);
    await expect(popup.locator('[data-testid=net-open-market]').count()).resolves.toBe(0);
    await screenshot(popup, 'popup-idle', { fullPage: false });
    await popup.close();
    await home.close();
  });

  it('logged no error from the extension', () => {
    watch.expectNoExtensionErrors();
  });
});
