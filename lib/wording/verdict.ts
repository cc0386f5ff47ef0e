// The activity of a window in one line, as a reader following insider buying would put it:
// "3 insiders bought $1.2M; 5 sold $8.4M, 80% under 10b5-1 plans."

import type { IssuerActivity } from '../activity';
import { formatCompactMoney, formatShares } from './format';

function insiders(count: number): string {
  return `${count} insider${count === 1 ? '' : 's'}`;
}

/** Dollars when the trades had prices, else shares (never a dollar figure for unpriced shares). */
function amount(value: number, shares: number, locale?: string): string {
  return value !== 0 ? formatCompactMoney(value, locale) : `${formatShares(shares, locale)} shares`;
}

export function toVerdict(issuer: IssuerActivity | null, locale?: string): string {
  if (issuer === null || (issuer.buyers === 0 && issuer.sellers === 0)) return 'No open-market purchases or sales by insiders in this window.';
  const market = issuer.openMarket;
  const bought = issuer.buyers > 0 ? `${insiders(issuer.buyers)} bought ${amount(market.boughtValue, market.boughtShares, locale)}` : 'No insider bought';
  if (issuer.sellers === 0) return `${bought}; none sold.`;
  // "3 insiders bought ...; 5 sold ..." but "No insider bought; 1 insider sold ...".
  const sellers = issuer.buyers > 0 ? String(issuer.sellers) : insiders(issuer.sellers);
  const plans = issuer.tenB5OneShare !== null ? `, ${Math.round(issuer.tenB5OneShare * 100)}% under 10b5-1 plans` : '';
  return `${bought}; ${sellers} sold ${amount(market.soldValue, market.soldShares, locale)}${plans}.`;
}

/**
 * What a verdict over a window leaves out, said with it (docs/design.md section 10, "Honest
 * while incomplete"): "32 of 79 filings read; 47 could not be." Null when every filing listed
 * was read and the list itself is whole; while filings still arrive, the progress says it.
 */
export function describeIncomplete(total: number, unreadable: number, gaps: readonly string[]): string | null {
  if (unreadable === 0 && gaps.length === 0) return null;
  const filings = (n: number) => `${n} filing${n === 1 ? '' : 's'}`;
  const read = unreadable > 0 ? `${total - unreadable} of ${filings(total)} read; ${unreadable} could not be.` : null;
  const list = gaps.length > 0 ? "EDGAR's list of filings is incomplete (below)." : null;
  return [read, list].filter(Boolean).join(' ');
}
