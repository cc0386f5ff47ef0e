// P and S mean "purchase or sale, open market or private" (Form 4 General Instruction 8). A
// private placement or a trade made directly with the issuer is not the open-market signal
// readers look for (docs/design.md section 4, "Reading right"): such a row is told apart by what its
// own footnotes say, for example
//   TSLA 2011-06-08 F1: "...purchased 1,416,000 shares ... in a private placement transaction with the issuer."
//   CMMB 2021-03-16 F1: "The purchase reported herein was made in a private placement transaction
//                        entered into directly with the Issuer."
//   TSLA 2013-05-30 F1: "...596,272 shares ... were purchased directly from the issuing company in a
//                        private placement..."
// Only the row's own footnotes count (on its coding, shares, price and A/D code): a nature-of-
// ownership footnote describes the holder, and a title like "Private Placement Warrants" names
// the security, not how it was traded. Linear expressions on the first 4,000 characters.

import type { Footnote, Row } from '../filing/model';

const SCAN_LIMIT = 4_000;
const PRIVATE_DEAL = /\bprivate(?:ly)?[\s-]{1,3}(?:placements?|negotiated|transactions?|sales?|purchases?|offerings?)\b/i;
const WITH_THE_ISSUER = /\bdirectly\s{1,3}(?:from|with|to)\s{1,3}(?:the\s{1,3})?(?:issuer|issuing\s{1,3}company|company)\b/i;
const NEGATED = /\bnot\s{1,3}(?:in\s{1,3})?(?:a\s{1,3})?private/i;

/** The footnote text says the trade was private (a placement, negotiated, or directly with the issuer). */
export function saysPrivateTrade(footnoteText: string): boolean {
  const text = footnoteText.slice(0, SCAN_LIMIT);
  return (PRIVATE_DEAL.test(text) || WITH_THE_ISSUER.test(text)) && !NEGATED.test(text);
}

/**
 * The ids of the footnotes that say a trade was private, each footnote read once: a filing of
 * 3,000 sales citing the same footnotes costs one scan per footnote, not one per row.
 */
export function findPrivateTradeFootnoteIds(footnotes: readonly Footnote[]): ReadonlySet<string> {
  return new Set(footnotes.filter((footnote) => saysPrivateTrade(footnote.text)).map((footnote) => footnote.id));
}

/** The footnotes a row cites on the fields that describe the trade itself, in order. */
function tradeFootnoteIds(row: Row): string[] {
  return [...row.codingFootnoteIds, ...row.shares.footnoteIds, ...row.pricePerShare.footnoteIds, ...row.acquiredDisposed.footnoteIds];
}

/**
 * For a P or S row: the id of its first footnote saying the trade was private (one of
 * `privateFootnoteIds`, from findPrivateTradeFootnoteIds), or null when none does (an
 * open-market trade as far as the filing tells).
 */
export function findPrivateTradeFootnote(row: Row, privateFootnoteIds: ReadonlySet<string>): string | null {
  if (row.code !== 'P' && row.code !== 'S') return null;
  return tradeFootnoteIds(row).find((id) => privateFootnoteIds.has(id)) ?? null;
}
