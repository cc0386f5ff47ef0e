// The insiders table's order (lib/views/insider-order.ts): the roll-up's until a column is
// picked, then that column's either way round, unknown holdings last, ties in the roll-up's order.

import { describe, expect, it } from 'vitest';
import type { InsiderActivity } from '../../lib/activity';
import { nextSort, sortInsiders, type InsiderSort } from '../../lib/views/insider-order';

interface Given {
  name: string | null;
  cik: string;
  bought?: [number, number];
  sold?: [number, number];
  holds?: number | null;
  change?: number;
  filings?: number;
}

/** An insider with the figures the table sorts by; the rest is not read. */
function insider({ name, cik, bought = [0, 0], sold = [0, 0], holds = 0, change = 0, filings = 1 }: Given): InsiderActivity {
  const [boughtValue, boughtShares] = bought;
  const [soldValue, soldShares] = sold;
  return {
    key: cik,
    ciks: [cik],
    names: [name],
    relationship: 'Director',
    filings,
    from: null,
    to: null,
    openMarket: {
      boughtShares,
      boughtValue,
      boughtAveragePrice: null,
      boughtRows: 0,
      soldShares,
      soldValue,
      soldAveragePrice: null,
      soldRows: 0,
      netShares: boughtShares - soldShares,
      netValue: boughtValue - soldValue,
      unpricedRows: 0,
      unpricedShares: 0,
    },
    tenB5OneSoldValue: 0,
    byCode: {},
    holdingsAfter: holds,
    holdingsChange: { shares: change, percent: null },
    signals: null,
  };
}

// In the roll-up's order: absolute net dollars, largest first (-900, +500, +60, 0).
const SELLER = insider({ name: 'Musk Elon', cik: '1494730', sold: [900, 9], holds: 5000, change: -9, filings: 4 });
const BUYER = insider({ name: 'Rabois Keith', cik: '1', bought: [500, 5], holds: null, change: 5, filings: 1 });
const SMALL = insider({ name: 'baglino andrew', cik: '2', bought: [60, 1], holds: 20, change: 1, filings: 2 });
// Bought without a price: no dollars, 40 shares.
const UNPRICED = insider({ name: null, cik: '3', bought: [0, 40], holds: 300, change: 40, filings: 1 });
const ROLLUP = [SELLER, BUYER, SMALL, UNPRICED];

const names = (list: InsiderActivity[]) => list.map((one) => one.names[0] ?? `CIK ${one.ciks[0]}`);

describe('sortInsiders', () => {
  it('keeps the roll-up order until a column is picked, in a new array', () => {
    const sorted = sortInsiders(ROLLUP, null);
    expect(sorted).toEqual(ROLLUP);
    expect(sorted).not.toBe(ROLLUP);
  });

  it.each<[InsiderSort, string[]]>([
    // Names A to Z whatever their case; an unnamed owner by its CIK.
    [{ column: 'insider', direction: 'ascending' }, ['baglino andrew', 'CIK 3', 'Musk Elon', 'Rabois Keith']],
    // Dollars first, then shares: 500 > 60 > 0 dollars (40 shares) > 0 (0 shares).
    [{ column: 'bought', direction: 'descending' }, ['Rabois Keith', 'baglino andrew', 'CIK 3', 'Musk Elon']],
    [{ column: 'sold', direction: 'descending' }, ['Musk Elon', 'Rabois Keith', 'baglino andrew', 'CIK 3']],
    // Net signed: +500, +60, 0 (+40 shares), -900.
    [{ column: 'net', direction: 'descending' }, ['Rabois Keith', 'baglino andrew', 'CIK 3', 'Musk Elon']],
    [{ column: 'net', direction: 'ascending' }, ['Musk Elon', 'CIK 3', 'baglino andrew', 'Rabois Keith']],
    // Holdings: 5,000 > 300 > 20; "mixed" (null) last either way.
    [{ column: 'holdsAfter', direction: 'descending' }, ['Musk Elon', 'CIK 3', 'baglino andrew', 'Rabois Keith']],
    [{ column: 'holdsAfter', direction: 'ascending' }, ['baglino andrew', 'CIK 3', 'Musk Elon', 'Rabois Keith']],
    [{ column: 'change', direction: 'descending' }, ['CIK 3', 'Rabois Keith', 'baglino andrew', 'Musk Elon']],
    // 4 > 2 > 1 = 1: the tie keeps the roll-up's order (Rabois before CIK 3).
    [{ column: 'filings', direction: 'descending' }, ['Musk Elon', 'baglino andrew', 'Rabois Keith', 'CIK 3']],
    [{ column: 'filings', direction: 'ascending' }, ['Rabois Keith', 'CIK 3', 'baglino andrew', 'Musk Elon']],
  ])('%j', (sort, expected) => {
    expect(names(sortInsiders(ROLLUP, sort, 'en-US'))).toEqual(expected);
  });
});

describe('nextSort', () => {
  it('starts names A to Z and figures largest first, and turns round on a second click', () => {
    expect(nextSort(null, 'insider')).toEqual({ column: 'insider', direction: 'ascending' });
    expect(nextSort(null, 'net')).toEqual({ column: 'net', direction: 'descending' });
    expect(nextSort({ column: 'net', direction: 'descending' }, 'net')).toEqual({ column: 'net', direction: 'ascending' });
    expect(nextSort({ column: 'net', direction: 'ascending' }, 'sold')).toEqual({ column: 'sold', direction: 'descending' });
  });
});
