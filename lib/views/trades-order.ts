// The trades table's columns and their order (docs/design.md section 11): newest filing first
// until the reader picks a column, then that column's, either way round; unknown values last
// whichever way; ties in the table's own order.

import { byFilingDateThenValue, filedOrSigned, namedRoles, ROLE_LABELS, type TradeLine } from '../market';

export const TRADE_COLUMNS = ['filed', 'trade', 'ticker', 'insider', 'role', 'code', 'shares', 'price', 'value', 'owned', 'deltaOwn', 'flags'] as const;
export type TradeColumn = (typeof TRADE_COLUMNS)[number];

export interface TradeSort {
  column: TradeColumn;
  direction: 'ascending' | 'descending';
}

/** "CEO, Dir, 10%": an officer's title when it is CEO or CFO, else "Officer". */
export function describeRoles(line: TradeLine, separator = ', '): string {
  return namedRoles(line.roles).map((role) => ROLE_LABELS[role]).join(separator) || 'Other';
}

export function insiderNames(line: TradeLine): string {
  return line.owner.names.map((name, i) => name ?? `CIK ${line.owner.ciks[i] ?? '?'}`).join(' & ');
}

function value(line: TradeLine, column: TradeColumn): string | number | null {
  switch (column) {
    case 'filed':
      return filedOrSigned(line);
    case 'trade':
      return line.tradeDate;
    case 'ticker':
      return line.issuer.tradingSymbol ?? line.issuer.name;
    case 'insider':
      return insiderNames(line);
    case 'role':
      return describeRoles(line);
    case 'code':
      return line.code;
    case 'shares':
      return line.shares;
    case 'price':
      return line.averagePrice;
    case 'value':
      return line.value;
    case 'owned':
      return line.sharesAfter;
    case 'deltaOwn':
      return line.deltaOwn;
    case 'flags':
      return Object.values(line.flags).filter(Boolean).length;
  }
}

/** The first click: names and codes A to Z, figures and dates largest (newest) first. */
export function firstTradeDirection(column: TradeColumn): TradeSort['direction'] {
  return ['ticker', 'insider', 'role', 'code'].includes(column) ? 'ascending' : 'descending';
}

export function nextTradeSort(current: TradeSort | null, column: TradeColumn): TradeSort {
  if (current?.column !== column) return { column, direction: firstTradeDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A new array in the chosen order; newest filing first (then the largest value) when `sort` is null. */
export function sortTrades(lines: readonly TradeLine[], sort: TradeSort | null, locale?: string): TradeLine[] {
  const base = [...lines].sort(byFilingDateThenValue);
  if (sort === null) return base;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keys = new Map(base.map((line) => [line, value(line, sort.column)]));
  return base.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}
