// Page detection on sec.gov by URL alone (docs/design.md section 1). Pure string-in, value-out
// functions: no DOM, no browser APIs, so the content script and Node tests share them.
// The URL says which kind of page this may be; the page's content (root element
// `ownershipDocument`, title "SEC FORM 4") confirms it elsewhere.
//
// Shapes, all under https://www.sec.gov/Archives/edgar/data/{CIK}/ :
//   rendering    {ACC}/xslF345X03/{name}.xml            SEC's XSL rendering of the XML
//   raw-xml      {ACC}/{name}.xml                        the filed XML itself
//   index        {ACC}/{acc-dashed}-index.htm(l)         filing index ("Filing Detail")
//                {acc-dashed}-index.htm(l)               same page, served without the folder
//   submission   {ACC}/{acc-dashed}.txt                  full SGML submission
//                {acc-dashed}.txt                        same, without the folder
// where ACC is the accession number without dashes (18 digits) and acc-dashed is
// 0000950142-22-003095 (filer id, year, sequence).

export type PageKind = 'rendering' | 'raw-xml' | 'index' | 'submission';

export interface FilingPath {
  /** As written in the path: EDGAR writes CIKs there without leading zeros. */
  cik: string;
  /** Dashed form, e.g. `0000950142-22-003095`. */
  accession: string;
}

// Only https://www.sec.gov. EDGAR redirects https://sec.gov/... to www.sec.gov, so a
// filing is never displayed on the bare host; www.sec.gov is HSTS-preloaded, so an
// http: URL never loads either (engineering.md, "Traps already found"). Other hosts
// (efts.sec.gov, lookalikes) serve no filings.
const ORIGIN = 'https://www.sec.gov';

// The `Archives/edgar/data` prefix is matched as EDGAR writes it (paths are case-sensitive).
// CIKs have at most 10 digits; the accession folder is the 18 digits of the dashed
// number. EDGAR document names are letters, digits, '-', '_' and '.'
// (es220296680_4-davis.xml, wf-form4_155718184308434.xml): no '/' inside a name.
const DATA = '^/Archives/edgar/data/(\\d{1,10})/';
const FOLDER = '(\\d{18})';
const DASHED = '(\\d{10}-\\d{2}-\\d{6})';
const NAME = '[A-Za-z0-9_.-]+';

// The stylesheet folder is `xsl` + a version (xslF345X01 ... xslF345X06 for Forms 3/4/5).
const RENDERING_PATH = new RegExp(`${DATA}${FOLDER}/(xsl[A-Za-z0-9]+)/(${NAME}\\.xml)$`);
const RAW_XML_PATH = new RegExp(`${DATA}${FOLDER}/(${NAME}\\.xml)$`);
// `-index-headers.html` is a different page (the SGML header as HTML): not matched.
const INDEX_PATH = new RegExp(`${DATA}(?:${FOLDER}/)?${DASHED}-index\\.html?$`);
const SUBMISSION_PATH = new RegExp(`${DATA}(?:${FOLDER}/)?${DASHED}\\.txt$`);

interface Match {
  kind: PageKind;
  filing: FilingPath;
}

/**
 * Glob patterns for a content script (WXT `matches` / `includeGlobs`). Chrome match
 * patterns cannot say "18 digits" or "ends in .xml", so `matches` only fixes the origin
 * and the Archives prefix, and the globs narrow by suffix. In globs `*` is any run of
 * characters (slashes included) and `?` is exactly one character; they are matched
 * against the whole URL, query and fragment included, so each suffix also has a `?*`
 * form (which covers `.htm` + `l` as well). The globs are wider than the predicates:
 * the script still calls `pageKind` first.
 */
export const matchPatterns: { readonly matches: string[]; readonly includeGlobs: string[] } = {
  matches: [`${ORIGIN}/Archives/edgar/data/*`],
  includeGlobs: [
    // rendering and raw XML: an .xml file below an 18-character folder
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/*.xml`,
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/*.xml?*`,
    // Filing index (.htm and .html) and full submission, directly under the CIK and inside
    // the accession folder. Chrome's glob matcher does not let a `*` run on past a slash
    // into a `?` run (seen in Chromium 156), so the folder form is spelt out.
    `${ORIGIN}/Archives/edgar/data/*/??????????-??-??????-index.htm`,
    `${ORIGIN}/Archives/edgar/data/*/??????????-??-??????-index.htm?*`,
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/??????????-??-??????-index.htm`,
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/??????????-??-??????-index.htm?*`,
    `${ORIGIN}/Archives/edgar/data/*/??????????-??-??????.txt`,
    `${ORIGIN}/Archives/edgar/data/*/??????????-??-??????.txt?*`,
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/??????????-??-??????.txt`,
    `${ORIGIN}/Archives/edgar/data/*/??????????????????/??????????-??-??????.txt?*`,
  ],
};

/**
 * An SEC rendering by the Forms 3/4/5 stylesheets (xslF345X01 .. X06): an ownership filing by
 * its URL alone, before its title confirms it. Other stylesheets (xslFormDX01 for Form D) render
 * other forms.
 */
export function isOwnershipRendering(url: string | URL): boolean {
  const path = toSecPath(url);
  const match = path === null ? null : RENDERING_PATH.exec(path);
  return match !== null && /^xslF345/.test(match[3] ?? '');
}

export function pageKind(url: string | URL): PageKind | null {
  return matchFilingUrl(url)?.kind ?? null;
}

export function parseFilingPath(url: string | URL): FilingPath | null {
  return matchFilingUrl(url)?.filing ?? null;
}

/**
 * The raw XML behind an SEC rendering: the same path without the `xsl.../` folder, and
 * without query or fragment (one same-origin request for the document as filed).
 */
export function toRawXmlUrl(renderingUrl: string | URL): string | null {
  const path = toSecPath(renderingUrl);
  const match = path === null ? null : RENDERING_PATH.exec(path);
  if (!match) return null;
  const [, cik, folder, , name] = match;
  return `${ORIGIN}/Archives/edgar/data/${cik}/${folder}/${name}`;
}

/** The index page ("Filing Detail") of the filing a raw XML address belongs to; null for any other address. */
export function toFilingIndexUrl(xmlUrl: string | URL): string | null {
  const path = toSecPath(xmlUrl);
  const match = path === null ? null : RAW_XML_PATH.exec(path);
  if (!match) return null;
  const [, cik, folder] = match;
  return `${ORIGIN}/Archives/edgar/data/${cik}/${folder}/${toDashedAccession(folder!)}-index.htm`;
}

function matchFilingUrl(url: string | URL): Match | null {
  const path = toSecPath(url);
  if (path === null) return null;

  // The shapes are disjoint (NAME has no '/', and only .xml/.htm/.txt end them), so at
  // most one of these matches.
  const rendering = RENDERING_PATH.exec(path);
  if (rendering) return toMatch('rendering', rendering[1], rendering[2]);
  const raw = RAW_XML_PATH.exec(path);
  if (raw) return toMatch('raw-xml', raw[1], raw[2]);
  const index = INDEX_PATH.exec(path);
  if (index) return toDashedMatch('index', index[1], index[2], index[3]);
  const submission = SUBMISSION_PATH.exec(path);
  if (submission) return toDashedMatch('submission', submission[1], submission[2], submission[3]);
  return null;
}

function toMatch(kind: PageKind, cik: string | undefined, folder: string | undefined): Match | null {
  if (cik === undefined || folder === undefined) return null;
  return { kind, filing: { cik, accession: toDashedAccession(folder) } };
}

// The folder, when present, must be the dashed number without dashes: EDGAR files a
// filing's index and submission inside its own accession folder and nowhere else.
function toDashedMatch(
  kind: PageKind,
  cik: string | undefined,
  folder: string | undefined,
  dashed: string | undefined,
): Match | null {
  if (cik === undefined || dashed === undefined) return null;
  if (folder !== undefined && folder !== dashed.replace(/-/g, '')) return null;
  return { kind, filing: { cik, accession: dashed } };
}

function toDashedAccession(folder: string): string {
  return `${folder.slice(0, 10)}-${folder.slice(10, 12)}-${folder.slice(12)}`;
}

/** The pathname of a www.sec.gov https URL, or null for anything else (never throws). */
function toSecPath(url: unknown): string | null {
  let parsed: URL;
  try {
    // String() also accepts a URL from another realm (a content script's page window).
    parsed = new URL(typeof url === 'string' ? url : String((url as { href?: unknown })?.href));
  } catch {
    return null;
  }
  return parsed.origin === ORIGIN ? parsed.pathname : null;
}

// ---------------------------------------------------------------------------------------
// Company pages (docs/design.md section 9): where the insider-activity panel shows.
//   browse-edgar   /cgi-bin/browse-edgar?action=getcompany&CIK={CIK or ticker}[&dateb=YYYYMMDD]
//   edgar-browse   /edgar/browse/?CIK={CIK or ticker}
//   own-disp       /cgi-bin/own-disp?action=getissuer&CIK={CIK}
// (own-disp?action=getowner lists an owner's filings, not an issuer's: not a company page.)

export type CompanyPageKind = 'browse-edgar' | 'edgar-browse' | 'own-disp';

export interface CompanyPage {
  kind: CompanyPageKind;
  /** Ten digits, when the URL gives a CIK. */
  cik: string | null;
  /** Upper case, when the URL gives a ticker instead (EDGAR accepts CIK=tsla). */
  ticker: string | null;
  /** `dateb` as an ISO date: the list ends there, and so does the default window. */
  dateb: string | null;
}

/**
 * Match patterns and globs for the company-page content script, so it is not even injected on
 * EDGAR's other browse-edgar pages (the latest filings, a search by name); companyPage() decides.
 */
export const companyMatchPatterns: { readonly matches: string[]; readonly includeGlobs: string[] } = {
  matches: [`${ORIGIN}/cgi-bin/browse-edgar*`, `${ORIGIN}/edgar/browse/*`, `${ORIGIN}/cgi-bin/own-disp*`],
  includeGlobs: [
    `${ORIGIN}/cgi-bin/browse-edgar?*action=getcompany*`,
    `${ORIGIN}/cgi-bin/own-disp?*action=getissuer*`,
    `${ORIGIN}/edgar/browse/?*CIK=*`,
    `${ORIGIN}/edgar/browse/?*cik=*`,
  ],
};

const CIK_PARAM = /^\d{1,10}$/;
const TICKER_PARAM = /^[A-Za-z][A-Za-z0-9.-]{0,9}$/;
const DATEB = /^(\d{4})(\d{2})(\d{2})$/;

function toDateb(text: string | null): string | null {
  const match = text === null ? null : DATEB.exec(text.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Query parameters by lower-case name (EDGAR reads `cik`, `CIK` and `Cik` alike); the first of each wins. */
function lowerParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  // A query longer than any real one is not read at all.
  if (search.length > 2000) return params;
  for (const [name, value] of new URLSearchParams(search)) {
    const key = name.toLowerCase();
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

export function companyPage(url: string | URL): CompanyPage | null {
  let parsed: URL;
  try {
    parsed = new URL(typeof url === 'string' ? url : String((url as { href?: unknown })?.href));
  } catch {
    return null;
  }
  if (parsed.origin !== ORIGIN) return null;
  const kind: CompanyPageKind | null =
    parsed.pathname === '/cgi-bin/browse-edgar'
      ? 'browse-edgar'
      : parsed.pathname === '/edgar/browse/'
        ? 'edgar-browse'
        : parsed.pathname === '/cgi-bin/own-disp'
          ? 'own-disp'
          : null;
  if (kind === null) return null;
  const params = lowerParams(parsed.search);
  const action = params.get('action')?.toLowerCase() ?? null;
  if (kind === 'browse-edgar' && action !== 'getcompany') return null;
  if (kind === 'own-disp' && action !== 'getissuer') return null;
  const given = params.get('cik')?.trim() ?? '';
  const cik = CIK_PARAM.test(given) ? given.padStart(10, '0') : null;
  // own-disp takes a CIK only.
  const ticker = cik === null && kind !== 'own-disp' && TICKER_PARAM.test(given) ? given.toUpperCase() : null;
  if (cik === null && ticker === null) return null;
  return { kind, cik, ticker, dateb: kind === 'browse-edgar' ? toDateb(params.get('dateb') ?? null) : null };
}


// ---------------------------------------------------------------------------------------
// EDGAR's latest filings as a web page (docs/design.md section 11): where the badges show.
//   /cgi-bin/browse-edgar?action=getcurrent[&type=4][&owner=include][&count=100][&start=N]
// The same address with output=atom is the Atom feed (current-feed.ts): no page to badge.

/**
 * Match patterns and globs for the latest-filings script, so it is injected on no other
 * browse-edgar page (a company's filings, a search by name) and not on the Atom feed;
 * isLatestFilingsPage() decides.
 */
export const latestFilingsMatchPatterns: { readonly matches: string[]; readonly includeGlobs: string[]; readonly excludeGlobs: string[] } = {
  matches: [`${ORIGIN}/cgi-bin/browse-edgar*`],
  includeGlobs: [`${ORIGIN}/cgi-bin/browse-edgar?*action=getcurrent*`],
  excludeGlobs: [`${ORIGIN}/cgi-bin/browse-edgar?*output=atom*`],
};

/** EDGAR's latest filings, the HTML page (any form type); false for the Atom feed and every other page. */
export function isLatestFilingsPage(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = new URL(typeof url === 'string' ? url : String((url as { href?: unknown })?.href));
  } catch {
    return false;
  }
  if (parsed.origin !== ORIGIN || parsed.pathname !== '/cgi-bin/browse-edgar') return false;
  const params = lowerParams(parsed.search);
  const output = params.get('output')?.toLowerCase() ?? 'html';
  return params.get('action')?.toLowerCase() === 'getcurrent' && (output === 'html' || output === '');
}

/**
 * A filing's full submission (the SGML wrapper with every document, the ownership XML among
 * them): one request gives the XML, the accession and the filing date. EDGAR serves it beside
 * the filing's folder, under the folder's CIK.
 */
export function toSubmissionUrl(filing: FilingPath): string | null {
  if (!/^\d{1,10}$/.test(filing.cik) || !/^\d{10}-\d{2}-\d{6}$/.test(filing.accession)) return null;
  return `${ORIGIN}/Archives/edgar/data/${filing.cik}/${filing.accession}.txt`;
}
