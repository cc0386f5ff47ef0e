// The watchlist (docs/design.md section 11, "Watchlist") in Chromium with the built extension:
// follow Tesla with the star on its company panel, choose the rule on the options page, serve a
// latest-filings feed whose filings are corpus filings (Tesla's Baglino sale, Block's Botha
// purchase, Isabella Bank's McGuirk purchase), fire the check through chrome.alarms in the
// service worker, and watch what it asks sec.gov and which notifications it creates (the worker's
// chrome.notifications.create, wrapped by the test). Then follow Block from the trades view.
// The sentences are worked out by hand from the XML (quoted in test/e2e/watchlist-feed.ts), never
// from lib/.

import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { seriousViolations } from './axe';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { TESLA_COMPANY_PAGE } from './tesla-edgar';
import { ALARM, BLOCK, FEED, indexUrl, STATE_KEY, submission, TESLA, watchlistRoutes } from './watchlist-feed';

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
  const env = useSecAndExtension(watchlistRoutes);
  const watch = new PageWatch();
  const worker = () => env.browser.context.serviceWorkers().find((one) => one.url().startsWith(`chrome-extension://${env.browser.extensionId}/`))!;

  it('follows Tesla from its company panel; the options page lists it and takes the rule; a check reads the feed once and only the followed filing, and notifies once', async () => {
    // Nothing followed: the alarm is set for every 10 minutes, and no check asks sec.gov anything.
    // The worker makes the alarm as it starts, which on a busy machine may be after the test does.
    const alarmPeriod = async () =>
      (await worker().evaluate((name) => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms.get(name), ALARM))?.periodInMinutes;
    await expect.poll(alarmPeriod, { timeout: 15_000 }).toBe(10);

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

  it("a click on Block's notification opens its filing index from www.sec.gov in a new tab and clears the notification", async () => {
    // Headless Chromium closes a notification by itself about 8 s after it is shown, so the one
    // clicked here is made now: the check, told it has not seen Block's filing and last ran 10
    // minutes ago, notifies it again.
    await worker().evaluate(async ([key, accession]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { seen: string[] }>>; set(v: object): Promise<void> } } } }).chrome.storage.local;
      const state = (await local.get(key))[key]!;
      await local.set({ [key]: { seen: state.seen.filter((one) => one !== accession), checkedAt: Date.now() - 10 * 60_000 } });
    }, [STATE_KEY, BLOCK.accession] as const);
    await recordNotifications(worker());
    await fireCheck(worker(), BLOCK.accession);
    // Chrome's own list of the extension's notifications, and the worker's calls to clear one
    // (recorded, and still made).
    const up = () => worker().evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } } }).chrome.notifications.getAll()));
    await worker().evaluate(() => {
      const scope = globalThis as unknown as { cleared?: string[]; chrome: { notifications: { clear: (id: string) => Promise<boolean> } } };
      if (scope.cleared) return;
      scope.cleared = [];
      const clear = scope.chrome.notifications.clear.bind(scope.chrome.notifications);
      scope.chrome.notifications.clear = (id: string) => {
        scope.cleared!.push(id);
        return clear(id);
      };
    });
    expect(await up()).toContain(indexUrl(BLOCK));

    // Neither a page nor the DevTools protocol can click an extension's notification in Chromium.
    // A real click ends, in the worker, with Chromium's bindings firing
    // chrome.notifications.onClicked with the notification's id; the bindings expose that step
    // as the event's dispatch(), which calls every listener the worker registered: the one that
    // runs is entrypoints/background/watchlist.ts's own, given the id Chrome would give it.
    const opened = env.browser.context.waitForEvent('page', { timeout: 10_000 });
    env.server.log.length = 0;
    await worker().evaluate((id) => {
      const clicked = (globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch?: (id: string) => void; hasListeners(): boolean } } } }).chrome.notifications.onClicked;
      if (typeof clicked.dispatch !== 'function') throw new Error("chrome.notifications.onClicked.dispatch is gone from this Chromium's bindings: the test needs another way to fire a click");
      if (!clicked.hasListeners()) throw new Error('The service worker listens to no notification click (entrypoints/background/watchlist.ts registers one)');
      clicked.dispatch(id);
    }, indexUrl(BLOCK));
    // Asked right away, well within the 8 s: gone because it was cleared, not because it timed out.
    expect(await up()).not.toContain(indexUrl(BLOCK));
    expect(await worker().evaluate(() => (globalThis as unknown as { cleared: string[] }).cleared)).toEqual([indexUrl(BLOCK)]);

    const tab = await opened;
    await tab.waitForLoadState('load');
    expect(tab.url()).toBe(indexUrl(BLOCK));
    expect(await tab.title()).toBe(`EDGAR Filing Documents for ${BLOCK.accession}`);
    // Loaded from the www.sec.gov stand-in, at the index page's own path.
    expect(env.server.log.filter((entry) => entry.target === new URL(indexUrl(BLOCK)).pathname).map((entry) => entry.host)).toEqual(['www.sec.gov']);
    await tab.close();
  });
});
