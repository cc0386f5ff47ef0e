// What a row's amount is measured in. Most rows count shares (or a derivative's own units:
// options, units); some derivative rows count dollars: a convertible note reports
// transactionTotalValue and valueOwnedFollowingTransaction instead of shares (ABCL 2020-12-11,
// Thiel: "Convertible Note", A, 30,430,000.00; U 2022-11-08, Botha: "2.0% Convertible Senior
// Notes due 2027", P, 60,000,000). Such a row is labelled as dollars and signed like any other
// (docs/design.md section 4, "Numbers": "rows in dollars rather than shares are labelled so").

import type { Row } from './model';

export interface RowAmount {
  unit: 'shares' | 'dollars';
  /** Shares (or units) of the transaction, or its total value in dollars; null when not filed. */
  amount: number | null;
  /** amount with its direction: + acquired, - disposed; null without an amount or A/D. */
  signedAmount: number | null;
  /** Held after, in the same unit: sharesOwnedFollowingTransaction or valueOwnedFollowingTransaction. */
  ownedAfter: number | null;
}

export function isMeasuredInDollars(row: Row): boolean {
  return (row.totalValue.value !== null && row.shares.value === null) || (row.valueOwnedAfter.value !== null && row.sharesOwnedAfter.value === null);
}

export function toRowAmount(row: Row): RowAmount {
  const dollars = isMeasuredInDollars(row);
  const amount = dollars ? (row.totalValue.value ?? row.shares.value) : row.shares.value;
  const direction = row.acquiredDisposed.value;
  const signedAmount = amount === null || direction === null ? null : direction === 'D' ? -amount || 0 : amount;
  const ownedAfter = dollars ? (row.valueOwnedAfter.value ?? row.sharesOwnedAfter.value) : row.sharesOwnedAfter.value;
  return { unit: dollars ? 'dollars' : 'shares', amount, signedAmount, ownedAfter };
}
