// The EDGAR filing index page (.../{acc}-index.htm) lists a filing's documents in a table
// (Seq, Description, Document, Type, Size). For a Form 3/4/5 it links the ownership XML
// twice: as the SEC's rendering (xslF345X0N/name.xml) and as the raw file (name.xml).

import { toRawXmlUrl } from './sec-urls';

export interface IndexDocument {
  href: string;
  /** The Type column: "4", "4/A", "EX-24" ... */
  type: string;
}

const OWNERSHIP_FORM = /^[345](\/A)?$/;

/** "Form 4", "Form 4/A" in the page's heading: the filing is an ownership form. */
export function isOwnershipFormName(heading: string): boolean {
  const match = /^\s*Form\s+(\S+)/i.exec(heading);
  return match !== null && OWNERSHIP_FORM.test(match[1]!.toUpperCase());
}

/** The absolute URL of the raw ownership XML among the index's documents, or null. */
export function pickOwnershipXmlUrl(documents: IndexDocument[], pageUrl: string): string | null {
  const candidates = documents
    .filter((doc) => OWNERSHIP_FORM.test(doc.type.trim().toUpperCase()))
    .map((doc) => {
      try {
        return new URL(doc.href, pageUrl);
      } catch {
        return null;
      }
    })
    .filter((url): url is URL => url !== null && url.pathname.toLowerCase().endsWith('.xml'));
  for (const url of candidates) {
    if (toRawXmlUrl(url.href) === null) return url.origin + url.pathname;
  }
  for (const url of candidates) {
    const raw = toRawXmlUrl(url.href);
    if (raw !== null) return raw;
  }
  return null;
}
