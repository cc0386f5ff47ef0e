// Across the market (docs/design.md section 11) in Debian's firefox-esr with the built extension
// (.output/firefox-mv2), against the www.sec.gov stand-in on 127.0.0.1:443:
// - the badges on EDGAR's latest filings: the page of test/e2e/latest-filings-page.ts (corpus
//   filings among forty filings of other forms), each badge as the test reads it from the XML
//   (test/e2e/xml-facts.ts, never lib/), and only the ownership filings read, on screen first;
// - the watchlist: Tesla followed with the star on its company panel, the rule set on the options
//   page, the check fired through browser.alarms, and what it creates read back from Firefox
//   itself (browser.notifications.getAll and onShown in another extension page, and the alert
//   window on screen), not from a stand-in of ours: exactly one, Tesla's sale, though the feed
//   also lists a larger sale of a company nobody follows. A click on that alert opens the filing.
// Needs `npx wxt build -b firefox` first, /usr/bin/firefox-esr and port 443: fails, never skips.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { ABOVE, expectedBadge, FILINGS, folderOf, indexPath, latestFilingsRoutes, OTHERS, PAGE, submissionPath, txtRequests, type Filing } from '../e2e/latest-filings-page';
import type { SecServer } from '../e2e/sec-server';
import { requestRates, TESLA_COMPANY_PAGE } from '../e2e/tesla-edgar';
import { ALARM, FEED, indexUrl, STATE_KEY, submission, TESLA, WATCH_FILINGS, watchlistRoutes, type FeedFiling } from '../e2e/watchlist-feed';
import { dec, filingFacts, fmtCompactMoney, fmtShares, type FilingFacts } from '../e2e/xml-facts';
import { clickAlert, launchFirefoxWithExtension, openExtensionPage, screenshot, shownAlerts, type FirefoxWithExtension } from './firefox';
import { startSecServerOn443 } from './sec-server-443';

// --- badges

interface BadgeParts {
  codes: string[];
  net: string[];
  role: string[];
  flags: string[];
  label: string | null;
  title: string | null;
}

/** The badge beside a filing's link under the folder of `cik`, read in the page once it is drawn. */
async function readBadge(page: Page, filing: Filing, cik = filing.issuer.cik): Promise<BadgeParts> {
  const key = `${cik}/${filing.accession}`;
  await page
    .waitForFunction((key) => document.querySelector(`form4-lens-badge[data-filing="${key}"]`)?.shadowRoot?.querySelector('.badge') != null, { timeout: 15_000, polling: 100 }, key)
    .catch((error: unknown) => {
      throw new Error(`No badge for ${key} in firefox-esr within 15 s (requests so far: ${txtRequests(server.log).map((entry) => entry.target).join(', ') || 'none'})`, { cause: error });
    });
  return page.evaluate((key) => {
    const badge = document.querySelector(`form4-lens-badge[data-filing="${key}"]`)!.shadowRoot!.querySelector('.badge')!;
    const texts = (selector: string) => [...badge.querySelectorAll<HTMLElement>(selector)].map((element) => element.innerText.trim());
    return { codes: texts('.codes'), net: texts('.net'), role: texts('.role'), flags: texts('.flag'), label: badge.getAttribute('aria-label'), title: badge.getAttribute('title') };
  }, key);
}

async function expectBadge(page: Page, filing: Filing, cik?: string): Promise<void> {
  const expected = expectedBadge(filing);
  const badge = await readBadge(page, filing, cik);
  expect(badge.codes, `${filing.accession} codes`).toEqual([expected.codes]);
  expect(badge.net, `${filing.accession} net`).toEqual(expected.net === null ? [] : [expected.net]);
  expect(badge.role, `${filing.accession} role`).toEqual(expected.role === null ? [] : [expected.role]);
  expect(badge.flags, `${filing.accession} flags`).toEqual(expected.flags);
  expect(badge.title).toBe(badge.label);
  expect(badge.label).toContain(`Form ${filing.form}`);
  if (expected.exact !== null) expect(badge.label, `${filing.accession} exact dollars`).toContain(expected.exact);
}

let server: SecServer;
let firefox: FirefoxWithExtension;

describe('badges on EDGAR latest filings in firefox-esr', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startSecServerOn443(latestFilingsRoutes());
    firefox = await launchFirefoxWithExtension();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('badges each ownership filing with what its XML says, reading those on screen first, each once, and never the other forms', async () => {
    // What the corpus filings hold, read here: the badges must show this variety.
    const expected = FILINGS.map(expectedBadge);
    expect(expected.map((badge) => badge.codes)).toEqual(expect.arrayContaining(['P', 'S', 'no P/S', 'Form 3']));
    expect(expected.flatMap((badge) => badge.flags)).toEqual(expect.arrayContaining(['10b5-1', 'late', 'amended', 'private']));

    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(server.url(PAGE));
    const firstBelow = FILINGS[ABOVE.length]!;
    const top = await page.$eval(`a[href="${indexPath(firstBelow.issuer.cik, firstBelow.accession)}"]`, (a) => a.getBoundingClientRect().top);
    expect(top, 'the first filing below the fold').toBeGreaterThan(720);

    // On screen: every link of each filing (its issuer's and each owner's) gets the badge.
    const aboveFilings = FILINGS.slice(0, ABOVE.length);
    for (const filing of aboveFilings) {
      await expectBadge(page, filing);
      for (const owner of filing.owners) await expectBadge(page, filing, owner.cik);
    }
    // A while later, still nothing asked below the fold: one request per filing on screen (its
    // issuer's copy, the first link), in page order.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(txtRequests(server.log).map((entry) => entry.target)).toEqual(aboveFilings.map((filing) => submissionPath(filing.issuer.cik, filing.accession)));
    expect(await page.$$eval('form4-lens-badge', (hosts) => hosts.length)).toBe(aboveFilings.reduce((sum, filing) => sum + 1 + filing.owners.length, 0));
    await screenshot(page, 'market/firefox-latest-filings');

    // Scrolled to the end: the rest are read, the link outside any table row too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (const filing of FILINGS.slice(ABOVE.length)) await expectBadge(page, filing);
    await screenshot(page, 'market/firefox-latest-filings-scrolled');
    const asked = txtRequests(server.log);
    expect(asked.map((entry) => entry.target)).toEqual(FILINGS.map((filing) => submissionPath(filing.issuer.cik, filing.accession)));
    // Nothing at all about the forty filings of other forms, by folder or by accession.
    expect(server.log.filter((entry) => OTHERS.some((other) => entry.target.includes(folderOf(other.accession)) || entry.target.includes(other.accession)))).toEqual([]);
    const rates = requestRates(asked);
    expect(rates.perSecond, 'requests in any second').toBeLessThanOrEqual(5);
    expect(rates.atOnce, 'requests at once').toBeLessThanOrEqual(2);
    await page.close();
  });
});

// --- the watchlist

/**
 * GOOGLE INC. (GOOG), Brin Sergey, 2015: seventeen S rows, a sale of more than $10 million. Nobody
 * follows Google: the rule alone ("sales over $1 million") would notify it.
 */
const GOOGLE_SALE: FeedFiling = {
  accession: '0001127602-15-028697',
  issuer: ['GOOGLE INC.', '0001288776'],
  owner: ['Brin Sergey', '0001295032'],
  file: 'test/corpus/xml/InsidersTradeMonitor__GOOG_000112760215028697_form4.xml',
};
const FEED_FILINGS = [...WATCH_FILINGS, GOOGLE_SALE];
const LARGE_SALE = dec('1000000');

/** The filing's XML as the test reads it: a full submission's <XML> part, or the file itself. */
function factsOf(filing: FeedFiling): FilingFacts {
  const text = readCorpus(filing.file.replace(/^test\/corpus\//, ''));
  return filingFacts(/<XML>([\s\S]*?)<\/XML>/.exec(text)?.[1] ?? text);
}

const isLargeSale = (facts: FilingFacts) => facts.sold.rows > 0 && facts.sold.value.units * 10n ** BigInt(LARGE_SALE.scale) > LARGE_SALE.units * 10n ** BigInt(facts.sold.value.scale);

/** The notification a large sale must get: who sold how much of which company (docs/design.md section 11). */
function expectedSaleNotification(facts: FilingFacts): { title: string; message: string } {
  return {
    title: `Form 4 Lens: insider sale at ${facts.ticker}`,
    message: `${facts.ownerNames.join(' & ')} sold ${fmtCompactMoney(facts.sold.value)} of ${facts.issuerName} (${facts.ticker}) on the open market (${fmtShares(facts.sold.shares)} shares).`,
  };
}

/** Evaluates `source` in an extension page: a string, since this file's `browser` is WxtVitest's fake (firefox.e2e.test.ts). */
const inExtension = <T>(page: Page, source: string): Promise<T> => page.evaluate(source) as Promise<T>;

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`firefox-esr: ${what} within ${timeoutMs / 1000} s (last seen: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the watchlist in firefox-esr', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    server = await startSecServerOn443(watchlistRoutes(FEED_FILINGS));
    firefox = await launchFirefoxWithExtension();
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it("follows Tesla from its company panel; a check reads the feed and Tesla's filing only; Firefox shows exactly one notification, Tesla's sale, and a click on it opens the filing", async () => {
    // Read here: Tesla's and Google's filings are sales over $1 million, the others are not sales.
    const facts = new Map(FEED_FILINGS.map((filing) => [filing, factsOf(filing)]));
    expect(FEED_FILINGS.filter((filing) => isLargeSale(facts.get(filing)!))).toEqual([TESLA, GOOGLE_SALE]);

    const panel = await firefox.browser.newPage();
    await panel.setViewport({ width: 1280, height: 720 });
    await panel.goto(server.url(TESLA_COMPANY_PAGE));
    // Polled: waitForSelector watches the document's mutations, not those inside the panel's shadow root.
    const starIs = (pressed: string, timeout: number) =>
      panel.waitForFunction((pressed) => document.querySelector('form4-lens-activity')?.shadowRoot?.querySelector(`button.follow[aria-pressed="${pressed}"]`) != null, { timeout, polling: 100 }, pressed);
    await starIs('false', 45_000);
    const star = (await panel.$('form4-lens-activity >>> button.follow'))!;
    expect(await star.evaluate((button) => button.getAttribute('aria-label'))).toBe('Follow Tesla, Inc.');
    // From the keyboard: the panel grows upwards as filings arrive, so the star can move between
    // where a mouse click is aimed and when it lands (puppeteer, unlike Playwright, does not wait
    // for the element to hold still).
    await star.focus();
    await panel.keyboard.press('Enter');
    await starIs('true', 5_000);
    expect(await star.evaluate((button) => button.getAttribute('aria-label'))).toBe('Stop following Tesla, Inc.');
    await screenshot(panel, 'market/firefox-company-panel-followed');
    await panel.close();

    const options = await firefox.browser.newPage();
    await openExtensionPage(options, 'options.html');
    await options.waitForSelector('[data-testid=followed-companies] li', { timeout: 5_000 });
    expect(await options.$$eval('[data-testid=followed-companies] li bdi', (names) => names.map((name) => name.textContent))).toEqual(['Tesla, Inc.']);
    await (await options.waitForSelector('input[name=watchRule][value=large-sales]'))!.click();
    // Kept by the background (the only writer), where the check reads it.
    await waitFor('the rule "large-sales" kept in storage', () => inExtension<{ rule?: string } | null>(options, `browser.storage.local.get('form4-lens:watchlist').then((values) => values['form4-lens:watchlist'] ?? null)`), (list) => list?.rule === 'large-sales', 5_000);

    // Listens, in this extension page, to what Firefox says of the extension's notifications:
    // onShown fires when Firefox's alert for one is on screen (firefox.ts keeps Firefox's own
    // alert window, which headless Firefox shows), whichever of the extension's pages made it.
    await inExtension(options, `(window.shownIds = [], browser.notifications.onShown.addListener((id) => window.shownIds.push(id)), true)`);
    server.log.length = 0;
    // The alarm is the extension's, whichever of its pages names it: the background's listener runs the check now.
    await inExtension(options, `browser.alarms.create(${JSON.stringify(ALARM)}, { when: Date.now() }).then(() => true)`);
    // The check's last write keeps the accessions it read (its first, the time, comes before the feed).
    await waitFor(
      "the watchlist check to keep Tesla's filing as read",
      () => inExtension<{ seen: string[] } | null>(options, `browser.storage.local.get(${JSON.stringify(STATE_KEY)}).then((values) => values[${JSON.stringify(STATE_KEY)}] ?? null)`),
      (state) => state?.seen.includes(TESLA.accession) ?? false,
      20_000,
    );

    // Firefox's own list of the extension's notifications, read at once (an alert stays 20 s).
    const notifications = await inExtension<Record<string, Record<string, unknown>>>(options, 'browser.notifications.getAll()');
    const tesla = expectedSaleNotification(facts.get(TESLA)!);
    // Worked out by hand from the XML too: S 10,500 at $268.23 = $2,816,415.
    expect(tesla).toEqual({ title: 'Form 4 Lens: insider sale at TSLA', message: 'Baglino Andrew D sold $2.82M of Tesla, Inc. (TSLA) on the open market (10,500 shares).' });
    expect(
      Object.fromEntries(Object.entries(notifications).map(([id, { type, title, message, iconUrl }]) => [id, { type, title, message, iconUrl }])),
    ).toEqual({ [indexUrl(TESLA)]: { type: 'basic', ...tesla, iconUrl: expect.stringMatching(/^data:image\/png;base64,/) } });
    const shown = await waitFor("the alert for Tesla's notification to show", () => inExtension<string[]>(options, 'window.shownIds'), (ids) => ids.length > 0, 5_000);
    expect(shown).toEqual([indexUrl(TESLA)]);
    // And on screen, in Firefox's alert window: one, saying what the notification says.
    const alerts = await shownAlerts(firefox.browser);
    expect(alerts.map(({ title, text }) => ({ title, text }))).toEqual([{ title: tesla.title, text: tesla.message }]);

    // The feed once, then Tesla's filing: nothing about the filings of companies nobody follows.
    expect(server.log.filter((entry) => entry.target !== '/favicon.ico').map((entry) => entry.target)).toEqual([FEED, submission(TESLA)]);

    // A click on the alert reaches the background's notifications.onClicked through Firefox
    // (the alert's own click handler, then the notifications API): a tab opens at the filing's
    // index page, loaded from the www.sec.gov stand-in.
    const opened = firefox.browser.waitForTarget((target) => target.url() === indexUrl(TESLA), { timeout: 10_000 });
    await clickAlert(firefox.browser, alerts[0]!);
    const tab = (await (await opened).page())!;
    await tab.waitForFunction((title) => document.title === title, { timeout: 10_000, polling: 100 }, `EDGAR Filing Documents for ${TESLA.accession}`);
    expect(server.log.filter((entry) => entry.target === new URL(indexUrl(TESLA)).pathname).map((entry) => entry.host)).toEqual(['www.sec.gov']);
    await tab.close();
    await options.close();
  });
});
