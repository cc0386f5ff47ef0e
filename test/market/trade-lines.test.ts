// The market-wide trades table's lines (lib/market): one per filing and open-market code, with
// the flags, ΔOwn and roles OpenInsider shows; the presets and filters; JSON and CSV. Expected
// values are worked out by hand from the filings' XML, quoted beside them.

import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../lib/figures/figures';
import { selectTrades, toTradeCsvHeader, toTradeCsvLine, toTradeJson, toTradeLines, TRADE_CSV_COLUMNS, type TradeLine } from '../../lib/market';
import { clusterSetTexts, parseCorpus, parseText } from '../activity/helpers';
import type { Filing } from '../../lib/filing/model';

const linesOf = (filing: Filing, source: string | null = null) => toTradeLines(filing, computeFigures(filing.document, { filingDate: filing.filingDate }), source);

// Elon Musk's Tesla purchase of June 2018 (0001494730-18-000005), eight P rows, A, table I:
//   2018-06-12  37,023 at 342.775 -> 33,702,444 after    2018-06-13  2,431 at 343.791
//   2018-06-12  14,509 at 343.855                         2018-06-13  2,114 at 344.957
//   2018-06-12   3,468 at 344.829                         2018-06-13  6,032 at 346.637
//   2018-06-13   2,297 at 342.782                         2018-06-13  4,626 at 347.001 -> 33,737,921 after
// Director, officer titled "CEO", 10% owner; signed 2018-06-13; no table II, no 10b5-1.
const MUSK_2018 = 'xml/datamule-python__000149473018000005_edgardoc.xml';
const MUSK_ROWS: [number, number][] = [
  [37_023, 342.775],
  [14_509, 343.855],
  [3_468, 344.829],
  [2_297, 342.782],
  [2_431, 343.791],
  [2_114, 344.957],
  [6_032, 346.637],
  [4_626, 347.001],
];

describe('toTradeLines', () => {
  it("makes one P line of Musk's eight purchases, with their dates, roles, value and ΔOwn", () => {
    const [line, ...more] = linesOf(parseCorpus(MUSK_2018), MUSK_2018);
    expect(more).toEqual([]);
    const shares = MUSK_ROWS.reduce((sum, [n]) => sum + n, 0);
    // Each product has three decimals: summed in thousandths of a dollar, then rounded half up to the cent.
    const thousandths = MUSK_ROWS.reduce((sum, [n, price]) => sum + Math.round(n * price * 1000), 0);
    const cents = Math.round(thousandths / 10);
    const before = 33_702_444 - 37_023;
    expect(line).toMatchObject({
      code: 'P',
      tradeDate: '2018-06-12',
      tradeDates: ['2018-06-12', '2018-06-13'],
      signatureDate: '2018-06-13',
      issuer: { cik: '0001318605', name: 'Tesla, Inc.', tradingSymbol: 'TSLA' },
      owner: { ciks: ['0001494730'], names: ['Musk Elon'], relationship: 'Director, Officer (CEO), 10% Owner' },
      roles: ['ceo', 'officer', 'director', '10%'],
      shares,
      sharesAfter: 33_737_921,
      deltaOwn: Number((shares / before).toFixed(6)),
      flags: { amended: false, derivative: false, multiple: true, late: false, plan10b5_1: false },
      source: MUSK_2018,
    });
    expect(shares).toBe(72_500);
    expect(line!.value).toBe(cents / 100);
    expect(line!.value).toBe(24_923_924.28);
    expect(line!.averagePrice).toBeCloseTo(thousandths / 1000 / shares, 4);
  });

  it('flags a sample Form 4 signed three weeks after its sale, with a 10b5-1 box and table II rows', () => {
    // edgar_client__doc4.xml: S on 2002-11-02, signatures up to 2002-11-24, aff10b5One 1, a C row in table II.
    const [line] = linesOf(parseCorpus('xml/edgar_client__doc4.xml'));
    expect(line!.code).toBe('S');
    expect(line!.flags).toEqual({ amended: false, derivative: true, multiple: false, late: true, plan10b5_1: true });
    const [amended] = linesOf(parseCorpus('xml/edgar_client__doc4a.xml'));
    expect(amended!.flags.amended).toBe(true);
  });

  it('gives no line for a filing without open-market trades (a Form 3)', () => {
    expect(linesOf(parseCorpus('xml/edgar_client__form3.xml'))).toEqual([]);
  });
});

describe('selectTrades', () => {
  // Three real purchases moved to one issuer (test/activity/helpers.ts): Rabois 75,000 at $49.00
  // on the first day, Musk and Mithril/Thiel on the others; every one $25,000 or more.
  const cluster = (dates: [string, string, string]) => clusterSetTexts(dates).flatMap(({ text }) => linesOf(parseText(text)));

  it('keeps a cluster buy: 3 insiders of one issuer buying within 30 days, and not when they are spread', () => {
    const close = cluster(['2021-01-13', '2021-01-20', '2021-02-10']);
    expect(selectTrades(close, 'clusters')).toHaveLength(3);
    // 2021-01-13 to 2021-02-13 is 31 days: the third buy falls outside every 30-day window.
    expect(selectTrades(cluster(['2021-01-13', '2021-01-20', '2021-02-13']), 'clusters')).toEqual([]);
  });

  it('filters by code, role, value, ΔOwn, lateness, plan and dates', () => {
    const lines = cluster(['2021-01-13', '2021-01-20', '2021-02-10']);
    const rabois = lines.find((line) => line.owner.names[0] === 'Rabois Keith')!;
    expect(selectTrades(lines, null, { codes: ['S'] })).toEqual([]);
    expect(selectTrades(lines, null, { roles: ['director'] }).map((line) => line.owner.names[0])).toContain('Rabois Keith');
    // Rabois: 75,000 x $49.00 = $3,675,000.
    expect(rabois.value).toBe(3_675_000);
    expect(selectTrades([rabois], null, { minValue: 3_675_000 })).toEqual([rabois]);
    expect(selectTrades([rabois], null, { minValue: 3_675_000.01 })).toEqual([]);
    expect(selectTrades([rabois], null, { lateOnly: true })).toEqual([]);
    expect(selectTrades([rabois], null, { minDeltaOwn: rabois.deltaOwn! })).toEqual([rabois]);
    expect(selectTrades([rabois], null, { minDeltaOwn: rabois.deltaOwn! + 0.001 })).toEqual([]);
    const signed = rabois.signatureDate!;
    expect(selectTrades([rabois], null, { since: signed, until: signed })).toEqual([rabois]);
    expect(selectTrades([rabois], null, { until: '2000-01-01' })).toEqual([]);
  });
});

describe('JSON and CSV', () => {
  const line: TradeLine = linesOf(parseCorpus(MUSK_2018), MUSK_2018)[0]!;

  it('writes exactly the keys the command line documents', () => {
    const json = toTradeJson(line);
    expect(Object.keys(json)).toEqual(['accession', 'filingDate', 'tradeDate', 'tradeDates', 'issuer', 'owner', 'code', 'shares', 'averagePrice', 'value', 'sharesAfter', 'deltaOwn', 'flags', 'file']);
    expect(Object.keys(json.flags)).toEqual(['amended', 'derivative', 'multiple', 'late', 'plan10b5_1']);
    expect(json.file).toBe(MUSK_2018);
  });

  it('writes one CSV line a spreadsheet reads back, numbers plain, a decimal comma with ";"', () => {
    const [header, row] = parseCsv(toTradeCsvHeader() + toTradeCsvLine(line), { relaxColumnCount: false }) as string[][];
    expect(header).toEqual([...TRADE_CSV_COLUMNS]);
    const cell = (name: string) => row![TRADE_CSV_COLUMNS.indexOf(name as (typeof TRADE_CSV_COLUMNS)[number])];
    expect([cell('ticker'), cell('code'), cell('shares'), cell('trade_dates'), cell('multiple'), cell('late')]).toEqual(['TSLA', 'P', '72500', '2018-06-12 2018-06-13', 'yes', '']);
    const semicolon = toTradeCsvLine(line, ';').split(';');
    expect(semicolon[TRADE_CSV_COLUMNS.indexOf('average_price')]).toMatch(/^343,\d+$/);
  });
});
