// The overlay reads real filings the way a careful reader would (docs/design.md section 4,
// "Reading right"): Form 3s lead with holdings, table II holdings are shown in their own units,
// private purchases are not called open-market, dollars are never claimed for unpriced shares,
// an exercise and a same-day sale read as one story. Every filing is a real one of the corpus,
// served as raw XML at a formed path in its issuer's folder; expected texts come from the XML.
// Screenshots at 800x600 and 1920x1080 land in test-results/screenshots/reading-right/.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, readCorpus } from '../corpus-path';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './browser';
import { collapseWhitespace } from './page-watch';
import { startSecServer, type Routes, type SecServer } from './sec-server';

const FILINGS = {
  // Form 3, noSecuritiesOwned = 1 (edgartools' sample).
  'form3-no-securities': 'xml/edgartools__form3.nosecurities.xml',
  // Form 3 of Snowflake's CFO at the IPO: options only, in table II.
  'form3-snow': 'xml/edgartools__form3.snow.xml',
  // Form 3 of Palantir (Thiel, 2020-09-22): 16 indirect lines whose nature is "See footnote".
  'form3-pltr': 'xml/datamule-python__000120919120051619_doc3.xml',
  // GOOG 2022-04-13 (Brin): six S rows in Class A; 18,509,696 Class B held in table II.
  'goog-2022-class-b': 'xml/InsidersTradeMonitor__GOOG_000120919122024552_doc4.xml',
  // CMMB 2021-03-16 (Thiel): a P "directly with the Issuer" (F1) whose price is only in F3.
  'cmmb-private-unpriced': 'xml/datamule-python__000120919121021966_doc4.xml',
  // TSLA 2021-11-08 (Musk): M 2,154,572 options at $6.24, S of the shares the same day.
  'tsla-exercise-and-sale': 'xml/datamule-python__000089924321044060_doc4.xml',
} as const;
type Name = keyof typeof FILINGS;

const issuerCik = (xml: string) => String(Number(/<issuerCik>\s*(\d+)/.exec(xml)![1]));
const pathOf = (name: Name) => {
  const index = Object.keys(FILINGS).indexOf(name);
  return `/Archives/edgar/data/${issuerCik(readCorpus(FILINGS[name]))}/${String(9_000_000_000 + index).padStart(18, '0')}/${name}.xml`;
};

let server: SecServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const routes: Record<string, Routes[string]> = {};
  for (const name of Object.keys(FILINGS) as Name[]) routes[pathOf(name)] = { file: corpusFile(FILINGS[name]), type: 'text/xml' };
  server = await startSecServer(routes);
  browser = await launchWithExtension({ port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  name: Name,
  size = { width: 1280, height: 720 },
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; text: (selector: string) => Promise<string> }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme });
  await page.goto(server.url(pathOf(name)));
  const overlay = page.locator('[data-testid=overlay]');
  await overlay.locator('[data-testid=net-open-market]').waitFor({ timeout: 15_000 });
  return { page, text: async (selector) => collapseWhitespace(await overlay.locator(selector).innerText()) };
}

/** Screenshots of a case at the two sizes the issue names, in light and dark. */
async function shoot(name: Name): Promise<void> {
  for (const size of [
    { width: 800, height: 600 },
    { width: 1920, height: 1080 },
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open(name, size, scheme);
      await screenshot(page, `reading-right/${name}-${size.width}x${size.height}${scheme === 'dark' ? '-dark' : ''}`, { fullPage: false });
      await page.close();
    }
  }
}

describe('reading right, on real filings', { timeout: 60_000 }, () => {
  it('a Form 3 with noSecuritiesOwned says the person owns no securities of the issuer', async () => {
    expect(readCorpus(FILINGS['form3-no-securities'])).toMatch(/<noSecuritiesOwned>\s*(1|true)\s*<\/noSecuritiesOwned>/);
    const { page, text } = await open('form3-no-securities');
    expect(await text('[data-testid=net-open-market]')).toBe('Owns no securities of the issuer.');
    expect(await text('[data-testid=headline]')).not.toContain('open-market');
    await page.close();
    await shoot('form3-no-securities');
  });

  it("a Form 3 with only options leads with the holdings of table II, never 'no open-market trades'", async () => {
    const xml = readCorpus(FILINGS['form3-snow']);
    const options = [...xml.matchAll(/<derivativeHolding>[\s\S]*?<securityTitle>\s*<value>([^<]+)<\/value>/g)].map((m) => m[1]!.trim());
    expect(options.length).toBeGreaterThan(0);
    const { page, text } = await open('form3-snow');
    const headline = await text('[data-testid=headline]');
    expect(headline).toContain('Initial statement of holdings');
    expect(headline).not.toContain('No open-market trades');
    const holdings = await text('[data-testid=holdings-after]');
    expect(holdings.startsWith('Holds')).toBe(true);
    for (const title of options) expect(await text('[data-testid=holdings-derivative]')).toContain(title);
    await page.close();
    await shoot('form3-snow');
  });

  it('a Form 3 whose natures only point at footnotes names the footnotes', async () => {
    const xml = readCorpus(FILINGS['form3-pltr']);
    // Footnote ids cited on the nature of ownership of the table I holdings, as filed.
    const cited = new Set(
      [...xml.matchAll(/<nonDerivativeHolding>[\s\S]*?<natureOfOwnership>([\s\S]*?)<\/natureOfOwnership>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/footnoteId id="F(\d+)"/g)].map((id) => id[1]!),
      ),
    );
    expect(cited.size).toBeGreaterThan(10);
    const { page, text } = await open('form3-pltr');
    const holdings = await text('[data-testid=holdings-after]');
    for (const number of cited) expect(holdings).toMatch(new RegExp(`footnotes? (\\d+, )*${number}\\b`));
    expect(holdings).not.toMatch(/See footnote/i);
    await page.close();
    await shoot('form3-pltr');
  });

  it("GOOG 2022: the holdings above the rows include table II's Class B line", async () => {
    const xml = readCorpus(FILINGS['goog-2022-class-b']);
    const classB = /<derivativeHolding>[\s\S]*?<securityTitle>\s*<value>(Class B[^<]*)<\/value>[\s\S]*?<underlyingSecurityShares>\s*<value>(\d+)/.exec(xml)!;
    const shares = Number(classB[2]).toLocaleString('en-US');
    expect(shares).toBe('18,509,696');
    const { page, text } = await open('goog-2022-class-b');
    expect(await text('[data-testid=holdings-derivative]')).toContain(`${shares} ${classB[1]!.trim()} directly`);
    await page.close();
    await shoot('goog-2022-class-b');
  });

  it('CMMB: a private purchase priced only in a footnote is neither open-market nor given dollars', async () => {
    const { page, text } = await open('cmmb-private-unpriced');
    expect(await text('[data-testid=net-open-market]')).toBe('No open-market trades.');
    const headline = await text('[data-testid=headline]');
    // 230,536 ADSs bought, price column empty, price only in F3; F1 says "directly with the Issuer".
    expect(headline).toContain('Private purchase (footnote 1), not on the open market: bought 230,536 shares; the price is only in footnote 3, so no dollar figure');
    expect(headline).not.toMatch(/\$/);
    await page.close();
    await shoot('cmmb-private-unpriced');
  });

  it('TSLA 2021-11-08: the exercise and the same-day sale read as one story', async () => {
    const { page, text } = await open('tsla-exercise-and-sale');
    // M rows in table I, 2,154,572 shares at the options' $6.24 strike (from the XML, as filed).
    const xml = readCorpus(FILINGS['tsla-exercise-and-sale']);
    expect(xml).toContain('<value>2154572</value>');
    expect(xml).toContain('<value>6.24</value>');
    expect(await text('[data-testid=headline]')).toMatch(/Exercised 2,154,572 options at \$6\.24 and sold [\d,]+ shares the same day \(2021-11-08\) for \$[\d,]+\.\d\d/);
    await page.close();
    await shoot('tsla-exercise-and-sale');
  });
});
