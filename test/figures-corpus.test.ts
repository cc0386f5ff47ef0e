// The figures of docs/design.md section 4 on real filings of the shared corpus, checked by hand.
// Every expected number below was read off the XML file and added or multiplied by hand
// (the arithmetic is in the comments); none was copied from the program's output.
// Money is compared to the cent, average prices to 4 decimals, shares exactly.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFigures, type CodeTotals, type Figures, type Flags, type HoldingLine, type TradeTotals } from '../lib/figures/figures';
import type { OwnershipDocument } from '../lib/filing/model';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { corpusFile } from './corpus-path';

interface ExpectedTotals {
  rows: number;
  shares: number;
  /** Dollars; compared to the cent. */
  value: number;
  pricedShares: number;
  averagePrice: number | null;
}

type ExpectedLine = Pick<HoldingLine, 'table' | 'securityTitle' | 'directOrIndirect' | 'natureOfOwnership' | 'sharesOwnedAfter'>;

interface Case {
  /** The feature this filing is here for. */
  feature: string;
  /** Under the corpus's xml/ folder. */
  file: string;
  documentType: OwnershipDocument['documentType'];
  ticker: string;
  /** Open-market figures; both default to no rows. */
  bought?: ExpectedTotals;
  sold?: ExpectedTotals;
  byCode: Record<string, CodeTotals>;
  derivativeByCode?: Record<string, CodeTotals>;
  acquiredShares: number;
  disposedShares: number;
  netShares: number;
  holdingsTotal: number | null;
  /** Every holding line, in the order they appear (transactions first, then holdings). */
  holdingLines?: ExpectedLine[];
  /** Flags that differ from a plain on-time single-owner Form 4; the rest must be the defaults. */
  flags?: Partial<Flags>;
  /** Anything else the feature needs checked on the parsed document. */
  check?: (document: OwnershipDocument, figures: Figures) => void;
}

const NONE: ExpectedTotals = { rows: 0, shares: 0, value: 0, pricedShares: 0, averagePrice: null };

const DEFAULT_FLAGS: Flags = {
  amendment: null,
  tenB5One: null,
  lateRows: [],
  earlyRows: [],
  deemedExecutionRows: [],
  footnoteOnlyPriceRows: [],
  priceRanges: [],
  reportingOwners: 1,
  inconsistentDirectionRows: [],
  exitFiler: false,
};

const CASES: Case[] = [
  {
    feature: 'P: several open-market purchases at weighted average prices, with price-range footnotes',
    file: 'datamule-python__000149473018000006_edgardoc.xml', // TSLA, Musk Elon, 2018-10-29
    documentType: '4',
    ticker: 'TSLA',
    // 9,439 + 19,105 + 1,300 = 29,844 shares
    // 9,439 x 334.24 = 3,154,891.36; 19,105 x 335.287 = 6,405,658.135; 1,300 x 335.932 = 436,711.60
    // value = 9,997,261.095 (F1 says "totaling $9,997,264.14": the filed per-row averages are rounded to 3 decimals)
    // average = 9,997,261.095 / 29,844 = 334.98395...
    bought: { rows: 3, shares: 29_844, value: 9_997_261.1, pricedShares: 29_844, averagePrice: 334.984 },
    byCode: { P: { acquired: 29_844, disposed: 0, rows: 3 } },
    acquiredShares: 29_844,
    disposedShares: 0,
    netShares: 29_844,
    // 33,737,921 (before) + 9,439 = 33,747,360; + 19,105 = 33,766,465; + 1,300 = 33,767,765 by Trust
    holdingsTotal: 33_767_765,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'by Trust', sharesOwnedAfter: 33_767_765 },
    ],
    flags: {
      priceRanges: [
        { footnoteId: 'F2', low: 333.69, high: 334.65 },
        { footnoteId: 'F4', low: 334.79, high: 335.78 },
        { footnoteId: 'F5', low: 335.8, high: 335.99 },
      ],
    },
  },
  {
    feature: 'S: several open-market sales at weighted average prices; 10b5-1 by footnote with its adoption date',
    file: 'InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml', // AAPL, Williams Jeffrey E, 2019-05-02
    documentType: '4',
    ticker: 'AAPL',
    // 13,433 + 18,256 + 8,601 + 14,571 + 1,550 = 56,411 shares
    // 13,433 x 208.99 = 2,807,362.67; 18,256 x 209.71 = 3,828,465.76; 8,601 x 210.98 = 1,814,638.98;
    // 14,571 x 211.83 = 3,086,574.93; 1,550 x 212.46 = 329,313.00; value = 11,866,355.34
    // average = 11,866,355.34 / 56,411 = 210.35534...
    sold: { rows: 5, shares: 56_411, value: 11_866_355.34, pricedShares: 56_411, averagePrice: 210.3553 },
    byCode: { S: { acquired: 0, disposed: 56_411, rows: 5 } },
    acquiredShares: 0,
    disposedShares: 56_411,
    netShares: -56_411,
    // 151,187 - 18,256 = 132,931; - 8,601 = 124,330; - 14,571 = 109,759; - 1,550 = 108,209 direct
    holdingsTotal: 108_209,
    flags: {
      // F1, cited on each row's security title: "...pursuant to a Rule 10b5-1 trading plan adopted by the
      // reporting person on February 18, 2019."
      tenB5One: { checkbox: false, footnoteIds: ['F1'], inRemarks: false, adoptionDates: ['2019-02-18'] },
      priceRanges: [
        { footnoteId: 'F2', low: 208.33, high: 209.31 },
        { footnoteId: 'F3', low: 209.33, high: 210.27 },
        { footnoteId: 'F4', low: 210.35, high: 211.34 },
        { footnoteId: 'F5', low: 211.36, high: 212.35 },
        { footnoteId: 'F6', low: 212.38, high: 212.56 },
      ],
    },
  },
  {
    feature: 'price given only in a footnote (<transactionPricePerShare> with a footnoteId and no <value>)',
    file: 'datamule-python__000089924318015035_doc4.xml', // SQ, Botha Roelof, 2018-05-31 (Weebly merger consideration)
    documentType: '4',
    ticker: 'SQ',
    // code A: 854,606 + 35,515 = 890,121 shares, both priced only by F2 ("received ... as transaction consideration")
    byCode: { A: { acquired: 890_121, disposed: 0, rows: 2 } },
    acquiredShares: 890_121,
    disposedShares: 0,
    netShares: 890_121,
    // 854,606 (Growth Fund IV) + 35,515 (Principals Fund IV) + 45,171 (direct) + 899,976 (Venture 2010-Seed) = 1,835,268
    holdingsTotal: 1_835_268,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Sequoia Capital U.S. Growth Fund IV, LP', sharesOwnedAfter: 854_606 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Sequoia Capital USGF Principals Fund IV, L.P.', sharesOwnedAfter: 35_515 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 45_171 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.', sharesOwnedAfter: 899_976 },
    ],
    flags: { footnoteOnlyPriceRows: [0, 1] },
    check: (document) => {
      for (const row of document.transactions) {
        expect(row.pricePerShare.text).toBeNull();
        expect(row.pricePerShare.footnoteIds).toEqual(['F2']);
      }
    },
  },
  {
    feature: 'several reporting owners (3): one set of rows, never multiplied',
    file: 'springloading_insider_trades__xml_2.xml', // U (Unity), OTEE 2020 ApS + Helgason David + Ante Joachim Christoph, 2021-09-14
    documentType: '4',
    ticker: 'U',
    // 124,065 + 20,448 + 5,487 + 16,966 + 40,584 + 68,754 + 23,696 = 300,000 shares (not 900,000)
    // 124,065 x 131.8606 = 16,359,285.339; 20,448 x 132.7698 = 2,714,876.870; 5,487 x 133.6182 = 733,163.063;
    // 16,966 x 129.4650 = 2,196,503.19; 40,584 x 130.3662 = 5,290,781.861; 68,754 x 131.2422 = 9,023,426.219;
    // 23,696 x 132.0413 = 3,128,850.645; value = 39,446,887.187, average = 39,446,887.1872 / 300,000 = 131.48962...
    sold: { rows: 7, shares: 300_000, value: 39_446_887.19, pricedShares: 300_000, averagePrice: 131.4896 },
    byCode: { S: { acquired: 0, disposed: 300_000, rows: 7 } },
    acquiredShares: 0,
    disposedShares: 300_000,
    netShares: -300_000,
    // Table I: 28,314,500 indirect (OTEE, F2) after the last sale, and two holding rows held directly:
    // 2,407 (Helgason's RSUs, F9) and 12,297 (Ante's RSUs, F10). These were once added up
    // (28,314,500 + 2,407 + 12,297 = 28,329,204), a holding no one has: by design (docs/design.md section 4)
    // several owners' lines are never added, so there is no total (totalOmitted 'severalOwners').
    holdingsTotal: null,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 28_314_500 },
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 2_407 },
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 12_297 },
    ],
    flags: {
      reportingOwners: 3,
      priceRanges: [
        { footnoteId: 'F1', low: 131.36, high: 132.34 },
        { footnoteId: 'F3', low: 132.36, high: 133.27 },
        { footnoteId: 'F4', low: 133.36, high: 133.9 },
        { footnoteId: 'F5', low: 128.83, high: 129.82 },
        { footnoteId: 'F6', low: 129.83, high: 130.82 },
        { footnoteId: 'F7', low: 130.83, high: 131.82 },
        { footnoteId: 'F8', low: 131.83, high: 132.38 },
      ],
    },
    check: (document) => {
      expect(document.reportingOwners.map((owner) => owner.cik)).toEqual(['0001826287', '0001824018', '0001826146']);
      expect(document.transactions).toHaveLength(7);
    },
  },
  {
    feature: 'several reporting owners (2) with the 10b5-1 checkbox and a footnote giving the adoption date',
    file: 'sec-edgar-parser__form4-regression-test.extracted.xml', // PDEX, Cabillot Raymond E + Farnam Street Partners LP, 2025-01-23
    documentType: '4',
    ticker: 'PDEX',
    // 835 + 1,436 = 2,271 shares; 835 x 42.00 = 35,070.00; 1,436 x 41.44 = 59,507.84; value = 94,577.84
    // average = 94,577.84 / 2,271 = 41.64590...
    sold: { rows: 2, shares: 2_271, value: 94_577.84, pricedShares: 2_271, averagePrice: 41.6459 },
    byCode: { S: { acquired: 0, disposed: 2_271, rows: 2 } },
    acquiredShares: 0,
    disposedShares: 2_271,
    netShares: -2_271,
    // 334,646 - 1,436 = 333,210 by Farnam Street Partners, L.P.
    holdingsTotal: 333_210,
    flags: {
      reportingOwners: 2,
      tenB5One: { checkbox: true, footnoteIds: ['F1'], inRemarks: false, adoptionDates: ['2024-09-20'] },
      priceRanges: [{ footnoteId: 'F2', low: 41, high: 41.75 }],
    },
  },
  {
    feature: 'derivative exercise (M) with a same-day sale (S)',
    file: 'InsidersTradeMonitor__AAPL_wf-form4_156582182214854.xml', // AAPL, Levinson Arthur D, 2019-08-12
    documentType: '4',
    ticker: 'AAPL',
    // S: 17,500 x 201.69 = 3,529,575.00 (M at the 23.8257 strike is not open market)
    sold: { rows: 1, shares: 17_500, value: 3_529_575, pricedShares: 17_500, averagePrice: 201.69 },
    byCode: {
      M: { acquired: 17_500, disposed: 0, rows: 1 },
      S: { acquired: 0, disposed: 17_500, rows: 1 },
    },
    // Table II: the Director Stock Option, 17,500 exercised (D)
    derivativeByCode: { M: { acquired: 0, disposed: 17_500, rows: 1 } },
    acquiredShares: 17_500,
    disposedShares: 17_500,
    netShares: 0, // +17,500 - 17,500
    // 1,133,283 direct (1,150,783 - 17,500) + 14,000 by spouse (holding row) = 1,147,283
    holdingsTotal: 1_147_283,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 1_133_283 },
      { table: 'derivative', securityTitle: 'Director Stock Option (Right to Buy)', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 0 },
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'By Spouse', sharesOwnedAfter: 14_000 },
    ],
    flags: { priceRanges: [{ footnoteId: 'F1', low: 201.68, high: 201.7 }] },
  },
  {
    feature: 'tax withholding (F) on an RSU vesting (M), then 10b5-1 sales; M price only in a footnote',
    file: 'InsidersTradeMonitor__AAPL_wf-form4_156694501621463.xml', // AAPL, Cook Timothy D, 2019-08-24
    documentType: '4',
    ticker: 'AAPL',
    // 129,555 + 132,113 + 3,492 = 265,160 shares
    // 129,555 x 205.75 = 26,655,941.25; 132,113 x 206.55 = 27,287,940.15; 3,492 x 207.13 = 723,297.96
    // value = 54,667,179.36, average = 54,667,179.36 / 265,160 = 206.16676...
    sold: { rows: 3, shares: 265_160, value: 54_667_179.36, pricedShares: 265_160, averagePrice: 206.1668 },
    byCode: {
      M: { acquired: 560_000, disposed: 0, rows: 1 },
      F: { acquired: 0, disposed: 294_840, rows: 1 }, // withheld at 202.64 (F6: 52.65% of the shares released)
      S: { acquired: 0, disposed: 265_160, rows: 3 },
    },
    derivativeByCode: { M: { acquired: 0, disposed: 560_000, rows: 1 } },
    acquiredShares: 560_000,
    disposedShares: 560_000, // 294,840 + 265,160
    netShares: 0,
    // 1,414,849 - 294,840 = 1,120,009; - 129,555 = 990,454; - 132,113 = 858,341; - 3,492 = 854,849 (D, via the trust, F5)
    holdingsTotal: 854_849,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 854_849 },
      { table: 'derivative', securityTitle: 'Restricted Stock Unit', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 1_820_000 },
    ],
    flags: {
      // transactions: 5 of table I, then the RSU of table II at index 5; both M rows price "see F4"
      footnoteOnlyPriceRows: [0, 5],
      tenB5One: { checkbox: false, footnoteIds: ['F7'], inRemarks: false, adoptionDates: ['2019-02-26'] },
      priceRanges: [
        { footnoteId: 'F8', low: 205.1, high: 206.09 },
        { footnoteId: 'F9', low: 206.1, high: 207.09 },
        { footnoteId: 'F10', low: 207.1, high: 207.18 },
      ],
    },
  },
  {
    feature: 'gift (G)',
    file: 'datamule-python__000149473019000003_edgardoc.xml', // TSLA, Musk Elon, 2019-12-16
    documentType: '4',
    ticker: 'TSLA',
    byCode: { G: { acquired: 0, disposed: 17_000, rows: 1 } }, // 17,000 to charity (F1), price 0.0
    acquiredShares: 0,
    disposedShares: 17_000,
    netShares: -17_000,
    holdingsTotal: 34_085_560, // by Trust
  },
  {
    feature: 'J (other acquisition) explained by its footnote',
    file: 'datamule-python__000089924318029508_doc4.xml', // SQ, Botha Roelof, 2018-11-16
    documentType: '4',
    ticker: 'SQ',
    byCode: { J: { acquired: 3_617, disposed: 0, rows: 2 } }, // 3,465 + 152
    acquiredShares: 3_617,
    disposedShares: 0,
    netShares: 3_617,
    // 858,081 (Growth Fund IV) + 35,657 (Principals Fund IV) + 49,322 (direct) + 899,976 (Venture 2010-Seed) = 1,843,036
    holdingsTotal: 1_843_036,
    check: (document) => {
      for (const row of document.transactions) expect(row.shares.footnoteIds).toEqual(['F2']);
      const f2 = document.footnotes.find((footnote) => footnote.id === 'F2');
      expect(f2?.text).toMatch(/^Represents shares of Class A Common Stock of the Issuer received on November 16, 2018 as transaction consideration/);
    },
  },
  {
    feature: 'Form 3: holdings only',
    file: 'edgar_client__form3.xml', // VMW, Eschenbach Carl M., 2011-01-27
    documentType: '3',
    ticker: 'VMW',
    byCode: {},
    acquiredShares: 0,
    disposedShares: 0,
    netShares: 0,
    // one Class A Common Stock line, 99,103 direct; the three options report no sharesOwnedFollowingTransaction
    holdingsTotal: 99_103,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 99_103 },
      { table: 'derivative', securityTitle: 'Employee Stock Option (right to buy)', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: null },
      { table: 'derivative', securityTitle: 'Employee Stock Option (right to buy)', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: null },
      { table: 'derivative', securityTitle: 'Employee Stock Option (right to buy)', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: null },
    ],
    check: (document) => {
      expect(document.transactions).toHaveLength(0);
      expect(document.holdings).toHaveLength(4);
      // 21.87 / 2016-05-03, 23.00 / 2013-06-08, 30.80 / 2015-06-15: three lines, not one
      expect(document.holdings.filter((row) => row.table === 'derivative').map((row) => row.underlyingShares.value)).toEqual([15_290, 43_751, 31_251]);
    },
  },
  {
    feature: 'Form 3 filed by two owners: one holding, not two',
    file: 'edgartools__form3.snow.nonderiv.xml', // SNOW, Berkshire Hathaway Inc + Buffett Warren E, 2020-09-18
    documentType: '3',
    ticker: 'SNOW',
    byCode: {},
    acquiredShares: 0,
    disposedShares: 0,
    netShares: 0,
    holdingsTotal: 6_125_376, // one indirect line (Columbia Insurance Company, F1), not 2 x 6,125,376
    flags: { reportingOwners: 2 },
  },
  {
    feature: 'Form 5: gifts reported late in the year (transactionFormType 5)',
    file: 'datamule-python__000089924322006240_doc5.xml', // TSLA, Musk Elon, year 2021
    documentType: '5',
    ticker: 'TSLA',
    // 2,234,000 + 1,560,000 + 500,000 + 500,000 + 250,000 = 5,044,000 given away (F1: to charity)
    byCode: { G: { acquired: 0, disposed: 5_044_000, rows: 5 } },
    acquiredShares: 0,
    disposedShares: 5_044_000,
    netShares: -5_044_000,
    // 175,418,251 - 1,560,000 = 173,858,251; - 500,000 = 173,358,251; - 500,000 = 172,858,251; - 250,000 = 172,608,251
    holdingsTotal: 172_608_251,
    check: (document) => {
      expect(document.form3HoldingsReported).toBe(false);
      expect(document.form4TransactionsReported).toBe(false);
      expect(document.transactions.map((row) => row.transactionFormType)).toEqual(['5', '5', '5', '5', '5']);
    },
  },
  {
    feature: 'Form 5: a gift and two trusts, told apart only by their footnotes',
    file: 'edgartools__form5.snow.xml', // SNOW, McMahon John Dennis, 2022-01-31
    documentType: '5',
    ticker: 'SNOW',
    byCode: { G: { acquired: 0, disposed: 61_386, rows: 1 } },
    acquiredShares: 0,
    disposedShares: 61_386,
    netShares: -61_386,
    // 54,666 direct after the gift + 151,188 (Trust, F3: the Software Irrevocable Trust)
    // + 125,737 (Trust, F4: the 1995 Family Trust) = 331,591
    holdingsTotal: 331_591,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 54_666 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Trust', sharesOwnedAfter: 151_188 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Trust', sharesOwnedAfter: 125_737 },
    ],
  },
  {
    feature: 'amendment 4/A with the date of the original',
    file: 'edgar_client__form4a.xml', // PANW, Eschenbach Carl M., 2021-12-14, original filed 2021-12-15
    documentType: '4/A',
    ticker: 'PANW',
    byCode: { A: { acquired: 661, disposed: 0, rows: 1 } },
    acquiredShares: 661,
    disposedShares: 0,
    netShares: 661,
    holdingsTotal: 7_448,
    flags: { amendment: { originalDate: '2021-12-15' } },
  },
  {
    feature: 'amendment 4/A: a gift from direct to a family trust (the same shares out and in)',
    file: 'sec-edgar-parser__form4A.extracted.xml', // LRCX, Ahmed Sohail U, 2024-11-04, original filed 2024-11-04
    documentType: '4/A',
    ticker: 'LRCX',
    byCode: { G: { acquired: 3_690, disposed: 3_690, rows: 2 } },
    acquiredShares: 3_690,
    disposedShares: 3_690,
    netShares: 0,
    holdingsTotal: 30_630, // 0 direct + 30,630 by trust
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 0 },
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'by trust', sharesOwnedAfter: 30_630 },
    ],
    // aff10b5One = 0 and no footnote or remark mentions a plan: no 10b5-1 flag
    flags: { amendment: { originalDate: '2024-11-04' } },
    check: (document) => expect(document.aff10b5One).toBe(false),
  },
  {
    feature: '10b5-1 by checkbox (aff10b5One = 1), the plan also in a footnote; a "sold from $x to $y" range',
    file: 'datamule-python__000162828024030951_wk-form4_1719957769.xml', // AFRM, Rabois Keith, 2024-07-01
    documentType: '4',
    ticker: 'AFRM',
    sold: { rows: 1, shares: 9_276, value: 277_259.64, pricedShares: 9_276, averagePrice: 29.89 }, // 9,276 x 29.89
    byCode: { S: { acquired: 0, disposed: 9_276, rows: 1 } },
    acquiredShares: 0,
    disposedShares: 9_276,
    netShares: -9_276,
    holdingsTotal: 73_623,
    flags: {
      tenB5One: { checkbox: true, footnoteIds: ['F1'], inRemarks: false, adoptionDates: ['2023-12-14'] },
      // F2: "Represents the weighted average sale price of the shares sold from $29.50 to $30.32 per share."
      priceRanges: [{ footnoteId: 'F2', low: 29.5, high: 30.32 }],
    },
  },
  {
    feature: '10b5-1 by checkbox (aff10b5One = 1) and in the remarks, no footnotes',
    file: 'go-edgar__beckton_dickerson_remarks_10b51_input.xml', // BDX, Feld Michael, 2025-12-26
    documentType: '4',
    ticker: 'BDX',
    sold: { rows: 1, shares: 74, value: 14_509.92, pricedShares: 74, averagePrice: 196.08 }, // 74 x 196.08
    byCode: { S: { acquired: 0, disposed: 74, rows: 1 } },
    acquiredShares: 0,
    disposedShares: 74,
    netShares: -74,
    holdingsTotal: 16_506,
    // remarks: "...pursuant to a Rule 10b5-1 plan adopted by the reporting person on February 7, 2025."
    flags: { tenB5One: { checkbox: true, footnoteIds: [], inRemarks: true, adoptionDates: ['2025-02-07'] } },
  },
  {
    feature: '10b5-1 by footnote without an adoption date; a sale beside eight untouched holding lines',
    file: 'datamule-python__000089924321033350_doc4.xml', // PLTR, Thiel Peter, 2021-08-13
    documentType: '4',
    ticker: 'PLTR',
    sold: { rows: 1, shares: 3_262, value: 81_550, pricedShares: 3_262, averagePrice: 25 }, // 3,262 x 25.00
    byCode: { S: { acquired: 0, disposed: 3_262, rows: 1 } },
    acquiredShares: 0,
    disposedShares: 3_262,
    netShares: -3_262,
    // 0 (FF Pathfinder, F2, after the sale) + 7,072,285 direct + 1,108,442 (F4) + 17,502,211 (F5) + 77,851,188 (F6)
    // + 53,487 (F7) + 268,840 (F8) + 5,028,763 (F9) + 7,255,295 (F10) + 14,530,420 (F11) = 130,670,931.
    // Every indirect line's nature is "See Footnote"; the footnotes name eight different holders.
    holdingsTotal: 130_670_931,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 0 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 7_072_285 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 1_108_442 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 17_502_211 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 77_851_188 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 53_487 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 268_840 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 5_028_763 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 7_255_295 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 14_530_420 },
    ],
    // F1: "...pursuant to a preexisting Rule 10b5-1 trading plan adopted by the holder." (no date)
    flags: { tenB5One: { checkbox: false, footnoteIds: ['F1'], inRemarks: false, adoptionDates: [] } },
  },
  {
    feature: 'exit filer (notSubjectToSection16 = 1): conversion at a business combination',
    file: 'datamule-python__000089924321031284_doc4.xml', // HIPO, Hoffman Reid, 2021-08-02
    documentType: '4',
    ticker: 'HIPO',
    byCode: { M: { acquired: 5_630_000, disposed: 0, rows: 1 } },
    derivativeByCode: { M: { acquired: 0, disposed: 5_630_000, rows: 1 } }, // Class B ordinary shares
    acquiredShares: 5_630_000,
    disposedShares: 0,
    netShares: 5_630_000,
    holdingsTotal: 5_630_000,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 5_630_000 },
      { table: 'derivative', securityTitle: 'Class B ordinary shares', directOrIndirect: 'I', natureOfOwnership: 'See Footnote', sharesOwnedAfter: 0 },
    ],
    // both rows give their price only as footnotes F2, F3
    flags: { exitFiler: true, footnoteOnlyPriceRows: [0, 1] },
  },
  {
    feature: 'early (timeliness E, the V code): Form 5 transactions reported voluntarily on a Form 4',
    file: 'datamule-python__000106299321007940_form4.xml', // EB, Botha Roelof, 2021-06-21
    documentType: '4',
    ticker: 'EB',
    // J: 16,723 + 10,819 = 27,542 out of the direct account and the same 27,542 into the revocable trust (F1)
    byCode: { J: { acquired: 27_542, disposed: 27_542, rows: 4 } },
    acquiredShares: 27_542,
    disposedShares: 27_542,
    netShares: 0,
    // 6,274 direct + 497,024 (Estate Planning) + 514,385 (Sequoia Grove II) + 32,746 (US Venture 2010 Seed) = 1,050,429
    holdingsTotal: 1_050_429,
    holdingLines: [
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'D', natureOfOwnership: null, sharesOwnedAfter: 6_274 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Estate Planning', sharesOwnedAfter: 497_024 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'Sequoia Grove II', sharesOwnedAfter: 514_385 },
      { table: 'nonDerivative', securityTitle: 'Class A Common Stock', directOrIndirect: 'I', natureOfOwnership: 'US Venture 2010 Seed', sharesOwnedAfter: 32_746 },
    ],
    flags: { earlyRows: [0, 1, 2, 3] },
    check: (document) => {
      expect(document.transactions.map((row) => row.flagCodes)).toEqual([['V'], ['V'], ['V'], ['V']]);
      expect(document.transactions.map((row) => row.transactionFormType)).toEqual(['5', '5', '5', '5']);
    },
  },
  {
    feature: 'deemed execution date on open-market purchases at weighted average prices',
    file: 'datamule-python__000128825712000028_primary_doc.xml', // SCTY, Musk Elon, 2012-12-26
    documentType: '4',
    ticker: 'SCTY',
    // 48,664 + 40,306 = 88,970 shares; 48,664 x 11.0621 = 538,326.034; 40,306 x 11.1971 = 451,310.313
    // value = 989,636.347, average = 989,636.347 / 88,970 = 11.12326...
    bought: { rows: 2, shares: 88_970, value: 989_636.35, pricedShares: 88_970, averagePrice: 11.1233 },
    byCode: { P: { acquired: 88_970, disposed: 0, rows: 2 } },
    acquiredShares: 88_970,
    disposedShares: 0,
    netShares: 88_970,
    holdingsTotal: 20_813_961, // 20,773,655 + 40,306, by Trust
    flags: {
      deemedExecutionRows: [0, 1],
      priceRanges: [
        { footnoteId: 'F1', low: 10.82, high: 11.2 },
        { footnoteId: 'F2', low: 11.01, high: 11.46 },
      ],
    },
    check: (document) => expect(document.transactions.map((row) => row.deemedExecutionDate.value)).toEqual(['2012-12-26', '2012-12-27']),
  },
  {
    feature: 'conversion (C) of preferred stock at an IPO, in each table\'s own units, plus a purchase in the IPO',
    file: 'datamule-python__000118143112066021_rrd364155.xml', // SCTY, Musk Elon, 2012-12-18
    documentType: '4',
    ticker: 'SCTY',
    // The P of 1,875,000 at $8.00 is dated the day F1 says the IPO closed: bought in the offering,
    // not on the open market (docs/design.md section 10), so no open-market figures.
    check: (document) => {
      const figures = computeFigures(document);
      expect(figures.privateTrades.rows).toEqual([{ row: 6, side: 'bought', kind: 'offering', footnoteId: 'F1' }]);
      expect(figures.privateTrades.bought.value).toBe(15_000_000); // 1,875,000 x 8.00
    },
    // common received: 10,491,720 + 2,897,342 + 478,871 + 2,279,826 + 1,033,592 + 1,550,384 = 18,731,735
    byCode: {
      C: { acquired: 18_731_735, disposed: 0, rows: 6 },
      P: { acquired: 1_875_000, disposed: 0, rows: 1 },
    },
    // preferred given up: the same, except Series G, 627,220 preferred for 1,550,384 common (x 2.47, F2):
    // 10,491,720 + 2,897,342 + 478,871 + 2,279,826 + 1,033,592 + 627,220 = 17,808,571
    derivativeByCode: { C: { acquired: 0, disposed: 17_808_571, rows: 6 } },
    acquiredShares: 20_606_735, // 18,731,735 + 1,875,000
    disposedShares: 0,
    netShares: 20_606_735,
    holdingsTotal: 20_724_991, // by Trust, after the purchase
    flags: {
      // all 13 rows (7 of table I, 6 of table II) give a deemed execution date of 2012-12-18;
      // the conversions give their price only as footnotes F1/F2 (index 6 is the priced purchase)
      deemedExecutionRows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      footnoteOnlyPriceRows: [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12],
    },
  },
];

function loadDocument(file: string): OwnershipDocument {
  const result = parseOwnership(readFileSync(corpusFile(`xml/${file}`), 'utf8'));
  if (!result.ok) throw new Error(`${file} did not parse: ${result.error.message}`);
  return result.filing.document;
}

function expectTotals(actual: TradeTotals, expected: ExpectedTotals): void {
  // Soft: one wrong figure must not hide the others.
  expect.soft(actual.rows).toBe(expected.rows);
  expect.soft(actual.shares).toBe(expected.shares);
  expect.soft(actual.value).toBeCloseTo(expected.value, 2);
  expect.soft(actual.pricedShares).toBe(expected.pricedShares);
  if (expected.averagePrice === null) expect.soft(actual.averagePrice).toBeNull();
  else expect.soft(actual.averagePrice).toBeCloseTo(expected.averagePrice, 4);
}

describe('figures of real filings, checked by hand', () => {
  it('covers at least 15 filings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });

  describe.each(CASES)('$feature ($file)', (c) => {
    const document = loadDocument(c.file);
    const figures = computeFigures(document);

    it('is the filing named', () => {
      expect(document.documentType).toBe(c.documentType);
      expect(document.issuer.tradingSymbol).toBe(c.ticker);
    });

    it('has the open-market figures', () => {
      const bought = c.bought ?? NONE;
      const sold = c.sold ?? NONE;
      expectTotals(figures.openMarket.bought, bought);
      expectTotals(figures.openMarket.sold, sold);
      expect(figures.openMarket.netShares).toBe(bought.shares - sold.shares);
      expect(figures.openMarket.netValue).toBeCloseTo(bought.value - sold.value, 2);
      expect(figures.hasOpenMarketTrades).toBe(bought.rows + sold.rows > 0);
    });

    it('has the figures by code and the net change', () => {
      expect(figures.byCode).toEqual(c.byCode);
      expect(figures.derivativeByCode).toEqual(c.derivativeByCode ?? {});
      expect(figures.acquiredShares).toBe(c.acquiredShares);
      expect(figures.disposedShares).toBe(c.disposedShares);
      expect(figures.netShares).toBe(c.netShares);
    });

    it('has the holdings after', () => {
      expect.soft(figures.holdingsAfter.total).toBe(c.holdingsTotal);
      expect.soft(figures.holdingsAfter.mixedSecurities).toBe(false);
      if (c.holdingLines !== undefined) {
        const lines = figures.holdingsAfter.lines.map(({ table, securityTitle, directOrIndirect, natureOfOwnership, sharesOwnedAfter }) => ({
          table,
          securityTitle,
          directOrIndirect,
          natureOfOwnership,
          sharesOwnedAfter,
        }));
        expect(lines).toEqual(c.holdingLines);
      }
    });

    it('raises the flags', () => {
      expect(figures.flags).toEqual({ ...DEFAULT_FLAGS, ...c.flags });
    });

    if (c.check !== undefined) {
      const check = c.check;
      it('shows what the feature needs', () => check(document, figures));
    }
  });
});
