// Exercise-and-sale pairs (docs/design.md section 4, "Reading right") and the change in holdings (item 12) on real corpus
// filings. Sums of many rows were added from the XML's own values (listed in the comments).

import { describe, expect, it } from 'vitest';
import { figuresOf } from './corpus-filing';
import { readCorpus } from './corpus-path';
import { parseText } from './activity/helpers';
import { computeFigures } from '../lib/figures/figures';
import { describeHoldingsChange } from '../lib/wording/trades';

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

// ΔOwn is against the insider's position: every table I line of the filing and the table II
// lines that convert one for one into stock (docs/design.md section 10).
describe('change in holdings (ΔOwn)', () => {
  it('AAPL 2019-05-02 (Williams): -56,411 of 164,620 held before is -34.27%', () => {
    // First sale 13,433 leaves 151,187: 164,620 before; the last leaves 108,209 = 164,620 - 56,411.
    // -56,411 / 164,620 = -0.342674...
    expect(figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml').holdingsChange).toEqual({
      netShares: -56_411,
      sharesBefore: 164_620,
      change: -0.342674,
      newPosition: false,
      contradictory: false,
      lines: 1,
      basis: ['Common Stock, direct'],
    });
  });

  it('TSLA 2018-10-29 (Musk): +29,844 on 33,737,921 held by the trust is +0.09%', () => {
    // 33,747,360 after the first purchase of 9,439: 33,737,921 before; 29,844 / 33,737,921 = 0.000884583...
    expect(figuresOf('xml/datamule-python__000149473018000006_edgardoc.xml').holdingsChange).toEqual({
      netShares: 29_844,
      sharesBefore: 33_737_921,
      change: 0.000885,
      newPosition: false,
      contradictory: false,
      lines: 1,
      basis: ['Common Stock, indirect (by Trust)'],
    });
  });

  it('TSLA 2021-11-08 (Musk): the sales are -11.94% of the 2,154,572 shares held after the exercise', () => {
    // 2,153,472 after the first sale of 1,100: 2,154,572 before; -257,279 / 2,154,572 = -0.119410...
    expect(figuresOf('xml/datamule-python__000089924321044060_doc4.xml').holdingsChange).toMatchObject({
      sharesBefore: 2_154_572,
      change: -0.119411,
    });
  });

  it('AFRM 2021-01-13 (Rabois): 75,000 bought into a new fund line is +1.99% of what his six funds held', () => {
    // P 75,000 at 49.00 into The Founders Fund Affirm Growth, LLC (0 before). The five other
    // funds hold 2,205,293 + 545,294 + 27,418 + 936,909 + 60,429 = 3,775,343 Class A shares.
    // 75,000 / 3,775,343 = 0.019866...: not a new position, since he held Affirm shares before.
    expect(figuresOf('xml/datamule-python__000120919121003765_doc4.xml').holdingsChange).toMatchObject({
      netShares: 75_000,
      sharesBefore: 3_775_343,
      change: 0.019866,
      newPosition: false,
      lines: 6,
    });
  });

  it('YELP 2013-03-18 (Levchin): converted and sold four times on two lines, -0.36% of his Class A and B, not -100%', () => {
    // Class A direct: +633 C, -633 S, +8,500 C, -8,500 S, 0 after: 0 - (-9,133) = 9,133 before.
    // Class A indirect (F4): +1,265, -1,265, +12,000, -12,000, 0 after: 13,265 before.
    // Class B converts one for one (each C row moves as many units as it covers shares): 2,476,957
    // held directly and 3,640,557 indirectly after the conversions.
    // 9,133 + 13,265 + 2,476,957 + 3,640,557 = 6,139,912; -22,398 / 6,139,912 = -0.003647...
    expect(figuresOf('xml/datamule-python__000120919113017819_doc4.xml').holdingsChange).toEqual({
      netShares: -22_398,
      sharesBefore: 6_139_912,
      change: -0.003648,
      newPosition: false,
      contradictory: false,
      lines: 4,
      basis: [
        'Class A Common Stock, direct',
        'Class A Common Stock, indirect (See Footnote)',
        'Class B Common Stock, direct, converts one for one',
        'Class B Common Stock, indirect (See Footnote), converts one for one',
      ],
    });
  });

  it('GOOG 2015-10-02 (Brin): -16,670 of 42,295,359 is -0.04%, not -100%', () => {
    // He converted 16,670 Class B into Class A and sold them: Class A 16,670 before the sales,
    // Class C 21,169,379 held, Class B 21,109,310 after the conversion (one for one: the C row
    // moves 16,670 units covering 16,670 shares). 16,670 + 21,169,379 + 21,109,310 = 42,295,359;
    // -16,670 / 42,295,359 = -0.000394...
    const change = figuresOf('xml/InsidersTradeMonitor__GOOG_000112760215028697_form4.xml').holdingsChange;
    expect(change).toMatchObject({ netShares: -16_670, sharesBefore: 42_295_359, change: -0.000394, lines: 3 });
    expect(describeHoldingsChange(change, 'en-US')).toBe('-<0.1% of holdings');
  });

  it('TSLA 2021-11-10 (Musk): a 58,101-share sale of 167,404,938 reads "-<0.1%", not "0.0%"', () => {
    // 30 sales from the trust, 400 + 796 + ... + 3,066 = 58,101 shares; last after 167,346,837:
    // 167,346,837 + 58,101 = 167,404,938 before; -58,101 / 167,404,938 = -0.000347...
    const change = figuresOf('xml/datamule-python__000089924321044241_doc4.xml').holdingsChange;
    expect(change).toMatchObject({ netShares: -58_101, sharesBefore: 167_404_938, change: -0.000347, lines: 1 });
    expect(describeHoldingsChange(change, 'en-US')).toBe('-<0.1% of holdings');
  });

  it('Fractyl 2024-02-06 (six joint filers): the lines once, +5.48%, not +36.3% of the line bought on', () => {
    // With the purchase counted as open market (its citation of the IPO's closing removed, as
    // the rule of "Not open market" would otherwise keep it out): two lines after, 5,160,301
    // direct and 1,251,900 indirect; the P of 333,333 is on the second: 1,251,900 - 333,333 =
    // 918,567 before it. 5,160,301 + 918,567 = 6,078,868 before; 333,333 / 6,078,868 = 0.0548347...
    const text = readCorpus('xml/datamule-python__000095017024012830_ownership.xml').replaceAll('<footnoteId id="F1"/>', '');
    const change = computeFigures(parseText(text).document).holdingsChange;
    expect(change).toMatchObject({ netShares: 333_333, sharesBefore: 6_078_868, change: 0.054835, lines: 2 });
  });

  it('none without open-market trades (SNOW Form 3), nor for a private purchase (TSLA 2011-06-08)', () => {
    expect(figuresOf('xml/datamule-python__000149473011000006_edgardoc.xml').holdingsChange).toBeNull();
    expect(figuresOf('xml/edgartools__form3.snow.xml').holdingsChange).toBeNull();
  });
});
