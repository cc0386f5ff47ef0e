// The figures of a filing, as product.md section 4 defines them. Over non-derivative
// transactions unless said otherwise; rows of several reporting owners are one set of
// rows (never multiplied by the number of owners).

import type { OwnershipDocument, Row } from './model';
import { findPriceRanges, findTenB5OneMentions, type PriceRange } from './footnote-facts';

export interface TradeTotals {
  /** Rows counted. */
  rows: number;
  shares: number;
  /** Sum of shares x price over the rows that give a price. */
  value: number;
  /** Shares of the rows that give a price: the weight of the average. */
  pricedShares: number;
  /** value / pricedShares; null when no row gives a price. */
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

/** Sums of decimals carry float noise (0.1 + 0.2); figures are rounded where they are made. */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

const SHARE_DECIMALS = 6;
const MONEY_DECIMALS = 2;
const PRICE_DECIMALS = 4;

function totalsOf(rows: Row[]): TradeTotals {
  let shares = 0;
  let value = 0;
  let pricedShares = 0;
  for (const row of rows) {
    const rowShares = row.shares.value ?? 0;
    shares += rowShares;
    const price = row.pricePerShare.value;
    if (price !== null) {
      value += rowShares * price;
      pricedShares += rowShares;
    }
  }
  return {
    rows: rows.length,
    shares: round(shares, SHARE_DECIMALS),
    value: round(value, MONEY_DECIMALS),
    pricedShares: round(pricedShares, SHARE_DECIMALS),
    averagePrice: pricedShares > 0 ? round(value / pricedShares, PRICE_DECIMALS) : null,
  };
}

function isOpenMarket(row: Row, code: 'P' | 'S', direction: 'A' | 'D'): boolean {
  return row.code === code && row.acquiredDisposed.value === direction;
}

function toCodeTotals(rows: Row[]): Record<string, CodeTotals> {
  const byCode: Record<string, CodeTotals> = {};
  for (const row of rows) {
    const code = row.code ?? '';
    const totals = (byCode[code] ??= { acquired: 0, disposed: 0, rows: 0 });
    totals.rows += 1;
    const amount = row.shares.value ?? 0;
    if (row.acquiredDisposed.value === 'A') totals.acquired = round(totals.acquired + amount, SHARE_DECIMALS);
    if (row.acquiredDisposed.value === 'D') totals.disposed = round(totals.disposed + amount, SHARE_DECIMALS);
  }
  return byCode;
}

function normalise(text: string | null): string {
  return (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A holding line: the same security, held the same way. Options differ by strike and expiry. */
function lineKey(row: Row): string {
  const parts = [row.table, normalise(row.securityTitle.text), row.directOrIndirect.text ?? '', normalise(row.natureOfOwnership.text)];
  if (row.table === 'derivative') parts.push(row.conversionOrExercisePrice.text ?? '', row.expirationDate.text ?? '');
  return parts.join('\u0000');
}

function toHoldingsAfter(document: OwnershipDocument): HoldingsAfter {
  const lines = new Map<string, HoldingLine>();
  // Holding rows only fill lines that no transaction reported: the last transaction of a
  // line says what is held after this filing.
  for (const [rows, override] of [[document.transactions, true], [document.holdings, false]] as const) {
    for (const row of rows) {
      const key = lineKey(row);
      if (!override && lines.has(key)) continue;
      lines.set(key, {
        table: row.table,
        securityTitle: row.securityTitle.text,
        directOrIndirect: row.directOrIndirect.value,
        natureOfOwnership: row.natureOfOwnership.text,
        sharesOwnedAfter: row.sharesOwnedAfter.value,
        valueOwnedAfter: row.valueOwnedAfter.value,
      });
    }
  }
  const all = [...lines.values()];
  const equity = all.filter((line) => line.table === 'nonDerivative');
  const securities = new Set(equity.map((line) => normalise(line.securityTitle)));
  const mixedSecurities = securities.size > 1;
  const total = mixedSecurities || equity.length === 0
    ? null
    : round(equity.reduce((sum, line) => sum + (line.sharesOwnedAfter ?? 0), 0), SHARE_DECIMALS);
  return { lines: all, total, mixedSecurities };
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
  const byCode = toCodeTotals(equityRows);
  let acquired = 0;
  let disposed = 0;
  for (const totals of Object.values(byCode)) {
    acquired += totals.acquired;
    disposed += totals.disposed;
  }
  return {
    openMarket: {
      bought,
      sold,
      netShares: round(bought.shares - sold.shares, SHARE_DECIMALS),
      netValue: round(bought.value - sold.value, MONEY_DECIMALS),
    },
    hasOpenMarketTrades: bought.rows + sold.rows > 0,
    byCode,
    derivativeByCode: toCodeTotals(derivativeRows),
    acquiredShares: round(acquired, SHARE_DECIMALS),
    disposedShares: round(disposed, SHARE_DECIMALS),
    netShares: round(acquired - disposed, SHARE_DECIMALS),
    holdingsAfter: toHoldingsAfter(document),
    flags: toFlags(document),
  };
}
