// One wording for the CLI, the overlay and the panels (lib/wording/), on real corpus filings:
// each expected sentence is worked out from the filing's rows, as the comments show.

import { describe, expect, it } from 'vitest';
import { codeName, describeCodeAmounts } from '../lib/wording/code-activity';
import { footnoteNumber, footnoteWords } from '../lib/wording/footnotes';
import { describeExerciseAndSale, describeHoldingsChange, describeTrades } from '../lib/wording/trades';
import { figuresOf, replaceOnce } from './corpus-filing';

const EN = 'en-US';

describe('describeTrades', () => {
  it('AAPL 2019-05-02 (Williams): five S rows, all priced', () => {
    // 56,411 shares for $11,866,355.34; 11,866,355.34 / 56,411 = 210.35533... -> $210.3553.
    const { sold } = figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml').openMarket;
    expect(describeTrades('Sold', sold, EN)).toBe('Sold 56,411 shares for $11,866,355.34 (average $210.3553)');
  });

  it('CMMB 2021-03-16 (Thiel): a purchase priced only in footnote 3 gets no dollar figure', () => {
    const { bought } = figuresOf('xml/datamule-python__000120919121021966_doc4.xml').privateTrades;
    expect(describeTrades('Bought', bought, EN)).toBe('Bought 230,536 shares; the price is only in footnote 3, so no dollar figure');
  });

  it('PDEX 2025-01-23 with its second price taken out: the dollars say which shares they cover', () => {
    // S 835 at 42.00 and S 1,436 whose price now cites only footnote F2: $35,070.00 = 835 x 42.00.
    const { sold } = figuresOf('xml/sec-edgar-parser__form4-regression-test.extracted.xml', (text) => replaceOnce(text, '<value>41.44</value>', '')).openMarket;
    expect(describeTrades('Sold', sold, EN)).toBe(
      'Sold 2,271 shares; $35,070.00 (average $42.00) for 835 of them; the price of 1,436 shares is only in footnote 2',
    );
  });
});

describe('describeExerciseAndSale', () => {
  it('TSLA 2021-11-08 (Musk): an M exercise of options, then 29 sales the same day', () => {
    const [pair] = figuresOf('xml/datamule-python__000089924321044060_doc4.xml').exerciseAndSales;
    expect(describeExerciseAndSale(pair!, EN)).toBe(
      'Exercised 2,154,572 options at $6.24 and sold 257,279 shares the same day (2021-11-08) for $299,717,449.38',
    );
  });

  it('GOOG 2022-04-13 (Brin): a C conversion of Class B, with no strike to state', () => {
    // Conversion price 0.00: no "at $..."; 11,178 sold for $28,822,950.17.
    const [pair] = figuresOf('xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml').exerciseAndSales;
    expect(describeExerciseAndSale(pair!, EN)).toBe(
      'Converted 13,888 Class B Common Stock and sold 11,178 shares the same day (2022-04-13) for $28,822,950.17',
    );
  });
});

describe('describeHoldingsChange', () => {
  it('AAPL 2019-05-02 (Williams): -56,411 of 164,620 held before is -34.3%', () => {
    expect(describeHoldingsChange(figuresOf('xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml').holdingsChange, EN)).toBe('-34.3% of holdings');
  });

  it('AFRM 2021-01-13 (Rabois): +2.0% of what his six funds held, not "a new position" of the new fund', () => {
    // 75,000 / (2,205,293 + 545,294 + 27,418 + 936,909 + 60,429 = 3,775,343) = +1.99%
    expect(describeHoldingsChange(figuresOf('xml/datamule-python__000120919121003765_doc4.xml').holdingsChange, EN)).toBe('+2.0% of holdings');
  });

  // Musk's TSLA Form 4 of 2012-10-03 (one P of 35,398 on the trust's line) with a made-up amount
  // owned after it.
  const afterPurchase = (owned: string) =>
    figuresOf('xml/datamule-python__000149473012000005_edgardoc.xml', (text) => replaceOnce(text, '<value>27203237</value>', `<value>${owned}</value>`));

  it('a position from nothing is "a new position" (made up: 35,398 owned after buying 35,398)', () => {
    expect(describeHoldingsChange(afterPurchase('35398').holdingsChange, EN)).toBe('a new position');
  });

  it('amounts that say less than nothing was held before read "n/a" (made up: 400 owned after buying 35,398)', () => {
    // 400 - 35,398 = -34,998 held before.
    const change = afterPurchase('400').holdingsChange;
    expect(change).toMatchObject({ contradictory: true, change: null, newPosition: false });
    expect(describeHoldingsChange(change, EN)).toBe('change in holdings n/a (the amounts held contradict the trades)');
  });
});

describe('by code', () => {
  it('the seed filing: a stock bonus (A) and two tax withholdings (F)', () => {
    // A +122,728; F -25,893 and -45,838 = -71,731 (test/fixtures/seed-sonus-scarfo-2014.xml).
    const { byCode } = figuresOf('../fixtures/seed-sonus-scarfo-2014.xml');
    expect(`${codeName('A')} ${describeCodeAmounts(byCode.A!, 'shares', EN)}`).toBe('Grant (A) +122,728 shares');
    expect(describeCodeAmounts(byCode.F!, 'shares', EN)).toBe('-71,731 shares');
  });

  it('a row without a code', () => {
    expect(codeName('')).toBe('No code (?)');
    expect(describeCodeAmounts({ acquired: 0, disposed: 0, rows: 2 }, 'units', EN)).toBe('2 rows');
  });
});

describe('footnotes', () => {
  it.each([
    [['F3'], 'footnote 3'],
    [['F2', 'F10'], 'footnotes 2, 10'],
    [['N3'], 'footnote N3'],
  ])('%j: %s', (ids, words) => {
    expect(footnoteWords(ids)).toBe(words);
  });

  it('keeps an id that is not F and digits as filed', () => {
    expect(footnoteNumber('Fx')).toBe('Fx');
  });
});
