// The reader's rule applied to a followed filing's lines of the trades table (lib/market): any
// open-market purchase (the default), or open-market sales over $1,000,000 (docs/design.md
// section 11, "Watchlist"). Open market as sections 4 and 10 define it: private placements and
// offering purchases are not lines, so they never notify.

import type { TradeLine } from '../market/trade-lines';
import type { WatchRule } from './watchlist';

/** Sales notify above this many dollars (priced rows only, as a line's value is). */
export const LARGE_SALE_DOLLARS = 1_000_000;

/** The line that meets the rule (the first: P comes before S), or null. */
export function toRuleLine(lines: readonly TradeLine[], rule: WatchRule): TradeLine | null {
  if (rule === 'purchases') return lines.find((line) => line.code === 'P' && line.shares > 0) ?? null;
  return lines.find((line) => line.code === 'S' && line.value > LARGE_SALE_DOLLARS) ?? null;
}

export const RULE_LABELS: Record<WatchRule, string> = {
  purchases: 'Any open-market purchase',
  'large-sales': 'Open-market sales over $1 million',
};
