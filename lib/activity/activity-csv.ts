// CSV of every row of a filing that falls in an activity window (docs/design.md section 9): the
// columns of section 6 (accession and filing date included), so the rows of many filings read
// as one table. Transactions outside the window are left out; holdings (undated) always stay.
// The amounts stay as filed; four more columns give table I's in the shares of the window's end
// (section 10, "Splits"): the factor, the shares, the price and the amount owned after.

import { CSV_COLUMNS, formatComputed, quoteCell, toCsv, type CsvOptions } from '../csv/csv';
import type { Filing, Row } from '../filing/model';
import { isInWindow, rowDate, type ActivityWindow } from './window';

const ADJUSTED_COLUMNS = ['split_factor', 'shares_adjusted', 'price_adjusted', 'shares_owned_after_adjusted'] as const;
export const ACTIVITY_CSV_COLUMNS = [...CSV_COLUMNS, ...ADJUSTED_COLUMNS];

/** The adjusted cells of a row: table I only (table II is in its own units and stays as filed). */
function adjustedCells(row: Row, factor: number): string[] {
  if (row.table !== 'nonDerivative') return ['', '', '', ''];
  const times = (value: number | null) => (value === null ? null : Number((value * factor).toFixed(6)));
  const price = row.pricePerShare.value === null ? null : Number((row.pricePerShare.value / factor).toFixed(6));
  return [formatComputed(factor), formatComputed(times(row.shares.value)), formatComputed(price), formatComputed(times(row.sharesOwnedAfter.value))];
}

export function rowsInWindow(filing: Filing, window: ActivityWindow): Row[] {
  const { document } = filing;
  const transactions = document.transactions.filter((row) => isInWindow(rowDate(row, document), window));
  return [...transactions, ...document.holdings];
}

export function toActivityCsvHeader(delimiter: NonNullable<CsvOptions['delimiter']> = ','): string {
  return `${ACTIVITY_CSV_COLUMNS.map((column) => quoteCell(column, delimiter)).join(delimiter)}\r\n`;
}

/**
 * The lines (CRLF) of the filing's rows in the window, without a header; `splitFactor` turns its
 * shares into the window end's (lib/activity/splits.ts splitFactor; 1 without a split).
 */
export function toActivityCsvRows(
  filing: Filing,
  window: ActivityWindow,
  options: Omit<CsvOptions, 'header' | 'appended'> = {},
  splitFactor = 1,
): string {
  const { document } = filing;
  const transactions = document.transactions.filter((row) => isInWindow(rowDate(row, document), window));
  const appended = { columns: ADJUSTED_COLUMNS, cells: (row: Row) => adjustedCells(row, splitFactor) };
  return toCsv({ ...filing, document: { ...document, transactions } }, { ...options, header: false, appended });
}
