// A page or a server that tries to steer the extension (docs/design.md
// section 7): a redirect of the filing's XML to another host or folder, an
// index page linking its XML elsewhere, an endless "XML", page script clicking our buttons,
// and a page listening for messages. Every case must be refused or ignored, and say so.
// Needs `npm run build` first and /usr/bin/chromium: fails, never skips.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { fixture } from './fixtures';
import { expectOneSentence } from './page-watch';
import { startSecServer, type Routes, type SecServer } from './sec-server';

const RENDERING_HTML = corpusFile(fixture('goog-2022-form4').file!);
const XML = corpusFile(fixture('goog-2022-form4').xml!);
/** goog-2022-form4's rendering at a made-up accession folder of its own, per case. */
const folder = (sequence: number) => `/Archives/edgar/data/1295032/000120919122${910_000 + sequence}`;

const CASES = {
  redirectOtherHost: folder(1),
  redirectOtherFolder: folder(2),
  endless: folder(3),
  trusted: folder(4),
} as const;

// A real index page (Orion, 0000950142-22-003095) whose ownership links point elsewhere.
const ORION_INDEX = fixture('orion-2022-index');
const HOSTILE_INDEX = readFileSync(corpusFile(ORION_INDEX.file!), 'utf8')
  .replaceAll('href="/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml"', 'href="https://evil.example/evil/raw.xml"')
  .replaceAll('href="/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml"', 'href="//evil.example/evil/rendering.xml"');

const EVIL_PATHS = ['/evil/doc4.xml', '/evil/raw.xml', '/evil/rendering.xml', `${folder(99)}/doc4.xml`];
/** The "XML" that never ends: 200 MB, sent as fast as the browser reads it. */
const ENDLESS_BYTES = 200 * 1024 * 1024;

function routes(): Routes {
  const rendering = (base: string) => ({ [`${base}/xslF345X03/doc4.xml`]: { file: RENDERING_HTML, type: 'text/html' as const } });
  return {
    ...rendering(CASES.redirectOtherHost),
    [`${CASES.redirectOtherHost}/doc4.xml`]: { redirect: 'https://evil.example/evil/doc4.xml' },
    ...rendering(CASES.redirectOtherFolder),
    [`${CASES.redirectOtherFolder}/doc4.xml`]: { redirect: `${folder(99)}/doc4.xml` },
    ...rendering(CASES.endless),
    [`${CASES.endless}/doc4.xml`]: { stream: ENDLESS_BYTES, type: 'text/xml' },
    ...rendering(CASES.trusted),
    [`${CASES.trusted}/doc4.xml`]: { file: XML, type: 'text/xml' },
    [ORION_INDEX.path]: { body: HOSTILE_INDEX, type: 'text/html' },
    // Were any of these read, the overlay would show a filing: the test would see it.
    ...Object.fromEntries(EVIL_PATHS.map((path) => [path, { file: XML, type: 'text/xml' as const }])),
  };
}

describe('a page or server steering the extension', { timeout: 40_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSecServer(routes());
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function errorOf(path: string, name: string): Promise<string> {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    const error = page.locator('[data-testid=overlay] [data-testid=error]');
    await error.waitFor({ timeout: 20_000 });
    await screenshot(page, name, { fullPage: false });
    const text = (await error.locator('p').first().textContent()) ?? '';
    await page.close();
    return text;
  }

  it.each([
    ['to another host', CASES.redirectOtherHost, 'hostile-redirect-other-host'],
    ["to another filing's folder", CASES.redirectOtherFolder, 'hostile-redirect-other-folder'],
  ])('refuses a redirect of the XML %s, saying so', async (_name, base, shot) => {
    const message = await errorOf(`${base}/xslF345X03/doc4.xml`, shot);
    expect(message).toMatch(/redirected the request for the filing's XML elsewhere/);
    expectOneSentence(message);
    expect(server.requests.filter((target) => EVIL_PATHS.includes(target))).toEqual([]);
  });

  it('refuses an index page whose ownership XML links go to another host', async () => {
    const message = await errorOf(ORION_INDEX.path, 'hostile-index-links-elsewhere');
    expect(message).toMatch(/links its ownership XML outside the filing's own folder/);
    expectOneSentence(message);
    expect(server.requests.filter((target) => EVIL_PATHS.includes(target))).toEqual([]);
  });

  it('stops reading an endless XML at its size cap instead of downloading it all', async () => {
    const message = await errorOf(`${CASES.endless}/xslF345X03/doc4.xml`, 'hostile-endless-xml');
    expect(message).toBe("The filing's XML is larger than the 5.0 MB any ownership document needs, so it was not read.");
    // Give the server a moment to notice the closed stream, then check it sent far less than all.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = server.sentBytes[`${CASES.endless}/doc4.xml`] ?? 0;
    expect(sent).toBeGreaterThan(5 * 1024 * 1024);
    expect(sent).toBeLessThan(ENDLESS_BYTES / 4);
  });

  describe('page script', () => {
    let page: Page;
    const panel = () => page.locator('[data-testid=overlay]');

    beforeAll(async () => {
      page = await browser.context.newPage();
      // The page listens for every message before any script of ours can run.
      await page.addInitScript(() => {
        const seen: unknown[] = [];
        (window as unknown as { __messages: unknown[] }).__messages = seen;
        window.addEventListener('message', (event) => seen.push(event.data));
      });
      await page.goto(server.url(`${CASES.trusted}/xslF345X03/doc4.xml`));
      await panel().locator('[data-testid=net-open-market]').waitFor({ timeout: 20_000 });
    });
    afterAll(async () => page?.close());

    it('receives no message from the extension (WXT\'s "content-script-started" is off)', async () => {
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
    });

    it('cannot collapse the overlay, nor change what is stored, by clicking our buttons', async () => {
      const clicked = await page.evaluate(() => {
        const root = document.querySelector('form4-lens-overlay')?.shadowRoot;
        const collapse = root?.querySelector<HTMLButtonElement>('button[aria-label="Collapse Form 4 Lens"]');
        collapse?.click();
        collapse?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        return collapse !== null && collapse !== undefined;
      });
      expect(clicked).toBe(true);
      await page.waitForTimeout(300);
      await expect(panel().count()).resolves.toBe(1);
      // Nothing stored: after a reload the panel is still open.
      await page.reload();
      await panel().locator('[data-testid=net-open-market]').waitFor({ timeout: 20_000 });
      await expect(page.getByRole('button', { name: /^Form 4 Lens: / }).count()).resolves.toBe(0);
    });

    it('still obeys the reader: a real click collapses it', async () => {
      await page.getByRole('button', { name: 'Collapse Form 4 Lens' }).click();
      await page.getByRole('button', { name: /^Form 4 Lens: / }).waitFor();
      await expect(panel().count()).resolves.toBe(0);
      // Put it back for later tests in this profile.
      await page.getByRole('button', { name: /^Form 4 Lens: / }).click();
      await panel().waitFor();
    });
  });
});
