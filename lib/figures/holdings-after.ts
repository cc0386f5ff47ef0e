// What the owner holds after the filing, line by line (docs/design.md section 4, "Holdings after",
// and "Reading right"): table I lines in shares, table II lines in their own units (options,
// units, Class B stock, notes in dollars) grouped apart, and a total only where adding is honest.

import { add, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import type { OwnershipDocument, Row } from '../filing/model';
import { isMeasuredInDollars } from '../filing/row-amount';
import { normalise } from '../text/text-key';
import { isOnlyAFootnotePointer, natureFootnoteIds, toHoldingLineKeys } from './holding-lines';

export interface HoldingLine {
  /** The line's name, the same in every filing that reports the position (lib/figures/holding-lines.ts). */
  key: string;
  table: Row['table'];
  securityTitle: string | null;
  directOrIndirect: 'D' | 'I' | null;
  natureOfOwnership: string | null;
  sharesOwnedAfter: number | null;
  /** For derivative lines reported in value rather than shares. */
  valueOwnedAfter: number | null;
  /**
   * Derivative lines: underlyingSecurityShares of the line's last row as filed. On a holding row
   * it is what the securities held cover (a Form 3's derivative holdings often give only this
   * amount, column 3 of table II); on a transaction row it is what the transaction covered (GOOG
   * 2022-04-13: 13,888 Class B converted, 18,509,696 held after). See underlyingSharesAfter.
   */
  underlyingShares: number | null;
  /**
   * Derivative lines: the shares the securities held after cover, when the filing says so (a
   * holding row's underlying amount); null for a line whose last row is a transaction, where
   * the filing gives only the number of derivative securities held (column 9).
   */
  underlyingSharesAfter: number | null;
  /**
   * 'dollars' for a line measured in money (a convertible note: transactionTotalValue or
   * valueOwnedFollowingTransaction), else 'shares' (table I) or the derivative's own units.
   */
  unit: 'shares' | 'dollars';
  /** The amount held after, in `unit`: valueOwnedAfter for dollar lines, else sharesOwnedAfter. */
  amountAfter: number | null;
  /**
   * Footnotes cited on the line's direct/indirect and nature-of-ownership fields, in order.
   * An indirect line's nature is often only "See Footnote" (PLTR's Form 3 has 16 such lines,
   * F1 to F16): these ids are what says who holds the shares.
   */
  natureFootnoteIds: string[];
  /** The nature is empty or only "See footnote(s)": the footnotes above are the whole description. */
  natureOnlyInFootnotes: boolean;
  /** Derivative lines: the security they convert into or are exercised for (e.g. "Class A Common Stock"). */
  underlyingTitle: string | null;
  /** Derivative lines whose underlying amount is a value (dollars), not shares. */
  underlyingValue: number | null;
  /** Derivative lines: exercise or conversion price, expiry; null when not filed. */
  conversionOrExercisePrice: number | null;
  expirationDate: string | null;
  /** Whether the line's last row is a transaction or a holding row. */
  rowKind: Row['kind'];
}

export type TotalOmitted = 'differentSecurities' | 'severalOwners';

export interface HoldingsAfter {
  /** Every line, transactions' lines first then holding rows' lines (both tables). */
  lines: HoldingLine[];
  /** Table I lines, in the order of `lines`. */
  equityLines: HoldingLine[];
  /** Table II lines, in the order of `lines`: shown apart, in their own units, never added to table I. */
  derivativeLines: HoldingLine[];
  /**
   * Sum of the table I lines; null when they cannot honestly be added (see totalOmitted), or
   * when there are none.
   */
  total: number | null;
  /** Non-derivative lines are in more than one security, so they cannot be added. */
  mixedSecurities: boolean;
  /**
   * Why there is no total though there are several table I lines: 'differentSecurities'
   * (Class A and Class C are not one number), or 'severalOwners' (joint filers' lines belong to
   * different people: Unity's 2021-09-14 Form 4 has 28,314,500 held via OTEE and the RSUs of two
   * other filers, 2,407 and 12,297; no one holds their sum). null when there is a total or
   * only one line.
   */
  totalOmitted: TotalOmitted | null;
}

const SHARE_DECIMALS = 6;

function toHoldingLine(row: Row, key: string): HoldingLine {
  const derivative = row.table === 'derivative';
  const unit = isMeasuredInDollars(row) ? 'dollars' : 'shares';
  const footnoteIds = natureFootnoteIds(row);
  return {
    key,
    table: row.table,
    securityTitle: row.securityTitle.text,
    directOrIndirect: row.directOrIndirect.value,
    natureOfOwnership: row.natureOfOwnership.text,
    sharesOwnedAfter: row.sharesOwnedAfter.value,
    valueOwnedAfter: row.valueOwnedAfter.value,
    underlyingShares: derivative ? row.underlyingShares.value : null,
    underlyingSharesAfter: derivative && row.kind === 'holding' ? row.underlyingShares.value : null,
    unit,
    amountAfter: unit === 'dollars' ? (row.valueOwnedAfter.value ?? row.sharesOwnedAfter.value) : row.sharesOwnedAfter.value,
    natureFootnoteIds: footnoteIds,
    natureOnlyInFootnotes: footnoteIds.length > 0 && isOnlyAFootnotePointer(row.natureOfOwnership.text),
    underlyingTitle: derivative ? row.underlyingTitle.text : null,
    underlyingValue: derivative ? row.underlyingValue.value : null,
    conversionOrExercisePrice: derivative ? row.conversionOrExercisePrice.value : null,
    expirationDate: derivative ? row.expirationDate.value : null,
    rowKind: row.kind,
  };
}

function sharesOf(row: Row): Decimal {
  const field = row.sharesOwnedAfter;
  return field.value === null ? ZERO : toDecimal(field.value, field.text);
}

/** The row that says what a line holds after the filing, for every line (`keys`: toHoldingLineKeys). */
export function lastRowOfEachLine(document: OwnershipDocument, keys: ReadonlyMap<Row, string>): Row[] {
  // The last transaction of a line says what is held after this filing.
  const byLine = new Map<string, Row>();
  for (const row of document.transactions) byLine.set(keys.get(row)!, row);
  const lastRows = [...byLine.values()];
  // Each holding row is a line of its own, unless a transaction already reported that line.
  for (const row of document.holdings) if (!byLine.has(keys.get(row)!)) lastRows.push(row);
  return lastRows;
}

export function toHoldingsAfter(document: OwnershipDocument, keys = toHoldingLineKeys(document)): HoldingsAfter {
  const lastRows = lastRowOfEachLine(document, keys);
  const lines = lastRows.map((row) => toHoldingLine(row, keys.get(row)!));
  const equity = lastRows.filter((row) => row.table === 'nonDerivative');
  const mixedSecurities = new Set(equity.map((row) => normalise(row.securityTitle.text))).size > 1;
  // Rows of several reporting owners are one set of rows, but which owner holds a line is not
  // in the XML: adding their lines would state a holding nobody has (docs/design.md section 4, "Reading right").
  const severalOwners = document.reportingOwners.length > 1 && equity.length > 1;
  const totalOmitted: TotalOmitted | null = mixedSecurities ? 'differentSecurities' : severalOwners ? 'severalOwners' : null;
  const total =
    totalOmitted !== null || equity.length === 0
      ? null
      : toRoundedNumber(equity.reduce((sum, row) => add(sum, sharesOf(row)), ZERO), SHARE_DECIMALS);
  return {
    lines,
    equityLines: lines.filter((line) => line.table === 'nonDerivative'),
    derivativeLines: lines.filter((line) => line.table === 'derivative'),
    total,
    mixedSecurities,
    totalOmitted,
  };
}
