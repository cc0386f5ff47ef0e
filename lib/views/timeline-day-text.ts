// What the activity timeline says about a mark and each of its trades (docs/design.md section 9):
// a sentence in three parts around its dollars, so a view can show the dollars compact ("$1.01B")
// with the amount to the cent beside it, and a screen reader or a tooltip hears the exact one.

import { formatMoney, formatPrice, formatShares } from '../wording/format';
import type { TimelineTrade } from '../messages/activity-view';
import type { TimelineDay } from './timeline-days';

/** `lead`, then the dollars when known, then `tail`. */
export interface AroundDollars {
  lead: string;
  value: number | null;
  tail: string;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "2021-12-02: Musk Elon sold 934,091 shares in 7 trades, " $1.01B " (avg $1,081.23), under a 10b5-1 plan". */
export function toTimelineDaySentence(day: TimelineDay, locale?: string): AroundDollars {
  const verb = day.code === 'P' ? 'bought' : 'sold';
  const lead = `${day.date}: ${day.insider} ${verb} ${formatShares(day.shares, locale)} shares in ${plural(day.trades.length, 'trade')}`;
  const count = day.trades.length;
  const plan = day.tenB5One === 'all' ? ', under a 10b5-1 plan' : day.tenB5One === 'some' ? `, ${day.tenB5OneTrades} of ${count} under a 10b5-1 plan` : '';
  if (day.value === null) return { lead: `${lead}, price not given`, value: null, tail: plan };
  const average = day.averagePrice === null ? '' : ` (avg ${formatMoney(day.averagePrice, locale)})`;
  const unpriced = day.unpricedTrades === 0 ? '' : `; ${plural(day.unpricedTrades, 'trade')} without a price, not in the dollars`;
  return { lead: `${lead}, `, value: day.value, tail: `${average}${unpriced}${plan}` };
}

/** "203 shares at $1,112.023, " $225.7K ", 10b5-1 plan". */
export function toTimelineTradeSentence(trade: TimelineTrade, locale?: string): AroundDollars {
  const plan = trade.tenB5One ? ', 10b5-1 plan' : '';
  const shares = `${formatShares(trade.shares, locale)} shares`;
  if (trade.price === null || trade.value === null) return { lead: `${shares}, price not given`, value: null, tail: plan };
  return { lead: `${shares} at ${formatPrice(trade.price, locale)}, `, value: trade.value, tail: plan };
}

/** The sentence with its dollars to the cent: for aria-label, title and tests. */
export function toExactText({ lead, value, tail }: AroundDollars, locale?: string): string {
  return `${lead}${value === null ? '' : formatMoney(value, locale)}${tail}`;
}
