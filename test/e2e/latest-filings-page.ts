// EDGAR's latest-filings page (the getcurrent page, docs/design.md section 11) built from corpus
// filings, and the badge each filing must get, worked out here from its XML with string scans
// (test/e2e/xml-facts.ts), never from lib/: shared by the Chromium test
// (test/e2e/latest-filings.e2e.test.ts) and the Firefox one (test/e2e-firefox/firefox-market.e2e.test.ts).
// The page has the shape of EDGAR's: a form-type column, "[html]" links to each filing's index and
// "[text]" links to its submission, every filing listed under its issuer and again under its
// reporting owner; ownership filings first, then forty filings of other forms (424B2, 8-K: never
// read), then more ownership filings below the fold, and last one link outside any table row.
// Each filing is served at its full-submission path: the real submission for the Lam Research
// 4/A, and for the others OUR wrapper around the corpus XML (test/submission-wrapper.ts).

import { readCorpus } from '../corpus-path';
import { toFullSubmission } from '../submission-wrapper';
import type { Routes } from './sec-server';
import { acquiredDisposed, citedIds, code, dec, elements, fmtCompactMoney, fmtMoney, footnotesOf, plus, round, rowsOf, textOf, times, ZERO, type Dec } from './xml-facts';

interface Listed {
  /** The corpus file: an ownership XML, or a full submission as EDGAR serves it. */
  file: string;
  accession: string;
  filingDate: string;
}

export const ABOVE: Listed[] = [
  { file: 'xml/datamule-python__000149473012000005_edgardoc.xml', accession: '0001494730-12-000005', filingDate: '2012-10-05' },
  { file: 'xml/datamule-python__000162828024030951_wk-form4_1719957769.xml', accession: '0001628280-24-030951', filingDate: '2024-07-02' },
  { file: 'xml/datamule-python__000117911019001192_edgar.xml', accession: '0001179110-19-001192', filingDate: '2019-02-01' },
  { file: 'xml/datamule-python__000149473011000006_edgardoc.xml', accession: '0001494730-11-000006', filingDate: '2011-06-09' },
  { file: 'xml/datamule-python__000089924317024441_doc3.xml', accession: '0000899243-17-024441', filingDate: '2017-10-18' },
];
const BELOW: Listed[] = [
  { file: 'xml/datamule-python__000106299322008150_form4.xml', accession: '0001062993-22-008150', filingDate: '2022-03-18' },
  { file: 'xml/datamule-python__000106299321004811_form4.xml', accession: '0001062993-21-004811', filingDate: '2021-05-18' },
  { file: 'xml/datamule-python__000120919112054358_doc4.xml', accession: '0001209191-12-054358', filingDate: '2012-11-21' },
  { file: 'submissions/sec-edgar-parser__form4A.txt', accession: '0000707549-25-000004', filingDate: '2025-01-21' },
];
/** Linked from a paragraph under the table: no row names its form. */
const OUTSIDE: Listed = { file: 'xml/datamule-python__000128825712000028_primary_doc.xml', accession: '0001288257-12-000028', filingDate: '2012-12-28' };
const ALL = [...ABOVE, ...BELOW, OUTSIDE];

const noZeros = (cik: string) => cik.replace(/^0+(?=\d)/, '');
const isTrue = (text: string | null) => /^(1|true)$/i.test(text ?? '');

export interface Filing extends Listed {
  text: string;
  xml: string;
  form: string;
  issuer: { cik: string; name: string };
  owners: { cik: string; name: string }[];
}

function toFiling(listed: Listed): Filing {
  const text = readCorpus(listed.file);
  const xml = listed.file.startsWith('submissions/') ? /<XML>([\s\S]*?)<\/XML>/.exec(text)![1]! : text;
  const issuer = elements(xml, 'issuer')[0]!;
  const owners = elements(xml, 'reportingOwnerId').map((id) => ({ cik: noZeros(textOf(id, 'rptOwnerCik')!), name: textOf(id, 'rptOwnerName')! }));
  return { ...listed, text, xml, form: textOf(xml, 'documentType')!, issuer: { cik: noZeros(textOf(issuer, 'issuerCik')!), name: textOf(issuer, 'issuerName')! }, owners };
}

export const FILINGS = ALL.map(toFiling);

// --- the badge expected, read from the XML here

export interface ExpectedBadge {
  codes: string;
  /** Compact net, signed ("+$1.0M"), or null without priced open-market rows. */
  net: string | null;
  /** "net bought $999,993.50" and the like, as the accessible name must say it. */
  exact: string | null;
  role: string | null;
  flags: string[];
}

const PRIVATE = /\bprivate(?:ly)?[\s-]{1,3}(?:placements?|negotiated|transactions?|sales?|purchases?|offerings?)\b|\bdirectly\s{1,3}(?:from|with|to)\s{1,3}(?:the\s{1,3})?(?:issuer|issuing\s{1,3}company|company)\b/i;
const OFFERING = /public offering price|in (?:the |a |its )?(?:issuer'?s |company'?s )?(?:registered |underwritten )?(?:initial )?public offering|from the underwriters?/i;

/** Weekdays after `from` up to `to` (both ISO); the filings here have no holiday in between. */
function weekdaysAfter(from: string, to: string): number {
  let count = 0;
  for (let day = new Date(`${from}T00:00:00Z`); day < new Date(`${to}T00:00:00Z`); ) {
    day = new Date(day.getTime() + 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) count += 1;
  }
  return count;
}

export function expectedBadge(filing: Filing): ExpectedBadge {
  const { xml } = filing;
  const footnotes = footnotesOf(xml);
  const rows = rowsOf(xml);
  const saysOfRow = (row: (typeof rows)[number], pattern: RegExp) => citedIds(row).some((id) => pattern.test(footnotes.get(id) ?? ''));
  const equity = rows.filter((row) => row.table === 'nonDerivative' && row.kind === 'transaction');
  const privateRows = equity.filter((row) => (code(row) === 'P' || code(row) === 'S') && (saysOfRow(row, PRIVATE) || (code(row) === 'P' && saysOfRow(row, OFFERING))));
  const side = (c: string, direction: string) => equity.filter((row) => code(row) === c && acquiredDisposed(row) === direction && !privateRows.includes(row));
  const value = (list: typeof rows) =>
    list.reduce<Dec>((sum, row) => {
      const price = textOf(row.block, 'transactionPricePerShare');
      return price === null ? sum : plus(sum, times(dec(textOf(row.block, 'transactionShares') ?? '0'), dec(price)));
    }, ZERO);
  const bought = side('P', 'A');
  const sold = side('S', 'D');
  const codes = [...(bought.length ? ['P'] : []), ...(sold.length ? ['S'] : [])];
  // Each side rounded to the cent, then the net (docs/design.md section 4); round() leaves a scale under 2 as it is.
  const cents = (d: Dec) => {
    const rounded = round(d, 2);
    return rounded.units * 10n ** BigInt(2 - rounded.scale);
  };
  const netCents = cents(value(bought)) - cents(value(sold));
  const priced = cents(value(bought)) !== 0n || cents(value(sold)) !== 0n;
  const magnitude = { units: netCents < 0n ? -netCents : netCents, scale: 2 };
  const exact = !priced ? null : netCents > 0n ? `net bought ${fmtMoney(magnitude)}` : netCents < 0n ? `net sold ${fmtMoney(magnitude)}` : 'buys and sells even out';

  const relationships = elements(xml, 'reportingOwnerRelationship');
  const roles = new Set<string>();
  for (const relationship of relationships) {
    const officer = isTrue(textOf(relationship, 'isOfficer'));
    const title = textOf(relationship, 'officerTitle') ?? '';
    if (officer && /\bchief\s+executive\b|\bc\.?e\.?o\b/i.test(title)) roles.add('CEO');
    if (officer && /\bchief\s+financial\b|\bc\.?f\.?o\b/i.test(title)) roles.add('CFO');
    if (officer) roles.add('Officer');
    if (isTrue(textOf(relationship, 'isDirector'))) roles.add('Dir');
    if (isTrue(textOf(relationship, 'isTenPercentOwner'))) roles.add('10%');
  }
  const role = ['CEO', 'CFO', 'Officer', 'Dir', '10%'].find((one) => roles.has(one)) ?? null;

  const tradeDates = rows.filter((row) => row.kind === 'transaction').map((row) => textOf(row.block, 'transactionDate')!).sort();
  const lastTrade = tradeDates.at(-1);
  const late =
    rows.some((row) => textOf(row.block, 'transactionTimeliness')?.toUpperCase() === 'L') ||
    (/^4(\/A)?$/.test(filing.form) && lastTrade !== undefined && weekdaysAfter(lastTrade, filing.filingDate) > 2);
  const plan = isTrue(textOf(xml, 'aff10b5One')) || [...footnotes.values(), textOf(xml, 'remarks') ?? ''].some((text) => /10b5-?1/i.test(text));
  const flags = [plan && '10b5-1', late && 'late', filing.form.endsWith('/A') && 'amended', privateRows.length > 0 && 'private'].filter((flag): flag is string => typeof flag === 'string');
  return {
    codes: codes.length ? codes.join(' ') : filing.form.startsWith('3') ? `Form ${filing.form}` : 'no P/S',
    net: priced ? fmtCompactMoney({ units: netCents, scale: 2 }, true) : null,
    exact,
    role,
    flags,
  };
}

// --- the page

export const folderOf = (accession: string) => accession.replace(/-/g, '');
export const indexPath = (cik: string, accession: string) => `/Archives/edgar/data/${cik}/${folderOf(accession)}/${accession}-index.htm`;
export const submissionPath = (cik: string, accession: string) => `/Archives/edgar/data/${cik}/${accession}.txt`;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function listing(form: string, name: string, cik: string, role: string, accession: string, filed: string): string {
  return `<tr><td bgcolor="#E6E6E6" colspan="6" valign="top" align="left"><a href="/cgi-bin/browse-edgar?action=getcompany&amp;CIK=${cik.padStart(10, '0')}">${escape(name)} (${cik.padStart(10, '0')}) (${role})</a></td></tr>
<tr nowrap="nowrap"><td valign="top">${form}</td><td nowrap="nowrap" valign="top"><a href="${indexPath(cik, accession)}">[html]</a>[<a href="/Archives/edgar/data/${cik}/${folderOf(accession)}/${accession}.txt">text</a>]</td>
<td class="small">${form.startsWith('4') ? 'Statement of changes in beneficial ownership of securities' : 'Filing'}<br>Accepted: ${filed} 16:30:00<br>AccNo: ${accession} Size: 9 KB</td><td>${filed}<br>16:30:00</td><td>${filed}</td><td></td></tr>`;
}

function ownershipListings(filing: Filing): string {
  return [
    listing(filing.form, filing.issuer.name, filing.issuer.cik, 'Issuer', filing.accession, filing.filingDate),
    ...filing.owners.map((owner) => listing(filing.form, owner.name, owner.cik, 'Reporting', filing.accession, filing.filingDate)),
  ].join('\n');
}

/** Filings of other forms: invented accessions under real filers' folders; never served, never to be asked for. */
export const OTHERS = Array.from({ length: 40 }, (_, i) => {
  const form = i % 2 ? '8-K' : '424B2';
  const accession = `0000950103-24-${String(10_000 + i).padStart(6, '0')}`;
  return { form, accession, html: listing(form, 'MORGAN STANLEY', '895421', 'Filer', accession, '2024-07-02') };
});

function latestFilingsPage(): string {
  const [above, below] = [FILINGS.slice(0, ABOVE.length), FILINGS.slice(ABOVE.length, ABOVE.length + BELOW.length)];
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>EDGAR Filing Search Results</title>
<style>body { font-family: Arial, sans-serif; font-size: 12px; } td.small { font-size: 11px; }</style></head>
<body><div id="contentDiv"><h2>Latest Filings Received and Processed at the SEC</h2>
<table width="100%" border="0" cellspacing="0" cellpadding="3" summary="">
<tr><th width="5%" nowrap="nowrap" scope="col">Form</th><th width="10%" nowrap="nowrap" scope="col">Formats</th><th width="*" scope="col">Description</th><th width="10%" scope="col">Accepted</th><th width="10%" scope="col">Filing Date</th><th width="10%" scope="col">File/Film No</th></tr>
${above.map(ownershipListings).join('\n')}
${OTHERS.map((other) => other.html).join('\n')}
${below.map(ownershipListings).join('\n')}
</table>
<p>Also filed: <a href="${indexPath(FILINGS.at(-1)!.issuer.cik, OUTSIDE.accession)}">${escape(FILINGS.at(-1)!.issuer.name)}</a></p>
</div></body></html>`;
}

export const PAGE = '/cgi-bin/browse-edgar?action=getcurrent&type=&company=&dateb=&owner=include&start=0&count=100';
/** The same page without a DOCTYPE: quirks mode, where tables reset font and colour (engineering.md). */
export const QUIRKS_PAGE = '/cgi-bin/browse-edgar?action=getcurrent&type=4&owner=include&count=40';

/** The two pages and every filing's full submission, under its issuer's folder and each owner's. */
export function latestFilingsRoutes(): Routes {
  const served: Record<string, Routes[string]> = {
    '/cgi-bin/browse-edgar': { type: 'text/html', body: latestFilingsPage() },
    [QUIRKS_PAGE]: { type: 'text/html', body: latestFilingsPage().replace(/^<!DOCTYPE[^>]*>\s*/, '') },
  };
  for (const filing of FILINGS) {
    const body = filing.file.startsWith('submissions/')
      ? filing.text
      : toFullSubmission({ accession: filing.accession, form: filing.form, filingDate: filing.filingDate, issuer: filing.issuer, owners: filing.owners, xml: filing.xml });
    for (const cik of [filing.issuer.cik, ...filing.owners.map((owner) => owner.cik)]) served[submissionPath(cik, filing.accession)] = { type: 'text/plain', body };
  }
  return served;
}

/** Requests for full submissions (`{cik}/{accession}.txt`), not for files inside a filing's folder. */
export const txtRequests = <T extends { target: string }>(log: T[]): T[] => log.filter((entry) => /\.txt$/.test(entry.target) && !/\/\d{18}\//.test(entry.target));
