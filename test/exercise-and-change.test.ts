// Exercise-and-sale pairs (docs/design.md section 4, "Reading right") and the change in holdings (item 12) on real corpus
// filings. Sums of many rows were added from the XML's own values (listed in the comments).

import { describe, expect, it } from 'vitest';
import { figuresOf } from './corpus-filing';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('exercise and sale on the same day', () => {
  it('TSLA 2021-11-08 (Musk): exercised 2,154,572 options at $6.24 and sold 257,279 shares the same day', () => {
    // Table I: M +2,154,572 at 6.24 (row 0), then 29 S rows (1 .. 29); table II: the
    // "Non-Qualifed Stock Option (right to buy)", M 2,154,572 given up, strike 6.24 (row 30).
    // Sold: 1,100 + 600 + 2,300 + 6,400 + 400 + 1,300 + 3,300 + 1,900 + 7,500 + 800 + 2,049 + 1,700 + 600
    // + 6,100 + 7,254 + 10,316 + 5,100 + 24,718 + 18,753 + 21,383 + 25,710 + 19,428 + 22,061 + 19,600
    // + 13,786 + 11,540 + 10,002 + 5,559 + 6,020 = 257,279 (= 2,154,572 after the M - 1,897,293 after the last S)
    // Value: sum of shares x price over the 29 rows = 299,717,449.377 -> 299,717,449.38;
    // average 299,717,449.377 / 257,279 = 1,164.95108...
    const { exerciseAndSales } = figuresOf('xml/datamule-python__000089924321044060_doc4.xml');
    expect(exerciseAndSales).toEqual([
      {
        date: '2021-11-08',
        underlyingTitle: 'Common Stock',
        exercises: [
          {
            derivativeRow: 30,
            acquisitionRow: 0,
            code: 'M',
            derivativeTitle: 'Non-Qualifed Stock Option (right to buy)',
            units: 2_154_572,
            underlyingShares: 2_154_572,
            exercisePrice: 6.24,
          },
        ],
        exercisedUnits: 2_154_572,
        exercisePrice: 6.24,
        derivativeTitle: 'Non-Qualifed Stock Option (right to buy)',
        acquiredShares: 2_154_572,
        saleRows: range(1, 29),
        soldShares: 257_279,
        soldValue: 299_717_449.38,
        soldPricedShares: 257_279,
        soldAveragePrice: 1_164.9511,
      },
    ]);
  });

  it('AAPL 2019-08-12 (Levinson): exercised 17,500 director options at $23.8257 and sold 17,500 at $201.69', () => {
    const [pair, ...more] = figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml').exerciseAndSales;
    expect(more).toEqual([]);
    expect(pair).toMatchObject({
      date: '2019-08-12',
      exercisedUnits: 17_500,
      exercisePrice: 23.8257, // conversionOrExercisePrice of the Director Stock Option
      derivativeTitle: 'Director Stock Option (Right to Buy)',
      acquiredShares: 17_500,
      saleRows: [1],
      soldShares: 17_500,
      soldValue: 3_529_575, // 17,500 x 201.69
      soldAveragePrice: 201.69,
    });
  });

  it('GOOG 2022-04-13 (Brin): converted 13,888 Class B into Class A and sold 11,178 of them', () => {
    // C: 13,888 Class B given up (table II, row 30), 13,888 Class A received (row 0), conversion
    // price 0.00; 29 S rows take 13,888 down to 2,710: 11,178 sold for 28,822,950.1692 -> 28,822,950.17.
    const [pair] = figuresOf('xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml').exerciseAndSales;
    expect(pair).toMatchObject({
      date: '2022-04-13',
      underlyingTitle: 'Class A Common Stock',
      exercises: [{ derivativeRow: 30, acquisitionRow: 0, code: 'C', derivativeTitle: 'Class B Common Stock', units: 13_888, underlyingShares: 13_888, exercisePrice: 0 }],
      exercisedUnits: 13_888,
      soldShares: 11_178,
      soldValue: 28_822_950.17,
      soldAveragePrice: 2_578.5427, // 28,822,950.1692 / 11,178 = 2,578.54268...
    });
    expect(pair!.saleRows).toEqual(range(1, 29));
  });

  it('no pair when the sale is on another day (AAPL 2019-08-24, Cook: RSUs vest on the 24th, sales on the 26th)', () => {
    expect(figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_156694501621463.xml').exerciseAndSales).toEqual([]);
  });

  it('no pair when the exercise is in another filing (TSLA 2021-11-08, Musk\'s second Form 4: sales only)', () => {
    expect(figuresOf('xml/datamule-python__000089924321044077_doc4.xml').exerciseAndSales).toEqual([]);
  });
});

describe('change in holdings (ΔOwn)', () => {
  it('AAPL 2019-05-02 (Williams): -56,411 of 164,620 held before is -34.27%', () => {
    // First sale 13,433 leaves 151,187: 164,620 before; the last leaves 108,209 = 164,620 - 56,411.
    // -56,411 / 164,620 = -0.342674...
    expect(figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml').holdingsChange).toEqual({
      netShares: -56_411,
      sharesBefore: 164_620,
      change: -0.342674,
      newPosition: false,
      lines: 1,
    });
  });

  it('TSLA 2018-10-29 (Musk): +29,844 on 33,737,921 held by the trust is +0.09%', () => {
    // 33,747,360 after the first purchase of 9,439: 33,737,921 before; 29,844 / 33,737,921 = 0.000884583...
    expect(figuresOf('xml/datamule-python__000149473018000006_edgardoc.xml').holdingsChange).toEqual({
      netShares: 29_844,
      sharesBefore: 33_737_921,
      change: 0.000885,
      newPosition: false,
      lines: 1,
    });
  });

  it('TSLA 2021-11-08 (Musk): the sales are -11.94% of the 2,154,572 shares held after the exercise', () => {
    // 2,153,472 after the first sale of 1,100: 2,154,572 before; -257,279 / 2,154,572 = -0.119410...
    expect(figuresOf('xml/datamule-python__000089924321044060_doc4.xml').holdingsChange).toMatchObject({
      sharesBefore: 2_154_572,
      change: -0.119411,
    });
  });

  it('AFRM 2021-01-13 (Rabois): 75,000 bought into a new line is a new position, not a percentage', () => {
    // P 75,000 at 49.00, 75,000 owned after by The Founders Fund Affirm Growth, LLC: 0 before.
    expect(figuresOf('xml/datamule-python__000120919121003765_doc4.xml').holdingsChange).toEqual({
      netShares: 75_000,
      sharesBefore: 0,
      change: null,
      newPosition: true,
      lines: 1,
    });
  });

  it('YELP 2013-03-18 (Levchin): converted and sold four times on two lines, -100% of the Class A, not -1,180%', () => {
    // Direct: +633 C, -633 S, +8,500 C, -8,500 S, 0 after: 0 - (-9,133) = 9,133 before.
    // Indirect (F4): +1,265, -1,265, +12,000, -12,000, 0 after: 13,265 before. 9,133 + 13,265 = 22,398.
    expect(figuresOf('xml/datamule-python__000120919113017819_doc4.xml').holdingsChange).toEqual({
      netShares: -22_398,
      sharesBefore: 22_398,
      change: -1,
      newPosition: false,
      lines: 2,
    });
  });

  it('none without open-market trades (SNOW Form 3), nor for a private purchase (TSLA 2011-06-08)', () => {
    expect(figuresOf('xml/datamule-python__000149473011000006_edgardoc.xml').holdingsChange).toBeNull();
    expect(figuresOf('xml/edgartools__form3.snow.xml').holdingsChange).toBeNull();
  });
});
