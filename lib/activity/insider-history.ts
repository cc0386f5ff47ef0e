// One insider's filings at one issuer over time, for a filing page's "history" (docs/design.md
// section 9 b): each filing's open-market net and the insider's holdings after it, every
// holding line carried forward from the latest filing that reported it, in the shares of the
// latest filing (section 10, "Splits").

import { ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import type { FilingEntry } from './filing-entry';
import { HoldingsOverTime } from './holdings-over-time';
import { compareByDate } from './entry-order';
import { toSplitAdjustedEntry } from './split-adjusted-entry';
import { findSplits, splitFactor, type Split } from './splits';

export interface HistoryPoint {
  id: string;
  accession: string | null;
  filingDate: string | null;
  documentType: FilingEntry['documentType'];
  /** The filing's last row date (its period when it has no rows). */
  date: string | null;
  source: string | null;
  netShares: number;
  netValue: number;
  /** Table I shares after this filing, lines carried forward; null when unknown or in different securities. */
  holdingsAfter: number | null;
}

/** The splits at the insider's issuer(s) among the entries: what toInsiderHistory adjusts for (docs/design.md section 10). */
export function findInsiderSplits(entries: readonly FilingEntry[], insiderKey: string): Split[] {
  const issuers = new Set(entries.filter((entry) => entry.insiderKey === insiderKey).map((entry) => entry.issuerKey));
  return findSplits(entries.filter((entry) => issuers.has(entry.issuerKey)));
}

/**
 * The history of `insiderKey` among counted entries (ActivityReport.counted), oldest first, in
 * the shares of the latest filing: a split is not a jump in holdings.
 */
export function toInsiderHistory(entries: readonly FilingEntry[], insiderKey: string): HistoryPoint[] {
  const holdings = new HoldingsOverTime();
  const splits = findInsiderSplits(entries, insiderKey);
  return entries
    .filter((entry) => entry.insiderKey === insiderKey)
    .map((filed) => toSplitAdjustedEntry(filed, splitFactor(filed, splits)))
    .sort(compareByDate)
    .map((entry) => {
      holdings.add(entry.holdings);
      return {
        id: entry.id,
        accession: entry.accession,
        filingDate: entry.filingDate,
        documentType: entry.documentType,
        date: entry.lastDate,
        source: entry.source,
        netShares: new ExactSum().add(entry.bought.shares).add(-entry.sold.shares).value(SHARE_DECIMALS),
        netValue: new ExactSum().add(entry.bought.value).add(-entry.sold.value).value(MONEY_DECIMALS),
        holdingsAfter: holdings.total(),
      };
    });
}
