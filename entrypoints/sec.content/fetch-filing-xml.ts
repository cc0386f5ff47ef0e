// Gets the ownership XML behind the page, per page kind (docs/design.md section 1): from the
// document itself where it is there, otherwise with one same-origin request, cached.

import { isOwnershipFormName, pickOwnershipXml, toIndexFilingDate } from '@/lib/sec/filing-index';
import { MAX_XML_BYTES } from '@/lib/xml/xml-size';
import { readSecResponse, SEC_TIMEOUT_MS, toFetchFailure, type SecOutcome, type SecRequest } from '@/lib/sec/sec-response';
import { MESSAGE } from '@/lib/messages/message-names';
import { currentPause } from '../shared/kept-pause';
import { toSubmissionType } from '@/lib/filing/extract-ownership-xml';
import type { PageKind } from '@/lib/sec/sec-urls';
import { toRawXmlUrl } from '@/lib/sec/sec-urls';

export type FilingText =
  | { kind: 'text'; text: string; rawXmlUrl: string | null }
  | { kind: 'failed'; message: string; details?: string };

/** Where the page's filing is, found from the URL and the page alone (no request). */
export type FilingLocation =
  /** Not an ownership filing after all (an XBRL file, a 10-K index): stay silent. */
  | { kind: 'not-ownership' }
  /** filingDate: what the page itself states (an index page), for the figures and the CSV. */
  | { kind: 'fetch'; url: string; filingDate?: string | null }
  | FilingText;

const cache = new Map<string, Promise<FilingText>>();

async function fetchText(url: string): Promise<FilingText> {
  const request: SecRequest = { url, what: "the filing's XML", maxBytes: MAX_XML_BYTES, capMeaning: 'any ownership document needs' };
  // sec.gov asked the extension to wait: this page waits too (docs/design.md section 8).
  const pause = await currentPause();
  if (pause !== null) {
    const after = new Date(pause.until).toLocaleTimeString();
    return {
      kind: 'failed',
      message: `sec.gov asked Form 4 Lens to wait (Request Rate Threshold Exceeded), so this filing's XML was not requested; reload the page after ${after}.`,
      details: `${pause.message}\n${url}`,
    };
  }
  let outcome: SecOutcome;
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      cache: 'force-cache',
      // A redirect could lead to another host or another filing's folder: never followed
      // (docs/design.md section 7). "manual" lets us say so, where "error" looks like a network fault.
      redirect: 'manual',
      signal: AbortSignal.timeout(SEC_TIMEOUT_MS),
    });
    outcome = await readSecResponse(response, request);
  } catch (error) {
    outcome = toFetchFailure(error, request);
  }
  // The page's request met the rate limit: the queue stops for every view, as if it had met it.
  if (!outcome.ok && outcome.kind === 'rate-limited') browser.runtime.sendMessage({ type: MESSAGE.rateLimited }).catch(() => {});
  return outcome.ok ? { kind: 'text', text: outcome.text, rawXmlUrl: url } : { kind: 'failed', message: outcome.message, details: url };
}

/** The filing's XML from sec.gov: one request per URL for the life of the page. */
export function fetchFiling(url: string): Promise<FilingText> {
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
