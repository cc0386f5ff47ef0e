// Accessibility of what we add to sec.gov, in the real browser: axe-core on the overlay (light
// and dark) and the popup, and the overlay used by keyboard alone. The SEC's own page is not
// ours to judge: axe only looks inside our shadow host.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, popupUrl, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes } from './fixtures';
import { startSecServer, type SecServer } from './sec-server';
import { seriousViolations } from './axe';

const OVERLAY: [string, string] = ['form4-lens-overlay', '.root'];

/** The element that has focus, looking through our shadow root. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? `${element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? element.textContent?.trim()}` : '';
  });
}

describe('accessibility of the overlay and the popup', () => {
  let server: SecServer;
  let browser: ExtensionBrowser;
  const rendering = fixture('goog-2022-form4');

  beforeAll(async () => {
    server = await startSecServer(fixtureRoutes());
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations in the ${colorScheme} overlay`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url(rendering.path));
      await page.locator('[data-testid=net-open-market]').waitFor();
      expect(await seriousViolations(page, OVERLAY)).toEqual([]);
      await page.close();
    });
  }

  it('does report a violation planted in the overlay (the check can fail)', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(rendering.path));
    await page.locator('[data-testid=net-open-market]').waitFor();
    await page.evaluate(() => {
      const body = document.querySelector('form4-lens-overlay')!.shadowRoot!.querySelector('.body')!;
      const faint = document.createElement('p');
      faint.textContent = 'faint text';
      faint.setAttribute('style', 'color: #f4f4f4; background: #ffffff');
      body.prepend(faint); // at the top: axe judges contrast only where text is in view
    });
    expect(await seriousViolations(page, OVERLAY)).toEqual([expect.stringMatching(/^color-contrast \(serious\)/)]);
    await page.close();
  });

  it('has no serious axe violations in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(popupUrl(browser.extensionId));
    await page.locator('main.popup').waitFor();
    expect(await seriousViolations(page, 'main.popup')).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone: Tab reaches a code chip, which explains itself; Enter copies the CSV', async () => {
    const page = await browser.context.newPage();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.sec.gov' });
    await page.goto(server.url(rendering.path));
    await page.locator('[data-testid=net-open-market]').waitFor();
    // The overlay is appended last to the body, so Tab goes through the page first; start
    // from its collapse button, the first control of the panel.
    await page.getByRole('button', { name: 'Collapse Form 4 Lens' }).focus();
    for (let presses = 0; presses < 10 && !(await focused(page)).startsWith('button:Code'); presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe('button:Code S: Sale');
    const tooltip = page.getByRole('tooltip').filter({ hasText: 'Sale on the open market' }).first();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Copy CSV' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Copied \d+ rows as CSV\.$/);
    await page.close();
  });
});
