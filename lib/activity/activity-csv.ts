// CSV of every row of a filing that falls in an activity window (docs/design.md section 9): the
// columns of section 6 (accession and filing date included), so the rows of many filings read
// as one table. Transactions outside the window are left out; holdings (undated) always stay.

import { CSV_COLUMNS, quoteCell, toCsv, type CsvOptions } from '../csv/csv';
import type { Filing, Row } from '../filing/model';
import { isInWindow, rowDate, type ActivityWindow } from './window';

export const ACTIVITY_CSV_COLUMNS = CSV_COLUMNS;

export function rowsInWindow(filing: Filing, window: ActivityWindow): Row[] {
  const { document } = filing;
  const transactions = document.transactions.filter((row) => isInWindow(rowDate(row, document), window));
  return [...transactions, ...document.holdings];
}

export function toActivityCsvHeader(delimiter: NonNullable<CsvOptions['delimiter']> = ','): string {
  return `${ACTIVITY_CSV_COLUMNS.map((column) => quoteCell(column, delimiter)).join(delimiter)}\r\n`;
}

/** The lines (CRLF) of the filing's rows in the window, without a header. */
export function toActivityCsvRows(filing: Filing, window: ActivityWindow, options: Omit<CsvOptions, 'header'> = {}): string {
  const { document } = filing;
  const transactions = document.transactions.filter((row) => isInWindow(rowDate(row, document), window));
  return toCsv({ ...filing, document: { ...document, transactions } }, { ...options, header: false });
}
