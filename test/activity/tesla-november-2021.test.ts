// The roll-up by hand on real filings: Tesla's Forms 4 of November 2021 in the corpus, 21
// filings, all by Elon Musk (CIK 0001494730), who sold shares every trading day from
// November 8 to 12, 15, 16 and 23 (his tweet-poll sales). Every expected figure below was
// worked out from the XML (row by row: shares x price summed exactly, then rounded to the
// cent per filing, as each filing's own figures are), not taken from the program's output.

import { describe, expect, it } from 'vitest';
import { ActivityRollup, toActivityWindow, toInsiderHistory } from '../../lib/activity';
import { computeFigures } from '../../lib/figures/figures';
import { corpusFilesOfIssuer, parseCorpus } from './helpers';

const TESLA = '0001318605';
const NOVEMBER = { from: '2021-11-01', until: '2021-11-30' };

// accession (0000899243-21-...), transaction date, S rows, shares sold, dollars sold
// (sum of shares x price over the filing's rows, rounded once to the cent).
const SALES = [
  ['044060', '2021-11-08', 29, 257_279, 299_717_449.38], // + M 2,154,572 at $6.24 (options exercised)
  ['044077', '2021-11-08', 20, 676_812, 802_625_029.35],
  ['044225', '2021-11-09', 30, 582_357, 598_357_802.91], // 044225 to 044262: sold by the trust
  ['044229', '2021-11-09', 30, 952_211, 1_004_977_896.06],
  ['044232', '2021-11-09', 30, 613_316, 669_801_010.71],
  ['044235', '2021-11-09', 30, 528_687, 601_885_328.77],
  ['044240', '2021-11-09', 17, 411_476, 478_474_857.65],
  ['044241', '2021-11-10', 30, 58_101, 59_206_941.35],
  ['044242', '2021-11-10', 30, 199_893, 209_580_233.67],
  ['044244', '2021-11-10', 18, 242_006, 258_484_236.01],
  ['044261', '2021-11-11', 30, 587_638, 630_079_728.16],
  ['044262', '2021-11-11', 14, 52_099, 57_217_365.39], // row by row in the amendment test
  ['044475', '2021-11-12', 25, 1_200_000, 1_235_607_328.52],
  ['044687', '2021-11-15', 29, 785_896, 780_174_795.52], // + M 2,107,672
  ['044689', '2021-11-15', 18, 148_195, 150_543_964.23],
  ['044921', '2021-11-16', 29, 209_688, 215_101_825.12], // + M 2,113,761
  ['044924', '2021-11-16', 18, 724_403, 758_251_348.05],
  ['045944', '2021-11-23', 29, 222_711, 240_879_277.11], // + M 2,152,681
  ['045946', '2021-11-23', 30, 308_694, 344_120_356.08],
  ['045947', '2021-11-23', 30, 276_215, 316_346_848.54],
  ['045949', '2021-11-23', 15, 126_471, 148_102_963.05],
] as const;

// S rows: 29+20+30+30+30+30+17+30+30+18+30+14+25+29+18+29+18+29+30+30+15 = 531
const SOLD_ROWS = 531;
// Shares: 257,279 + 676,812 + 582,357 + 952,211 + 613,316 + 528,687 + 411,476 + 58,101
//   + 199,893 + 242,006 + 587,638 + 52,099 + 1,200,000 + 785,896 + 148,195 + 209,688
//   + 724,403 + 222,711 + 308,694 + 276,215 + 126,471 = 9,164,148
const SOLD_SHARES = 9_164_148;
// Dollars: the 21 per-filing figures above added = $9,859,536,585.63
const SOLD_VALUE = 9_859_536_585.63;
// Options exercised (M, acquired): 2,154,572 + 2,107,672 + 2,113,761 + 2,152,681 = 8,528,686
const EXERCISED = 8_528_686;
// The sales held directly cite footnote F1 ("... pursuant to a Rule 10b5-1 trading plan
// previously adopted on September 14, 2021"); the trust's sales (044225 to 044475) cite none.
// 299,717,449.38 + 802,625,029.35 + 780,174,795.52 + 150,543,964.23 + 215,101,825.12
//   + 758,251,348.05 + 240,879,277.11 + 344,120,356.08 + 316,346,848.54 + 148,102,963.05
//   = $4,055,863,856.43
const UNDER_PLAN = 4_055_863_856.43;
// Holdings after the last filing (045949, 2021-11-23): held directly 1,218,590 (the amount
// after its last row), by trust 168,638,933 (its holding row): 1,218,590 + 168,638,933 = 169,857,523.
const HOLDINGS_AFTER = 169_857_523;
// Change over the month: 8,528,686 acquired - 9,164,148 disposed = -635,462 shares; holdings
// before = 169,857,523 + 635,462 = 170,492,985; -635,462 / 170,492,985 = -0.3727% -> -0.37.
const CHANGE = -635_462;

const FILES = SALES.map(([accession]) => `xml/datamule-python__000089924321${accession}_doc4.xml`);

function musk(rollup: ActivityRollup) {
  const report = rollup.summarise();
  expect(report.issuers).toHaveLength(1);
  return { issuer: report.issuers[0]!, insider: report.issuers[0]!.insiders[0]!, report };
}

describe('the roll-up of Tesla, November 2021 (by hand)', () => {
  it('adds up every filing, counted once', () => {
    const rollup = new ActivityRollup();
    for (const file of FILES) expect(rollup.add(parseCorpus(file))).toBe('added');
    const { issuer, insider, report } = musk(rollup);

    expect(report.counted).toHaveLength(21);
    expect(issuer.issuer).toEqual({ cik: TESLA, name: 'Tesla, Inc.', tradingSymbol: 'TSLA' });
    expect(issuer.filings).toBe(21);
    expect([issuer.from, issuer.to]).toEqual(['2021-11-08', '2021-11-23']);
    expect(issuer.openMarket).toEqual({
      boughtShares: 0,
      boughtValue: 0,
      boughtAveragePrice: null,
      boughtRows: 0,
      soldShares: SOLD_SHARES,
      soldValue: SOLD_VALUE,
      // 9,859,536,585.63 / 9,164,148 = 1,075.88142... -> $1,075.8814 to 4 places
      soldAveragePrice: 1075.8814,
      soldRows: SOLD_ROWS,
      netShares: -SOLD_SHARES,
      netValue: -SOLD_VALUE,
      unpricedRows: 0,
      unpricedShares: 0,
    });
    expect([issuer.buyers, issuer.sellers]).toEqual([0, 1]);
    expect(issuer.tenB5OneSoldValue).toBe(UNDER_PLAN);
    // 4,055,863,856.43 / 9,859,536,585.63 = 0.41136... -> 0.4114
    expect(issuer.tenB5OneShare).toBe(0.4114);
    // Routine codes kept apart from P and S: the options exercised (table I: shares in; table II: options out).
    expect(issuer.routineByCode).toEqual({ M: { acquired: EXERCISED, disposed: 0, rows: 4 } });
    expect(issuer.derivativeByCode).toEqual({ M: { acquired: 0, disposed: EXERCISED, rows: 4 } });
    expect(issuer.clusters).toEqual([]);

    expect(insider.ciks).toEqual(['0001494730']);
    expect(insider.names).toEqual(['Musk Elon']);
    expect(insider.relationship).toBe('Director, Officer (CEO), 10% Owner');
    expect(insider.filings).toBe(21);
    expect(insider.openMarket).toEqual(issuer.openMarket);
    expect(insider.holdingsAfter).toBe(HOLDINGS_AFTER);
    expect(insider.holdingsChange).toEqual({ shares: CHANGE, percent: -0.37 });
  });

  it('agrees with each filing’s own figures', () => {
    for (const [index, file] of FILES.entries()) {
      const sold = computeFigures(parseCorpus(file).document).openMarket.sold;
      expect([sold.rows, sold.shares, sold.value]).toEqual(SALES[index]!.slice(2));
    }
  });

  it('gives the same totals in any order', () => {
    const forward = new ActivityRollup();
    for (const file of FILES) forward.add(parseCorpus(file));
    const reversed = new ActivityRollup();
    for (const file of [...FILES].reverse()) reversed.add(parseCorpus(file));
    expect(musk(reversed).issuer).toEqual(musk(forward).issuer);
  });

  it('picks November’s rows out of all of Tesla’s filings, a Form 5’s gifts included', () => {
    const allTesla = corpusFilesOfIssuer(TESLA);
    expect(allTesla.length).toBeGreaterThan(70);
    const rollup = new ActivityRollup({ window: NOVEMBER });
    const outcomes = allTesla.map((file) => rollup.add(parseCorpus(file)));
    // The 21 Forms 4, and the Form 5 for 2021 (0000899243-22-006240, period 2021-12-31) whose
    // five gifts by the trust are dated November 19 to 29.
    expect(outcomes.filter((outcome) => outcome === 'added')).toHaveLength(22);
    const { issuer, insider } = musk(rollup);
    expect(issuer.filings).toBe(22);
    expect([issuer.from, issuer.to]).toEqual(['2021-11-08', '2021-11-29']);
    expect(issuer.openMarket.soldShares).toBe(SOLD_SHARES);
    expect(issuer.openMarket.soldValue).toBe(SOLD_VALUE);
    // Gifts (G, disposed): 2,234,000 + 1,560,000 + 500,000 + 500,000 + 250,000 = 5,044,000
    expect(issuer.routineByCode).toEqual({
      M: { acquired: EXERCISED, disposed: 0, rows: 4 },
      G: { acquired: 0, disposed: 5_044_000, rows: 5 },
    });
    // By trust after the last gift (2021-11-29): 172,608,251; held directly: 1,218,590 (2021-11-23).
    // 172,608,251 + 1,218,590 = 173,826,841
    expect(insider.holdingsAfter).toBe(173_826_841);
    // -635,462 - 5,044,000 = -5,679,462; before: 173,826,841 + 5,679,462 = 179,506,303;
    // -5,679,462 / 179,506,303 = -3.1639% -> -3.16
    expect(insider.holdingsChange).toEqual({ shares: -5_679_462, percent: -3.16 });
  });

  it('builds windows of whole months ending on a day', () => {
    expect(toActivityWindow(1, '2021-11-30')).toEqual(NOVEMBER);
    expect(toActivityWindow(12, '2022-11-30')).toEqual({ from: '2021-12-01', until: '2022-11-30' });
    expect(toActivityWindow(6, '2022-08-31')).toEqual({ from: '2022-03-01', until: '2022-08-31' });
    expect(toActivityWindow(3, '2024-05-15')).toEqual({ from: '2024-02-16', until: '2024-05-15' });
  });

  it('leaves out the rows outside the window: the first week of sales only', () => {
    const rollup = new ActivityRollup({ window: { from: '2021-11-08', until: '2021-11-09' } });
    for (const file of FILES) rollup.add(parseCorpus(file));
    const { issuer } = musk(rollup);
    // 044060 to 044240: 257,279 + 676,812 + 582,357 + 952,211 + 613,316 + 528,687 + 411,476 = 4,022,138
    expect(issuer.openMarket.soldShares).toBe(4_022_138);
    // 299,717,449.38 + 802,625,029.35 + 598,357,802.91 + 1,004,977,896.06 + 669,801,010.71
    //   + 601,885,328.77 + 478,474,857.65 = 4,455,839,374.83
    expect(issuer.openMarket.soldValue).toBe(4_455_839_374.83);
    expect(issuer.filings).toBe(7);
  });

  it('gives the insider’s history: each filing’s net and the holdings after it', () => {
    const rollup = new ActivityRollup();
    for (const file of FILES) rollup.add(parseCorpus(file));
    const history = toInsiderHistory(rollup.summarise().counted, '1494730');
    expect(history).toHaveLength(21);
    expect(history.slice(0, 3).map(({ accession, date, netShares, netValue, holdingsAfter }) => [accession, date, netShares, netValue, holdingsAfter])).toEqual([
      // 044060: M +2,154,572 and S 257,279; held directly after its last row: 1,897,293 (no other line known yet).
      ['0000899243-21-044060', '2021-11-08', -257_279, -299_717_449.38, 1_897_293],
      // 044077: directly 1,220,481 after its last row, and a holding row "by Trust" 170,492,985:
      // 1,220,481 + 170,492,985 = 171,713,466
      ['0000899243-21-044077', '2021-11-08', -676_812, -802_625_029.35, 171_713_466],
      // 044225: the trust's last row 169,910,628; directly still 1,220,481: 171,131,109
      ['0000899243-21-044225', '2021-11-09', -582_357, -598_357_802.91, 171_131_109],
    ]);
    expect(history.at(-1)!.holdingsAfter).toBe(HOLDINGS_AFTER);
    expect(toInsiderHistory(rollup.summarise().counted, 'nobody')).toEqual([]);
  });
});
