// The dollar value of a row, exactly (docs/design.md section 4: values are summed exactly in
// decimal and rounded once to the cent).

import { multiply, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import type { Field, Row } from '../filing/model';

/** Shares x price of a transaction to the cent, exactly; or the total value a derivative row reports; null if unknown. */
export function transactionValue(row: Row): number | null {
  const { shares, pricePerShare, totalValue } = row;
  if (totalValue.value !== null) return totalValue.value;
  if (shares.value === null || pricePerShare.value === null) return null;
  return toRoundedNumber(multiply(toDecimal(shares.value, shares.text), toDecimal(pricePerShare.value, pricePerShare.text)), 2);
}

/** A number field's exact value (lib/figures/decimal.ts), read from its text as filed; absent or unreadable counts as zero. */
export function exactValue(field: Field<number>): Decimal {
  return field.value === null ? ZERO : toDecimal(field.value, field.text);
}
