// The EDGAR filing index page (.../{acc}-index.htm) lists a filing's documents in a table
// (Seq, Description, Document, Type, Size). For a Form 3/4/5 it links the ownership XML
// twice: as the SEC's rendering (xslF345X0N/name.xml) and as the raw file (name.xml).
// Only a link into the filing's own folder on https://www.sec.gov is ever followed
// (docs/design.md section 7): a link to another host, another filing or another kind of path
// is refused, so an index page cannot make the extension read its "filing" elsewhere.

import { parseFilingPath, pageKind, toRawXmlUrl } from './sec-urls';

export interface IndexDocument {
  href: string;
  /** The Type column: "4", "4/A", "EX-24" ... */
  type: string;
}

export type OwnershipXmlPick =
  | { kind: 'found'; url: string }
  /** The index links its ownership XML outside the filing's folder: refused, with the link for details. */
  | { kind: 'elsewhere'; href: string }
  | { kind: 'none' };

const OWNERSHIP_FORM = /^[345](\/A)?$/;

/** "Form 4", "Form 4/A" in the page's heading: the filing is an ownership form. */
export function isOwnershipFormName(heading: string): boolean {
  const match = /^\s{0,20}Form\s{1,20}(\S{1,20})/i.exec(heading.slice(0, 200));
  return match !== null && OWNERSHIP_FORM.test(match[1]!.toUpperCase());
}

function sameCik(a: string, b: string): boolean {
  return a.replace(/^0+/, '') === b.replace(/^0+/, '');
}

/**
 * The raw XML URL of `href` (resolved against the index page) when it is the SEC's
 * rendering or raw XML inside the index's own accession folder, under the index's CIK or
 * one of the filers' CIKs the page names; otherwise null. EDGAR files one filing under
 * every filer's CIK, and an index reached through an owner's CIK links the documents under
 * the issuer's (test/corpus/html/edgarWebR__0001562180-17-002633-index.htm.html: page under
 * 1333712, links under 51143): hence the filers' CIKs.
 */
export function toFilingXmlUrl(href: string, indexUrl: string, filerCiks: readonly string[] = []): string | null {
  const index = parseFilingPath(indexUrl);
  if (index === null || pageKind(indexUrl) !== 'index') return null;
  let url: URL;
  try {
    url = new URL(href, indexUrl);
  } catch {
    return null;
  }
  const kind = pageKind(url);
  const target = parseFilingPath(url);
  if (target === null || (kind !== 'raw-xml' && kind !== 'rendering')) return null;
  if (target.accession !== index.accession) return null;
  if (![index.cik, ...filerCiks].some((cik) => sameCik(cik, target.cik))) return null;
  return kind === 'rendering' ? toRawXmlUrl(url) : url.origin + url.pathname;
}

/** The ownership XML among the index's documents: the raw file first, else the one behind the rendering. */
export function pickOwnershipXml(documents: IndexDocument[], pageUrl: string, filerCiks: readonly string[] = []): OwnershipXmlPick {
  const linked = documents.filter(
    (doc) => OWNERSHIP_FORM.test(doc.type.trim().toUpperCase()) && /\.xml(?:[?#]|$)/i.test(doc.href.slice(-300)),
  );
  if (linked.length === 0) return { kind: 'none' };
  const allowed = linked.map((doc) => ({ doc, url: toFilingXmlUrl(doc.href, pageUrl, filerCiks) }));
  const raw = allowed.find(({ doc, url }) => url !== null && pageKind(new URL(doc.href, pageUrl)) === 'raw-xml');
  const any = raw ?? allowed.find(({ url }) => url !== null);
  return any?.url ? { kind: 'found', url: any.url } : { kind: 'elsewhere', href: linked[0]!.href };
}

/**
 * The filing date an index page states in its info boxes ("Filing Date" then "2022-11-04"),
 * given as [heading, value] pairs in page order; null when absent or not an ISO date.
 */
export function toIndexFilingDate(info: readonly (readonly [string, string])[]): string | null {
  const pair = info.find(([head]) => /^\s{0,20}Filing Date\s{0,20}$/i.test(head.slice(0, 60)));
  const date = pair?.[1].trim().slice(0, 20) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
