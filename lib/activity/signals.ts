// Signals (docs/design.md section 10): what an insider's open-market trades say beyond their
// totals. Routine or opportunistic (Cohen, Malloy and Pomorski 2012: a trader who trades in the
// same calendar month every year tells little; one who trades every year but in no fixed month
// carries the signal), first buy (a purchase after none in 24 months) and the issuer's net
// purchase ratio (Lakonishok and Lee 2001). Each says when the data read does not reach far
// enough back to decide, rather than guessing. Dates are ISO strings throughout, compared and
// stepped as text and numbers, so no time zone can move a trade to another day.

import { isInWindow, isIsoDate, type ActivityWindow } from './window';

/** Routine or opportunistic looks at this many calendar years before the window's. */
export const ROUTINE_YEARS = 3;
/** A first buy has no open-market purchase in this many months before it. */
export const FIRST_BUY_MONTHS = 24;
export const RATIO_DECIMALS = 4;

/** One-line definitions, shown on hover beside each signal. */
export const SIGNAL_DEFINITIONS = {
  routine:
    'Routine: traded in the same calendar month in each of the three previous years; such trades carry little information (Cohen, Malloy and Pomorski 2012).',
  opportunistic:
    'Opportunistic: traded in each of the three previous years but never in one calendar month common to all three; such trades carry the signal (Cohen, Malloy and Pomorski 2012).',
  firstBuy: 'First buy: an open-market purchase after none in the previous 24 months.',
  netPurchaseRatio:
    'Net purchase ratio: (purchases - sales) / (purchases + sales) in dollars over the window; +1 all buying, -1 all selling (Lakonishok and Lee 2001).',
} as const;

/** One open-market trade of an insider at an issuer: a day and a side are all a signal looks at. */
export interface SignalTrade {
  date: string;
  code: 'P' | 'S';
}

/**
 * An insider's signals at one issuer. `routine` is true (routine), false (opportunistic) or null;
 * `firstBuy` likewise. A reason is given whenever a signal is null because the data falls short;
 * both are null when the signal does not apply (no purchase in the window for `firstBuy`; no
 * trade to date an open window by for `routine`).
 */
export interface InsiderSignals {
  routine: boolean | null;
  routineUndecided: string | null;
  firstBuy: boolean | null;
  firstBuyUndecided: string | null;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

function dayOf(date: string): number {
  return Number(date.slice(8, 10));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The same day `months` calendar months before `date` (ISO), clamped to the end of a shorter
 * month: 24 months before 2024-03-31 is 2022-03-31, before 2024-02-29 is 2022-02-28.
 */
export function monthsBefore(date: string, months: number): string {
  const index = yearOf(date) * 12 + monthOf(date) - 1 - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(dayOf(date), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (ISO): the most k with monthsBefore(to, k) >= from; 0 when `from` is later. */
export function wholeMonthsBetween(from: string, to: string): number {
  if (from > to) return 0;
  const months = (yearOf(to) - yearOf(from)) * 12 + monthOf(to) - monthOf(from);
  // monthsBefore(to, months) falls in `from`'s month; one month fewer when its day is earlier.
  return Math.min(dayOf(to), daysInMonth(yearOf(from), monthOf(from))) < dayOf(from) ? months - 1 : months;
}

/**
 * Routine (true), opportunistic (false) or neither (null, with the reason) from the trade
 * months of each previous year, as bit masks (bit 0 January), oldest year first.
 */
function classify(masks: readonly number[], coveredYears: number): { routine: boolean | null; undecided: string | null } {
  if (coveredYears < ROUTINE_YEARS) return { routine: null, undecided: `not enough history: ${coveredYears} of ${ROUTINE_YEARS} years` };
  if (masks.some((mask) => mask === 0)) return { routine: null, undecided: `did not trade in each of the ${ROUTINE_YEARS} previous years` };
  return { routine: masks.reduce((common, mask) => common & mask) !== 0, undecided: null };
}

/**
 * An insider's routine and first-buy signals at one issuer (docs/design.md section 10).
 * `trades` are all their known open-market trades there, in and before the window, in any
 * order (a trade with no valid ISO date is skipped). `historyFrom` is the earliest date the
 * data read covers for the issuer; null when it covers the issuer's whole filing history.
 *
 * Routine looks at the 3 calendar years before the year of `window.from` (of the first trade in
 * the window when `from` is open); a year counts as covered only when `historyFrom` is on or
 * before its January 1. First buy looks back 24 months from the first purchase in the window.
 * Linear in the number of trades: one pass buckets trade months by year and finds the first
 * trade and purchase in the window, a second finds the last purchase before it.
 */
export function toInsiderSignals(trades: readonly SignalTrade[], window: ActivityWindow, historyFrom: string | null): InsiderSignals {
  const monthsByYear = new Map<number, number>();
  let firstInWindow: string | null = null;
  let firstPurchase: string | null = null;
  for (const trade of trades) {
    if (!isIsoDate(trade.date)) continue;
    const year = yearOf(trade.date);
    monthsByYear.set(year, (monthsByYear.get(year) ?? 0) | (1 << (monthOf(trade.date) - 1)));
    if (!isInWindow(trade.date, window)) continue;
    if (firstInWindow === null || trade.date < firstInWindow) firstInWindow = trade.date;
    if (trade.code === 'P' && (firstPurchase === null || trade.date < firstPurchase)) firstPurchase = trade.date;
  }

  const start = window.from ?? firstInWindow;
  let routine: boolean | null = null;
  let routineUndecided: string | null = null;
  if (start !== null) {
    const masks: number[] = [];
    let coveredYears = 0;
    for (let year = yearOf(start) - ROUTINE_YEARS; year < yearOf(start); year += 1) {
      masks.push(monthsByYear.get(year) ?? 0);
      if (historyFrom === null || historyFrom <= `${String(year).padStart(4, '0')}-01-01`) coveredYears += 1;
    }
    ({ routine, undecided: routineUndecided } = classify(masks, coveredYears));
  }

  let firstBuy: boolean | null = null;
  let firstBuyUndecided: string | null = null;
  if (firstPurchase !== null) {
    const since = monthsBefore(firstPurchase, FIRST_BUY_MONTHS);
    let lastEarlier: string | null = null;
    for (const trade of trades) {
      if (trade.code === 'P' && trade.date < firstPurchase && isIsoDate(trade.date) && (lastEarlier === null || trade.date > lastEarlier)) {
        lastEarlier = trade.date;
      }
    }
    if (lastEarlier !== null && lastEarlier >= since) firstBuy = false;
    else if (historyFrom !== null && historyFrom > since) {
      firstBuyUndecided = `not enough history: ${wholeMonthsBetween(historyFrom, firstPurchase)} of ${FIRST_BUY_MONTHS} months`;
    } else firstBuy = true;
  }

  return { routine, routineUndecided, firstBuy, firstBuyUndecided };
}

/**
 * (bought - sold) / (bought + sold), dollars, to 4 places: +1 all buying, -1 all selling
 * (Lakonishok and Lee 2001); null when there is nothing to divide by.
 */
export function toNetPurchaseRatio(boughtValue: number, soldValue: number): number | null {
  const total = boughtValue + soldValue;
  if (!(total > 0)) return null;
  const ratio = (boughtValue - soldValue) / total;
  // Half away from zero, as the other rounded figures; `|| 0` keeps -0 out.
  const scale = 10 ** RATIO_DECIMALS;
  return (Math.sign(ratio) * Math.round(Math.abs(ratio) * scale)) / scale || 0;
}
