// Copy CSV and Download CSV from the overlay, in the real browser (docs/design.md section 6): the
// clipboard holds one header and one line per row of the XML, values as filed; the download
// is the same text under an issuer_owner_date name.
// Filing: goog-2022-form4 (Alphabet, Sergey Brin, 2022-04-13, 0001209191-22-024552).
// Needs `npx wxt build` first and /usr/bin/chromium: fails, never skips.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../corpus-path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { fixture, fixtureRoutes } from './fixtures';
import { newWatchedPage, PageWatch } from './page-watch';
import { SEC_ORIGIN, startSecServer, type SecServer } from './sec-server';
import { citedIds, filingFacts, rowValueText, textOf } from './xml-facts';

const f = fixture('goog-2022-form4');
const facts = filingFacts(readCorpus(f.xml!));
/** The accession number the page's URL carries (folder 000120919122024552). */
const ACCESSION = '0001209191-22-024552';

/** Columns docs/design.md section 6 requires, by the names the CSV header gives them. */
const REQUIRED_COLUMNS = [
  'accession', 'form_type', 'issuer_cik', 'issuer_name', 'ticker', 'reporting_owners', 'relationship',
  'table', 'row_kind', 'security_title', 'transaction_date', 'code', 'code_meaning', 'acquired_disposed',
  'shares', 'price', 'value', 'shares_owned_after', 'direct_indirect', 'nature_of_ownership', 'rule_10b5_1',
  'footnotes', 'source_url',
];

type Record_ = Record<string, string>;

function toRecords(csv: string): { header: string[]; records: Record_[] } {
  const [header, ...lines] = parse(csv, { relax_quotes: false }) as string[][];
  return { header: header!, records: lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? '']))) };
}

describe('CSV from the overlay', { timeout: 30_000 }, () => {
  let server: SecServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let clipboard = '';
  const watch = new PageWatch();

  beforeAll(async () => {
    server = await startSecServer(fixtureRoutes());
    browser = await launchWithExtension({ port: server.port });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SEC_ORIGIN });
    page = await newWatchedPage(browser.context, watch);
    await page.goto(server.url(f.path));
    await page.locator('[data-testid=net-open-market]').waitFor({ timeout: 10_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Copy CSV puts the filing on the clipboard and says how many rows', async () => {
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('(clipboard before the click)'));
    await page.getByRole('button', { name: 'Copy CSV' }).click();
    const notice = page.locator('[data-testid=notice]');
    await expect.poll(() => notice.innerText()).toBe(`Copied ${facts.rows.length} rows as CSV.`);
    clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).not.toBe('(clipboard before the click)');
  });

  it('has a header with the required columns and one line per row of the XML (RFC 4180, CRLF)', () => {
    const { header, records } = toRecords(clipboard);
    for (const column of REQUIRED_COLUMNS) expect(header, `column ${column}`).toContain(column);
    expect(records).toHaveLength(facts.rows.length);
    expect(clipboard.endsWith('\r\n')).toBe(true);
    expect(clipboard.split('\r\n').length - 1, 'lines ending in CRLF').toBeGreaterThanOrEqual(facts.rows.length + 1);
    const tables = records.map((r) => `${r.table} ${r.row_kind}`);
    expect(tables.filter((t) => t === 'non-derivative transaction')).toHaveLength(
      facts.rows.filter((r) => r.table === 'nonDerivative' && r.kind === 'transaction').length,
    );
    expect(tables.filter((t) => t === 'derivative holding')).toHaveLength(
      facts.rows.filter((r) => r.table === 'derivative' && r.kind === 'holding').length,
    );
  });

  it('gives the first sale as filed: title, date, code, A/D, shares, price, value, owned after, footnote texts', () => {
    const { records } = toRecords(clipboard);
    const xmlRow = facts.rows[0]!;
    const row = records.find((r) => r.table === 'non-derivative' && r.row_kind === 'transaction')!;
    expect(row).toMatchObject({
      form_type: facts.documentType,
      issuer_cik: facts.issuerCik, // leading zeros kept
      issuer_name: facts.issuerName,
      ticker: facts.ticker,
      reporting_owners: facts.ownerNames.join('; '),
      security_title: textOf(xmlRow.block, 'securityTitle'),
      transaction_date: textOf(xmlRow.block, 'transactionDate'),
      code: 'S',
      acquired_disposed: 'D',
      shares: textOf(xmlRow.block, 'transactionShares'), // "400"
      price: textOf(xmlRow.block, 'transactionPricePerShare'), // "2598.325", as filed
      value: rowValueText(xmlRow), // 400 x 2598.325 = "1039330", no thousands separator
      shares_owned_after: textOf(xmlRow.block, 'sharesOwnedFollowingTransaction'),
      direct_indirect: textOf(xmlRow.block, 'directOrIndirectOwnership'),
      source_url: server.url(f.path),
    });
    expect(row.code_meaning).toMatch(/sale/i);
    // Footnote texts, not just ids.
    for (const id of citedIds(xmlRow)) expect(row.footnotes).toContain(facts.footnotes.get(id)!);
  });

  it('names the accession number the page URL carries', () => {
    const { records } = toRecords(clipboard);
    expect(new Set(records.map((r) => r.accession))).toEqual(new Set([ACCESSION]));
  });

  it('Download CSV saves the same text as issuer_owner_date_form.csv, after a UTF-8 byte-order mark', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const owner = facts.ownerNames[0]!.split(/\s+/);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${facts.ticker}_.*${owner.at(-1)}.*_${facts.periodOfReport}_form${facts.documentType}\\.csv$`),
    );
    const path = await download.path();
    // The file starts with a byte-order mark (Excel on Windows reads accents right); the copy does not.
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(clipboard.charCodeAt(0)).not.toBe(0xfeff);
    expect(bytes.subarray(3).toString('utf8')).toBe(clipboard);
  });

  it('logged no error from the extension', () => {
    watch.expectNoExtensionErrors();
  });
});
