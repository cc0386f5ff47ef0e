// The latest-filings feed of the watchlist tests (docs/design.md section 11, "Watchlist"), in
// Chromium (test/e2e/watchlist.e2e.test.ts) and Firefox (test/e2e-firefox/firefox-market.e2e.test.ts):
// EDGAR's getcurrent Atom feed dated today, each filing listed twice (issuer and reporting owner,
// as EDGAR lists them), each served at its full submission's address from a corpus file (a bare
// XML stands in for a submission: lib reads both), beside Tesla's company page and filings.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Routes } from './sec-server';
import { teslaRoutes } from './tesla-edgar';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FEED = '/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&output=atom&start=0';
export const ALARM = 'form4-lens:watchlist-check';
export const STATE_KEY = 'form4-lens:watch-state';
/** Today on EDGAR's calendar (New York), as the extension reckons it: the feed is dated so. */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export interface FeedFiling {
  accession: string;
  issuer: [string, string];
  owner: [string, string];
  file: string;
}

/** The feed of both browsers' watchlist tests, in feed order. */
export const WATCH_FILINGS: FeedFiling[] = [
  // Tesla, Inc. (TSLA), Baglino Andrew D, 2023-07-27: M 10,500 at $17.22 (an exercise), S 10,500 at
  // $268.23 = $2,816,415 on the open market: over $1 million.
  { accession: '0001790565-23-000009', issuer: ['Tesla, Inc.', '0001318605'], owner: ['Baglino Andrew D', '0001790565'], file: 'test/corpus/submissions/follow-insider-api__ownership-doc.txt' },
  // Block, Inc. (SQ), BOTHA ROELOF, 2024-08-06: P 121,266 at $56.8591 + P 313,139 at $57.8226 =
  // $6,895,075.62 + $18,106,511.14 = $25,001,586.76 for 434,405 shares.
  { accession: '0001062993-24-014684', issuer: ['Block, Inc.', '0001512673'], owner: ['BOTHA ROELOF', '0001222287'], file: 'test/corpus/xml/datamule-python__000106299324014684_form4.xml' },
  // ISABELLA BANK Corp, McGuirk Richard L: P 275.634 at $18.14 = $5,000: a purchase nobody follows.
  { accession: '0000842517-24-000086', issuer: ['ISABELLA BANK Corp', '0000842517'], owner: ['McGuirk Richard L', '0001849440'], file: 'test/corpus/submissions/sec-edgar-parser__1.txt' },
];
export const [TESLA, BLOCK] = WATCH_FILINGS as [FeedFiling, FeedFiling, FeedFiling];

const folderOf = (filing: FeedFiling) => `/Archives/edgar/data/${Number(filing.issuer[1])}/${filing.accession.replace(/-/g, '')}`;
/** The filing's index page: the feed's link, and the id of its notification. */
export const indexUrl = (filing: FeedFiling) => `https://www.sec.gov${folderOf(filing)}/${filing.accession}-index.htm`;
/** The full submission in the issuer's folder: the one request a filing costs. */
export const submission = (filing: FeedFiling) => `/Archives/edgar/data/${Number(filing.issuer[1])}/${filing.accession}.txt`;

function feedXml(filings: FeedFiling[]): string {
  const entries = filings.flatMap((filing) =>
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

/** Tesla on EDGAR (its company page and filings: test/e2e/tesla-edgar.ts), the feed, and each filing's submission and index page. */
export function watchlistRoutes(filings: FeedFiling[] = WATCH_FILINGS): Routes {
  const extra: Record<string, Routes[string]> = { [`//www.sec.gov${FEED}`]: { type: 'text/xml', body: feedXml(filings) } };
  for (const filing of filings) {
    extra[`//www.sec.gov${submission(filing)}`] = { file: join(ROOT, filing.file), type: 'text/plain' };
    // Where a click on the filing's notification leads: its index page, titled as EDGAR titles one.
    extra[`//www.sec.gov${new URL(indexUrl(filing)).pathname}`] = {
      type: 'text/html',
      body: `<!DOCTYPE html><html><head><title>EDGAR Filing Documents for ${filing.accession}</title></head><body><div id="PageTitle">Form 4 - Statement of changes in beneficial ownership of securities</div><div id="secNum">SEC Accession No. ${filing.accession}</div></body></html>`,
    };
  }
  return teslaRoutes(extra);
}
