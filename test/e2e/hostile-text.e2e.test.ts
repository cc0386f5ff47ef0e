// Text from a filing is data, never markup: a filing whose footnotes, remarks, owner name and
// title carry HTML, script, javascript: links, bidi controls and a very long string is shown
// as inert text in the overlay and in the in-page hovers. No script runs, and nothing is
// injected into the page beyond our two shadow hosts.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes } from './fixtures';
import { startSecServer, type SecServer } from './sec-server';

const rendering = fixture('goog-2022-form4');
const rawPath = rendering.path.replace('/xslF345X03/', '/');

const IMG = '<img src=x onerror="window.__pwned = 1">';
const SCRIPT = '<script>window.__pwned = 2</script>';
const LINK = '<a href="javascript:window.__pwned = 3">click me</a>';
const BIDI = '\u202Eevil\u202C \u2066isolate\u2069';
const LONG = 'A'.repeat(20_000);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The real filing of the rendering, with hostile text where a filer controls the text. */
function hostileXml(): string {
  return readCorpus(rendering.xml!)
    .replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, `<footnote id="F1">${escapeXml(IMG + SCRIPT)}</footnote>`)
    .replace(/<footnote id="F2">[\s\S]*?<\/footnote>/, `<footnote id="F2">${escapeXml(LINK + BIDI)}</footnote>`)
    .replace(/<footnote id="F3">[\s\S]*?<\/footnote>/, `<footnote id="F3">${LONG}</footnote>`)
    .replace(/<remarks>[\s\S]*?<\/remarks>/, `<remarks>${escapeXml(SCRIPT + LINK)}</remarks>`)
    .replace('<rptOwnerName>Sergey Brin</rptOwnerName>', `<rptOwnerName>${escapeXml(IMG)}</rptOwnerName>`);
}

/** Elements in the page's own DOM (outside our shadow roots), by tag. */
function pageElementCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const element of document.querySelectorAll('*')) counts[element.localName] = (counts[element.localName] ?? 0) + 1;
    return counts;
  });
}

describe('hostile text in a filing', () => {
  let server: SecServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSecServer({ ...fixtureRoutes([rendering]), [rawPath]: { body: hostileXml(), type: 'text/xml' } });
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is shown as text, runs nothing and adds no element to the page', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The page as the SEC serves it, counted before our script can have run.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: number }).__before = document.querySelectorAll('*').length;
      });
    });
    await page.goto(server.url(rendering.path));
    const overlay = page.locator('[data-testid=overlay]');
    await page.locator('[data-testid=net-open-market]').waitFor();

    // The owner's name is shown literally, as are the remarks and the footnotes.
    await expect.poll(() => overlay.locator('.owner-name').textContent()).toBe(IMG);
    await expect.poll(() => overlay.locator('.remarks').textContent()).toBe(`Remarks: ${SCRIPT}${LINK}`);
    const footnotes = overlay.locator('[data-testid=footnote]');
    expect(await footnotes.nth(0).textContent()).toBe(`(1) ${IMG}${SCRIPT}`);
    expect(await footnotes.nth(1).textContent()).toBe(`(2) ${LINK}${BIDI}`);

    // Nothing of it became markup, in our shadow root or in the page.
    const inOverlay = await page.evaluate(() => {
      const root = document.querySelector('form4-lens-overlay')!.shadowRoot!;
      return root.querySelectorAll('img, script, a[href^="javascript:"], iframe, object').length;
    });
    expect(inOverlay).toBe(0);

    // The overlay's footnote list shows a long footnote's first 320 characters, and all of it on request.
    expect(await footnotes.nth(2).textContent()).toBe(`(3) ${LONG.slice(0, 320)}... show all`);
    await footnotes.nth(2).getByRole('button', { name: 'show all' }).click();
    expect(await footnotes.nth(2).textContent()).toBe(`(3) ${LONG}show less`);
    await screenshot(page, 'hostile-text', { fullPage: false });

    // The in-page hover of the SEC's own "(1)" marker shows the same text, inert (the overlay
    // collapsed, as it covers the SEC table's price column, where marker (3) is).
    await page.getByRole('button', { name: 'Collapse Form 4 Lens' }).click();
    const marker = page.locator('sup[data-form4-lens]').first();
    await marker.hover();
    const bubble = page.locator('form4-lens-hovers .bubble');
    await expect.poll(() => bubble.textContent()).toBe(`(1) ${IMG}${SCRIPT}`);

    // A 20,000-character footnote is cut in its bubble, which stays inside the window.
    await page.locator('sup[data-form4-lens]', { hasText: '(3)' }).first().hover();
    await expect.poll(() => bubble.textContent()).toMatch(/^\(3\) A{1196}\.\.\. \(continued in Form 4 Lens's footnotes\)$/);
    const box = await bubble.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.width).toBeLessThanOrEqual(340);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);

    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      before: (window as unknown as { __before: number }).__before,
      after: document.querySelectorAll('*').length,
      hosts: document.querySelectorAll('form4-lens-overlay, form4-lens-hovers').length,
    }));
    expect(state.pwned).toBeNull();
    expect(dialogs).toEqual([]);
    // Our two shadow hosts are the only elements added to the page's DOM.
    expect(state.hosts).toBe(2);
    expect(state.after - state.before).toBe(2);
    const counts = await pageElementCounts(page);
    expect(counts.img ?? 0).toBe(0);
    await page.close();
  });
});
