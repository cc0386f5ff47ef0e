// How a filing page's two scripts meet, and what the history may ask for. The filing-page
// script's overlay (components/overlay.tsx) leaves an empty slot; the history script
// (entrypoints/history.content) finds it in the overlay's shadow root and fills it. The slot
// carries no CIK: the page's own scripts can write into the overlay's DOM, so the insider and
// the issuer come from the background's parse of the filing this tab showed (`toPageFiling`),
// never from the page.

import type { Filing } from '../filing/model';
import { parseFilingPath } from '../sec/sec-urls';
import { namesFiler } from '../filing/filer';

/** The element the overlay's shadow root hangs on. */
export const OVERLAY_HOST_TAG = 'form4-lens-overlay';

/** The slot's marker attribute. */
export const HISTORY_SLOT = 'data-history-slot';

export const HISTORY_SLOT_SELECTOR = `[${HISTORY_SLOT}]`;

/** The filing a tab shows, as the history asks about it. */
export interface PageFiling {
  issuerCik: string;
  ownerCiks: string[];
  /** From the page's address (the XML alone does not state it). */
  accession: string;
}

/**
 * The filing a page shows, when its address and its XML agree: the page is a filing page, and
 * the CIK of its folder is the filing's issuer or one of its owners (EDGAR files a filing under
 * each, docs/design.md section 1). A page at a filing-like address holding another company's
 * filing gets no history: nothing a page can write steers the background's requests.
 */
export function toPageFiling(pageUrl: string, filing: Filing): PageFiling | null {
  const path = parseFilingPath(pageUrl);
  if (path === null) return null;
  const { issuer, reportingOwners } = filing.document;
  const ownerCiks = reportingOwners.map((owner) => owner.cik).filter((cik) => /^\d{1,10}$/.test(cik.trim()));
  if (!/^\d{1,10}$/.test(issuer.cik.trim()) || ownerCiks.length === 0) return null;
  if (!namesFiler(filing.document, path.cik)) return null;
  if (filing.accession !== null && filing.accession !== path.accession) return null;
  return { issuerCik: issuer.cik.trim(), ownerCiks: ownerCiks.map((cik) => cik.trim()).slice(0, 10), accession: path.accession };
}
