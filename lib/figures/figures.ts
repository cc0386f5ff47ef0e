// The figures of a filing, as docs/design.md section 4 defines them. Over non-derivative
// transactions unless said otherwise; rows of several reporting owners are one set of
// rows (never multiplied by the number of owners).

import { add, MONEY_DECIMALS, SHARE_DECIMALS, subtract, toRoundedNumber, ZERO, type Decimal } from './decimal';
import { findExerciseAndSales, type ExerciseAndSale } from './exercise-and-sale';
import { toFilingDates, type FilingDates } from './filing-dates';
import { findPriceRanges, findTenB5OneMentions, type PriceRange } from './footnote-facts';
import { StatedPrices, toRowPrice, type RowPrice } from './footnote-price';
import { toFormFraming, type FormFraming } from './form-framing';
import { toHoldingsAfter, type HoldingsAfter } from './holdings-after';
import { toHoldingLineKeys } from './holding-lines';
import { toHoldingsChange, type HoldingsChange } from './holdings-change';
import type { Field, OwnershipDocument, Row } from '../filing/model';
import { findNotOpenMarket, readTradeFootnotes } from './private-trade';
import { isMeasuredInDollars } from '../filing/row-amount';
import { allRows, toFootnoteTexts } from '../filing/rows';
import { exactValue } from './row-value';
import { toTradeTotals, type PricedRow, type TradeTotals } from './trade-totals';

export type { ExerciseAndSale, Exercise } from './exercise-and-sale';
export type { FilingDates } from './filing-dates';
export type { PriceSource, RowPrice } from './footnote-price';
export type { FormFraming } from './form-framing';
export type { HoldingLine, HoldingsAfter, TotalOmitted } from './holdings-after';
export type { HoldingsChange } from './holdings-change';
export type { TradeTotals } from './trade-totals';

export interface OpenMarket {
  /** Code P, acquired, not private (see Figures.privateTrades). */
  bought: TradeTotals;
  /** Code S, disposed, not private. */
  sold: TradeTotals;
  netShares: number;
  netValue: number;
}

export interface CodeTotals {
  acquired: number;
  disposed: number;
  rows: number;
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
  /**
   * The holding line of every row (lib/figures/holding-lines.ts), in the order of allRows
   * (transactions, then holdings): what the overlay groups rows by. An array, so the figures
   * survive a JSON copy between the extension's scripts.
   */
  holdingLineIds: string[];
  flags: Flags;
  /** How the form frames the headline: Form 3 holdings, Form 4 changes, Form 5 annual; amendments. */
  framing: FormFraming;
  /** Per transaction, same index as document.transactions: the price used and where it came from. */
  rowPrices: RowPrice[];
  /** Table I P/S rows the filing says were private or bought in the issuer's offering: reported here, kept out of openMarket. */
  privateTrades: PrivateTrades;
  /** Same-day exercise (M, X, C) and sale (S) of the underlying, one per date and security. */
  exerciseAndSales: ExerciseAndSale[];
  /** The open-market net as a share of the insider's position before (OpenInsider's ΔOwn); null without open-market rows. */
  holdingsChange: HoldingsChange | null;
  /** Filing date (or signature date) and the days from the latest trade to it. */
  dates: FilingDates;
  /** Table II rows measured in dollars (convertible notes: transactionTotalValue), by code; their rows count 0 shares in derivativeByCode. */
  derivativeDollarsByCode: Record<string, CodeTotals>;
}

export interface PrivateTradeRow {
  /** Index into document.transactions. */
  row: number;
  side: 'bought' | 'sold';
  /** 'private': a private placement or a deal with the issuer; 'offering': bought in the issuer's public offering. */
  kind: 'private' | 'offering';
  /** The footnote that says so ("F1"): "private purchase (footnote 1)". */
  footnoteId: string;
}

export interface PrivateTrades {
  /** P rows acquired, private. */
  bought: TradeTotals;
  /** S rows disposed, private. */
  sold: TradeTotals;
  rows: PrivateTradeRow[];
}

export interface FiguresOptions {
  /** The filing date when the caller knows it (Filing.filingDate, an index page); ISO. */
  filingDate?: string | null;
}

/** Sums are exact (lib/figures/decimal.ts) and rounded once, where a figure is made. */
function shareFigure(value: Decimal): number {
  return toRoundedNumber(value, SHARE_DECIMALS);
}

/** Both sides are already rounded to `decimals`: their difference only needs float noise removed. */
function difference(a: number, b: number, decimals: number): number {
  return Number((a - b).toFixed(decimals)) || 0;
}

function isOpenMarket(row: Row, code: 'P' | 'S', direction: 'A' | 'D'): boolean {
  return row.code === code && row.acquiredDisposed.value === direction;
}

interface ExactCodeTotals {
  acquired: Decimal;
  disposed: Decimal;
  rows: number;
}

/** Acquired and disposed amounts by code: shares by default, or another amount of the row (its dollars). */
function toExactCodeTotals(rows: Row[], amount: (row: Row) => Field<number> = (row) => row.shares): Map<string, ExactCodeTotals> {
  const byCode = new Map<string, ExactCodeTotals>();
  for (const row of rows) {
    const code = row.code ?? '';
    let totals = byCode.get(code);
    if (!totals) byCode.set(code, (totals = { acquired: ZERO, disposed: ZERO, rows: 0 }));
    totals.rows += 1;
    if (row.acquiredDisposed.value === 'A') totals.acquired = add(totals.acquired, exactValue(amount(row)));
    if (row.acquiredDisposed.value === 'D') totals.disposed = add(totals.disposed, exactValue(amount(row)));
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

function toDollarTotals(rows: Row[]): Record<string, CodeTotals> {
  const exactTotals = toExactCodeTotals(rows, (row) => row.totalValue);
  const byCode: Record<string, CodeTotals> = {};
  for (const [code, totals] of exactTotals) {
    byCode[code] = {
      acquired: toRoundedNumber(totals.acquired, MONEY_DECIMALS),
      disposed: toRoundedNumber(totals.disposed, MONEY_DECIMALS),
      rows: totals.rows,
    };
  }
  return byCode;
}

interface Side {
  open: PricedRow[];
  private: PricedRow[];
}

export function computeFigures(document: OwnershipDocument, options: FiguresOptions = {}): Figures {
  const statedPrices = new StatedPrices(toFootnoteTexts(document));
  const rowPrices = document.transactions.map((row) => toRowPrice(row, statedPrices));
  const tradeFootnotes = readTradeFootnotes(document);
  const bought: Side = { open: [], private: [] };
  const sold: Side = { open: [], private: [] };
  const privateRows: PrivateTradeRow[] = [];
  const openMarketRows: Row[] = [];
  document.transactions.forEach((row, index) => {
    if (row.table !== 'nonDerivative') return;
    const side = isOpenMarket(row, 'P', 'A') ? 'bought' : isOpenMarket(row, 'S', 'D') ? 'sold' : null;
    if (side === null) return;
    const priced: PricedRow = { row, price: rowPrices[index]! };
    const notOpenMarket = findNotOpenMarket(row, tradeFootnotes);
    if (notOpenMarket !== null) {
      (side === 'bought' ? bought : sold).private.push(priced);
      privateRows.push({ row: index, side, ...notOpenMarket });
    } else {
      (side === 'bought' ? bought : sold).open.push(priced);
      openMarketRows.push(row);
    }
  });
  const equityRows = document.transactions.filter((row) => row.table === 'nonDerivative');
  const derivativeRows = document.transactions.filter((row) => row.table === 'derivative');
  const holdingLineKeys = toHoldingLineKeys(document);
  const boughtTotals = toTradeTotals(bought.open);
  const soldTotals = toTradeTotals(sold.open);
  const exactByCode = toExactCodeTotals(equityRows);
  let acquired = ZERO;
  let disposed = ZERO;
  for (const totals of exactByCode.values()) {
    acquired = add(acquired, totals.acquired);
    disposed = add(disposed, totals.disposed);
  }
  return {
    openMarket: {
      bought: boughtTotals,
      sold: soldTotals,
      netShares: difference(boughtTotals.shares, soldTotals.shares, SHARE_DECIMALS),
      netValue: difference(boughtTotals.value, soldTotals.value, MONEY_DECIMALS),
    },
    hasOpenMarketTrades: boughtTotals.rows + soldTotals.rows > 0,
    byCode: toCodeTotals(exactByCode),
    derivativeByCode: toCodeTotals(toExactCodeTotals(derivativeRows)),
    acquiredShares: shareFigure(acquired),
    disposedShares: shareFigure(disposed),
    netShares: shareFigure(subtract(acquired, disposed)),
    holdingsAfter: toHoldingsAfter(document, holdingLineKeys),
    holdingLineIds: allRows(document).map((row) => holdingLineKeys.get(row)!),
    flags: toFlags(document),
    framing: toFormFraming(document),
    rowPrices,
    privateTrades: { bought: toTradeTotals(bought.private), sold: toTradeTotals(sold.private), rows: privateRows },
    exerciseAndSales: findExerciseAndSales(document.transactions),
    holdingsChange: toHoldingsChange(document, openMarketRows, holdingLineKeys),
    dates: toFilingDates(document, options.filingDate ?? null),
    derivativeDollarsByCode: toDollarTotals(derivativeRows.filter(isMeasuredInDollars)),
  };
}
