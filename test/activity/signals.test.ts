// Signals (docs/design.md section 10): routine or opportunistic, first buy and net purchase
// ratio, on small hand-made trade lists. Every expected value is worked out from the calendar in
// the comment beside it.

import { describe, expect, it } from 'vitest';
import {
  monthsBefore,
  SIGNAL_DEFINITIONS,
  toInsiderSignals,
  toNetPurchaseRatio,
  wholeMonthsBetween,
  type SignalTrade,
} from '../../lib/activity/signals';
import { growthRatio, LINEAR_LIMIT } from '../growth';

const P = (date: string): SignalTrade => ({ date, code: 'P' });
const S = (date: string): SignalTrade => ({ date, code: 'S' });

/** Calendar 2024, the window most tests report; its previous years are 2021, 2022 and 2023. */
const YEAR_2024 = { from: '2024-01-01', until: '2024-12-31' };
/** Data reaching back before all three previous years. */
const LONG_HISTORY = '2015-01-01';

describe('routine or opportunistic', () => {
  it('is routine when they traded in March of each of 2021, 2022 and 2023', () => {
    // Months traded: 2021 {Mar}, 2022 {Mar}, 2023 {Mar}; March is common to all three.
    const signals = toInsiderSignals([S('2021-03-10'), S('2022-03-15'), P('2023-03-20')], YEAR_2024, LONG_HISTORY);
    expect(signals.routine).toBe(true);
    expect(signals.routineUndecided).toBeNull();
  });

  it('is opportunistic when they traded in January 2021, May 2022 and September 2023', () => {
    // Each year has a trade, but {Jan} & {May} & {Sep} is empty.
    const signals = toInsiderSignals([P('2021-01-05'), S('2022-05-12'), P('2023-09-28')], YEAR_2024, LONG_HISTORY);
    expect(signals).toMatchObject({ routine: false, routineUndecided: null });
  });

  it('needs one month common to all three years, not to two of them', () => {
    // 2021 {Mar, Jul}, 2022 {Jul}, 2023 {Mar}: March misses 2022, July misses 2023: opportunistic.
    const pairwise = [S('2021-03-01'), S('2021-07-01'), S('2022-07-20'), S('2023-03-30')];
    expect(toInsiderSignals(pairwise, YEAR_2024, LONG_HISTORY).routine).toBe(false);
    // Adding July 2023 makes July common to all three: routine.
    expect(toInsiderSignals([...pairwise, P('2023-07-04')], YEAR_2024, LONG_HISTORY).routine).toBe(true);
  });

  it('leaves unclassified an insider who skipped one of the three years', () => {
    // March 2021 and March 2023, nothing in 2022.
    expect(toInsiderSignals([S('2021-03-10'), S('2023-03-10')], YEAR_2024, LONG_HISTORY)).toMatchObject({
      routine: null,
      routineUndecided: 'did not trade in each of the 3 previous years',
    });
  });

  it('looks only at the three calendar years before the window starts', () => {
    // Window from 2024-06-01: previous years 2021-2023. March 2020 is too early and March 2024
    // (before the window, in its own year) is not a previous year; 2022 has nothing.
    const trades = [S('2020-03-01'), S('2021-03-01'), S('2023-03-01'), S('2024-03-01')];
    expect(toInsiderSignals(trades, { from: '2024-06-01', until: '2024-12-31' }, LONG_HISTORY).routineUndecided).toBe(
      'did not trade in each of the 3 previous years',
    );
  });

  it('is undecided when the data read does not cover all three years', () => {
    const trades = [S('2021-03-10'), S('2022-03-15'), S('2023-03-20')];
    // From 2022-06-01: 2021-01-01 and 2022-01-01 are before it, 2023-01-01 is not: 1 of 3 covered.
    expect(toInsiderSignals(trades, YEAR_2024, '2022-06-01')).toMatchObject({
      routine: null,
      routineUndecided: 'not enough history: 1 of 3 years',
    });
    // From 2021-01-02, one day late for 2021: 2 of 3.
    expect(toInsiderSignals(trades, YEAR_2024, '2021-01-02').routineUndecided).toBe('not enough history: 2 of 3 years');
    // From 2021-01-01 exactly, all three are covered.
    expect(toInsiderSignals(trades, YEAR_2024, '2021-01-01')).toMatchObject({ routine: true, routineUndecided: null });
    // From 2024-01-01, none of them.
    expect(toInsiderSignals(trades, YEAR_2024, '2024-01-01').routineUndecided).toBe('not enough history: 0 of 3 years');
  });

  it('takes the year of the first trade in the window when the window has no start', () => {
    // Window to 2024-12-31 with no start: its first trade is 2021-03-10, so the previous years
    // are 2018, 2019 and 2020, with no trades.
    const trades = [S('2022-03-15'), S('2021-03-10'), S('2023-03-20')];
    expect(toInsiderSignals(trades, { from: null, until: '2024-12-31' }, null).routineUndecided).toBe(
      'did not trade in each of the 3 previous years',
    );
    // Window to 2020-12-31: no trade in it, so nothing dates the window: no signal, no reason.
    expect(toInsiderSignals(trades, { from: null, until: '2020-12-31' }, null)).toMatchObject({ routine: null, routineUndecided: null });
  });

  it('skips a trade whose date is not an ISO date', () => {
    // 2022-02-30 does not exist, so 2022 has no trade.
    const trades = [S('2021-02-10'), S('2022-02-30'), S('2023-02-20')];
    expect(toInsiderSignals(trades, YEAR_2024, LONG_HISTORY).routineUndecided).toBe('did not trade in each of the 3 previous years');
  });
});

describe('first buy', () => {
  // The first purchase in 2024 is on 2024-03-15; 24 months before it is 2022-03-15.
  it('is a first buy with no purchase in the 24 months before the first purchase in the window', () => {
    // P 2022-03-14 is one day before 2022-03-15; a sale in between does not count.
    const signals = toInsiderSignals([P('2022-03-14'), S('2023-01-10'), P('2024-03-15'), P('2024-06-01')], YEAR_2024, LONG_HISTORY);
    expect(signals).toMatchObject({ firstBuy: true, firstBuyUndecided: null });
  });

  it('is not a first buy after a purchase on or after the day 24 months before', () => {
    // P 2022-03-15 is exactly 24 months before 2024-03-15: inside the look-back.
    expect(toInsiderSignals([P('2024-03-15'), P('2022-03-15')], YEAR_2024, LONG_HISTORY).firstBuy).toBe(false);
    // P 2023-11-30, before the window: inside it too.
    expect(toInsiderSignals([P('2023-11-30'), P('2024-03-15')], YEAR_2024, LONG_HISTORY).firstBuy).toBe(false);
  });

  it('judges the first purchase in the window, not a later one', () => {
    // The second purchase (2024-06-01) follows one within 24 months, but the first (2024-03-15) does not.
    expect(toInsiderSignals([P('2024-06-01'), P('2024-03-15')], YEAR_2024, LONG_HISTORY).firstBuy).toBe(true);
  });

  it('has no first buy without a purchase in the window', () => {
    // Only sales in 2024, and a purchase after the window (2025-02-01) does not count.
    const signals = toInsiderSignals([S('2024-03-15'), P('2025-02-01')], YEAR_2024, LONG_HISTORY);
    expect(signals).toMatchObject({ firstBuy: null, firstBuyUndecided: null });
  });

  it('is undecided when the data starts after the day 24 months before', () => {
    // Data from 2023-01-01, later than 2022-03-15. Whole months from 2023-01-01 to 2024-03-15:
    // 2024-03-01 is 14 months on and 2024-04-01 (15) is past 2024-03-15: 14 of 24.
    expect(toInsiderSignals([P('2024-03-15')], YEAR_2024, '2023-01-01')).toMatchObject({
      firstBuy: null,
      firstBuyUndecided: 'not enough history: 14 of 24 months',
    });
    // From 2023-01-20: 2024-02-20 is 13 months on, 2024-03-20 is past 2024-03-15: 13 of 24.
    expect(toInsiderSignals([P('2024-03-15')], YEAR_2024, '2023-01-20').firstBuyUndecided).toBe('not enough history: 13 of 24 months');
  });

  it('decides from what short data shows: an earlier purchase found is enough', () => {
    // Data from 2023-01-01 is short, but P 2023-05-01 is within 24 months of 2024-03-15.
    const signals = toInsiderSignals([P('2023-05-01'), P('2024-03-15')], YEAR_2024, '2023-01-01');
    expect(signals).toMatchObject({ firstBuy: false, firstBuyUndecided: null });
  });

  it('is decided when the data starts exactly 24 months before', () => {
    expect(toInsiderSignals([P('2024-03-15')], YEAR_2024, '2022-03-15').firstBuy).toBe(true);
  });

  it('clamps 24 months before February 29 to February 28', () => {
    // 24 months before 2024-02-29 is 2022-02-28 (2022 has no February 29).
    expect(monthsBefore('2024-02-29', 24)).toBe('2022-02-28');
    expect(toInsiderSignals([P('2022-02-28'), P('2024-02-29')], YEAR_2024, LONG_HISTORY).firstBuy).toBe(false);
    expect(toInsiderSignals([P('2022-02-27'), P('2024-02-29')], YEAR_2024, LONG_HISTORY).firstBuy).toBe(true);
    // Data from 2022-02-28 reaches the start of the look-back.
    expect(toInsiderSignals([P('2024-02-29')], YEAR_2024, '2022-02-28').firstBuy).toBe(true);
  });
});

describe('date steps', () => {
  it('steps back whole months on the calendar', () => {
    expect(monthsBefore('2024-03-31', 24)).toBe('2022-03-31');
    // February 2024 has 29 days, so one month before March 31 is February 29.
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    // Across a year end.
    expect(monthsBefore('2023-01-15', 1)).toBe('2022-12-15');
  });

  it('counts whole months, floored', () => {
    // 2022-02-28 + 24 months is 2024-02-28, on or before 2024-02-29.
    expect(wholeMonthsBetween('2022-02-28', '2024-02-29')).toBe(24);
    // One month before 2022-02-28 is 2022-01-28, before 2022-01-31: no whole month yet.
    expect(wholeMonthsBetween('2022-01-31', '2022-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-05-01', '2024-03-01')).toBe(0);
  });
});

describe('net purchase ratio', () => {
  it('is (bought - sold) / (bought + sold), to 4 places', () => {
    expect(toNetPurchaseRatio(1_000, 0)).toBe(1);
    expect(toNetPurchaseRatio(0, 1_000)).toBe(-1);
    expect(toNetPurchaseRatio(0, 0)).toBeNull();
    // (3 - 1) / (3 + 1) = 2 / 4.
    expect(toNetPurchaseRatio(3, 1)).toBe(0.5);
    // (1 - 2) / 3 = -0.33333...; (2 - 1) / 3 = 0.33333...
    expect(toNetPurchaseRatio(1, 2)).toBe(-0.3333);
    expect(toNetPurchaseRatio(2, 1)).toBe(0.3333);
    // Even: 0, not -0.
    expect(Object.is(toNetPurchaseRatio(5, 5), 0)).toBe(true);
  });
});

describe('definitions', () => {
  it('gives each signal a one-line definition', () => {
    expect(Object.keys(SIGNAL_DEFINITIONS).sort()).toEqual(['firstBuy', 'netPurchaseRatio', 'opportunistic', 'routine']);
    for (const text of Object.values(SIGNAL_DEFINITIONS)) expect(text).not.toMatch(/\n/);
  });
});

describe('growth ratio (time for 16n trades / time for n)', () => {
  it('stays linear for toInsiderSignals', () => {
    // n trades spread over 2000-2023 in reverse date order, then a purchase in the window.
    const make = (n: number): SignalTrade[] => {
      const trades: SignalTrade[] = [];
      for (let i = n; i > 0; i -= 1) {
        const date = `${2000 + (i % 24)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        trades.push(i % 2 === 0 ? P(date) : S(date));
      }
      trades.push(P('2024-03-15'));
      return trades;
    };
    expect(growthRatio(make, (trades) => toInsiderSignals(trades, YEAR_2024, '2000-01-01'), 2_000)).toBeLessThan(LINEAR_LIMIT);
  });
});
