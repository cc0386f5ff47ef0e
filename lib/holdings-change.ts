// The change in holdings next to an open-market net (product.md section 4, "Reading right";
// OpenInsider's "ΔOwn"): the net as a share of what the line(s) held before the trading.
// Before = the amount owned after the first open-market row of a line minus that row's signed
// shares (+ acquired, - disposed); summed over the lines traded. AAPL 2019-05-02 (Williams): the
// first sale leaves 137,776 after selling 13,433, so 151,209 were held before; the net -56,411
// is -37.31% of that.

import { add, subtract, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import { toHoldingLineKey } from './holdings-after';
import type { Field, Row } from './model';

export interface HoldingsChange {
  /** Signed shares of the open-market rows: bought - sold (the open-market net). */
  netShares: number;
  /** Shares held on the traded line(s) just before their first open-market row. */
  sharesBefore: number;
  /** netShares / sharesBefore as a fraction (-0.3731 is -37.31%), to 6 decimals; null for a new position. */
  change: number | null;
  /** Nothing was held before (sharesBefore is 0): a new position, not a percentage. */
  newPosition: boolean;
  /** How many holding lines the open-market rows are on. */
  lines: number;
}

function exact(field: Field<number>): Decimal {
  return toDecimal(field.value!, field.text);
}

function signed(row: Row): Decimal {
  const shares = exact(row.shares);
  return row.acquiredDisposed.value === 'D' ? { units: -shares.units, scale: shares.scale } : shares;
}

function normalise(text: string | null): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The change in holdings made by the open-market rows given (table I P acquired and S disposed,
 * in filing order). null when there are none, when a row lacks its shares, its direction or its
 * amount owned after, when the rows are in different securities (no one percentage), or when the
 * amounts say less than nothing was held before (a filing error).
 */
export function toHoldingsChange(openMarketRows: Row[]): HoldingsChange | null {
  if (openMarketRows.length === 0) return null;
  const complete = openMarketRows.every(
    (row) => row.shares.value !== null && row.sharesOwnedAfter.value !== null && row.acquiredDisposed.value !== null,
  );
  if (!complete) return null;
  if (new Set(openMarketRows.map((row) => normalise(row.securityTitle.text))).size > 1) return null;

  const firstOfLine = new Map<string, Row>();
  for (const row of openMarketRows) {
    const key = toHoldingLineKey(row);
    if (!firstOfLine.has(key)) firstOfLine.set(key, row);
  }
  let before = ZERO;
  for (const row of firstOfLine.values()) before = add(before, subtract(exact(row.sharesOwnedAfter), signed(row)));
  const net = openMarketRows.reduce((sum, row) => add(sum, signed(row)), ZERO);

  const sharesBefore = toRoundedNumber(before, 6);
  if (sharesBefore < 0) return null;
  const netShares = toRoundedNumber(net, 6);
  return {
    netShares,
    sharesBefore,
    change: sharesBefore === 0 ? null : Number((netShares / sharesBefore).toFixed(6)),
    newPosition: sharesBefore === 0,
    lines: firstOfLine.size,
  };
}
