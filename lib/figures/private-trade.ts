// P and S mean "purchase or sale, open market or private" (Form 4 General Instruction 8). A
// private placement or a trade made directly with the issuer is not the open-market signal
// readers look for (docs/design.md section 4, "Reading right"): such a row is told apart by what its
// own footnotes say, for example
//   TSLA 2011-06-08 F1: "...purchased 1,416,000 shares ... in a private placement transaction with the issuer."
//   CMMB 2021-03-16 F1: "The purchase reported herein was made in a private placement transaction
//                        entered into directly with the Issuer."
//   TSLA 2013-05-30 F1: "...596,272 shares ... were purchased directly from the issuing company in a
//                        private placement..."
// A purchase in the issuer's public offering is not one either (docs/design.md section 10, "Not
// open market"): a P whose own footnotes say it was bought in the (initial) public offering or
// from the underwriters, as Musk's TSLA purchases of 2019-05-02 and 2020-02-14 ("purchased ... at
// the public offering price in a registered common stock offering by the issuer"); and a P dated
// the day the filing says the initial public offering closed, whichever row's footnote says it:
// Fractyl's 2024-02-06 Form 4 converts preferred stock "In connection with the closing of the
// Issuer's initial public offering" (F1) and buys 333,333 shares at the $15.00 IPO price, citing
// nothing.
// Only the row's own footnotes count (on its coding, shares, price and A/D code): a nature-of-
// ownership footnote describes the holder, and a title like "Private Placement Warrants" names
// the security, not how it was traded. Linear expressions on the first 4,000 characters.

import type { OwnershipDocument, Row } from '../filing/model';

const SCAN_LIMIT = 4_000;
const PRIVATE_DEAL = /\bprivate(?:ly)?[\s-]{1,3}(?:placements?|negotiated|transactions?|sales?|purchases?|offerings?)\b/i;
const WITH_THE_ISSUER = /\bdirectly\s{1,3}(?:from|with|to)\s{1,3}(?:the\s{1,3})?(?:issuer|issuing\s{1,3}company|company)\b/i;
const NEGATED = /\bnot\s{1,3}(?:in\s{1,3})?(?:a\s{1,3})?private/i;

const IN_THE_OFFERING =
  /\b(?:at\s{1,3}the\s{1,3}(?:initial\s{1,3})?public\s{1,3}offering\s{1,3}price|in\s{1,3}(?:the\s{1,3}|a\s{1,3}|its\s{1,3})?(?:issuer['’]?s\s{1,3}|company['’]?s\s{1,3})?(?:registered\s{1,3}|underwritten\s{1,3})?(?:initial\s{1,3})?public\s{1,3}offering|from\s{1,3}the\s{1,3}underwriters?)\b/i;
const MAY_BE_OFFERING = /offering|underwriter|\bipo\b/i;
const IPO_CLOSED =
  /\bclosing\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:issuer['’]?s\s{1,3}|company['’]?s\s{1,3})?(?:initial\s{1,3}public\s{1,3}offering|ipo)\b/i;

/** Why a P or S row is not an open-market trade, told by a footnote. */
export interface NotOpenMarket {
  kind: 'private' | 'offering';
  /** The footnote that says so ("F1"). */
  footnoteId: string;
}

/** The footnote text says the trade was private (a placement, negotiated, or directly with the issuer). */
export function saysPrivateTrade(footnoteText: string): boolean {
  const text = footnoteText.slice(0, SCAN_LIMIT);
  return (PRIVATE_DEAL.test(text) || WITH_THE_ISSUER.test(text)) && !NEGATED.test(text);
}

/** The footnote text says shares were bought in the issuer's public offering or from its underwriters. */
export function saysBoughtInOffering(footnoteText: string): boolean {
  return IN_THE_OFFERING.test(footnoteText.slice(0, SCAN_LIMIT));
}

/** What a filing's footnotes say about how its trades were made, each footnote read once. */
export interface TradeFootnotes {
  privateIds: ReadonlySet<string>;
  offeringIds: ReadonlySet<string>;
  /** Dates of rows citing a footnote that says the initial public offering closed, with that footnote. */
  ipoClosedOn: ReadonlyMap<string, string>;
}

/**
 * Each footnote read once: a filing of 3,000 sales citing the same footnotes costs one scan
 * per footnote, not one per row.
 */
export function readTradeFootnotes(document: OwnershipDocument): TradeFootnotes {
  const privateIds = new Set<string>();
  const offeringIds = new Set<string>();
  const ipoClosedIds = new Set<string>();
  for (const footnote of document.footnotes) {
    if (saysPrivateTrade(footnote.text)) privateIds.add(footnote.id);
    // Most footnotes are price ranges and plan dates: one quick look for the words first.
    if (!MAY_BE_OFFERING.test(footnote.text.slice(0, SCAN_LIMIT))) continue;
    if (saysBoughtInOffering(footnote.text)) offeringIds.add(footnote.id);
    if (IPO_CLOSED.test(footnote.text.slice(0, SCAN_LIMIT))) ipoClosedIds.add(footnote.id);
  }
  const ipoClosedOn = new Map<string, string>();
  if (ipoClosedIds.size > 0) {
    for (const row of [...document.transactions, ...document.holdings]) {
      const date = row.transactionDate.value;
      const id = date === null ? undefined : citedIds(row).find((cited) => ipoClosedIds.has(cited));
      if (date !== null && id !== undefined && !ipoClosedOn.has(date)) ipoClosedOn.set(date, id);
    }
  }
  return { privateIds, offeringIds, ipoClosedOn };
}

function citedIds(row: Row): string[] {
  const fields = [row.securityTitle, row.transactionDate, row.shares, row.pricePerShare, row.acquiredDisposed, row.sharesOwnedAfter, row.directOrIndirect, row.natureOfOwnership, row.underlyingTitle, row.underlyingShares, row.conversionOrExercisePrice];
  return [...row.codingFootnoteIds, ...fields.flatMap((field) => field.footnoteIds)];
}

/** The footnotes a row cites on the fields that describe the trade itself, in order. */
function tradeFootnoteIds(row: Row): string[] {
  return [...row.codingFootnoteIds, ...row.shares.footnoteIds, ...row.pricePerShare.footnoteIds, ...row.acquiredDisposed.footnoteIds];
}

/**
 * For a P or S row: why it is not an open-market trade (its own footnote saying it was private;
 * for a P, bought in the offering, or dated the day the IPO closed), or null when nothing says
 * so (an open-market trade as far as the filing tells).
 */
export function findNotOpenMarket(row: Row, footnotes: TradeFootnotes): NotOpenMarket | null {
  if (row.code !== 'P' && row.code !== 'S') return null;
  const own = tradeFootnoteIds(row);
  const privateId = own.find((id) => footnotes.privateIds.has(id));
  if (privateId !== undefined) return { kind: 'private', footnoteId: privateId };
  if (row.code !== 'P') return null;
  const offeringId = own.find((id) => footnotes.offeringIds.has(id)) ?? (row.transactionDate.value === null ? undefined : footnotes.ipoClosedOn.get(row.transactionDate.value));
  return offeringId === undefined ? null : { kind: 'offering', footnoteId: offeringId };
}
