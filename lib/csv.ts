// The filing as CSV (product.md section 6): one header, one line per transaction or holding
// of both tables, RFC 4180 quoting, numbers as filed, and no cell a spreadsheet would run.

import type { Filing, Row } from './model';
import { findTenB5OneMentions } from './footnote-facts';
import { allRows, citedFootnoteIds, describeRelationship, toFootnoteTexts, transactionValue } from './rows';
import { describeCode } from './transaction-codes';

export interface CsvOptions {
  /** `,` by default; `;` for spreadsheets in locales that use the comma as decimal mark. */
  delimiter?: ',' | ';' | '\t';
  /** The page the filing was read from. */
  sourceUrl?: string | null;
  /** Leave out the header line (to append the rows of further filings). */
  header?: boolean;
}

export const CSV_COLUMNS = [
  'accession',
  'form_type',
  'issuer_cik',
  'issuer_name',
  'ticker',
  'reporting_owners',
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

/** A number we computed (not filed), written plainly: 12345.6, never 1.23456e4 or "12,345.6". */
function formatComputed(value: number | null): string {
  if (value === null) return '';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 6 });
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula; a quote makes it text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function quoteCell(cell: string, delimiter: string): string {
  const safe = neutraliseFormula(cell);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What every line of one filing shares. */
interface FilingContext {
  filing: Filing;
  footnoteTexts: Map<string, string>;
  tenB5OneFootnoteIds: string[];
  sourceUrl: string;
}

function rowCells({ filing, footnoteTexts, tenB5OneFootnoteIds, sourceUrl }: FilingContext, row: Row): string[] {
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
    document.documentType,
    document.issuer.cik,
    document.issuer.name ?? '',
    document.issuer.tradingSymbol ?? '',
    document.reportingOwners.map((owner) => owner.name ?? owner.cik).join('; '),
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
    cited.map((id) => `${id}: ${footnoteTexts.get(id) ?? '(footnote not in filing)'}`).join(' | '),
    sourceUrl,
  ];
}

/** The CSV text of one filing, lines ending in CRLF as RFC 4180 says. */
export function toCsv(filing: Filing, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const { footnotes, remarks } = filing.document;
  const context: FilingContext = {
    filing,
    footnoteTexts: toFootnoteTexts(filing.document),
    tenB5OneFootnoteIds: findTenB5OneMentions(footnotes, remarks).footnoteIds,
    sourceUrl: options.sourceUrl ?? '',
  };
  const lines = allRows(filing.document).map((row) => rowCells(context, row));
  if (options.header !== false) lines.unshift([...CSV_COLUMNS]);
  return lines.map((cells) => cells.map((cell) => quoteCell(cell, delimiter)).join(delimiter) + '\r\n').join('');
}
