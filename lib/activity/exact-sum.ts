// Sums of figures across filings, exact as lib/figures/figures.ts makes each filing's figures: every
// per-filing figure is already rounded (shares to 6 places, dollars to the cent), so adding
// their decimal images exactly gives the sum of the filings' own figures, with no float drift
// over thousands of filings.

import { add, MONEY_DECIMALS, PRICE_DECIMALS, SHARE_DECIMALS, toDecimal, toRoundedNumber, ZERO, type Decimal } from '../figures/decimal';

export class ExactSum {
  private total: Decimal = ZERO;

  add(value: number): this {
    if (value !== 0) this.total = add(this.total, toDecimal(value, String(value)));
    return this;
  }

  /** Rounded half away from zero to `decimals` places. */
  value(decimals: number): number {
    return toRoundedNumber(this.total, decimals);
  }
}

export { MONEY_DECIMALS, PRICE_DECIMALS, SHARE_DECIMALS };

/** value / shares to 4 places (the precision lib/figures/figures.ts gives an average price); null without shares. */
export function averagePrice(value: number, shares: number): number | null {
  return shares !== 0 ? Number((value / shares).toFixed(PRICE_DECIMALS)) : null;
}
