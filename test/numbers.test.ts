// Numbers a reader can trust (docs/design.md section 4, "Reading right"): a column's prices at one precision, money to
// the cent, rows in dollars labelled and signed. Prices and values are real corpus filings'.

import { describe, expect, it } from 'vitest';
import { formatAmount, formatChangePercent, formatCompactMoney, formatCompactWhole, formatMoney, formatPriceFixed, toPriceDecimals } from '../lib/wording/format';
import { toRowAmount } from '../lib/filing/row-amount';
import { loadFiling } from './corpus-filing';

const EN = 'en-US';

describe('one precision per price column', () => {
  it('TSLA 2021-11-08 (Musk): prices filed with 2 and 3 decimals ("1135.05", "1139.487") read at 3', () => {
    const { document } = loadFiling('xml/datamule-python__000089924321044060_doc4.xml');
    const prices = document.transactions.filter((row) => row.table === 'nonDerivative').map((row) => row.pricePerShare.text);
    expect(prices.slice(0, 4)).toEqual(['6.24', '1135.05', '1138.00', '1139.487']);
    const decimals = toPriceDecimals(prices);
    expect(decimals).toBe(3);
    expect(prices.slice(0, 4).map((price) => formatPriceFixed(Number(price), decimals, EN))).toEqual([
      '$6.240',
      '$1,135.050',
      '$1,138.000',
      '$1,139.487',
    ]);
  });

  it('GOOG 2022-04-13 (Brin): "2556.7346" beside "2557.65" needs 4', () => {
    const { document } = loadFiling('xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml');
    expect(toPriceDecimals(document.transactions.map((row) => row.pricePerShare.text))).toBe(4);
  });

  it.each([
    [['3.1700', '0', '3.3'], 2], // the seed filing: trailing zeros as filed do not count
    [[null, undefined], 2],
    [['0.83518'], 4], // at most 4
    [[17.3509, 6.24], 4],
    [['1e-7'], 4],
  ])('%j needs %d decimals', (prices, decimals) => {
    expect(toPriceDecimals(prices)).toBe(decimals);
  });
});

describe('money to the cent, dollar rows labelled and signed', () => {
  it('formats money with cents always', () => {
    expect(formatMoney(3_529_575, EN)).toBe('$3,529,575.00'); // AAPL Levinson: 17,500 x 201.69
    expect(formatMoney(-299_717_449.38, EN, true)).toBe('-$299,717,449.38');
    expect(formatMoney(6_131.125, EN)).toBe('$6,131.13');
    expect(formatMoney(0, EN, true)).toBe('$0.00');
  });

  it('ABCL 2020-12 (Thiel): a convertible note is a row in dollars, +$30,430,000.00 in and -$30,430,000.00 converted', () => {
    const { document } = loadFiling('xml/datamule-python__000089924320034355_doc4.xml');
    const notes = document.transactions.filter((row) => row.securityTitle.text === 'Convertible Note');
    // A on 2020-12-11: transactionTotalValue 30,430,000.00, valueOwnedFollowingTransaction 30,430,000.00;
    // C on 2020-12-15: the same value disposed, 0 owned after.
    expect(toRowAmount(notes[0]!)).toEqual({ unit: 'dollars', amount: 30_430_000, signedAmount: 30_430_000, ownedAfter: 30_430_000 });
    expect(toRowAmount(notes[3]!)).toEqual({ unit: 'dollars', amount: 30_430_000, signedAmount: -30_430_000, ownedAfter: 0 });
    expect(formatAmount(toRowAmount(notes[3]!).signedAmount!, 'dollars', EN, true)).toBe('-$30,430,000.00');
    // A row in shares stays in shares: the Series A2 preferred converted, -381,126.
    const preferred = document.transactions.find((row) => row.securityTitle.text === 'Series A2 Preferred Shares')!;
    expect(toRowAmount(preferred)).toEqual({ unit: 'shares', amount: 381_126, signedAmount: -381_126, ownedAfter: 0 });
    expect(formatAmount(-381_126, 'shares', EN, true)).toBe('-381,126');
  });

  it('a change in holdings reads as a signed percentage', () => {
    expect(formatChangePercent(-0.342674, EN)).toBe('-34.3%');
    expect(formatChangePercent(0.000885, EN)).toBe('+0.1%');
    expect(formatChangePercent(-1, EN)).toBe('-100.0%');
  });
});

describe('compact money, where a reader scans (the activity views)', () => {
  it.each([
    [0, '$0'],
    [999, '$999'],
    [1_000, '$1.0K'],
    [61_234, '$61.2K'],
    [1.2e6, '$1.2M'],
    [843_163_160.4, '$843.2M'],
    [25_922_812_116.56, '$25.9B'],
    [-843_163_160.4, '-$843.2M'],
    // Three significant figures where one decimal says less: a day of $1,012,345,678 is not "$1.0B".
    [1_012_345_678, '$1.01B'],
    [9_859_536_585.63, '$9.86B'],
    [7_046_878.49, '$7.05M'],
    [7_000_000, '$7.0M'],
    [60_000, '$60.0K'],
    [9_996_000, '$10.0M'],
  ])('%d reads %s', (value, text) => {
    expect(formatCompactMoney(value, EN)).toBe(text);
  });

  it('signs a net, and never signs zero', () => {
    expect(formatCompactMoney(-10_835_831_390.2, EN, true)).toBe('-$10.8B');
    expect(formatCompactMoney(61_234, EN, true)).toBe('+$61.2K');
    expect(formatCompactMoney(0, EN, true)).toBe('$0');
  });

  it("names a chart scale's powers of ten without decimals", () => {
    expect([1e4, 1e5, 1e6, 1e8, 1e9].map((value) => formatCompactWhole(value, EN))).toEqual(['$10K', '$100K', '$1M', '$100M', '$1B']);
  });
});
