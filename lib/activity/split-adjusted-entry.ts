// A filing's entry in the shares of the window's end (docs/design.md section 10, "Splits"): every
// share figure times the splits' factor, every price divided by it; dollars are dollars and
// stay as filed. Table II is in its own units and is left as filed.

import { multiply, toDecimal, toRoundedNumber } from '../figures/decimal';
import type { CodeTotals } from '../figures/figures';
import { SHARE_DECIMALS } from './exact-sum';
import type { FilingEntry } from './filing-entry';

function scaled(shares: number, factor: number): number {
  // Exact for the usual whole factors (3 for a 3-for-1); rounded once to 6 places otherwise.
  return toRoundedNumber(multiply(toDecimal(shares, String(shares)), toDecimal(factor, String(factor))), SHARE_DECIMALS);
}

function scaledCodes(byCode: Record<string, CodeTotals>, factor: number): Record<string, CodeTotals> {
  return Object.fromEntries(
    Object.entries(byCode).map(([code, totals]) => [code, { ...totals, acquired: scaled(totals.acquired, factor), disposed: scaled(totals.disposed, factor) }]),
  );
}

/** The entry with its shares times `factor` (a copy; the entry itself is left as filed). */
export function toSplitAdjustedEntry(entry: FilingEntry, factor: number): FilingEntry {
  if (factor === 1) return entry;
  const side = (trades: FilingEntry['bought']) => ({ ...trades, shares: scaled(trades.shares, factor), pricedShares: scaled(trades.pricedShares, factor) });
  return {
    ...entry,
    bought: side(entry.bought),
    sold: side(entry.sold),
    byCode: scaledCodes(entry.byCode, factor),
    netShares: scaled(entry.netShares, factor),
    holdings: entry.holdings.map((line) => ({
      ...line,
      sharesOwnedAfter: line.sharesOwnedAfter === null ? null : scaled(line.sharesOwnedAfter, factor),
      before: line.before === null ? null : scaled(line.before, factor),
    })),
    purchases: entry.purchases.map((day) => ({ ...day, shares: scaled(day.shares, factor), unpricedShares: scaled(day.unpricedShares, factor) })),
    trades: entry.trades?.map((trade) => ({
      ...trade,
      shares: scaled(trade.shares, factor),
      price: trade.price === null ? null : Number((trade.price / factor).toFixed(6)),
    })),
  };
}
