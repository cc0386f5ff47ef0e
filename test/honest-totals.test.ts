// Honest dollar totals and private trades (docs/design.md section 4, "Reading right") on real corpus filings. Every
// expected value is worked out from the XML in the comments.

import { describe, expect, it } from 'vitest';
import type { TradeTotals } from '../lib/figures/figures';
import { describePrivateTrade } from '../lib/wording/trades';
import { findNotOpenMarket, readTradeFootnotes, saysPrivateTrade } from '../lib/figures/private-trade';
import { figuresOf, loadFiling, replaceOnce } from './corpus-filing';

const NONE: TradeTotals = {
  rows: 0,
  shares: 0,
  value: 0,
  pricedShares: 0,
  averagePrice: null,
  unpricedShares: 0,
  unpricedRows: 0,
  unpricedPriceFootnoteIds: [],
  footnotePricedShares: 0,
  footnotePriceIds: [],
};

// PDEX 2025-01-23 (Cabillot, Farnam Street Partners): S 835 at 42.00 (no footnote on the price)
// and S 1,436 at 41.44 citing F2 ("...a weighted average price. These shares were sold in multiple
// transactions ranging from $41.00 to $41.75, inclusive..."). No filing of the corpus leaves
// part of a side unpriced, so the second price is removed from this real filing, as a filer
// who gives the price only in a footnote does.
const PDEX = 'xml/sec-edgar-parser__form4-regression-test.extracted.xml';
const withoutSecondPrice = (text: string) => replaceOnce(text, '<value>41.44</value>', '');

describe('dollar totals say which shares they cover', () => {
  it('all rows priced: PDEX as filed', () => {
    // 835 x 42.00 = 35,070.00; 1,436 x 41.44 = 59,507.84; 94,577.84 for all 2,271 shares
    expect(figuresOf(PDEX).openMarket.sold).toEqual({
      ...NONE,
      rows: 2,
      shares: 2_271,
      value: 94_577.84,
      pricedShares: 2_271,
      averagePrice: 41.6459, // 94,577.84 / 2,271 = 41.64590...
    });
  });

  it('part of a side unpriced: $35,070.00 for 835 of 2,271 shares; the price of 1,436 is only in footnote F2', () => {
    const figures = figuresOf(PDEX, withoutSecondPrice);
    expect(figures.openMarket.sold).toEqual({
      ...NONE,
      rows: 2,
      shares: 2_271, // 835 + 1,436
      value: 35_070, // 835 x 42.00 only
      pricedShares: 835,
      averagePrice: 42, // 35,070.00 / 835
      unpricedShares: 1_436,
      unpricedRows: 1,
      // F2 gives a range ($41.00 to $41.75), not a price: no dollars are claimed for those shares.
      unpricedPriceFootnoteIds: ['F2'],
    });
    expect(figures.openMarket.netValue).toBe(-35_070);
    expect(figures.rowPrices.map((price) => price.priceSource)).toEqual(['filed', null]);
    // The existing flag names the row too.
    expect(figures.flags.footnoteOnlyPriceRows).toEqual([1]);
  });

  it('a footnote that states the price in words is used and marked as such', () => {
    // The same filing, F2 saying the price in plain words instead of a range.
    const figures = figuresOf(PDEX, (text) =>
      replaceOnce(
        withoutSecondPrice(text),
        'These shares were sold in multiple transactions ranging from $41.00 to $41.75, inclusive.',
        'These shares were sold at a weighted average price of $41.44.',
      ),
    );
    expect(figures.rowPrices[1]).toEqual({ price: 41.44, priceSource: 'footnote', footnoteId: 'F2' });
    expect(figures.openMarket.sold).toEqual({
      ...NONE,
      rows: 2,
      shares: 2_271,
      value: 94_577.84, // 35,070.00 + 1,436 x 41.44 (59,507.84)
      pricedShares: 2_271,
      averagePrice: 41.6459,
      footnotePricedShares: 1_436,
      footnotePriceIds: ['F2'],
    });
  });
});

describe('private trades are kept out of the open-market net', () => {
  it('TSLA 2011-06-08 (Musk): 1,416,000 bought "in a private placement transaction with the issuer" (F1)', () => {
    const figures = figuresOf('xml/datamule-python__000149473011000006_edgardoc.xml');
    expect(figures.hasOpenMarketTrades).toBe(false);
    expect(figures.openMarket.bought).toEqual(NONE);
    expect(figures.privateTrades.rows).toEqual([{ row: 0, side: 'bought', kind: 'private', footnoteId: 'F1' }]);
    // 1,416,000 x 28.76 = 40,724,160.00
    expect(figures.privateTrades.bought).toEqual({ ...NONE, rows: 1, shares: 1_416_000, value: 40_724_160, pricedShares: 1_416_000, averagePrice: 28.76 });
    expect(figures.holdingsChange).toBeNull();
  });

  it('CMMB 2021-03-16 (Thiel): a private placement "directly with the Issuer", priced only per unit of ADS and warrant', () => {
    const figures = figuresOf('xml/datamule-python__000120919121021966_doc4.xml');
    expect(figures.hasOpenMarketTrades).toBe(false);
    expect(figures.privateTrades.rows).toEqual([{ row: 0, side: 'bought', kind: 'private', footnoteId: 'F1' }]);
    // 230,536 ADSs, price column empty, F3: "a combined price of $17.3509 per unit" (one ADS and
    // a tenth of a warrant): not a price per ADS, so no dollars are claimed.
    expect(figures.privateTrades.bought).toEqual({
      ...NONE,
      rows: 1,
      shares: 230_536,
      unpricedShares: 230_536,
      unpricedRows: 1,
      unpricedPriceFootnoteIds: ['F3'],
    });
    expect(figures.rowPrices[0]).toEqual({ price: null, priceSource: null, footnoteId: null });
  });

  it('TSLA 2013-05-30 (Musk): bought "directly from the issuing company in a private placement"', () => {
    const figures = figuresOf('xml/datamule-python__000149473013000004_edgardoc.xml');
    expect(figures.privateTrades.rows).toEqual([{ row: 0, side: 'bought', kind: 'private', footnoteId: 'F1' }]);
    // 1,084,129 x 92.24 = 99,739,868 + 260,190.96 = 100,000,058.96
    expect(figures.privateTrades.bought.value).toBe(100_000_058.96);
    expect(figures.openMarket.netShares).toBe(0);
  });

  it('a purchase on the day the IPO closed is the offering\'s (SCTY 2012-12-18: 1,875,000 at the $8.00 IPO price)', () => {
    // Rows 0-5 convert preferred stock, citing F1/F2: "automatically converted ... upon the
    // closing of the issuer's initial public offering"; row 6, the P, is dated the same day and
    // cites nothing (docs/design.md section 10, "Not open market").
    const figures = figuresOf('xml/datamule-python__000118143112066021_rrd364155.xml');
    expect(figures.privateTrades.rows).toEqual([{ row: 6, side: 'bought', kind: 'offering', footnoteId: 'F1' }]);
    expect(figures.openMarket.bought.rows).toBe(0);
    expect(figures.privateTrades.bought.value).toBe(15_000_000); // 1,875,000 x 8.00
  });

  it('Fractyl 2024-02-06: 333,333 at the $15.00 IPO price, on the day F1 says the IPO closed, is not an open-market buy', () => {
    // F1, cited by the conversion rows dated 2024-02-06: "In connection with the closing of the
    // Issuer's initial public offering, each share of preferred stock automatically converted...".
    const figures = figuresOf('xml/datamule-python__000095017024012830_ownership.xml');
    expect(figures.privateTrades.rows).toEqual([{ row: 2, side: 'bought', kind: 'offering', footnoteId: 'F1' }]);
    expect(figures.hasOpenMarketTrades).toBe(false);
    expect(figures.privateTrades.bought.value).toBe(4_999_995); // 333,333 x 15.00
  });

  it.each([
    // F1: "...purchased 102,880 shares of the issuer's common stock at the public offering price in
    // a registered common stock offering by the issuer..." (cited on the row's coding)
    ['TSLA 2019-05-02', 'xml/datamule-python__000149473019000001_edgardoc.xml', 24_999_840], // 102,880 x 243.00
    // F1: "...purchased 13,037 shares ... at the public offering price ..." (cited on the coding)
    ['TSLA 2020-02-14', 'xml/datamule-python__000149473020000001_edgardoc.xml', 9_999_379], // 13,037 x 767.00
  ])('Musk %s: bought "at the public offering price" is not an open-market buy', (_date, file, value) => {
    const figures = figuresOf(file);
    expect(figures.privateTrades.rows).toEqual([{ row: 0, side: 'bought', kind: 'offering', footnoteId: 'F1' }]);
    expect(figures.openMarket.bought.rows).toBe(0);
    expect(figures.privateTrades.bought.value).toBe(value);
  });

  it('a sale on the day of the IPO stays a sale: the rule is for purchases (TSLA 2010-07-02)', () => {
    // Conversions "upon the closing of the Issuer's initial public offering" (F1), an F of 21,728
    // and an S of 1,415,167 at $17.00, all dated 2010-07-02.
    const figures = figuresOf('xml/datamule-python__000118143110035864_rrd280655.xml');
    expect(figures.privateTrades.rows).toEqual([]);
    expect(figures.openMarket.sold.value).toBe(24_057_839); // 1,415,167 x 17.00
  });

  it('only P and S rows are told apart (JOBY 2021-08-10: a J row of "Private Placement Warrants")', () => {
    // Rows A, M (table I), M, J (table II). The J row cites F5 on its coding: "Represents Private
    // Placement Warrants acquired from the Issuer...". Private, but not a P or S: nothing to take
    // out of an open-market net.
    const document = loadFiling('xml/datamule-python__000089924321032834_doc4.xml').document;
    const footnotes = readTradeFootnotes(document);
    expect([...footnotes.privateIds]).toEqual(['F5']);
    expect(document.transactions.map((row) => row.code)).toEqual(['A', 'M', 'M', 'J']);
    expect(document.transactions.map((row) => findNotOpenMarket(row, footnotes))).toEqual([null, null, null, null]);
  });

  it('a footnote on the holder does not make a trade private (AFRM 2021-01-13, Rabois)', () => {
    // P 75,000 at $49.00; F1 on the nature of ownership names the Founders Fund entities.
    const figures = figuresOf('xml/datamule-python__000120919121003765_doc4.xml');
    expect(figures.privateTrades.rows).toEqual([]);
    expect(figures.openMarket.bought.value).toBe(3_675_000); // 75,000 x 49.00
  });

  it.each([
    ['The purchase reported herein was made in a private placement transaction entered into directly with the Issuer.', true],
    ['The shares were sold in a privately negotiated transaction.', true],
    ['...were purchased directly from the issuing company in a private placement on May 30, 2013.', true],
    ['The shares were sold on the open market and not in a private transaction.', false],
    ['The price reported in Column 4 is a weighted average price.', false],
  ])('saysPrivateTrade(%j) is %s', (text, expected) => {
    expect(saysPrivateTrade(text)).toBe(expected);
  });
});

describe('how a private trade reads', () => {
  it.each([
    ['bought', 'F1', 'private purchase (footnote 1)'],
    ['sold', 'F12', 'private sale (footnote 12)'],
    ['sold', 'N3', 'private sale (footnote N3)'],
  ] as const)('%s with %s: %s', (side, id, label) => {
    expect(describePrivateTrade(side, [{ kind: 'private', footnoteId: id }])).toBe(label);
  });

  it('names every footnote that says so', () => {
    const rows = [{ kind: 'private', footnoteId: 'F1' }, { kind: 'private', footnoteId: 'F4' }, { kind: 'private', footnoteId: 'F1' }] as const;
    expect(describePrivateTrade('bought', rows)).toBe('private purchase (footnotes 1, 4)');
  });

  it('tells a purchase in the offering from a private one', () => {
    const rows = [{ kind: 'offering', footnoteId: 'F2' }, { kind: 'private', footnoteId: 'F1' }] as const;
    expect(describePrivateTrade('bought', rows)).toBe("private purchase (footnote 1) and purchase in the issuer's public offering (footnote 2)");
  });
});
