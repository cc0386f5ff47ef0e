// The filing as CSV (docs/design.md section 6): one header, one line per transaction or holding
// of both tables, RFC 4180 quoting, numbers as filed, and no cell a spreadsheet would run.

import type { Filing, Row } from '../filing/model';
import { cutText, MAX_FOOTNOTE_CHARS, toCsvCell } from './csv-cell';
import { findTenB5OneMentions } from '../figures/footnote-facts';
import { allRows, citedFootnoteIds, toFootnoteTexts } from '../filing/rows';
import { describeRelationship } from '../filing/relationship';
import { transactionValue } from '../figures/row-value';
import { describeCode } from '../filing/transaction-codes';

export { neutraliseFormula, quoteCell } from './csv-cell';

export interface CsvOptions {
  /** `,` by default; `;` for spreadsheets in locales that use the comma as decimal mark (decimals then use a comma). */
  delimiter?: ',' | ';' | '\t';
  /** The page the filing was read from. */
  sourceUrl?: string | null;
  /** Leave out the header line (to append the rows of further filings). */
  header?: boolean;
  /** ISO date the filing was filed, when the caller knows it better than the filing (an index page); else `filing.filingDate`. */
  filingDate?: string | null;
  /** Numeric columns after section 6's, computed by the caller per row (the activity CSV's split-adjusted amounts). */
  appended?: { columns: readonly string[]; cells: (row: Row) => string[] };
}

export const CSV_COLUMNS = [
  'accession',
  'filing_date',
  'form_type',
  'issuer_cik',
  'issuer_name',
  'ticker',
  'reporting_owners',
  'owner_ciks',
  'relationship',
  'table',
  'row_kind',
  'security_title',
  'transaction_date',
  'deemed_execution_date',
  'code',
  'code_meaning',
  'flag_codes',
  'acquired_disposed',
  'shares',
  'signed_shares',
  'price',
  'value',
  'shares_owned_after',
  'direct_indirect',
  'nature_of_ownership',
  'conversion_or_exercise_price',
  'exercise_date',
  'expiration_date',
  'underlying_security',
  'underlying_shares',
  'rule_10b5_1',
  'footnotes',
  'source_url',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Columns holding numbers: with the `;` delimiter their decimal point becomes a comma. */
const NUMBER_COLUMNS: ReadonlySet<Column> = new Set([
  'shares',
  'signed_shares',
  'price',
  'value',
  'shares_owned_after',
  'conversion_or_exercise_price',
  'underlying_shares',
]);
const NUMBER_COLUMN_AT = CSV_COLUMNS.map((column) => NUMBER_COLUMNS.has(column));

/** A number we computed (not filed), written plainly: 12345.6, never 1.23456e4 or "12,345.6". */
export function formatComputed(value: number | null): string {
  if (value === null) return '';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}

const PLAIN_NUMBER = /^-?\d{1,64}(\.\d{1,64})?$/;

/** Shares with the sign of the A/D code (+ acquired, - disposed), so the column sums to the net; '' when either is missing. */
function signedShares(row: Row): string {
  const shares = row.shares.text;
  if (row.kind !== 'transaction' || shares === null || !PLAIN_NUMBER.test(shares)) return '';
  const magnitude = shares.startsWith('-') ? shares.slice(1) : shares;
  if (row.acquiredDisposed.value === 'A') return magnitude;
  if (row.acquiredDisposed.value === 'D') return /^[0.]+$/.test(magnitude) ? magnitude : `-${magnitude}`;
  return '';
}

/** What every line of one filing shares. */
interface FilingContext {
  filing: Filing;
  footnoteTexts: Map<string, string>;
  tenB5OneFootnoteIds: string[];
  sourceUrl: string;
  filingDate: string;
}

function footnotesCell(cited: string[], footnoteTexts: Map<string, string>): string {
  return cited
    .map((id) => `${id}: ${cutText(footnoteTexts.get(id) ?? '(footnote not in filing)', MAX_FOOTNOTE_CHARS)}`)
    .join(' | ');
}

function rowCells({ filing, footnoteTexts, tenB5OneFootnoteIds, sourceUrl, filingDate }: FilingContext, row: Row): string[] {
  const { document } = filing;
  const cited = citedFootnoteIds(row);
  const tenB5One = [
    ...(document.aff10b5One === true ? ['checkbox'] : []),
    ...cited.filter((id) => tenB5OneFootnoteIds.includes(id)).map((id) => `footnote ${id}`),
  ];
  const isTransaction = row.kind === 'transaction';
  const value = isTransaction ? (row.totalValue.text ?? formatComputed(transactionValue(row))) : '';
  return [
    filing.accession ?? '',
    filingDate,
    document.documentType,
    document.issuer.cik,
    document.issuer.name ?? '',
    document.issuer.tradingSymbol ?? '',
    document.reportingOwners.map((owner) => owner.name ?? owner.cik).join('; '),
    document.reportingOwners.map((owner) => owner.cik).join('; '),
    document.reportingOwners.map(describeRelationship).join('; '),
    row.table === 'nonDerivative' ? 'non-derivative' : 'derivative',
    row.kind,
    row.securityTitle.text ?? '',
    row.transactionDate.text ?? '',
    row.deemedExecutionDate.text ?? '',
    row.code ?? '',
    row.code ? describeCode(row.code).meaning : '',
    row.flagCodes.join(' '),
    row.acquiredDisposed.text ?? '',
    row.shares.text ?? '',
    signedShares(row),
    row.pricePerShare.text ?? '',
    value,
    row.sharesOwnedAfter.text ?? row.valueOwnedAfter.text ?? '',
    row.directOrIndirect.text ?? '',
    row.natureOfOwnership.text ?? '',
    row.conversionOrExercisePrice.text ?? '',
    row.exerciseDate.text ?? '',
    row.expirationDate.text ?? '',
    row.underlyingTitle.text ?? '',
    row.underlyingShares.text ?? row.underlyingValue.text ?? '',
    tenB5One.join('; '),
    footnotesCell(cited, footnoteTexts),
    sourceUrl,
  ];
}

/** One CSV line, CRLF-terminated as RFC 4180 says. Cells past section 6's columns are numbers. */
function toLine(cells: readonly string[], delimiter: string, decimalComma: boolean): string {
  const line = cells.map((cell, column) => {
    const numeric = NUMBER_COLUMN_AT[column] ?? column >= CSV_COLUMNS.length;
    const local = decimalComma && numeric && PLAIN_NUMBER.test(cell) ? cell.replace('.', ',') : cell;
    return toCsvCell(local, delimiter);
  });
  return `${line.join(delimiter)}\r\n`;
}

/**
 * The CSV of one filing line by line (header first unless left out), for writers that stream:
 * the command line writes each line as it comes, so no output is ever one giant string.
 */
export function* toCsvLines(filing: Filing, options: CsvOptions = {}): Generator<string> {
  const delimiter = options.delimiter ?? ',';
  // Spreadsheets that want semicolons read the comma as the decimal mark (docs/design.md section 6).
  const decimalComma = delimiter === ';';
  const { footnotes, remarks } = filing.document;
  const context: FilingContext = {
    filing,
    footnoteTexts: toFootnoteTexts(filing.document),
    tenB5OneFootnoteIds: findTenB5OneMentions(footnotes, remarks).footnoteIds,
    sourceUrl: options.sourceUrl ?? '',
    filingDate: options.filingDate ?? filing.filingDate ?? '',
  };
  const appended = options.appended;
  if (options.header !== false) yield toLine([...CSV_COLUMNS, ...(appended?.columns ?? [])], delimiter, false);
  for (const row of allRows(filing.document)) {
    yield toLine(appended ? [...rowCells(context, row), ...appended.cells(row)] : rowCells(context, row), delimiter, decimalComma);
  }
}

/** The CSV text of one filing, lines ending in CRLF (the clipboard copy). */
export function toCsv(filing: Filing, options: CsvOptions = {}): string {
  return [...toCsvLines(filing, options)].join('');
}
