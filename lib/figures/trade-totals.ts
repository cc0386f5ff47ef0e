// Shares, dollars and average price of a set of trades (one side: bought or sold), honest about
// which shares the dollars cover (docs/design.md section 4: "Never claim a dollar figure for
// unpriced shares"; the dollar total says it is "for 500.5 of 1,500.5 shares; the price of 1,000
// shares is only in footnote 3"). Sums are exact (lib/figures/decimal.ts) and rounded once.

import { add, multiply, PRICE_DECIMALS, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import type { RowPrice } from './footnote-price';
import type { Row } from '../filing/model';
import { exactValue } from './row-value';

export interface TradeTotals {
  /** Rows counted. */
  rows: number;
  shares: number;
  /** Sum of shares x price over the rows that have a price (filed, or stated by a footnote). */
  value: number;
  /** Shares of the rows that have a price: the shares `value` covers and the weight of the average. */
  pricedShares: number;
  /** value / pricedShares; null when no row has a price (priced shares sum to zero). */
  averagePrice: number | null;
  /** Shares with no price at all (shares - pricedShares): no dollars are claimed for them. */
  unpricedShares: number;
  unpricedRows: number;
  /** Footnotes cited on the price of the unpriced rows: where their price is told, if anywhere. */
  unpricedPriceFootnoteIds: string[];
  /** Of pricedShares, those priced from a footnote's words ("at a price of $12.25"). */
  footnotePricedShares: number;
  /** The footnotes those prices were taken from. */
  footnotePriceIds: string[];
}

export interface PricedRow {
  row: Row;
  price: RowPrice;
}

const SHARE_DECIMALS = 6;
const MONEY_DECIMALS = 2;

function exactPrice({ row, price }: PricedRow): Decimal | null {
  if (price.price === null) return null;
  // A footnote's price has no filed text of its own: its shortest decimal text is exact
  // (toDecimal reads the text, and an absent text would read as zero).
  return price.priceSource === 'filed' ? exactValue(row.pricePerShare) : toDecimal(price.price, String(price.price));
}

function pushOnce(ids: string[], more: string[]): void {
  for (const id of more) if (!ids.includes(id)) ids.push(id);
}

export function toTradeTotals(rows: PricedRow[]): TradeTotals {
  let shares = ZERO;
  let value = ZERO;
  let pricedShares = ZERO;
  let footnotePricedShares = ZERO;
  let unpricedRows = 0;
  const unpricedPriceFootnoteIds: string[] = [];
  const footnotePriceIds: string[] = [];
  for (const priced of rows) {
    const rowShares = exactValue(priced.row.shares);
    shares = add(shares, rowShares);
    const price = exactPrice(priced);
    if (price === null) {
      unpricedRows += 1;
      pushOnce(unpricedPriceFootnoteIds, priced.row.pricePerShare.footnoteIds);
      continue;
    }
    value = add(value, multiply(rowShares, price));
    pricedShares = add(pricedShares, rowShares);
    if (priced.price.priceSource === 'footnote') {
      footnotePricedShares = add(footnotePricedShares, rowShares);
      pushOnce(footnotePriceIds, [priced.price.footnoteId!]);
    }
  }
  const weight = toRoundedNumber(pricedShares, SHARE_DECIMALS);
  const total = toRoundedNumber(shares, SHARE_DECIMALS);
  return {
    rows: rows.length,
    shares: total,
    value: toRoundedNumber(value, MONEY_DECIMALS),
    pricedShares: weight,
    averagePrice: weight !== 0 ? Number((toRoundedNumber(value, 8) / weight).toFixed(PRICE_DECIMALS)) : null,
    unpricedShares: Number((total - weight).toFixed(SHARE_DECIMALS)) || 0,
    unpricedRows,
    unpricedPriceFootnoteIds,
    footnotePricedShares: toRoundedNumber(footnotePricedShares, SHARE_DECIMALS),
    footnotePriceIds,
  };
}
