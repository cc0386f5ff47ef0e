// Gets the ownership XML behind the page, per page kind (product.md section 1): from the
// document itself where it is there, otherwise with one same-origin request, cached.

import { isOwnershipFormName, pickOwnershipXml, toIndexFilingDate } from '@/lib/sec/filing-index';
import { MAX_XML_BYTES } from '@/lib/xml/xml-size';
import { readCappedBody } from '@/lib/sec/read-capped-body';
import { toSubmissionType } from '@/lib/filing/extract-ownership-xml';
import type { PageKind } from '@/lib/sec/sec-urls';
import { toRawXmlUrl } from '@/lib/sec/sec-urls';

export type FilingSource =
  | { kind: 'text'; text: string; rawXmlUrl: string | null }
  | { kind: 'failed'; message: string; details?: string };

/** Where the page's filing is, found from the URL and the page alone (no request). */
export type FilingLocation =
  /** Not an ownership filing after all (an XBRL file, a 10-K index): stay silent. */
  | { kind: 'not-ownership' }
  /** filingDate: what the page itself states (an index page), for the figures and the CSV. */
  | { kind: 'fetch'; url: string; filingDate?: string | null }
  | FilingSource;

const RATE_LIMITED = /Request Rate Threshold Exceeded/i;
const FETCH_TIMEOUT_MS = 15_000;
const cache = new Map<string, Promise<FilingSource>>();

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const TOO_BIG = `The filing's XML is larger than the ${megabytes(MAX_XML_BYTES)} any ownership document needs; it was not read.`;

async function fetchText(url: string): Promise<FilingSource> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      cache: 'force-cache',
      // A redirect could lead to another host or another filing's folder: never followed
      // (product.md section 7). "manual" lets us say so, where "error" looks like a network fault.
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      kind: 'failed',
      message: timedOut
        ? `sec.gov did not send the filing's XML within ${FETCH_TIMEOUT_MS / 1000} seconds; reload the page to try again.`
        : "The filing's XML could not be fetched from sec.gov; check the connection and reload the page.",
      details: `${url}\n${String(error)}`,
    };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || (response.url !== '' && response.url !== url)) {
    return {
      kind: 'failed',
      message: "sec.gov redirected the request for the filing's XML elsewhere; Form 4 Lens reads a filing only from its own folder on www.sec.gov, so it was not read.",
      details: `${url}${response.url && response.url !== url ? ` -> ${response.url}` : ''}`,
    };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBody(response, MAX_XML_BYTES);
  } catch (error) {
    return {
      kind: 'failed',
      message: "The filing's XML stopped arriving from sec.gov before its end; check the connection and reload the page.",
      details: `${url}\n${String(error)}`,
    };
  }
  if (bytes === null) return { kind: 'failed', message: TOO_BIG, details: url };
  // UTF-8, as Response.text() reads a body.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (RATE_LIMITED.test(text.slice(0, 20_000))) {
    return {
      kind: 'failed',
      message: 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded); wait a few minutes and reload.',
      details: url,
    };
  }
  if (!response.ok) {
    return {
      kind: 'failed',
      message: `sec.gov answered ${response.status} for the filing's XML; the file may have moved, so open it from the filing index.`,
      details: url,
    };
  }
  return { kind: 'text', text, rawXmlUrl: url };
}

/** The filing's XML from sec.gov: one request per URL for the life of the page. */
export function fetchFiling(url: string): Promise<FilingSource> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchText(url);
    cache.set(url, pending);
  }
  return pending;
}

/**
 * The filed XML of a raw-XML page, with no request. Firefox keeps the XML document as it is;
 * Chrome's XML viewer replaces it with an HTML page and keeps the filed document inside
 * div#webkit-xml-viewer-source-xml.
 */
function ownXml(doc: Document): string | null {
  const root =
    doc.documentElement?.localName === 'ownershipDocument'
      ? doc.documentElement
      : doc.querySelector('#webkit-xml-viewer-source-xml')?.firstElementChild;
  return root?.localName === 'ownershipDocument' ? new XMLSerializer().serializeToString(root) : null;
}

/** The CIKs of the filers an index page names ("CIK: 0000051143" links to each filer's filings). */
function filerCiks(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLAnchorElement>('.companyInfo a[href*="CIK="]')].flatMap((link) => {
    const cik = /[?&]CIK=(\d{1,10})(?:&|$)/i.exec(link.getAttribute('href') ?? '')?.[1];
    return cik ? [cik] : [];
  });
}

/** The index page's info boxes: each .infoHead with the .info after it. */
function indexInfo(doc: Document): [string, string][] {
  return [...doc.querySelectorAll('.infoHead')].slice(0, 40).map((head) => [head.textContent ?? '', head.nextElementSibling?.textContent ?? '']);
}

function indexDocuments(doc: Document) {
  return [...doc.querySelectorAll('table.tableFile tr')].flatMap((row) => {
    const cells = row.querySelectorAll('td');
    const link = row.querySelector<HTMLAnchorElement>('a[href]');
    return link && cells.length >= 4 ? [{ href: link.getAttribute('href') ?? '', type: cells[3]!.textContent ?? '' }] : [];
  });
}

export function locateFiling(kind: PageKind, doc: Document, pageUrl: string): FilingLocation {
  switch (kind) {
    case 'rendering': {
      const raw = toRawXmlUrl(pageUrl);
      return raw && /SEC\s{1,20}FORM/i.test(doc.title.slice(0, 200)) ? { kind: 'fetch', url: raw } : { kind: 'not-ownership' };
    }
    case 'raw-xml': {
      const xml = ownXml(doc);
      return xml === null ? { kind: 'not-ownership' } : { kind: 'text', text: xml, rawXmlUrl: null };
    }
    case 'index': {
      const heading = doc.querySelector('#formName')?.textContent ?? '';
      if (!isOwnershipFormName(heading)) return { kind: 'not-ownership' };
      const pick = pickOwnershipXml(indexDocuments(doc), pageUrl, filerCiks(doc));
      if (pick.kind === 'found') return { kind: 'fetch', url: pick.url, filingDate: toIndexFilingDate(indexInfo(doc)) };
      if (pick.kind === 'elsewhere') {
        return {
          kind: 'failed',
          message: "This filing index links its ownership XML outside the filing's own folder on www.sec.gov, so Form 4 Lens did not read it.",
          details: pick.href,
        };
      }
      return {
        kind: 'failed',
        message: 'This filing index lists no ownership XML document; filings before mid-2003 are plain text, so open the filing itself.',
      };
    }
    case 'submission': {
      const text = doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
      const type = toSubmissionType(text);
      const isOwnership = type !== null && /^[345](\/A)?$/.test(type);
      return isOwnership ? { kind: 'text', text, rawXmlUrl: null } : { kind: 'not-ownership' };
    }
  }
}
