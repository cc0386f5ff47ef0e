// The activity timeline's marks (lib/views/timeline-days.ts) and what each says
// (lib/views/timeline-day-text.ts): one mark per day, insider and direction, its sums worked out
// by hand from the trades below.

import { describe, expect, it } from 'vitest';
import type { TimelineTrade } from '../../lib/messages/activity-view';
import { toTimelineDays } from '../../lib/views/timeline-days';
import { toExactText, toTimelineDaySentence, toTimelineTradeSentence } from '../../lib/views/timeline-day-text';
import { growthRatio, LINEAR_LIMIT } from '../growth';

const MUSK = '1494730';
const KIMBAL = '1494731';
const url = (accession: string) => `https://www.sec.gov/Archives/edgar/data/1318605/${accession.replace(/-/g, '')}/doc4.xml`;

function trade(id: string, date: string, code: 'P' | 'S', insider: string, insiderKey: string, shares: number, price: number | null, value: number | null, tenB5One: boolean, accession: string): TimelineTrade {
  return { id, date, code, shares, price, value, tenB5One, insider, insiderKey, accession, url: url(accession) };
}

const TRADES: TimelineTrade[] = [
  trade('e1', '2021-12-01', 'S', 'Musk Elon', MUSK, 1, 0.1, 0.1, false, '0000000001-21-000005'),
  trade('e2', '2021-12-01', 'S', 'Musk Elon', MUSK, 1, 0.2, 0.2, false, '0000000001-21-000005'),
  trade('a1', '2021-12-02', 'S', 'Musk Elon', MUSK, 100, 1000.5, 100_050, true, '0000000001-21-000001'),
  trade('c1', '2021-12-02', 'P', 'Musk Kimbal', KIMBAL, 10, null, null, false, '0000000001-21-000003'),
  trade('a2', '2021-12-02', 'S', 'Musk Elon', MUSK, 50, 1001.25, 50_062.5, true, '0000000001-21-000001'),
  trade('d1', '2021-12-02', 'S', 'Musk Kimbal', KIMBAL, 1000, 60, 60_000, false, '0000000001-21-000004'),
  // 203 x $1,112.023 = $225,740.669, to the cent as lib/figures gives a row's dollars.
  trade('b1', '2021-12-02', 'S', 'Elon Musk', MUSK, 203, 1112.023, 225_740.67, false, '0000000001-21-000002'),
  trade('c2', '2021-12-02', 'P', 'Musk Kimbal', KIMBAL, 20, 50, 1000, false, '0000000001-21-000003'),
];

describe('toTimelineDays', () => {
  const days = toTimelineDays(TRADES);

  it('makes one mark per day, insider and direction, in date order, buys before sells, larger dollars first', () => {
    expect(days.map((day) => `${day.date} ${day.code} ${day.insider}`)).toEqual([
      '2021-12-01 S Musk Elon',
      '2021-12-02 P Musk Kimbal',
      '2021-12-02 S Elon Musk',
      '2021-12-02 S Musk Kimbal',
    ]);
  });

  it("sums a day's shares and dollars exactly, lists its trades and filings, and says how many a plan covers", () => {
    const musk = days[2]!;
    // 100 + 50 + 203 shares; $100,050.00 + $50,062.50 + $225,740.67; 375,853.17 / 353 = 1,064.73985...
    expect(musk).toMatchObject({
      id: `2021-12-02|S|${MUSK}`,
      insider: 'Elon Musk',
      insiderKey: MUSK,
      shares: 353,
      value: 375_853.17,
      pricedShares: 353,
      averagePrice: 1064.7399,
      unpricedTrades: 0,
      tenB5One: 'some',
      tenB5OneTrades: 2,
      filings: [
        { accession: '0000000001-21-000001', url: url('0000000001-21-000001'), trades: 2 },
        { accession: '0000000001-21-000002', url: url('0000000001-21-000002'), trades: 1 },
      ],
    });
    expect(musk.trades.map((one) => one.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('keeps dollars to the cent without float drift ($0.10 + $0.20 is $0.30)', () => {
    expect(days[0]).toMatchObject({ shares: 2, value: 0.3, averagePrice: 0.15, tenB5One: 'none', trades: [{ id: 'e1' }, { id: 'e2' }] });
  });

  it('counts unpriced trades in shares, not in dollars; a day with no price has no dollars', () => {
    // 10 unpriced + 20 at $50: 30 shares, $1,000.00 over the 20 priced ones.
    expect(days[1]).toMatchObject({ shares: 30, value: 1000, pricedShares: 20, averagePrice: 50, unpricedTrades: 1, filings: [{ accession: '0000000001-21-000003', trades: 2 }] });
    const unpriced = toTimelineDays([TRADES[3]!]);
    expect(unpriced[0]).toMatchObject({ shares: 10, value: null, averagePrice: null, unpricedTrades: 1 });
  });

  it('marks a plan on all trades as all', () => {
    expect(toTimelineDays([TRADES[2]!, TRADES[4]!])[0]).toMatchObject({ tenB5One: 'all', tenB5OneTrades: 2, value: 150_112.5 });
  });

  it('groups by CIKs, not by name: two insiders of one name are two marks', () => {
    const twins = [trade('x', '2022-01-03', 'S', 'Smith John', '1', 1, 10, 10, false, 'a'), trade('y', '2022-01-03', 'S', 'Smith John', '2', 2, 10, 20, false, 'b')];
    expect(toTimelineDays(twins).map((day) => [day.insiderKey, day.value])).toEqual([
      ['2', 20],
      ['1', 10],
    ]);
  });

  it('takes time linear in the trades', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => trade(`t${i}`, `2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, i % 3 ? 'S' : 'P', `Insider ${i % 7}`, String(i % 7), 100, 12.34, 1234, i % 2 === 0, `acc-${i % 50}`));
    expect(growthRatio(make, toTimelineDays, 2_000)).toBeLessThan(LINEAR_LIMIT);
  });
});

describe('what a mark says', () => {
  const days = toTimelineDays(TRADES);
  const say = (index: number) => toExactText(toTimelineDaySentence(days[index]!, 'en-US'), 'en-US');

  it.each([
    [0, '2021-12-01: Musk Elon sold 2 shares in 2 trades, $0.30 (avg $0.15)'],
    [1, '2021-12-02: Musk Kimbal bought 30 shares in 2 trades, $1,000.00 (avg $50.00); 1 trade without a price, not in the dollars'],
    [2, '2021-12-02: Elon Musk sold 353 shares in 3 trades, $375,853.17 (avg $1,064.74), 2 of 3 under a 10b5-1 plan'],
    [3, '2021-12-02: Musk Kimbal sold 1,000 shares in 1 trade, $60,000.00 (avg $60.00)'],
  ])('mark %i', (index, expected) => {
    expect(say(index)).toBe(expected);
  });

  it('keeps the dollars apart, for a view to show them compact', () => {
    expect(toTimelineDaySentence(days[2]!, 'en-US')).toEqual({ lead: '2021-12-02: Elon Musk sold 353 shares in 3 trades, ', value: 375_853.17, tail: ' (avg $1,064.74), 2 of 3 under a 10b5-1 plan' });
    expect(toExactText(toTimelineDaySentence(toTimelineDays([TRADES[2]!, TRADES[4]!])[0]!, 'en-US'))).toBe(
      '2021-12-02: Musk Elon sold 150 shares in 2 trades, $150,112.50 (avg $1,000.75), under a 10b5-1 plan',
    );
    expect(toExactText(toTimelineDaySentence(toTimelineDays([TRADES[3]!])[0]!, 'en-US'))).toBe('2021-12-02: Musk Kimbal bought 10 shares in 1 trade, price not given');
  });

  it('says each trade', () => {
    expect(toExactText(toTimelineTradeSentence(TRADES[6]!, 'en-US'), 'en-US')).toBe('203 shares at $1,112.023, $225,740.67');
    expect(toExactText(toTimelineTradeSentence(TRADES[2]!, 'en-US'), 'en-US')).toBe('100 shares at $1,000.50, $100,050.00, 10b5-1 plan');
    expect(toExactText(toTimelineTradeSentence(TRADES[3]!, 'en-US'), 'en-US')).toBe('10 shares, price not given');
  });
});
