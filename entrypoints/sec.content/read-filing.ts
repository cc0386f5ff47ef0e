// Finds the ownership XML behind the page, per page kind (product.md section 1): the document
// itself where it is there, otherwise its address in the filing's folder on www.sec.gov, which
// the background fetches (./shown-filing.ts).

import { isOwnershipFormName, pickOwnershipXml, toIndexFilingDate } from '@/lib/filing-index';
import { toSubmissionType } from '@/lib/extract-ownership-xml';
import type { PageKind } from '@/lib/sec-urls';
import { toRawXmlUrl } from '@/lib/sec-urls';

/** Where the page's filing is, found from the URL and the page alone (no request). */
export type FilingLocation =
  /** Not an ownership filing after all (an XBRL file, a 10-K index): stay silent. */
  | { kind: 'not-ownership' }
  /** filingDate: what the page itself states (an index page), for the figures and the CSV. */
  | { kind: 'fetch'; url: string; filingDate?: string | null }
  /** The filing's text is the page itself (raw XML, full submission). */
  | { kind: 'text'; text: string }
  | { kind: 'failed'; message: string; details?: string };

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
      return xml === null ? { kind: 'not-ownership' } : { kind: 'text', text: xml };
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
      return isOwnership ? { kind: 'text', text } : { kind: 'not-ownership' };
    }
  }
}
