// The sec.gov pages the end-to-end tests open, at the paths they live at on www.sec.gov, each
// answered with a real page from the corpus (test/corpus, see its README) or, for
// the few pages the corpus has no copy of (home page, company search, directory listing), a
// small stand-in body. `xml` names the corpus ownershipDocument that holds the page's data, so
// a test can compute the figures it expects from the XML with lib/ and compare them with what
// the extension shows, instead of copying numbers into the test.
//
// Where each URL comes from is in `source`. "formed:" means the corpus does not say where the
// page was saved from: the path is built from the issuer CIK on the page (the issuer's folder
// holds every filing about it), an accession number of the issuer-filed shape
// {issuer CIK}-{yy}-{sequence} that we made up, and the stylesheet folder EDGAR uses for the
// document's schemaVersion (X02xx -> xslF345X02, X03xx -> X03, X05xx -> X05).

import { readFileSync } from 'node:fs';
import type { PageKind } from '../../lib/sec/sec-urls';
import { corpusFile } from '../corpus-path';
import type { ContentType, Route, Routes } from './sec-server';

export type FixtureKind = PageKind | 'non-filing';

export interface Fixture {
  /** Short stable id, used in test names and screenshot file names. */
  name: string;
  kind: FixtureKind;
  /** Request target on www.sec.gov (path, and query for cgi-bin pages). */
  path: string;
  /** Corpus-relative file served as is; null when `body` is served instead. */
  file: string | null;
  body?: string;
  type: ContentType;
  /** Corpus-relative ownershipDocument XML with this filing's data; null when the corpus has none. */
  xml: string | null;
  /** documentType as filed, and the issuer as the page prints it (for text assertions). */
  form?: string;
  issuer?: string;
  source: string;
}

const XML_2015_GOOG = 'xml/InsidersTradeMonitor__GOOG_000112760215028697_form4.xml';
// The rendering saved as ..._000120919122024550_SEC_FORM_4.html is NOT filing 024550: its saved-from
// URL is 0001209191-22-024552, and its rows (six S sales of 400, 1,010, 500, 600, 100, 100 shares
// and three Class B holdings) are those of ..._024552_doc4.xml. MANIFEST.tsv pairs it with 024550
// (30 sales): that pairing is wrong.
const XML_2022_GOOG_24552 = 'xml/InsidersTradeMonitor__GOOG_000120919122024552_doc4.xml';
const XML_SCWO = 'xml/edgartools__374WaterForm4.xml';
const XML_SNOW_3 = 'xml/edgartools__form3.snow.xml';
const XML_SNOW_5 = 'xml/edgartools__form5.snow.xml';
const XML_AIR = 'xml/edgartools__0001127602-25-001055.extracted.xml';

export const FIXTURES = [
  // --- SEC renderings (xslF345X0N) and the raw XML beside them
  {
    name: 'goog-2015-form4', kind: 'rendering', form: '4', issuer: 'GOOGLE INC.',
    path: '/Archives/edgar/data/1288776/000112760215028697/xslF345X03/form4.xml',
    file: 'html/InsidersTradeMonitor__GOOG_000112760215028697_SEC_FORM_4.html', type: 'text/html', xml: XML_2015_GOOG,
    source: 'saved-from comment in the page',
  },
  {
    name: 'goog-2015-form4-xml', kind: 'raw-xml', form: '4', issuer: 'GOOGLE INC.',
    path: '/Archives/edgar/data/1288776/000112760215028697/form4.xml',
    file: XML_2015_GOOG, type: 'text/xml', xml: XML_2015_GOOG,
    source: 'the rendering path without its xsl folder; document name from the source repo',
  },
  {
    name: 'goog-2022-form4', kind: 'rendering', form: '4', issuer: 'Alphabet Inc.',
    path: '/Archives/edgar/data/1295032/000120919122024552/xslF345X03/doc4.xml',
    file: 'html/InsidersTradeMonitor__GOOG_000120919122024550_SEC_FORM_4.html', type: 'text/html', xml: XML_2022_GOOG_24552,
    source: 'saved-from comment in the page (a reporting owner\'s CIK folder)',
  },
  {
    name: 'goog-2022-form4-xml', kind: 'raw-xml', form: '4', issuer: 'Alphabet Inc.',
    path: '/Archives/edgar/data/1295032/000120919122024552/doc4.xml',
    file: XML_2022_GOOG_24552, type: 'text/xml', xml: XML_2022_GOOG_24552,
    source: 'the rendering path without its xsl folder',
  },
  {
    name: 'msft-2016-form4', kind: 'rendering', form: '4', issuer: 'MICROSOFT CORP',
    path: '/Archives/edgar/data/789019/000162643116000118/xslF345X03/edgar.xml',
    file: 'html/edgar4j__MSFT_Form4_Example.xml', type: 'text/html', xml: null,
    source: 'danielsobrado/edgar4j Form4ServiceTests downloads cik 789019, 0001626431-16-000118, ' +
      '"xslF345X03/edgar.xml" next to parsing this page (period 2016-06-02, owner List); no XML in the corpus',
  },
  {
    name: 'scwo-2025-form4', kind: 'rendering', form: '4', issuer: '374Water Inc.',
    path: '/Archives/edgar/data/933972/000093397225000012/xslF345X05/form4.xml',
    file: 'html/edgartools__374WaterForm4.html', type: 'text/html', xml: XML_SCWO,
    source: 'formed: issuer CIK 933972, accession 0000933972-25-000012, X0508 -> xslF345X05',
  },
  {
    name: 'scwo-2025-form4-xml', kind: 'raw-xml', form: '4', issuer: '374Water Inc.',
    path: '/Archives/edgar/data/933972/000093397225000012/form4.xml',
    file: XML_SCWO, type: 'text/xml', xml: XML_SCWO,
    source: 'formed: as scwo-2025-form4, without the xsl folder',
  },
  {
    name: 'snow-2020-form3', kind: 'rendering', form: '3', issuer: 'Snowflake Inc.',
    path: '/Archives/edgar/data/1640147/000164014720000003/xslF345X02/form3.xml',
    file: 'html/edgartools__form3.snow.html', type: 'text/html', xml: XML_SNOW_3,
    source: 'formed: issuer CIK 1640147, accession 0001640147-20-000003, X0206 -> xslF345X02',
  },
  {
    name: 'snow-2020-form3-xml', kind: 'raw-xml', form: '3', issuer: 'Snowflake Inc.',
    path: '/Archives/edgar/data/1640147/000164014720000003/form3.xml',
    file: XML_SNOW_3, type: 'text/xml', xml: XML_SNOW_3,
    source: 'formed: as snow-2020-form3, without the xsl folder',
  },
  {
    name: 'snow-2022-form5', kind: 'rendering', form: '5', issuer: 'Snowflake Inc.',
    path: '/Archives/edgar/data/1640147/000164014722000021/xslF345X03/form5.xml',
    file: 'html/edgartools__form5.snow.html', type: 'text/html', xml: XML_SNOW_5,
    source: 'formed: issuer CIK 1640147, accession 0001640147-22-000021, X0306 -> xslF345X03',
  },
  {
    name: 'snow-2022-form5-xml', kind: 'raw-xml', form: '5', issuer: 'Snowflake Inc.',
    path: '/Archives/edgar/data/1640147/000164014722000021/form5.xml',
    file: XML_SNOW_5, type: 'text/xml', xml: XML_SNOW_5,
    source: 'formed: as snow-2022-form5, without the xsl folder',
  },
  {
    name: 'evbn-2023-form4', kind: 'rendering', form: '4', issuer: 'EVANS BANCORP INC',
    path: '/Archives/edgar/data/842518/000084251823000004/xslF345X03/form4.xml',
    file: 'html/edgartools__form4.Evans.html', type: 'text/html', xml: null,
    source: 'formed: issuer CIK 842518 (page link), accession 0000842518-23-000004; ' +
      'transaction 2023-01-24, before X0407 -> xslF345X03; no XML in the corpus',
  },
  {
    name: 'trtn-2023-form3', kind: 'rendering', form: '3', issuer: 'Triton International Ltd',
    path: '/Archives/edgar/data/1660734/000166073423000045/xslF345X02/form3.xml',
    file: 'html/edgartools__form3.BAMPartners.html', type: 'text/html', xml: null,
    source: 'formed: issuer CIK 1660734 (page link), accession 0001660734-23-000045, Form 3 -> xslF345X02; ' +
      '11 reporting owners; no XML in the corpus',
  },

  // --- raw XML pages with no rendering in the corpus
  {
    name: 'goog-2022-024550-xml', kind: 'raw-xml', form: '4', issuer: 'Alphabet Inc.',
    path: '/Archives/edgar/data/1652044/000120919122024550/doc4.xml',
    file: 'xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml', type: 'text/xml',
    xml: 'xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml',
    source: 'accession folder and doc4.xml from the source repo, issuer CIK from the XML (30 sale rows)',
  },
  {
    name: 'mdb-2017-form4-xml', kind: 'raw-xml', form: '4', issuer: 'MongoDB, Inc.',
    path: '/Archives/edgar/data/1441816/000089924317024633/doc4.xml',
    file: 'xml/datamule-python__000089924317024633_doc4.xml', type: 'text/xml',
    xml: 'xml/datamule-python__000089924317024633_doc4.xml',
    source: 'datamule accession folder and document name, issuer CIK from MANIFEST.tsv (17 derivative rows)',
  },
  {
    name: 'air-2025-form4-xml', kind: 'raw-xml', form: '4', issuer: 'AAR CORP',
    path: '/Archives/edgar/data/1750/000112760225001055/form4.xml',
    file: XML_AIR, type: 'text/xml', xml: XML_AIR,
    source: '<FILENAME> and issuer CIK in submissions/edgartools__0001127602-25-001055.txt',
  },
  {
    name: 'arw-2025-form4-xml', kind: 'raw-xml', form: '4', issuer: 'ARROW ELECTRONICS, INC.',
    path: '/Archives/edgar/data/7536/000112760225004598/form4.xml',
    file: 'xml/edgartools__0001127602-25-004598.extracted.xml', type: 'text/xml',
    xml: 'xml/edgartools__0001127602-25-004598.extracted.xml',
    source: '<FILENAME> and issuer CIK in submissions/edgartools__0001127602-25-004598.nc',
  },
  {
    name: 'tsvt-2025-form4-xml', kind: 'raw-xml', form: '4', issuer: '2seventy bio, Inc.',
    path: '/Archives/edgar/data/1860782/000156218025000280/primarydocument.xml',
    file: 'xml/edgartools__0001562180-25-000280.extracted.xml', type: 'text/xml',
    xml: 'xml/edgartools__0001562180-25-000280.extracted.xml',
    source: '<FILENAME> and issuer CIK in submissions/edgartools__0001562180-25-000280.nc',
  },

  // --- filing index pages. The corpus has neither XML they link to (IBM primarydocument.xml,
  // Orion es220296680_4-davis.xml): opening them exercises the "XML not found" path unless a
  // test adds a route for it.
  {
    name: 'ibm-2017-index', kind: 'index', form: '4', issuer: 'INTERNATIONAL BUSINESS MACHINES CORP',
    path: '/Archives/edgar/data/1333712/000156218017002633/0001562180-17-002633-index.htm',
    file: 'html/edgarWebR__0001562180-17-002633-index.htm.html', type: 'text/html', xml: null,
    source: 'request URL recorded in mwaldstein/edgarWebR tests/cache/data/1333712/... (reporting owner\'s CIK)',
  },
  {
    name: 'ibm-2017-index-issuer', kind: 'index', form: '4', issuer: 'INTERNATIONAL BUSINESS MACHINES CORP',
    path: '/Archives/edgar/data/51143/000156218017002633/0001562180-17-002633-index.htm',
    file: 'html/edgarWebR__0001562180-17-002633-index.htm.v2.html', type: 'text/html', xml: null,
    source: 'same filing under the issuer\'s CIK (the folder its document links use); a later copy of the page',
  },
  {
    name: 'orion-2022-index', kind: 'index', form: '4', issuer: 'Orion Engineered Carbons S.A.',
    path: '/Archives/edgar/data/1609804/0000950142-22-003095-index.html',
    file: 'html/edgartools__0000950142-22-003095-index.html', type: 'text/html', xml: null,
    source: 'request URL recorded in the edgartools cassette test_filing_homepage_primary_documents.yaml',
  },

  // --- full submissions
  {
    name: 'air-2025-submission', kind: 'submission', form: '4', issuer: 'AAR CORP',
    path: '/Archives/edgar/data/1750/000112760225001055/0001127602-25-001055.txt',
    file: 'submissions/edgartools__0001127602-25-001055.txt', type: 'text/plain', xml: XML_AIR,
    source: 'issuer CIK and accession in the submission header',
  },
  {
    name: 'aapl-2022-submission', kind: 'submission', form: '4', issuer: 'Apple Inc.',
    path: '/Archives/edgar/data/1462356/000032019322000061/0000320193-22-000061.txt',
    file: 'submissions/edgartools__0000320193-22-000061.txt', type: 'text/plain',
    xml: 'xml/edgartools__0000320193-22-000061.extracted.xml',
    source: 'request URL recorded in the edgartools cassette (reporting owner\'s CIK)',
  },
  {
    name: 'ptc-2000-submission', kind: 'submission', form: '4', issuer: 'PRODUCTIVITY TECHNOLOGIES CORP /',
    path: '/Archives/edgar/data/911787/0001094891-00-000193.txt',
    file: 'submissions/edgartools__0001094891-00-000193.txt', type: 'text/plain', xml: null,
    source: 'formed: subject company CIK and accession from the header, the shape without the accession ' +
      'folder; a year-2000 plain-text Form 4 with no XML',
  },

  // --- pages that are not filings
  {
    name: 'home', kind: 'non-filing', path: '/', file: null, type: 'text/html', xml: null,
    body: page('SEC.gov | HOME', '<h1>U.S. Securities and Exchange Commission</h1>' +
      '<p><a href="/edgar/search/">EDGAR full text search</a></p>'),
    source: 'stand-in body (no saved copy of the home page)',
  },
  {
    name: 'browse-edgar-aapl-form4', kind: 'non-filing',
    path: '/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=4', file: null, type: 'text/html', xml: null,
    body: page('EDGAR Search Results', '<h1>Apple Inc. CIK#: 0000320193</h1><table class="tableFile2">' +
      '<tr><th>Filings</th><th>Format</th><th>Filing Date</th></tr>' +
      '<tr><td>4</td><td><a href="/Archives/edgar/data/320193/000032019322000061/0000320193-22-000061-index.htm">Documents</a></td><td>2022-05-06</td></tr>' +
      '</table>'),
    source: 'stand-in body (the corpus has only Atom listings); the row is 0000320193-22-000061',
  },
  {
    name: 'directory-air-2025', kind: 'non-filing',
    path: '/Archives/edgar/data/1750/000112760225001055/', file: null, type: 'text/html', xml: null,
    body: page('Index of /Archives/edgar/data/1750/000112760225001055',
      '<h1>Index of /Archives/edgar/data/1750/000112760225001055</h1><table>' +
      ['0001127602-25-001055-index-headers.html', '0001127602-25-001055-index.html', '0001127602-25-001055.txt', 'doc1.htm', 'form4.xml']
        .map((f) => `<tr><td><a href="/Archives/edgar/data/1750/000112760225001055/${f}">${f}</a></td></tr>`).join('') +
      '</table>'),
    source: 'stand-in body listing the documents of 0001127602-25-001055',
  },
  {
    name: 'getcurrent-form4-atom', kind: 'non-filing',
    path: '/cgi-bin/browse-edgar?action=getcurrent&count=100&start=0&type=4&owner=include&output=atom',
    file: 'html/edgartools__browse-edgar_getcurrent_type4_start0.atom.xml', type: 'text/xml', xml: null,
    source: 'request URL recorded in the edgartools cassette test_get_current_filings_form_4_filtering_issue_501.yaml',
  },
  {
    name: 'ufpt-2024-index-headers', kind: 'non-filing',
    path: '/Archives/edgar/data/914156/000106299324012217/0001062993-24-012217-index-headers.html',
    file: 'html/edgartools__form4.index-headers.html', type: 'text/html', xml: null,
    source: 'accession and issuer CIK in the page (the SGML header of a Form 4, not an index page)',
  },
] as const satisfies readonly Fixture[];

export type FixtureName = (typeof FIXTURES)[number]['name'];

export function fixture(name: FixtureName): Fixture {
  const found = FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`No e2e fixture named "${name}"; known: ${FIXTURES.map((f) => f.name).join(', ')}`);
  return found;
}

export function fixturesOfKind(kind: FixtureKind): Fixture[] {
  return FIXTURES.filter((f) => f.kind === kind);
}

/**
 * Server routes for fixtures (all by default), corpus files resolved to absolute paths. Throws
 * a message naming the corpus location when the corpus or a file is missing.
 */
export function fixtureRoutes(fixtures: readonly Fixture[] = FIXTURES): Routes {
  return Object.fromEntries(fixtures.map((f): [string, Route] => [f.path, toRoute(f)]));
}

function toRoute(f: Fixture): Route {
  if (f.file !== null) return { file: corpusFile(f.file), type: f.type };
  if (f.body !== undefined) return { body: f.body, type: f.type };
  throw new Error(`e2e fixture ${f.name} has neither a corpus file nor a body`);
}

function page(title: string, content: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>${content}</body></html>\n`;
}

// --- Routes added for the extension's end-to-end tests (test/e2e/extension-*.e2e.test.ts).

/**
 * The ownership XML a filing index links to, for the index fixtures. The corpus has neither
 * document (IBM 0001562180-17-002633 primarydocument.xml, Orion 0000950142-22-003095
 * es220296680_4-davis.xml), so a STAND-IN corpus Form 4 of another issuer is served at the
 * linked path: the overlay then shows that XML's issuer, not the one the index page names.
 * Chosen for what they exercise: NTRA has three open-market purchases (a net buy), ABCL a
 * purchase, grants and conversions in both tables.
 */
export const INDEX_XML_STAND_INS = {
  'ibm-2017-index': {
    path: '/Archives/edgar/data/51143/000156218017002633/primarydocument.xml',
    xml: 'xml/datamule-python__000106299322008150_form4.xml',
  },
  'ibm-2017-index-issuer': {
    path: '/Archives/edgar/data/51143/000156218017002633/primarydocument.xml',
    xml: 'xml/datamule-python__000106299322008150_form4.xml',
  },
  'orion-2022-index': {
    path: '/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
    xml: 'xml/datamule-python__000089924320034355_doc4.xml',
  },
} as const satisfies Partial<Record<FixtureName, { path: string; xml: string }>>;

export function indexXmlRoutes(): Routes {
  return Object.fromEntries(
    Object.values(INDEX_XML_STAND_INS).map(({ path, xml }): [string, Route] => [path, { file: corpusFile(xml), type: 'text/xml' }]),
  );
}

/** The corpus XML whose figures a fixture's page must show: its own, or its index stand-in. */
export function filingXmlOf(f: Fixture): string | null {
  return f.xml ?? (INDEX_XML_STAND_INS as Record<string, { xml: string }>)[f.name]?.xml ?? null;
}

/**
 * The same filing as goog-2022-form4 under the issuer's CIK folder (EDGAR files a filing under
 * the issuer and each reporting owner). Used where a test counts the requests of a rendering's
 * first load: a URL no other test opens. (In these tests Chromium caches nothing, since it
 * stores no response that came with a certificate error, and the test server's self-signed
 * certificate is one; the content script's `cache: 'force-cache'` works on sec.gov itself.)
 */
export const GOOG_2022_ISSUER_FOLDER = {
  rendering: '/Archives/edgar/data/1652044/000120919122024552/xslF345X03/doc4.xml',
  raw: '/Archives/edgar/data/1652044/000120919122024552/doc4.xml',
};

export function googIssuerFolderRoutes(): Routes {
  return {
    [GOOG_2022_ISSUER_FOLDER.rendering]: { file: corpusFile(fixture('goog-2022-form4').file!), type: 'text/html' },
    [GOOG_2022_ISSUER_FOLDER.raw]: { file: corpusFile(XML_2022_GOOG_24552), type: 'text/xml' },
  };
}

/** A sec.gov page whose URL a filing page could have, but which is no ownership filing. */
export interface SilentPage {
  name: string;
  path: string;
  route: Route;
  source: string;
}

// An XBRL filing summary as EDGAR writes it in a 10-K's folder (shape of
// https://www.sec.gov/Archives/edgar/data/320193/000032019322000108/FilingSummary.xml, shortened).
const FILING_SUMMARY = `<?xml version="1.0" encoding="utf-8"?>
<FilingSummary>
  <Version>3.22.3</Version>
  <ProcessingTime />
  <ReportType>10-K</ReportType>
  <ContextCount>231</ContextCount>
  <ElementCount>478</ElementCount>
  <EntityCount>1</EntityCount>
  <FootnotesReported>false</FootnotesReported>
  <SegmentCount>46</SegmentCount>
  <ScenarioCount>0</ScenarioCount>
  <TuplesReported>false</TuplesReported>
  <UnitCount>9</UnitCount>
  <MyReports>
    <Report instance="aapl-20220924.htm">
      <IsDefault>false</IsDefault>
      <HasEmbeddedReports>false</HasEmbeddedReports>
      <HtmlFileName>R1.htm</HtmlFileName>
      <LongName>0000001 - Document - Cover Page</LongName>
      <ReportType>Sheet</ReportType>
      <Role>http://www.apple.com/role/CoverPage</Role>
      <ShortName>Cover Page</ShortName>
      <MenuCategory>Cover</MenuCategory>
      <Position>1</Position>
    </Report>
  </MyReports>
  <InputFiles>
    <File doc="aapl-20220924.htm" original="aapl-20220924.htm">aapl-20220924.htm</File>
    <File>aapl-20220924.xsd</File>
  </InputFiles>
  <SupplementalFiles />
  <BaseTaxonomies>
    <BaseTaxonomy items="1426">http://fasb.org/us-gaap/2022</BaseTaxonomy>
  </BaseTaxonomies>
  <HasPresentationLinkbase>true</HasPresentationLinkbase>
</FilingSummary>
`;

/**
 * The Orion Form 4 index page turned into a 10-K's: heading "Form 10-K", document table with
 * the annual report and an XBRL instance (.xml, type EX-101.INS). Same markup as EDGAR's
 * index pages otherwise, so only the form type tells it apart.
 */
function tenKIndexPage(): string {
  const html = readFileSync(corpusFile(fixture('orion-2022-index').file!), 'latin1');
  const folder = '/Archives/edgar/data/1609804/000160980423000010';
  const row = (seq: string, description: string, name: string, type: string, size: string) =>
    `<tr><td scope="row">${seq}</td><td scope="row">${description}</td>` +
    `<td scope="row"><a href="${folder}/${name}">${name}</a></td><td scope="row">${type}</td><td scope="row">${size}</td></tr>`;
  const table =
    '<table class="tableFile" summary="Document Format Files">' +
    '<tr><th scope="col">Seq</th><th scope="col">Description</th><th scope="col">Document</th><th scope="col">Type</th><th scope="col">Size</th></tr>' +
    row('1', '10-K', 'oec-20221231.htm', '10-K', '2493012') +
    row('10', 'XBRL INSTANCE DOCUMENT', 'oec-20221231_htm.xml', 'EX-101.INS', '3215530') +
    row('&nbsp;', 'Complete submission text file', '0001609804-23-000010.txt', '&nbsp;', '18734231') +
    '</table>';
  const out = html
    .replace(/<strong>Form 4<\/strong>[^<]*/, '<strong>Form 10-K</strong> - Annual report [Section 13 and 15(d), not S-K Item 405]:')
    .replace(/0000950142-22-003095/g, '0001609804-23-000010')
    .replace(/<table class="tableFile"[\s\S]*?<\/table>/, table);
  if (!out.includes('Form 10-K') || !out.includes('oec-20221231_htm.xml')) {
    throw new Error('tenKIndexPage: the Orion index page no longer has the markup this stand-in edits');
  }
  return out;
}

/** Pages the content script's URL patterns match but that hold no ownership filing. */
export function silentFilingShapedPages(): SilentPage[] {
  const tenKIndex = tenKIndexPage();
  return [
    {
      name: 'aapl-2022-filing-summary-xml',
      path: '/Archives/edgar/data/320193/000032019322000108/FilingSummary.xml',
      route: { body: FILING_SUMMARY, type: 'text/xml' },
      source: 'stand-in: an XBRL FilingSummary.xml at an accession path (raw-xml URL shape)',
    },
    {
      name: 'oec-2023-10k-index',
      path: '/Archives/edgar/data/1609804/000160980423000010/0001609804-23-000010-index.html',
      route: { body: tenKIndex, type: 'text/html' },
      source: 'stand-in: the Orion Form 4 index page edited into a Form 10-K index',
    },
    {
      name: 'oec-2023-10k-index-no-folder',
      path: '/Archives/edgar/data/1609804/0001609804-23-000010-index.html',
      route: { body: tenKIndex, type: 'text/html' },
      source: 'as oec-2023-10k-index, at the shape without the accession folder (as orion-2022-index)',
    },
  ];
}

/** Where a broken rendering's raw XML goes wrong. */
export type BrokenXmlCase = 'http-404' | 'http-500' | 'truncated' | 'rate-limited' | 'not-ownership' | 'hangs';

export interface BrokenRendering {
  case: BrokenXmlCase;
  /** The rendering page (goog-2022-form4's HTML) at its own accession folder. */
  path: string;
  /** The raw XML the content script fetches, answered as `case` says. */
  rawPath: string;
  routes: Routes;
}

// What sec.gov sends when a client exceeds 10 requests per second (title and wording of the
// page EDGAR users report; answered with 403).
const RATE_LIMIT_PAGE = page(
  'SEC.gov | Request Rate Threshold Exceeded',
  '<h1>Your Request Originates from an Undeclared Automated Tool</h1>' +
    '<p>To allow for equitable access to all users, SEC reserves the right to limit requests originating from ' +
    'undeclared automated tools.</p><h2>Request Rate Threshold Exceeded</h2>' +
    '<p>Please declare your traffic by updating your user agent to include company specific information.</p>',
);

/**
 * The goog-2022-form4 rendering served at one made-up accession folder per case (so no case
 * meets another's cached XML), its raw XML answered badly.
 */
export function brokenRendering(which: BrokenXmlCase): BrokenRendering {
  const sequence = String(900_000 + ['http-404', 'http-500', 'truncated', 'rate-limited', 'not-ownership', 'hangs'].indexOf(which));
  const folder = `/Archives/edgar/data/1295032/000120919122${sequence}`;
  const path = `${folder}/xslF345X03/doc4.xml`;
  const rawPath = `${folder}/doc4.xml`;
  const xml = readFileSync(corpusFile(XML_2022_GOOG_24552), 'utf8');
  const raw: Route =
    which === 'http-404'
      ? { body: page('Page Not Found | SEC.gov', '<h1>Page Not Found</h1>'), type: 'text/html', status: 404 }
      : which === 'http-500'
        ? { body: page('Internal Server Error', '<h1>Internal Server Error</h1>'), type: 'text/html', status: 500 }
        : which === 'truncated'
          ? { body: xml.slice(0, Math.floor(xml.length / 2)), type: 'text/xml' }
          : which === 'rate-limited'
            ? { body: RATE_LIMIT_PAGE, type: 'text/html', status: 403 }
            : which === 'not-ownership'
              ? { body: page('SEC.gov | Maintenance', '<h1>EDGAR is undergoing maintenance</h1>'), type: 'text/html' }
              : { hang: true };
  return {
    case: which,
    path,
    rawPath,
    routes: { [path]: { file: corpusFile(fixture('goog-2022-form4').file!), type: 'text/html' }, [rawPath]: raw },
  };
}
