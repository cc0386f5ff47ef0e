// The activity timeline's marks (docs/design.md section 9, "Shown"): one per day, insider and
// direction, so a day on which Musk filed 50 sale rows across 2 filings is one mark of that
// day's summed dollars, not 50 marks drawn on top of each other. Sums are exact (lib/activity
// ExactSum): shares to 6 places, dollars to the cent, as the totals are. One pass over the
// trades with a map, then one sort of the marks (never of the trades): linear in the trades.

import { averagePrice, ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from '../activity/exact-sum';
import type { TimelineTrade } from '../messages/activity-view';

/** Which of a mark's trades a Rule 10b5-1 plan covers. */
export type PlanCover = 'all' | 'some' | 'none';

/** A filing a mark's trades come from, in the order the trades first cite it. */
export interface TimelineDayFiling {
  accession: string | null;
  url: string | null;
  trades: number;
}

export interface TimelineDay {
  /** Date, direction and insider: one mark per window. */
  id: string;
  date: string;
  code: 'P' | 'S';
  /** The insider's name on the latest of the trades (names are as filed; the CIKs group). */
  insider: string;
  insiderKey: string;
  /** The day's trades, in the order given. */
  trades: TimelineTrade[];
  shares: number;
  /** Dollars of the priced trades; null when none has a price. */
  value: number | null;
  /** Shares of the priced trades: what the average price divides by. */
  pricedShares: number;
  /** value / pricedShares to 4 places; null without priced shares. */
  averagePrice: number | null;
  unpricedTrades: number;
  tenB5One: PlanCover;
  tenB5OneTrades: number;
  filings: TimelineDayFiling[];
}

interface Sums {
  day: TimelineDay;
  shares: ExactSum;
  value: ExactSum;
  pricedShares: ExactSum;
  priced: number;
  filings: Map<string, TimelineDayFiling>;
}

/** Buys before sells on a day, then the larger dollars first (unpriced last), then by name. */
function compareDays(a: TimelineDay, b: TimelineDay): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.code !== b.code) return a.code === 'P' ? -1 : 1;
  if ((a.value ?? -1) !== (b.value ?? -1)) return (b.value ?? -1) - (a.value ?? -1);
  return a.insider < b.insider ? -1 : a.insider > b.insider ? 1 : a.insiderKey < b.insiderKey ? -1 : a.insiderKey > b.insiderKey ? 1 : 0;
}

/** One mark per (day, insider, direction) of `trades`, in date order (see compareDays). */
export function toTimelineDays(trades: readonly TimelineTrade[]): TimelineDay[] {
  const groups = new Map<string, Sums>();
  for (const trade of trades) {
    const id = `${trade.date}|${trade.code}|${trade.insiderKey}`;
    let sums = groups.get(id);
    if (!sums) {
      const day: TimelineDay = {
        id,
        date: trade.date,
        code: trade.code,
        insider: trade.insider,
        insiderKey: trade.insiderKey,
        trades: [],
        shares: 0,
        value: null,
        pricedShares: 0,
        averagePrice: null,
        unpricedTrades: 0,
        tenB5One: 'none',
        tenB5OneTrades: 0,
        filings: [],
      };
      sums = { day, shares: new ExactSum(), value: new ExactSum(), pricedShares: new ExactSum(), priced: 0, filings: new Map() };
      groups.set(id, sums);
    }
    const { day } = sums;
    day.trades.push(trade);
    day.insider = trade.insider;
    sums.shares.add(trade.shares);
    if (trade.value === null) day.unpricedTrades += 1;
    else {
      sums.priced += 1;
      sums.value.add(trade.value);
      sums.pricedShares.add(trade.shares);
    }
    if (trade.tenB5One) day.tenB5OneTrades += 1;
    const filingKey = trade.accession ?? trade.url ?? '';
    const filing = sums.filings.get(filingKey);
    if (filing) filing.trades += 1;
    else sums.filings.set(filingKey, { accession: trade.accession, url: trade.url, trades: 1 });
  }
  const days: TimelineDay[] = [];
  for (const sums of groups.values()) {
    const { day } = sums;
    day.shares = sums.shares.value(SHARE_DECIMALS);
    day.pricedShares = sums.pricedShares.value(SHARE_DECIMALS);
    day.value = sums.priced === 0 ? null : sums.value.value(MONEY_DECIMALS);
    day.averagePrice = day.value === null ? null : averagePrice(day.value, day.pricedShares);
    day.tenB5One = day.tenB5OneTrades === 0 ? 'none' : day.tenB5OneTrades === day.trades.length ? 'all' : 'some';
    day.filings = [...sums.filings.values()];
    days.push(day);
  }
  return days.sort(compareDays);
}
