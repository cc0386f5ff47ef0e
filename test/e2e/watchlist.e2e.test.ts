// The watchlist (docs/design.md section 11, "Watchlist") in Chromium with the built extension:
// follow Tesla with the star on its company panel, choose the rule on the options page, serve a
// latest-filings feed whose filings are corpus filings (Tesla's Baglino sale, Block's Botha
// purchase, Isabella Bank's McGuirk purchase), fire the check through chrome.alarms in the
// service worker, and watch what it asks sec.gov and which notifications it creates (the worker's
// chrome.notifications.create, wrapped by the test). Then follow Block from the trades view.
// The sentences are worked out by hand from the XML (quoted below), never from lib/.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { seriousViolations } from './axe';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { TESLA_COMPANY_PAGE, teslaRoutes } from './tesla-edgar';
import type { Routes } from './sec-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FEED = '/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&output=atom&start=0';
const ALARM = 'form4-lens:watchlist-check';
const STATE_KEY = 'form4-lens:watch-state';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

interface FeedFiling {
  accession: string;
  issuer: [string, string];
  owner: [string, string];
  file: string;
}

const FILINGS: FeedFiling[] = [
  // Tesla, Inc. (TSLA), Baglino Andrew D, 2023-07-27: M 10,500 at $17.22 (an exercise), S 10,500 at
  // $268.23 = $2,816,415 on the open market: over $1 million.
  { accession: '0001790565-23-000009', issuer: ['Tesla, Inc.', '0001318605'], owner: ['Baglino Andrew D', '0001790565'], file: 'test/corpus/submissions/follow-insider-api__ownership-doc.txt' },
  // Block, Inc. (SQ), BOTHA ROELOF, 2024-08-06: P 121,266 at $56.8591 + P 313,139 at $57.8226 =
  // $6,895,075.62 + $18,106,511.14 = $25,001,586.76 for 434,405 shares.
  { accession: '0001062993-24-014684', issuer: ['Block, Inc.', '0001512673'], owner: ['BOTHA ROELOF', '0001222287'], file: 'test/corpus/xml/datamule-python__000106299324014684_form4.xml' },
  // ISABELLA BANK Corp, McGuirk Richard L: P 275.634 at $18.14 = $5,000: a purchase nobody follows.
  { accession: '0000842517-24-000086', issuer: ['ISABELLA BANK Corp', '0000842517'], owner: ['McGuirk Richard L', '0001849440'], file: 'test/corpus/submissions/sec-edgar-parser__1.txt' },
];
const [TESLA, BLOCK] = FILINGS as [FeedFiling, FeedFiling, FeedFiling];

const folderOf = (filing: FeedFiling) => `/Archives/edgar/data/${Number(filing.issuer[1])}/${filing.accession.replace(/-/g, '')}`;
const indexUrl = (filing: FeedFiling) => `https://www.sec.gov${folderOf(filing)}/${filing.accession}-index.htm`;
const submission = (filing: FeedFiling) => `/Archives/edgar/data/${Number(filing.issuer[1])}/${filing.accession}.txt`;

function feedXml(): string {
  const entries = FILINGS.flatMap((filing) =>
    (['Issuer', 'Reporting'] as const).map((role) => {
      const [name, cik] = role === 'Issuer' ? filing.issuer : filing.owner;
      return `<entry>
<title>4 - ${name.replace(/&/g, '&amp;')} (${cik}) (${role})</title>
<link rel="alternate" type="text/html" href="${indexUrl(filing)}"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; ${TODAY} &lt;b&gt;AccNo:&lt;/b&gt; ${filing.accession} &lt;b&gt;Size:&lt;/b&gt; 10 KB</summary>
<updated>${TODAY}T16:00:00-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="4"/>
<id>urn:tag:sec.gov,2008:accession-number=${filing.accession}</id>
</entry>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Latest Filings</title>\n<updated>${TODAY}T16:05:00-05:00</updated>\n${entries.join('\n')}\n</feed>\n`;
}

function routes(): Routes {
  const extra: Record<string, Routes[string]> = { [`//www.sec.gov${FEED}`]: { type: 'text/xml', body: feedXml() } };
  for (const filing of FILINGS) extra[`//www.sec.gov${submission(filing)}`] = { file: join(ROOT, filing.file), type: 'text/plain' };
  return teslaRoutes(extra);
}

interface Shown {
  id: string;
  title: string;
  message: string;
  iconUrl: string;
}

/** Records every notification the worker creates (and still creates it). */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { shown?: unknown[]; chrome: { notifications: { create: (id: string, options: object) => Promise<string> } } };
    if (scope.shown) return;
    scope.shown = [];
    const create = scope.chrome.notifications.create.bind(scope.chrome.notifications);
    scope.chrome.notifications.create = (id: string, options: object) => {
      scope.shown!.push({ id, ...options });
      return create(id, options).catch(() => id);
    };
  });
}

const shown = (worker: Worker) => worker.evaluate(() => ((globalThis as unknown as { shown?: Shown[] }).shown ?? []).map(({ id, title, message, iconUrl }) => ({ id, title, message, iconUrl })));

const stateOf = (worker: Worker) =>
  worker.evaluate(async (key) => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key))[key] ?? null) as { checkedAt: number; seen: string[] } | null, STATE_KEY);

/**
 * Fires the watchlist's alarm now, as Chrome would every 10 minutes, and waits until the check
 * has kept `accession` as read (its last write: the time of the check is written before the feed is asked for).
 */
async function fireCheck(worker: Worker, accession: string): Promise<void> {
  await worker.evaluate((name) => (globalThis as unknown as { chrome: { alarms: { create(n: string, o: object): Promise<void> } } }).chrome.alarms.create(name, { when: Date.now() }), ALARM);
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    const state = await stateOf(worker);
    if (state?.seen.includes(accession)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The watchlist check did not write its state within 20 s after its alarm fired.');
}

describe('the watchlist', { timeout: 180_000 }, () => {
  const env = useSecAndExtension(routes);
  const watch = new PageWatch();
  const worker = () => env.browser.context.serviceWorkers().find((one) => one.url().startsWith(`chrome-extension://${env.browser.extensionId}/`))!;

  it('follows Tesla from its company panel; the options page lists it and takes the rule; a check reads the feed once and only the followed filing, and notifies once', async () => {
    // Nothing followed: the alarm is set for every 10 minutes, and no check asks sec.gov anything.
    const alarm = await worker().evaluate((name) => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get(name), ALARM);
    expect(alarm?.periodInMinutes).toBe(10);

    const panel = await newWatchedPage(env.browser.context, watch);
    await panel.setViewportSize({ width: 1280, height: 720 });
    await panel.goto(env.server.url(TESLA_COMPANY_PAGE));
    const star = panel.locator('button.follow');
    await star.waitFor({ timeout: 45_000 });
    await expect(star.getAttribute('aria-label')).resolves.toBe('Follow Tesla, Inc.');
    await expect(star.getAttribute('aria-pressed')).resolves.toBe('false');
    await star.click();
    await panel.locator('button.follow[aria-pressed=true]').waitFor({ timeout: 5_000 });
    await expect(star.getAttribute('aria-label')).resolves.toBe('Stop following Tesla, Inc.');
    await screenshot(panel, 'watchlist/company-panel-followed-1280x720', { fullPage: false });
    await panel.close();

    const options = await newWatchedPage(env.browser.context, watch);
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const companies = options.locator('[data-testid=followed-companies] li');
    await companies.first().waitFor({ timeout: 5_000 });
    expect(await companies.allInnerTexts()).toEqual(['Tesla, Inc. (CIK 0001318605) Stop following']);
    await expect(options.locator('input[name=watchRule][value=purchases]').isChecked()).resolves.toBe(true);
    await options.getByLabel('Open-market sales over $1 million').check();
    await expect(options.locator('[data-testid=watchlist-permissions]').innerText()).resolves.toMatch(/alarms and notifications: only for the watchlist/);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options, 'body'), scheme).toEqual([]);
      await screenshot(options, `watchlist/options-${scheme}`);
    }

    // The check: the feed once, then only Tesla's filing; one notification, Tesla's sale.
    await recordNotifications(worker());
    env.server.log.length = 0;
    await fireCheck(worker(), TESLA.accession);
    const asked = () => env.server.log.filter((entry) => entry.target !== '/favicon.ico').map((entry) => entry.target);
    expect(asked()).toEqual([FEED, submission(TESLA)]);
    expect(await shown(worker())).toEqual([
      {
        id: indexUrl(TESLA),
        title: 'Form 4 Lens: insider sale at TSLA',
        message: 'Baglino Andrew D sold $2.82M of Tesla, Inc. (TSLA) on the open market (10,500 shares).',
        iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      },
    ]);
    expect((await stateOf(worker()))!.seen).toEqual([TESLA.accession]);

    // Woken again within the 10 minutes: nothing asked, nothing shown.
    await worker().evaluate((name) => (globalThis as unknown as { chrome: { alarms: { create(n: string, o: object): Promise<void> } } }).chrome.alarms.create(name, { when: Date.now() }), ALARM);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(asked()).toEqual([FEED, submission(TESLA)]);
    expect(await shown(worker())).toHaveLength(1);
    // And the alarm is back to every 10 minutes.
    const after = await worker().evaluate((name) => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get(name), ALARM);
    expect(after?.periodInMinutes).toBe(10);
    await options.close();
  });

  it('follows Block from the trades view; with "any purchase" the next check notifies Block only, and Tesla not again', async () => {
    const trades = await newWatchedPage(env.browser.context, watch);
    await trades.setViewportSize({ width: 1280, height: 900 });
    await trades.goto(`chrome-extension://${env.browser.extensionId}/trades.html`);
    await trades.locator('[data-testid=progress]', { hasText: /^Read 3 of 3 filings$/ }).waitFor({ timeout: 60_000 });
    const blockStar = trades.getByRole('button', { name: 'Follow Block, Inc.' });
    await expect(trades.getByRole('button', { name: 'Stop following Tesla, Inc.' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await blockStar.click();
    await trades.getByRole('button', { name: 'Stop following Block, Inc.' }).waitFor({ timeout: 5_000 });
    await screenshot(trades, 'watchlist/trades-view-followed-1280x900', { fullPage: false });
    expect(await seriousViolations(trades, 'main')).toEqual([]);
    await trades.close();

    const options = await newWatchedPage(env.browser.context, watch);
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.locator('[data-testid=followed-companies] li').nth(1).waitFor({ timeout: 5_000 });
    expect(await options.locator('[data-testid=followed-companies] li bdi').allInnerTexts()).toEqual(['Tesla, Inc.', 'Block, Inc.']);
    await options.getByLabel('Any open-market purchase').check();
    await options.close();

    // Ten minutes on, as far as the check can tell.
    await worker().evaluate(async (key) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { seen: string[] }>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const state = (await local.get(key))[key]!;
      await local.set({ [key]: { ...state, checkedAt: Date.now() - 10 * 60_000 } });
    }, STATE_KEY);
    await recordNotifications(worker());
    const count = (await shown(worker())).length;
    env.server.log.length = 0;
    await fireCheck(worker(), BLOCK.accession);
    // Block's filing was read by the trades view: kept, so the check costs the feed alone.
    expect(env.server.log.filter((entry) => entry.target !== '/favicon.ico').map((entry) => entry.target)).toEqual([FEED]);
    expect((await shown(worker())).slice(count)).toEqual([
      {
        id: indexUrl(BLOCK),
        title: 'Form 4 Lens: insider purchase at SQ',
        message: 'BOTHA ROELOF bought $25.0M of Block, Inc. (SQ) on the open market (434,405 shares).',
        iconUrl: expect.stringMatching(/^data:image\/png;base64,/),
      },
    ]);
    expect((await stateOf(worker()))!.seen).toEqual([TESLA.accession, BLOCK.accession]);
    expect(watch.fromExtension()).toEqual([]);
  });
});
