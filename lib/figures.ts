// The figures of a filing, as product.md section 4 defines them. Over non-derivative
// transactions unless said otherwise; rows of several reporting owners are one set of
// rows (never multiplied by the number of owners).

import { add, multiply, subtract, toDecimal, toRoundedNumber, ZERO, type Decimal } from './decimal';
import type { Field, OwnershipDocument, Row } from './model';
import { findPriceRanges, findTenB5OneMentions, type PriceRange } from './footnote-facts';

export interface TradeTotals {
  /** Rows counted. */
  rows: number;
  shares: number;
  /** Sum of shares x price over the rows that give a price. */
  value: number;
  /** Shares of the rows that give a price: the weight of the average. */
  pricedShares: number;
  /** value / pricedShares; null when no row gives a price (priced shares sum to zero). */
  averagePrice: number | null;
}

export interface OpenMarket {
  /** Code P, acquired. */
  bought: TradeTotals;
  /** Code S, disposed. */
  sold: TradeTotals;
  netShares: number;
  netValue: number;
}

export interface CodeTotals {
  acquired: number;
  disposed: number;
  rows: number;
}

export interface HoldingLine {
  table: Row['table'];
  securityTitle: string | null;
  directOrIndirect: 'D' | 'I' | null;
  natureOfOwnership: string | null;
  sharesOwnedAfter: number | null;
  /** For derivative lines reported in value rather than shares. */
  valueOwnedAfter: number | null;
  /**
   * Derivative lines: the shares underlying them. A Form 3's derivative holdings often give
   * only this amount (column 3 of table II), with no amount owned after.
   */
  underlyingShares: number | null;
}

export interface HoldingsAfter {
  lines: HoldingLine[];
  /** Sum of the non-derivative lines; null when they are in different securities. */
  total: number | null;
  /** Non-derivative lines are in more than one security, so they cannot be added. */
  mixedSecurities: boolean;
}

export interface TenB5One {
  /** The Rule 10b5-1 checkbox (aff10b5One) is ticked. */
  checkbox: boolean;
  /** Footnotes that mention a 10b5-1 plan. */
  footnoteIds: string[];
  inRemarks: boolean;
  /** Plan adoption dates given by those footnotes or remarks (ISO dates). */
  adoptionDates: string[];
}

export interface Flags {
  amendment: { originalDate: string | null } | null;
  tenB5One: TenB5One | null;
  /** Indexes into document.transactions. */
  lateRows: number[];
  earlyRows: number[];
  deemedExecutionRows: number[];
  /** Rows whose price is given only by a footnote. */
  footnoteOnlyPriceRows: number[];
  priceRanges: PriceRange[];
  reportingOwners: number;
  /** P rows disposed, S rows acquired, or either without A/D: left out of the open-market totals. */
  inconsistentDirectionRows: number[];
  /** notSubjectToSection16: the owner is no longer subject to Section 16. */
  exitFiler: boolean;
}

export interface Figures {
  openMarket: OpenMarket;
  hasOpenMarketTrades: boolean;
  /** Non-derivative transactions by filed code, in order of first appearance. */
  byCode: Record<string, CodeTotals>;
  /** Derivative transactions by code, in their own units. */
  derivativeByCode: Record<string, CodeTotals>;
  acquiredShares: number;
  disposedShares: number;
  /** All acquired minus all disposed, non-derivative. */
  netShares: number;
  holdingsAfter: HoldingsAfter;
  flags: Flags;
}

const SHARE_DECIMALS = 6;
const MONEY_DECIMALS = 2;
const PRICE_DECIMALS = 4;

/** Sums are exact (lib/decimal) and rounded once, where a figure is made. */
function shareFigure(value: Decimal): number {
  return toRoundedNumber(value, SHARE_DECIMALS);
}

/** Both sides are already rounded to `decimals`: their difference only needs float noise removed. */
function difference(a: number, b: number, decimals: number): number {
  return Number((a - b).toFixed(decimals)) || 0;
}

/** A field's exact value; an absent or unreadable number counts as zero. */
function exact(field: Field<number>): Decimal {
  return field.value === null ? ZERO : toDecimal(field.value, field.text);
}

function totalsOf(rows: Row[]): TradeTotals {
  let shares = ZERO;
  let value = ZERO;
  let pricedShares = ZERO;
  for (const row of rows) {
    const rowShares = exact(row.shares);
    shares = add(shares, rowShares);
    if (row.pricePerShare.value !== null) {
      value = add(value, multiply(rowShares, exact(row.pricePerShare)));
      pricedShares = add(pricedShares, rowShares);
    }
  }
  const weight = shareFigure(pricedShares);
  return {
    rows: rows.length,
    shares: shareFigure(shares),
    value: toRoundedNumber(value, MONEY_DECIMALS),
    pricedShares: weight,
    averagePrice: weight !== 0 ? Number((toRoundedNumber(value, 8) / weight).toFixed(PRICE_DECIMALS)) : null,
  };
}

function isOpenMarket(row: Row, code: 'P' | 'S', direction: 'A' | 'D'): boolean {
  return row.code === code && row.acquiredDisposed.value === direction;
}

interface ExactCodeTotals {
  acquired: Decimal;
  disposed: Decimal;
  rows: number;
}

function toExactCodeTotals(rows: Row[]): Map<string, ExactCodeTotals> {
  const byCode = new Map<string, ExactCodeTotals>();
  for (const row of rows) {
    const code = row.code ?? '';
    let totals = byCode.get(code);
    if (!totals) byCode.set(code, (totals = { acquired: ZERO, disposed: ZERO, rows: 0 }));
    totals.rows += 1;
    if (row.acquiredDisposed.value === 'A') totals.acquired = add(totals.acquired, exact(row.shares));
    if (row.acquiredDisposed.value === 'D') totals.disposed = add(totals.disposed, exact(row.shares));
  }
  return byCode;
}

function toCodeTotals(exactTotals: Map<string, ExactCodeTotals>): Record<string, CodeTotals> {
  const byCode: Record<string, CodeTotals> = {};
  for (const [code, totals] of exactTotals) {
    byCode[code] = { acquired: shareFigure(totals.acquired), disposed: shareFigure(totals.disposed), rows: totals.rows };
  }
  return byCode;
}

function normalise(text: string | null): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A holding line: the same security, held the same way. The nature of an indirect holding is
 * often only "See footnote 3", so the footnotes it cites are part of what tells lines apart;
 * options also differ by strike and expiry.
 */
function lineKey(row: Row): string {
  const parts = [
    row.table,
    normalise(row.securityTitle.text),
    row.directOrIndirect.text ?? '',
    normalise(row.natureOfOwnership.text),
    ...row.directOrIndirect.footnoteIds,
    ...row.natureOfOwnership.footnoteIds,
  ];
  if (row.table === 'derivative') parts.push(row.conversionOrExercisePrice.text ?? '', row.expirationDate.text ?? '');
  return parts.join('\u0000');
}

function toHoldingLine(row: Row): HoldingLine {
  return {
    table: row.table,
    securityTitle: row.securityTitle.text,
    directOrIndirect: row.directOrIndirect.value,
    natureOfOwnership: row.natureOfOwnership.text,
    sharesOwnedAfter: row.sharesOwnedAfter.value,
    valueOwnedAfter: row.valueOwnedAfter.value,
    underlyingShares: row.table === 'derivative' ? row.underlyingShares.value : null,
  };
}

function toHoldingsAfter(document: OwnershipDocument): HoldingsAfter {
  // The last transaction of a line says what is held after this filing.
  const byLine = new Map<string, Row>();
  for (const row of document.transactions) byLine.set(lineKey(row), row);
  const lastRows = [...byLine.values()];
  // Each holding row is a line of its own, unless a transaction already reported that line.
  for (const row of document.holdings) if (!byLine.has(lineKey(row))) lastRows.push(row);

  const lines = lastRows.map(toHoldingLine);
  const equity = lastRows.filter((row) => row.table === 'nonDerivative');
  const mixedSecurities = new Set(equity.map((row) => normalise(row.securityTitle.text))).size > 1;
  const total =
    mixedSecurities || equity.length === 0
      ? null
      : shareFigure(equity.reduce((sum, row) => add(sum, exact(row.sharesOwnedAfter)), ZERO));
  return { lines, total, mixedSecurities };
}

function indexesWhere(rows: Row[], test: (row: Row) => boolean): number[] {
  const indexes: number[] = [];
  rows.forEach((row, index) => {
    if (test(row)) indexes.push(index);
  });
  return indexes;
}

function toFlags(document: OwnershipDocument): Flags {
  const rows = document.transactions;
  const mentions = findTenB5OneMentions(document.footnotes, document.remarks);
  const checkbox = document.aff10b5One === true;
  const tenB5One =
    checkbox || mentions.footnoteIds.length > 0 || mentions.inRemarks ? { checkbox, ...mentions } : null;
  const isEquity = (row: Row) => row.table === 'nonDerivative';
  return {
    amendment: document.documentType.endsWith('/A') ? { originalDate: document.dateOfOriginalSubmission } : null,
    tenB5One,
    lateRows: indexesWhere(rows, (row) => row.timeliness.text?.toUpperCase() === 'L'),
    earlyRows: indexesWhere(rows, (row) => row.timeliness.text?.toUpperCase() === 'E'),
    deemedExecutionRows: indexesWhere(rows, (row) => row.deemedExecutionDate.text !== null),
    footnoteOnlyPriceRows: indexesWhere(
      rows,
      (row) => row.pricePerShare.text === null && row.pricePerShare.footnoteIds.length > 0,
    ),
    priceRanges: findPriceRanges(document.footnotes),
    reportingOwners: document.reportingOwners.length,
    inconsistentDirectionRows: indexesWhere(
      rows,
      (row) =>
        isEquity(row) &&
        ((row.code === 'P' && row.acquiredDisposed.value !== 'A') ||
          (row.code === 'S' && row.acquiredDisposed.value !== 'D')),
    ),
    exitFiler: document.notSubjectToSection16,
  };
}

export function computeFigures(document: OwnershipDocument): Figures {
  const equityRows = document.transactions.filter((row) => row.table === 'nonDerivative');
  const derivativeRows = document.transactions.filter((row) => row.table === 'derivative');
  const bought = totalsOf(equityRows.filter((row) => isOpenMarket(row, 'P', 'A')));
  const sold = totalsOf(equityRows.filter((row) => isOpenMarket(row, 'S', 'D')));
  const exactByCode = toExactCodeTotals(equityRows);
  let acquired = ZERO;
  let disposed = ZERO;
  for (const totals of exactByCode.values()) {
    acquired = add(acquired, totals.acquired);
    disposed = add(disposed, totals.disposed);
  }
  return {
    openMarket: {
      bought,
      sold,
      netShares: difference(bought.shares, sold.shares, SHARE_DECIMALS),
      netValue: difference(bought.value, sold.value, MONEY_DECIMALS),
    },
    hasOpenMarketTrades: bought.rows + sold.rows > 0,
    byCode: toCodeTotals(exactByCode),
    derivativeByCode: toCodeTotals(toExactCodeTotals(derivativeRows)),
    acquiredShares: shareFigure(acquired),
    disposedShares: shareFigure(disposed),
    netShares: shareFigure(subtract(acquired, disposed)),
    holdingsAfter: toHoldingsAfter(document),
    flags: toFlags(document),
  };
}
