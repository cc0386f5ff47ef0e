// The lasting cache in Chromium with the built extension (docs/design.md section 8), against
// lists built to break it: one company's JSON naming another's filing cannot plant it on that
// company's page; filings past the 50 MB bound leave the cache full to the bound, never empty.
// Needs `npm run build` first and /usr/bin/chromium: fails, never skips.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { pathOf, submissionsJson, TESLA_COMPANY_PAGE, teslaCorpus, teslaRoutes } from './tesla-edgar';
import type { Routes } from './sec-server';

/** A Tesla filing of the 12 months to 2022-11-30 that the corpus holds (Musk's sale). */
const GENUINE = teslaCorpus.find(({ ref }) => ref.filingDate >= '2022-09-01' && ref.filingDate <= '2022-11-30')!;
const ATTACKER = '0000000077';

/** A company's submissions JSON listing Forms 4 `accessions`, filed 2022-11-20, each as doc4.xml. */
function listing(cik: string, accessions: string[]): string {
  const filings = accessions.map((accession) => ({ accession, filingDate: '2022-11-20', reportDate: '2022-11-18', form: '4', primaryDocument: 'doc4.xml' }));
  return submissionsJson(cik, `Company ${cik}`, filings);
}

// The genuine filing's XML with its owner renamed and its sales turned into one $999M purchase.
const FORGED = readFileSync(GENUINE.file, 'utf8')
  .replace(/<rptOwnerName>[^<]*</, '<rptOwnerName>POISONED OWNER<')
  .replace(/<rptOwnerCik>[^<]*</, `<rptOwnerCik>${ATTACKER}<`);

// Eleven filings of about 5 MB each (a real filing with a long remark), 55 MB against the 50 MB
// bound, on a company page of their own.
const BIG_CIK = '0000000088';
const BIG = Array.from({ length: 11 }, (_, i) => `0000000088-22-${String(i + 1).padStart(6, '0')}`);
const BIG_XML = (() => {
  const xml = readFileSync(GENUINE.file, 'utf8').replace(/<rptOwnerCik>[^<]*</, `<rptOwnerCik>${BIG_CIK}<`);
  const remarks = `<remarks>${'x'.repeat(4_800_000)}</remarks>`;
  const filed = /<remarks>[\s\S]*?<\/remarks>|<remarks\/>/;
  return filed.test(xml) ? xml.replace(filed, remarks) : xml.replace('</ownershipDocument>', `${remarks}</ownershipDocument>`);
})();

function routes(): Routes {
  const extra: Record<string, Routes[string]> = {
    [`//data.sec.gov/submissions/CIK${ATTACKER}.json`]: { type: 'application/json', body: listing(ATTACKER, [GENUINE.ref.accession]) },
    [`/Archives/edgar/data/77/${GENUINE.ref.accession.replace(/-/g, '')}/doc4.xml`]: { type: 'text/xml', body: FORGED },
    [`//data.sec.gov/submissions/CIK${BIG_CIK}.json`]: { type: 'application/json', body: listing(BIG_CIK, BIG) },
  };
  for (const accession of BIG) extra[`/Archives/edgar/data/88/${accession.replace(/-/g, '')}/doc4.xml`] = { type: 'text/xml', body: BIG_XML };
  return teslaRoutes(extra);
}

const companyPage = (cik: string) => `/cgi-bin/browse-edgar?action=getcompany&CIK=${cik}&type=4&dateb=20221130&owner=include&count=40`;

async function readAll(page: Page, total: number): Promise<void> {
  await page.locator('[data-testid=progress]', { hasText: `Read ${total} of ${total} filing` }).waitFor({ timeout: 60_000 });
}

async function cacheSize(page: Page): Promise<{ items: number; megabytes: number }> {
  await page.goto(`chrome-extension://${page.url().split('/')[2]}/options.html`);
  await page.waitForFunction(() => /^\d+ items?/.test(document.querySelector('[data-testid=cache-size]')?.textContent ?? ''));
  const text = await page.locator('[data-testid=cache-size]').innerText();
  const [, items, amount, unit] = /^(\d+) items? .*about ([\d.]+) (KB|MB)/.exec(text)!;
  return { items: Number(items), megabytes: unit === 'KB' ? Number(amount) / 1024 : Number(amount) };
}

describe('the lasting cache', { timeout: 180_000 }, () => {
  const env = useSecAndExtension(routes);
  const watch = new PageWatch();

  it('cannot be poisoned: another company’s list naming Tesla’s filing leaves Tesla’s page its real filing', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(companyPage(ATTACKER)));
    await readAll(page, 1);
    await page.goto(env.server.url(TESLA_COMPANY_PAGE));
    await page.locator('[data-testid=progress]', { hasText: /Read (\d+) of \1 filings$/ }).waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid=activity-panel]').innerText()).resolves.not.toContain('POISONED');
    expect(env.server.log.filter((entry) => entry.target === pathOf(GENUINE.ref.xmlUrl)), 'the real XML was asked for').toHaveLength(1);
    await page.close();
  });

  it('stays within its bound when 55 MB of filings arrive, and is never emptied', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(companyPage(BIG_CIK)));
    await readAll(page, BIG.length);
    const extension = await env.browser.context.newPage();
    await extension.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const { items, megabytes } = await cacheSize(extension);
    console.info(`cache after 11 filings of about 4.8 MB: ${items} items, about ${megabytes.toFixed(1)} MB`);
    // 50 MB and one filing (about 5 MB as JSON) at most; the newest filings are kept.
    expect(megabytes).toBeLessThanOrEqual(50);
    expect(megabytes).toBeGreaterThan(40);
    expect(items).toBeGreaterThan(8);
    await extension.close();
    await page.close();
  });
});
