// EDGAR's JSON as untrusted input, in Chromium with the built extension (docs/design.md section
// 7): a company's submissions JSON whose documents point out of their folders and whose list of
// older pages names one page 2,000 times. The background reads each older page once, asks
// nothing outside the filings' folders, and when the older page cannot be read the panel says
// its figures are partial instead of "no purchases or sales".
// Needs `npm run build` first and /usr/bin/chromium: fails, never skips.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { submissionsJson, teslaRoutes } from './tesla-edgar';
import { corpusPath } from '../corpus-path';

const CIK = '0000000042';
const PAGE = `/cgi-bin/browse-edgar?action=getcompany&CIK=${CIK}&type=4&dateb=20221130&owner=include&count=40`;
const OLDER = `CIK${CIK}-submissions-001.json`;
// Five filings of November 2022, one with a real document name (Tesla's XML, served in this
// company's folder and naming CIK 42 as an owner), four whose names lead elsewhere.
const ACCESSIONS = ['0000000042-22-000001', '0000000042-22-000002', '0000000042-22-000003', '0000000042-22-000004', '0000000042-22-000005'];
const DOCUMENTS = ['doc4.xml', '../../../../files/company_tickers.json', '..\\..\\evil-backslash.xml', '%2e%2e/%2e%2e/dotenc.xml', 'xslF345X03/../../../../cgi-bin/browse-edgar?action=getcurrent&x=.xml'];
const folder = (accession: string) => `/Archives/edgar/data/42/${accession.replace(/-/g, '')}/`;
const JSON_TEXT = submissionsJson(
  CIK,
  'Hostile Corp',
  ACCESSIONS.map((accession, i) => ({ accession, filingDate: '2022-11-20', reportDate: '2022-11-18', form: '4', primaryDocument: DOCUMENTS[i]! })),
  Array.from({ length: 2_000 }, () => ({ name: OLDER, filingFrom: '2010-01-01', filingTo: '2022-11-01' })),
);
const OWN_FILING = readFileSync(corpusPath('xml/datamule-python__000089924321044060_doc4.xml'), 'utf8').replace('<rptOwnerCik>0001494730', '<rptOwnerCik>0000000042');

describe('a hostile submissions JSON', { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() =>
    teslaRoutes({
      [`//data.sec.gov/submissions/CIK${CIK}.json`]: { type: 'application/json', body: JSON_TEXT },
      [`${folder(ACCESSIONS[0]!)}doc4.xml`]: { type: 'text/xml', body: OWN_FILING },
    }),
  );
  const watch = new PageWatch();

  it('reads the older page once, asks nothing outside the filings’ folders, and labels the verdict partial', async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(PAGE));
    await page.locator('[data-testid=progress]', { hasText: 'Read 5 of 5 filings' }).waitFor({ timeout: 45_000 });
    const asked = env.server.log.filter((entry) => entry.host === 'data.sec.gov' || entry.target.startsWith('/Archives/') || entry.target.startsWith('/files/'));
    const targets = asked.map((entry) => entry.target);
    expect(targets.filter((target) => target === `/submissions/${OLDER}`)).toHaveLength(1);
    expect(targets.filter((target) => target.startsWith('/files/') || target.startsWith('/cgi-bin/'))).toEqual([]);
    const filingRequests = targets.filter((target) => target.startsWith('/Archives/'));
    expect(filingRequests.sort()).toEqual(
      [`${folder(ACCESSIONS[0]!)}doc4.xml`, ...ACCESSIONS.slice(1).map((accession) => `${folder(accession)}${accession}.txt`)].sort(),
    );
    // The older page answered 404: the window may miss filings, and the panel says so.
    const verdict = await page.locator('[data-testid=verdict]').innerText();
    expect(verdict).toMatch(/^partial 1 of 5 filings read; 4 could not be\. EDGAR's list of filings is incomplete \(below\)\. /);
    await expect(page.locator('.notes').innerText()).resolves.toContain(`EDGAR's older list of filings (${OLDER}) could not be read`);
    await page.close();
  });
});
