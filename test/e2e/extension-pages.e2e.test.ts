// The built extension on every kind of sec.gov page (docs/design.md sections 1, 4, 5, 8): on a
// filing (SEC rendering, raw XML, filing index, full submission) the overlay shows the
// figures the test computes itself from the filing's XML (test/e2e/xml-facts.ts, no lib/);
// on any other page nothing appears and nothing is fetched.
// Needs `npx wxt build` first and /usr/bin/chromium (scripts/ensure-browser.sh): fails, never skips.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { companyPage } from '../../lib/sec/sec-urls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, readCorpus } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import {
  FIXTURES,
  filingXmlOf,
  fixtureRoutes,
  indexXmlRoutes,
  INDEX_XML_STAND_INS,
  silentFilingShapedPages,
  type Fixture,
} from './fixtures';
import {
  collapseWhitespace,
  newInjectionWatchedPage,
  ownSubresources,
  PageWatch,
  requestsSince,
  waitForInjection,
} from './page-watch';
import { startSecServer, type Route, type SecServer } from './sec-server';
import {
  expectedActivityNumbers,
  expectedLastHolding,
  expectedNetLine,
  expectedTradeNumbers,
  filingFacts,
} from './xml-facts';

// Raw XML pages last: Chrome's XML viewer is the heaviest page here, and renderings loading
// next to several of them on a busy 2-core machine have been seen to take over 10 s.
const KIND_ORDER = ['rendering', 'index', 'submission', 'raw-xml'];
// A raw XML page whose XML a rendering test already reads adds little: only raw XML pages of
// filings with no rendering here are listed (30 sales, 17 derivative rows, primarydocument.xml ...).
const RENDERED_XML = new Set<string | null>(FIXTURES.filter((f) => f.kind === 'rendering').map((f) => f.xml));
const FILING_PAGES = FIXTURES.filter(
  (f) => f.kind !== 'non-filing' && filingXmlOf(f) !== null && !(f.kind === 'raw-xml' && RENDERED_XML.has(f.xml)),
).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
// Company pages get the insider-activity panel (test/e2e/activity-company.e2e.test.ts).
const NON_FILING_PAGES = FIXTURES.filter((f) => f.kind === 'non-filing' && companyPage(`https://www.sec.gov${f.path}`) === null);
const SILENT_PAGES = silentFilingShapedPages();

/** How long a page that should stay untouched is watched after its load event. */
const SETTLE_MS = 800;
/**
 * The overlay shows about 0.6 s after navigation on an idle machine; with three tabs loading at
 * once on a busy 2-core machine it has taken up to 7 s. A passing test waits only as long as
 * the overlay takes; only a missing overlay costs the whole wait.
 */
const OVERLAY_MS = 10_000;
/** The overlay's host element is mounted before any fetch; it needs only storage and the DOM. */
const HOST_MS = 5_000;
/** Tabs open at once in the figures tests (more only slows each page down). */
const TABS_AT_ONCE = 3;

/** A tiny semaphore: at most `slots` callers inside `run` at a time. */
function limiter(slots: number) {
  const waiting: (() => void)[] = [];
  let free = slots;
  return async <T>(run: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

// Pages are independent (one tab each, figures from their own XML): they run side by side.
describe('overlay on each kind of filing page, figures computed from the XML', { timeout: 60_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startSecServer({
      ...fixtureRoutes(),
      ...indexXmlRoutes(),
      ...Object.fromEntries(SILENT_PAGES.map((p): [string, Route] => [p.path, p.route])),
    });
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('covers every page kind', () => {
    expect(new Set(FILING_PAGES.map((f) => f.kind))).toEqual(new Set(['rendering', 'raw-xml', 'index', 'submission']));
  });

  const fewTabsAtOnce = limiter(TABS_AT_ONCE);

  it.concurrent.each(FILING_PAGES.map((f) => [`${f.kind} ${f.name}`, f] as const))('%s', (_name, f) => fewTabsAtOnce(async () => {
    const watch = new PageWatch();
    const xmlFile = filingXmlOf(f)!;
    const facts = filingFacts(readCorpus(xmlFile));
    const opened = await newInjectionWatchedPage(browser.context, watch);
    const { page } = opened;
    try {
      await page.goto(server.url(f.path), { waitUntil: 'domcontentloaded' });
      expect(await waitForInjection(opened), `content script injected at ${f.path}`).toBe(true);
      // The content script mounts its host before it reads or fetches anything: no host soon
      // after injection means it took the page for something else than a filing.
      const mounted = await page.locator('form4-lens-overlay').waitFor({ state: 'attached', timeout: HOST_MS }).then(() => true, () => false);
      expect(mounted, `overlay host <form4-lens-overlay> mounted at ${f.path}`).toBe(true);
      const overlay = page.locator('[data-testid=overlay]');
      await expect(overlay.locator('[data-testid=net-open-market]').innerText({ timeout: OVERLAY_MS }), 'headline').resolves.toBe(
        expectedNetLine(facts),
      );

      // Header: issuer and ticker from <issuer> (never from the CIK in the path).
      const issuer = collapseWhitespace(await overlay.locator('h2').first().innerText());
      expect(issuer).toBe(facts.ticker ? `${facts.issuerName} (${facts.ticker})` : facts.issuerName);

      const headline = collapseWhitespace(await overlay.locator('[data-testid=headline]').innerText());
      for (const number of [...expectedTradeNumbers(facts), ...expectedActivityNumbers(facts)]) {
        expect(headline, `headline of ${xmlFile}`).toContain(number);
      }
      const lastHolding = expectedLastHolding(facts);
      if (lastHolding !== null) {
        await expect(overlay.locator('[data-testid=holdings-after]').innerText()).resolves.toContain(lastHolding);
      }

      // One row per transaction and holding of the XML, in its own table.
      await expect(overlay.locator('[data-testid=row]').count()).resolves.toBe(facts.rows.length);
      for (const table of ['nonDerivative', 'derivative'] as const) {
        const expected = facts.rows.filter((row) => row.table === table).length;
        await expect(overlay.locator(`[data-testid=table-${table}] [data-testid=row]`).count(), table).resolves.toBe(expected);
      }
      if (f.kind === 'index') {
        // The index page prints the filing date; the overlay gives it with the lag from the trade.
        const filed = /Filing Date<\/div>\s*<div class="info">(\d{4}-\d{2}-\d{2})</.exec(readCorpus(f.file!))![1];
        await expect(overlay.locator('.form-line').innerText()).resolves.toContain(`filed ${filed}`);
      }
      if (f.name in INDEX_XML_STAND_INS) {
        // The index page links the XML; the server must have been asked for it.
        expect(server.requests).toContain(INDEX_XML_STAND_INS[f.name as keyof typeof INDEX_XML_STAND_INS].path);
      }
      watch.expectNoExtensionErrors();
    } catch (error) {
      await screenshot(page, `failed-${f.name}`, { fullPage: false }).catch(() => {});
      throw error;
    } finally {
      await page.close();
    }
  }));
});

describe('nothing on sec.gov pages that are not filings', { timeout: 30_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;
  const watch = new PageWatch();

  beforeAll(async () => {
    server = await startSecServer({
      ...fixtureRoutes(NON_FILING_PAGES),
      ...Object.fromEntries(SILENT_PAGES.map((p): [string, Route] => [p.path, p.route])),
    });
    browser = await launchWithExtension({ port: server.port });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page; resolves once it has loaded and had time for a content script to act. */
  async function visit(path: string): Promise<{ page: Page; requests: string[]; injected: boolean }> {
    const opened = await newInjectionWatchedPage(browser.context, watch);
    const start = server.requests.length;
    await opened.page.goto(server.url(path), { waitUntil: 'load' });
    await opened.page.waitForTimeout(SETTLE_MS);
    return { page: opened.page, requests: requestsSince(server, start), injected: opened.injected() };
  }

  async function expectUntouched(page: Page, path: string, body: string, requests: string[]): Promise<void> {
    await expect(page.locator('form4-lens-overlay').count(), 'overlay host').resolves.toBe(0);
    await expect(page.locator('form4-lens-hovers').count(), 'hovers host').resolves.toBe(0);
    await expect(page.locator('[data-form4-lens]').count(), 'enhanced elements').resolves.toBe(0);
    const own = new Set([path, ...ownSubresources(body, server.url(path))]);
    expect(requests.filter((target) => !own.has(target)), 'requests beyond the page and its own subresources').toEqual([]);
    watch.expectNoExtensionErrors();
  }

  it.each(NON_FILING_PAGES.map((f) => [f.name, f] as const))(
    '%s: no content script, no overlay, no request',
    async (_name, f: Fixture) => {
      const { page, requests, injected } = await visit(f.path);
      try {
        expect(injected, 'content script injected').toBe(false);
        await expectUntouched(page, f.path, f.body ?? readFileSync(corpusFile(f.file!), 'latin1'), requests);
      } finally {
        await page.close();
      }
    },
  );

  it.each(SILENT_PAGES.map((p) => [p.name, p] as const))(
    '%s (filing-shaped URL, not an ownership filing): no overlay, no request',
    async (_name, p) => {
      const { page, requests, injected } = await visit(p.path);
      try {
        // A filing-shaped URL: the content script must run (detection by URL), read the page,
        // and stay silent (confirmation by content fails).
        expect(injected, `content script injected at ${p.path}`).toBe(true);
        await expectUntouched(page, p.path, 'body' in p.route ? p.route.body : '', requests);
      } finally {
        await page.close();
      }
    },
  );
});
