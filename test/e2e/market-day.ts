// A day of EDGAR's latest filings made of real corpus filings, for the trades view's tests:
// every purchase of $25,000 or more in the corpus and its first sales, each listed twice in an
// Atom feed dated today (issuer and reporting owner, as EDGAR's feed lists them), each served at
// its full submission's address (the corpus XML itself stands in for the submission; lib reads
// both). Expected rows come from the test's own reading of the XML (test/market-facts.ts).

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusLines, type Expected } from '../market-facts';
import type { Routes } from './sec-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FEED = '/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=100&output=atom&start=0';

/** Today on EDGAR's calendar, as the extension reckons it. */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const ALL = corpusLines().filter((line) => line.accession !== null && line.issuerCik !== null);
export const PURCHASES = ALL.filter((line) => line.code === 'P' && Number(line.value.units) / 10 ** line.value.scale >= 25_000);
const FILES = [...new Set([...PURCHASES.map((line) => line.file), ...ALL.filter((line) => line.code === 'S').slice(0, 12).map((line) => line.file)])];
export const FILINGS = FILES.map((file) => ALL.find((line) => line.file === file)!);
export const SHOWN = ALL.filter((line) => FILES.includes(line.file));

const folderOf = (line: Expected) => `/Archives/edgar/data/${Number(line.issuerCik)}/${line.accession!.replace(/-/g, '')}`;
/** The full submission, by accession in the issuer's folder, as EDGAR serves it. */
export const submissionPath = (line: Expected) => `/Archives/edgar/data/${Number(line.issuerCik)}/${line.accession}.txt`;

function feedXml(): string {
  const entries = FILINGS.flatMap((line) =>
    (['Issuer', 'Reporting'] as const).map(
      (role) => `<entry>
<title>4 - ${role === 'Issuer' ? 'Issuer Name' : 'Owner Name'} (${role === 'Issuer' ? line.issuerCik : '0000000001'}) (${role})</title>
<link rel="alternate" type="text/html" href="https://www.sec.gov${folderOf(line)}/${line.accession}-index.htm"/>
<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; ${TODAY} &lt;b&gt;AccNo:&lt;/b&gt; ${line.accession} &lt;b&gt;Size:&lt;/b&gt; 10 KB</summary>
<updated>${TODAY}T16:00:00-05:00</updated>
<category scheme="https://www.sec.gov/" label="form type" term="4"/>
<id>urn:tag:sec.gov,2008:accession-number=${line.accession}</id>
</entry>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8" ?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Latest Filings</title>\n<updated>${TODAY}T16:05:00-05:00</updated>\n${entries.join('\n')}\n</feed>\n`;
}

export function marketDayRoutes(): Routes {
  const served: Record<string, Routes[string]> = { [FEED]: { type: 'text/xml', body: feedXml() } };
  for (const line of FILINGS) served[submissionPath(line)] = { file: join(ROOT, line.file), type: 'text/plain' };
  return served;
}

export const money = (line: Expected) => Number(line.value.units) / 10 ** line.value.scale;

