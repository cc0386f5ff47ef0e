// Open-market totals over many filings: the exact sum of each filing's own figures, with
// average prices over the priced shares and the unpriced rows counted apart (section 4: rows
// without a price count in shares and never in dollars).

import { averagePrice, ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import type { FilingEntry } from './filing-entry';

export interface OpenMarketActivity {
  boughtShares: number;
  boughtValue: number;
  /** boughtValue over the shares of priced purchases; null when none gave a price. */
  boughtAveragePrice: number | null;
  boughtRows: number;
  soldShares: number;
  soldValue: number;
  soldAveragePrice: number | null;
  soldRows: number;
  netShares: number;
  netValue: number;
  /** P and S rows with no price: in the share totals, not in the dollars. */
  unpricedRows: number;
  unpricedShares: number;
}

function side() {
  return { rows: 0, unpricedRows: 0, shares: new ExactSum(), value: new ExactSum(), priced: new ExactSum() };
}

export class OpenMarketSum {
  private readonly bought = side();
  private readonly sold = side();

  add(entry: FilingEntry): void {
    for (const [sum, trades] of [
      [this.bought, entry.bought],
      [this.sold, entry.sold],
    ] as const) {
      sum.rows += trades.rows;
      sum.unpricedRows += trades.unpricedRows;
      sum.shares.add(trades.shares);
      sum.value.add(trades.value);
      sum.priced.add(trades.pricedShares);
    }
  }

  /** Takes one row back out: a block already counted from a related owner's filing (lib/activity/blocks.ts). */
  remove(row: { code: 'P' | 'S'; shares: number; value: number | null }): void {
    const sum = row.code === 'P' ? this.bought : this.sold;
    sum.rows -= 1;
    sum.shares.add(-row.shares);
    if (row.value === null) sum.unpricedRows -= 1;
    else {
      sum.value.add(-row.value);
      sum.priced.add(-row.shares);
    }
  }

  result(): OpenMarketActivity {
    const boughtShares = this.bought.shares.value(SHARE_DECIMALS);
    const soldShares = this.sold.shares.value(SHARE_DECIMALS);
    const boughtValue = this.bought.value.value(MONEY_DECIMALS);
    const soldValue = this.sold.value.value(MONEY_DECIMALS);
    const boughtPriced = this.bought.priced.value(SHARE_DECIMALS);
    const soldPriced = this.sold.priced.value(SHARE_DECIMALS);
    return {
      boughtShares,
      boughtValue,
      boughtAveragePrice: averagePrice(boughtValue, boughtPriced),
      boughtRows: this.bought.rows,
      soldShares,
      soldValue,
      soldAveragePrice: averagePrice(soldValue, soldPriced),
      soldRows: this.sold.rows,
      netShares: new ExactSum().add(boughtShares).add(-soldShares).value(SHARE_DECIMALS),
      netValue: new ExactSum().add(boughtValue).add(-soldValue).value(MONEY_DECIMALS),
      unpricedRows: this.bought.unpricedRows + this.sold.unpricedRows,
      unpricedShares: new ExactSum()
        .add(boughtShares)
        .add(-boughtPriced)
        .add(soldShares)
        .add(-soldPriced)
        .value(SHARE_DECIMALS),
    };
  }
}
