// CSV of every row of a filing that falls in an activity window (product.md section 9): the
// columns of section 6, led by the filing date, so the rows of many filings read as one table.
// Transactions outside the window are left out; holdings (undated) always stay.

import { CSV_COLUMNS, quoteCell, toCsv, type CsvOptions } from '../csv';
import type { Filing, Row } from '../model';
import { isInWindow, rowDate, type ActivityWindow } from './window';

export const ACTIVITY_CSV_COLUMNS = ['filing_date', ...CSV_COLUMNS] as const;

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
  const delimiter = options.delimiter ?? ',';
  const filingDate = quoteCell(filing.filingDate ?? '', delimiter);
  let lines = '';
  // One row at a time through lib/csv, so every cell is written exactly as the filing's own CSV writes it.
  for (const row of rowsInWindow(filing, window)) {
    const isTransaction = row.kind === 'transaction';
    const document = { ...filing.document, transactions: isTransaction ? [row] : [], holdings: isTransaction ? [] : [row] };
    lines += `${filingDate}${delimiter}${toCsv({ ...filing, document }, { ...options, header: false })}`;
  }
  return lines;
}
