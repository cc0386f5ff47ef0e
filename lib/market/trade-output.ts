// The trades table as data others read (docs/design.md section 11): the JSON object of a line,
// with exactly the keys the command line documents, and its CSV line, in the filing CSV's
// conventions (section 6: a header, CRLF, RFC 4180 quoting, no formulas, computed numbers written
// plainly, a decimal comma with the ';' delimiter).

import { formatComputed, quoteCell } from '../csv/csv';
import { toCsvCell } from '../csv/csv-cell';
import type { TradeLine } from './trade-lines';

export interface TradeJson {
  accession: string | null;
  filingDate: string | null;
  tradeDate: string | null;
  tradeDates: string[];
  issuer: { cik: string; name: string | null; tradingSymbol: string | null };
  owner: { ciks: string[]; names: (string | null)[]; relationship: string };
  code: 'P' | 'S';
  shares: number;
  averagePrice: number | null;
  value: number;
  sharesAfter: number | null;
  deltaOwn: number | null;
  flags: { amended: boolean; derivative: boolean; multiple: boolean; late: boolean; plan10b5_1: boolean };
  file: string | null;
}

export function toTradeJson(line: TradeLine): TradeJson {
  return {
    accession: line.accession,
    filingDate: line.filingDate,
    tradeDate: line.tradeDate,
    tradeDates: line.tradeDates,
    issuer: { cik: line.issuer.cik, name: line.issuer.name, tradingSymbol: line.issuer.tradingSymbol },
    owner: { ciks: line.owner.ciks, names: line.owner.names, relationship: line.owner.relationship },
    code: line.code,
    shares: line.shares,
    averagePrice: line.averagePrice,
    value: line.value,
    sharesAfter: line.sharesAfter,
    deltaOwn: line.deltaOwn,
    flags: { ...line.flags },
    file: line.source,
  };
}

export const TRADE_CSV_COLUMNS = [
  'accession',
  'filing_date',
  'trade_date',
  'trade_dates',
  'ticker',
  'issuer_cik',
  'issuer_name',
  'owner_ciks',
  'owner_names',
  'relationship',
  'code',
  'shares',
  'average_price',
  'value',
  'shares_after',
  'delta_own',
  'amended',
  'derivative',
  'multiple',
  'late',
  'plan_10b5_1',
  'source',
] as const;

type Delimiter = ',' | ';' | '\t';

export function toTradeCsvHeader(delimiter: Delimiter = ','): string {
  return `${TRADE_CSV_COLUMNS.map((column) => quoteCell(column, delimiter)).join(delimiter)}\r\n`;
}

export function toTradeCsvLine(line: TradeLine, delimiter: Delimiter = ','): string {
  const number = (value: number | null) => {
    const text = formatComputed(value);
    return delimiter === ';' ? text.replace('.', ',') : text;
  };
  const text = (value: string | null) => toCsvCell(value ?? '', delimiter);
  const yes = (flag: boolean) => (flag ? 'yes' : '');
  const cells = [
    text(line.accession),
    text(line.filingDate),
    text(line.tradeDate),
    text(line.tradeDates.join(' ')),
    text(line.issuer.tradingSymbol),
    text(line.issuer.cik),
    text(line.issuer.name),
    text(line.owner.ciks.join(' ')),
    text(line.owner.names.map((name) => name ?? '').join(' & ')),
    text(line.owner.relationship),
    line.code,
    number(line.shares),
    number(line.averagePrice),
    number(line.value),
    number(line.sharesAfter),
    number(line.deltaOwn),
    yes(line.flags.amended),
    yes(line.flags.derivative),
    yes(line.flags.multiple),
    yes(line.flags.late),
    yes(line.flags.plan10b5_1),
    text(line.source),
  ];
  return `${cells.join(delimiter)}\r\n`;
}
