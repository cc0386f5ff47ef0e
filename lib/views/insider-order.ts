// The insiders table's order (docs/design.md section 9): the roll-up's own (largest absolute
// net dollars first) until the reader picks a column, then that column's, either way round.
// Rows whose value in the column is unknown ("mixed" holdings) go last whichever way; ties keep
// the roll-up's order, so a second sort never shuffles equal rows.

import type { InsiderActivity } from '../activity/issuer-activity';

export const INSIDER_COLUMNS = ['insider', 'bought', 'sold', 'net', 'holdsAfter', 'change', 'filings'] as const;
export type InsiderColumn = (typeof INSIDER_COLUMNS)[number];

export interface InsiderSort {
  column: InsiderColumn;
  direction: 'ascending' | 'descending';
}

export function insiderName(insider: InsiderActivity): string {
  return insider.names.map((name, i) => name ?? `CIK ${insider.ciks[i] ?? '?'}`).join(' & ');
}

/** A column's value for one insider: dollars first, then shares, so rows without a price still order by size. */
function sortValue(insider: InsiderActivity, column: Exclude<InsiderColumn, 'insider'>): number[] | null {
  const market = insider.openMarket;
  switch (column) {
    case 'bought':
      return [market.boughtValue, market.boughtShares];
    case 'sold':
      return [market.soldValue, market.soldShares];
    case 'net':
      return [market.netValue, market.netShares];
    case 'holdsAfter':
      return insider.holdingsAfter === null ? null : [insider.holdingsAfter];
    case 'change':
      return [insider.holdingsChange.shares];
    case 'filings':
      return [insider.filings];
  }
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The first click on a column: names A to Z, figures largest first. */
export function firstDirection(column: InsiderColumn): InsiderSort['direction'] {
  return column === 'insider' ? 'ascending' : 'descending';
}

/** The sort after a click on `column`: that column's first direction, or the other way round when it is already sorted by it. */
export function nextSort(current: InsiderSort | null, column: InsiderColumn): InsiderSort {
  if (current?.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A new array in the chosen order; the roll-up's order when `sort` is null. */
export function sortInsiders(insiders: readonly InsiderActivity[], sort: InsiderSort | null, locale?: string): InsiderActivity[] {
  if (sort === null) return [...insiders];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'insider') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const names = new Map(insiders.map((insider) => [insider, insiderName(insider)]));
    return [...insiders].sort((a, b) => sign * collator.compare(names.get(a)!, names.get(b)!));
  }
  const column = sort.column;
  const values = new Map(insiders.map((insider) => [insider, sortValue(insider, column)]));
  return [...insiders].sort((a, b) => {
    const x = values.get(a)!;
    const y = values.get(b)!;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * compareNumbers(x, y);
  });
}
