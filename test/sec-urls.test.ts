import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
  isOwnershipRendering,
  matchPatterns,
  pageKind,
  parseFilingPath,
  toRawXmlUrl,
  toFilingIndexUrl,
  type FilingPath,
  type PageKind,
} from '../lib/sec/sec-urls';

// test/corpus: real filings (see its README for sources).
const CORPUS = new URL('./corpus/', import.meta.url);
const readCorpus = (path: string) => readFileSync(new URL(path, CORPUS), 'latin1');

/** The kinds a URL is read as: a filing URL must get exactly its own, anything else none. */
function toTrueKinds(url: string | URL): PageKind[] {
  const kind = pageKind(url);
  return kind === null ? [] : [kind];
}

// Chrome/Firefox glob semantics: `*` any run of characters (slashes too), `?` exactly one
// character, matched against the whole URL. Written here only to check matchPatterns.
function toGlobRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\/]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

// `matches` has a single trailing `*`, for which match-pattern and glob semantics agree.
function isInjected(url: string): boolean {
  return (
    matchPatterns.matches.some((pattern) => toGlobRegExp(pattern).test(url)) &&
    matchPatterns.includeGlobs.some((glob) => toGlobRegExp(glob).test(url))
  );
}

interface Row {
  url: string;
  kind: PageKind;
  filing: FilingPath;
}

const row = (kind: PageKind, url: string, cik: string, accession: string): Row => ({
  url,
  kind,
  filing: { cik, accession },
});

// Real sec.gov URLs, each with where it was found in the corpus. "formed" rows are built
// from a filing's real CIK, accession and document name in the corpus.
const FILING_URLS: Row[] = [
  // --- SEC renderings
  // saved-from comment of html/InsidersTradeMonitor__GOOG_000112760215028697_SEC_FORM_4.html
  row('rendering', 'https://www.sec.gov/Archives/edgar/data/1288776/000112760215028697/xslF345X03/form4.xml', '1288776', '0001127602-15-028697'),
  // saved-from comment of html/InsidersTradeMonitor__GOOG_000120919122024550_SEC_FORM_4.html
  row('rendering', 'https://www.sec.gov/Archives/edgar/data/1295032/000120919122024552/xslF345X03/doc4.xml', '1295032', '0001209191-22-024552'),
  // links of the filing index pages html/edgarWebR__0001562180-17-002633-index.htm.html
  // and html/edgartools__0000950142-22-003095-index.html
  row('rendering', 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/xslF345X03/primarydocument.xml', '51143', '0001562180-17-002633'),
  row('rendering', 'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml', '1300650', '0000950142-22-003095'),
  // formed: issuer CIK and FILENAME from submissions/edgartools__0001127602-25-004598.nc,
  // under a later stylesheet version (xslF345X01..X06 are all in use)
  row('rendering', 'https://www.sec.gov/Archives/edgar/data/7536/000112760225004598/xslF345X05/form4.xml', '7536', '0001127602-25-004598'),

  // --- raw XML
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/primarydocument.xml', '51143', '0001562180-17-002633'),
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml', '1300650', '0000950142-22-003095'),
  // formed: the GOOG rendering above without its xsl folder (xml/..._form4.xml is that document)
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/1288776/000112760215028697/form4.xml', '1288776', '0001127602-15-028697'),
  // formed: datamule's accession folder + issuer CIK from MANIFEST.tsv
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/1441816/000089924317024633/doc4.xml', '1441816', '0000899243-17-024633'),
  // formed: FILENAME and issuer CIK from the .nc headers
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/7536/000112760225004598/form4.xml', '7536', '0001127602-25-004598'),
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/1860782/000156218025000280/primarydocument.xml', '1860782', '0001562180-25-000280'),
  // Not an ownership document, but by URL alone it is an XML file in an accession folder
  // (the XBRL filing summary of Microsoft's 10-Q 0000950170-23-014423 in the company feed).
  // The content check (root element is not ownershipDocument) turns it away later.
  row('raw-xml', 'https://www.sec.gov/Archives/edgar/data/789019/000095017023014423/FilingSummary.xml', '789019', '0000950170-23-014423'),

  // --- filing indexes
  // the page saved as html/edgarWebR__0001562180-17-002633-index.htm.html
  row('index', 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/0001562180-17-002633-index.htm', '51143', '0001562180-17-002633'),
  // recorded URL of html/edgartools__0000950142-22-003095-index.html (no accession folder)
  row('index', 'https://www.sec.gov/Archives/edgar/data/1609804/0000950142-22-003095-index.html', '1609804', '0000950142-22-003095'),
  row('index', 'https://www.sec.gov/Archives/edgar/data/1609804/000095014222003095/0000950142-22-003095-index.html', '1609804', '0000950142-22-003095'),
  // html/edgartools__browse-edgar_getcurrent_type4_start0.atom.xml, first entry
  row('index', 'https://www.sec.gov/Archives/edgar/data/2063236/000206323625000004/0002063236-25-000004-index.htm', '2063236', '0002063236-25-000004'),
  // html/edgar_client__company_feed.atom.xml: a Form 4 and an 8-K (URL-wise the same page kind)
  row('index', 'https://www.sec.gov/Archives/edgar/data/789019/000106299323013585/0001062993-23-013585-index.htm', '789019', '0001062993-23-013585'),
  row('index', 'https://www.sec.gov/Archives/edgar/data/789019/000119312523181341/0001193125-23-181341-index.htm', '789019', '0001193125-23-181341'),

  // --- full submissions
  // recorded URL of submissions/edgartools__0000320193-22-000061.txt (a reporting owner's CIK)
  row('submission', 'https://www.sec.gov/Archives/edgar/data/1462356/000032019322000061/0000320193-22-000061.txt', '1462356', '0000320193-22-000061'),
  // links of the two filing index pages
  row('submission', 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/0001562180-17-002633.txt', '51143', '0001562180-17-002633'),
  row('submission', 'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003095.txt', '1300650', '0000950142-22-003095'),
  // formed: the year-2000 plain-text Form 4, in the shape without the accession folder
  row('submission', 'https://www.sec.gov/Archives/edgar/data/911787/0001094891-00-000193.txt', '911787', '0001094891-00-000193'),
];

// Real sec.gov pages that are not filings the extension reads.
const NON_FILING_URLS = [
  'https://www.sec.gov/',
  'https://www.sec.gov/index.htm',
  'https://www.sec.gov/edgar/search/',
  'https://www.sec.gov/edgar/search-and-access',
  'https://www.sec.gov/edgar/searchedgar/companysearch.html',
  'https://www.sec.gov/include/interactive.css',
  // recorded URL of the getcurrent Atom feed, and links of the company feed / index pages
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&count=100&start=0&type=4&owner=include&output=atom',
  'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000789019&owner=include&count=40',
  'https://www.sec.gov/cgi-bin/own-disp?CIK=0001300650&action=getowner',
  'https://www.sec.gov/cgi-bin/viewer?action=view&cik=789019&accession_number=0000950170-23-014423&xbrl_type=v',
  // directory listings: a company's, and one accession folder's
  'https://www.sec.gov/Archives/edgar/data/320193/',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/',
  // documents of Microsoft's 10-Q 0000950170-23-014423: XBRL viewer page, primary document
  'https://www.sec.gov/Archives/edgar/data/789019/000095017023014423/R2.htm',
  'https://www.sec.gov/Archives/edgar/data/789019/000095017023014423/msft-10q_20230331.htm',
  // the SGML header of 0001062993-24-012217 (html/edgartools__form4.index-headers.html), as HTML and raw
  'https://www.sec.gov/Archives/edgar/data/914156/000106299324012217/0001062993-24-012217-index-headers.html',
  'https://www.sec.gov/Archives/edgar/data/914156/000106299324012217/0001062993-24-012217.hdr.sgml',
];

const RENDERING = 'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml';
const RAW_XML = 'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml';

// Wrong host, scheme or port, and strings that are not (absolute) URLs.
const OTHER_ORIGINS_AND_MALFORMED: unknown[] = [
  // EDGAR redirects the bare host to www.sec.gov; the page never shows there
  'https://sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml',
  // HSTS-preloaded: Chromium upgrades to https before loading
  'http://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml',
  'https://efts.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'https://www.sec.gov.example.com/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'https://example.com/https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'https://example.com/?u=https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'https://www.sec.gov:8443/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'file:///Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  '/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  '',
  ' ',
  'not a url',
  'https://',
  'https://www.sec.gov/Archives/edgar/data/',
  '%',
  null,
  undefined,
  42,
  {},
  [],
];

// sec.gov paths that almost have a filing's shape.
const NEAR_MISSES = [
  // the prefix is case-sensitive
  'https://www.sec.gov/archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/EDGAR/data/1300650/000095014222003095/es220296680_4-davis.xml',
  // CIK: 1 to 10 digits
  'https://www.sec.gov/Archives/edgar/data/12345678901/000095014222003095/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/13OO650/000095014222003095/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/000095014222003095/es220296680_4-davis.xml',
  // accession folder: exactly 18 digits
  'https://www.sec.gov/Archives/edgar/data/1300650/00009501422200309/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/0000950142222003095/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/0000950142-22-003095/es220296680_4-davis.xml',
  // an XML directly in the company folder, or too deep
  'https://www.sec.gov/Archives/edgar/data/1300650/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/extra/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xsl/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xsl-F345X03/es220296680_4-davis.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml/',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/.xml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xsd',
  // dashed accession: 10-2-6 digits, and the same number as its folder
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/000095014222003095-index.htm',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-2-2003095-index.htm',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003096-index.htm',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003096.txt',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003095-index.xhtml',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003095-index.htm.bak',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003095.text',
  'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/ex99.txt',
];

describe('filing URLs from the corpus', () => {
  it.each(FILING_URLS)('$kind: $url', ({ url, kind, filing }) => {
    expect(toTrueKinds(url)).toEqual([kind]);
    expect(pageKind(url)).toBe(kind);
    expect(pageKind(new URL(url))).toBe(kind);
    expect(parseFilingPath(url)).toEqual(filing);
  });

  it('ignores the query string and the fragment', () => {
    for (const { url, kind, filing } of FILING_URLS) {
      for (const suffix of ['?', '?x=1', '#', '#F1', '?x=1#F1']) {
        expect(toTrueKinds(url + suffix), url + suffix).toEqual([kind]);
        expect(parseFilingPath(url + suffix)).toEqual(filing);
      }
    }
  });

  it('accepts the host in any case and the default port spelled out', () => {
    expect(pageKind('https://WWW.SEC.GOV/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml')).toBe('raw-xml');
    expect(pageKind('https://www.sec.gov:443/Archives/edgar/data/1300650/000095014222003095/es220296680_4-davis.xml')).toBe('raw-xml');
  });
});

describe('filing index URLs of the browse-edgar Atom feeds', () => {
  const feeds = [
    'html/edgartools__browse-edgar_getcurrent_type4_start0.atom.xml',
    'html/edgartools__browse-edgar_getcurrent_type4_start100.atom.xml',
    'html/edgar_client__company_feed.atom.xml',
  ];
  // Each <entry> holds the index link, the accession number in its <id>, and, in the
  // getcurrent feeds, the CIK of the filer whose folder the link points into.
  const entries = feeds.flatMap((feed) =>
    [...readCorpus(feed).matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry = '']) => ({
      url: /href="(https:\/\/www\.sec\.gov\/Archives\/[^"]+)"/.exec(entry)?.[1] ?? '',
      accession: /accession-number=(\d{10}-\d{2}-\d{6})/.exec(entry)?.[1] ?? '',
      paddedCik: /<title>[^<]*\((\d{10})\)/.exec(entry)?.[1] ?? null,
    })),
  );

  it('reads hundreds of entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
  });

  it('every link is a filing index of the entry\'s accession and filer', () => {
    for (const { url, accession, paddedCik } of entries) {
      expect(toTrueKinds(url), url).toEqual(['index']);
      expect(parseFilingPath(url)?.accession, url).toBe(accession);
      if (paddedCik !== null) expect(parseFilingPath(url)?.cik.padStart(10, '0'), url).toBe(paddedCik);
      expect(isInjected(url), url).toBe(true);
    }
  });
});

describe('full-submission URLs formed from the corpus submissions', () => {
  // Every CIK in a submission's header (issuer and reporting owners) has the filing in its
  // folder, in both URL shapes. Headers are `ACCESSION NUMBER: ...` or `<ACCESSION-NUMBER>...`.
  const submissions = readdirSync(new URL('submissions/', CORPUS)).map((file) => {
    const text = readCorpus(`submissions/${file}`);
    const accession = /(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>)(\d{10}-\d{2}-\d{6})/.exec(text)?.[1] ?? '';
    const ciks = [...text.matchAll(/(?:CENTRAL INDEX KEY:\s*|<CIK>)(\d{10})/g)].map(([, cik = '']) => cik.replace(/^0+/, ''));
    return { file, accession, ciks };
  });

  it.each(submissions)('$file', ({ accession, ciks }) => {
    expect(accession).not.toBe('');
    expect(ciks.length).toBeGreaterThan(0);
    for (const cik of ciks) {
      for (const url of [
        `https://www.sec.gov/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/${accession}.txt`,
        `https://www.sec.gov/Archives/edgar/data/${cik}/${accession}.txt`,
      ]) {
        expect(toTrueKinds(url), url).toEqual(['submission']);
        expect(parseFilingPath(url)).toEqual({ cik, accession });
        expect(isInjected(url), url).toBe(true);
      }
    }
  });
});

describe('URLs that are not filings', () => {
  it.each(NON_FILING_URLS)('sec.gov page %s', (url) => {
    expect(toTrueKinds(url)).toEqual([]);
    expect(pageKind(url)).toBeNull();
    expect(parseFilingPath(url)).toBeNull();
    expect(toRawXmlUrl(url)).toBeNull();
  });

  it.each(NEAR_MISSES)('near miss %s', (url) => {
    expect(toTrueKinds(url)).toEqual([]);
    expect(pageKind(url)).toBeNull();
    expect(parseFilingPath(url)).toBeNull();
  });

  it.each(OTHER_ORIGINS_AND_MALFORMED.map((input) => [input]))('other origin or malformed %j', (input) => {
    const url = input as string;
    expect(() => toTrueKinds(url)).not.toThrow();
    expect(toTrueKinds(url)).toEqual([]);
    expect(pageKind(url)).toBeNull();
    expect(parseFilingPath(url)).toBeNull();
    expect(toRawXmlUrl(url)).toBeNull();
  });
});

describe('toFilingIndexUrl', () => {
  it('is the index page in the XML\'s own accession folder', () => {
    expect(toFilingIndexUrl('https://www.sec.gov/Archives/edgar/data/1318605/000179056522000015/edgar.xml')).toBe(
      'https://www.sec.gov/Archives/edgar/data/1318605/000179056522000015/0001790565-22-000015-index.htm',
    );
  });

  it.each([RENDERING, 'https://www.sec.gov/Archives/edgar/data/1318605/000179056522000015/', 'https://evil.example/Archives/edgar/data/1/000179056522000015/a.xml', 'not a url'])('is null for %s', (url) => {
    expect(toFilingIndexUrl(url)).toBeNull();
  });
});

describe('toRawXmlUrl', () => {
  it.each([
    [RENDERING, RAW_XML],
    [new URL(RENDERING), RAW_XML],
    [`${RENDERING}?x=1#F2`, RAW_XML],
    ['https://www.sec.gov/Archives/edgar/data/1288776/000112760215028697/xslF345X03/form4.xml', 'https://www.sec.gov/Archives/edgar/data/1288776/000112760215028697/form4.xml'],
    ['https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/xslF345X03/primarydocument.xml', 'https://www.sec.gov/Archives/edgar/data/51143/000156218017002633/primarydocument.xml'],
    ['https://WWW.SEC.GOV/Archives/edgar/data/7536/000112760225004598/xslF345X05/form4.xml', 'https://www.sec.gov/Archives/edgar/data/7536/000112760225004598/form4.xml'],
    // only renderings have a raw XML to go to
    [RAW_XML, null],
    ['https://www.sec.gov/Archives/edgar/data/1609804/0000950142-22-003095-index.html', null],
    ['https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003095.txt', null],
    ['http://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml', null],
    ['xslF345X03/es220296680_4-davis.xml', null],
  ] as const)('%s -> %s', (input, expected) => {
    expect(toRawXmlUrl(input)).toBe(expected);
  });

  it('leads every rendering in the table to a raw XML of the same filing', () => {
    for (const { url, filing } of FILING_URLS.filter((r) => r.kind === 'rendering')) {
      const raw = toRawXmlUrl(url);
      expect(raw, url).not.toBeNull();
      expect(toTrueKinds(raw ?? ''), url).toEqual(['raw-xml']);
      expect(parseFilingPath(raw ?? '')).toEqual(filing);
    }
  });
});

describe('isOwnershipRendering', () => {
  it('is true for every rendering in the table (all by the Forms 3/4/5 stylesheets)', () => {
    const renderings = FILING_URLS.filter((r) => r.kind === 'rendering');
    expect(renderings.length).toBeGreaterThan(0);
    for (const { url } of renderings) expect(isOwnershipRendering(url), url).toBe(true);
  });

  it.each([
    ['https://www.sec.gov/Archives/edgar/data/1288776/000112760215028697/xslF345X03/form4.xml', true],
    ['https://www.sec.gov/Archives/edgar/data/7536/000112760225004598/xslF345X05/form4.xml?x=1', true],
    // Form D's stylesheet: a rendering, not of an ownership filing
    ['https://www.sec.gov/Archives/edgar/data/1961089/000196108923000001/xslFormDX01/primary_doc.xml', false],
    [RAW_XML, false],
    ['http://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xslF345X03/es220296680_4-davis.xml', false],
  ] as const)('%s: %s', (url, expected) => {
    expect(isOwnershipRendering(url)).toBe(expected);
  });
});

describe('parseFilingPath', () => {
  it.each([
    [RENDERING, { cik: '1300650', accession: '0000950142-22-003095' }],
    [RAW_XML, { cik: '1300650', accession: '0000950142-22-003095' }],
    ['https://www.sec.gov/Archives/edgar/data/1609804/0000950142-22-003095-index.html', { cik: '1609804', accession: '0000950142-22-003095' }],
    ['https://www.sec.gov/Archives/edgar/data/911787/0001094891-00-000193.txt', { cik: '911787', accession: '0001094891-00-000193' }],
    // the CIK is returned as written; EDGAR also serves the zero-padded folder
    ['https://www.sec.gov/Archives/edgar/data/0000320193/000032019322000061/0000320193-22-000061.txt', { cik: '0000320193', accession: '0000320193-22-000061' }],
    ['https://www.sec.gov/Archives/edgar/data/320193/', null],
    ['https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000789019', null],
    ['', null],
  ] as const)('%s', (input, expected) => {
    expect(parseFilingPath(input)).toEqual(expected);
  });
});

describe('matchPatterns', () => {
  it('limits the content script to https://www.sec.gov/Archives/edgar/data/', () => {
    expect(matchPatterns.matches).toEqual(['https://www.sec.gov/Archives/edgar/data/*']);
    for (const glob of matchPatterns.includeGlobs) {
      expect(glob.startsWith('https://www.sec.gov/Archives/edgar/data/')).toBe(true);
    }
  });

  it('injects into every filing URL of the table, with or without query and fragment', () => {
    for (const { url } of FILING_URLS) {
      for (const suffix of ['', '?x=1', '#F1']) expect(isInjected(url + suffix), url + suffix).toBe(true);
    }
  });

  it('does not inject into the sec.gov pages that are not filings', () => {
    for (const url of NON_FILING_URLS) expect(isInjected(url), url).toBe(false);
  });

  // Globs cannot count digits or compare the folder with the dashed number: the content
  // script still asks pageKind, which says no to these.
  it('is wider than the predicates only where globs cannot tell', () => {
    const globOnly = [
      'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/0000950142-22-003096-index.htm',
      'https://www.sec.gov/Archives/edgar/data/13OO650/000095014222003095/es220296680_4-davis.xml',
      'https://www.sec.gov/Archives/edgar/data/1300650/000095014222003095/xsl/es220296680_4-davis.xml',
    ];
    for (const url of globOnly) {
      expect(isInjected(url), url).toBe(true);
      expect(pageKind(url), url).toBeNull();
    }
  });

  it('injects into every URL the predicates accept (generated from the URL grammar)', () => {
    const cik = fc.stringMatching(/^[1-9]\d{0,9}$/);
    const accession = fc.stringMatching(/^\d{10}-\d{2}-\d{6}$/);
    const name = fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,30}$/);
    const xsl = fc.stringMatching(/^xsl[A-Za-z0-9]{1,8}$/);
    const suffix = fc.constantFrom('', '?x=1', '#F1', '?a=b#c');
    const withFolder = fc.boolean();

    fc.assert(
      fc.property(cik, accession, name, xsl, suffix, withFolder, (cik, acc, name, xsl, suffix, withFolder) => {
        const data = `https://www.sec.gov/Archives/edgar/data/${cik}`;
        const folder = acc.replace(/-/g, '');
        const dashedBase = withFolder ? `${data}/${folder}/${acc}` : `${data}/${acc}`;
        const cases: [string, PageKind][] = [
          [`${data}/${folder}/${xsl}/${name}.xml`, 'rendering'],
          [`${data}/${folder}/${name}.xml`, 'raw-xml'],
          [`${dashedBase}-index.htm`, 'index'],
          [`${dashedBase}-index.html`, 'index'],
          [`${dashedBase}.txt`, 'submission'],
        ];
        for (const [url, kind] of cases) {
          expect(toTrueKinds(url + suffix), url + suffix).toEqual([kind]);
          expect(parseFilingPath(url + suffix)).toEqual({ cik, accession: acc });
          expect(isInjected(url + suffix), url + suffix).toBe(true);
        }
      }),
    );
  });
});
