// The notification for a followed filing that meets the rule: a title and one sentence saying
// who, what, how much (compact money, as a reader scanning sees it: docs/design.md section 9,
// "At a glance") and which company. Plain text: notifications show no markup.

import type { TradeLine } from '../market/trade-lines';
import { formatCompactMoney, formatShares } from '../wording/format';

export interface WatchNotification {
  title: string;
  message: string;
}

/** Control characters and bidirectional overrides out of a name from a filing; at most 120 characters. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
}

function insiders(line: TradeLine): string {
  const names = line.owner.names.map((name, index) => clean(name ?? '') || `CIK ${line.owner.ciks[index] ?? '?'}`);
  return names.length > 0 ? names.join(' & ') : 'An insider';
}

function company(line: TradeLine): string {
  const name = clean(line.issuer.name ?? '') || `CIK ${line.issuer.cik}`;
  const ticker = clean(line.issuer.tradingSymbol ?? '');
  return ticker && ticker.toUpperCase() !== 'NONE' ? `${name} (${ticker})` : name;
}

/** "BOTHA ROELOF bought $25.0M of Block, Inc. (SQ) on the open market (434,405 shares)." */
export function toWatchNotification(line: TradeLine, locale = 'en-US'): WatchNotification {
  const bought = line.code === 'P';
  // A line whose rows have no price has shares but no dollars: the shares say how much then.
  const amount = line.value > 0 ? `${formatCompactMoney(line.value, locale)} of` : `${formatShares(line.shares, locale)} shares of`;
  const shares = line.value > 0 ? ` (${formatShares(line.shares, locale)} shares)` : '';
  return {
    title: `Form 4 Lens: insider ${bought ? 'purchase' : 'sale'} at ${clean(line.issuer.tradingSymbol ?? '') || clean(line.issuer.name ?? '') || `CIK ${line.issuer.cik}`}`,
    message: `${insiders(line)} ${bought ? 'bought' : 'sold'} ${amount} ${company(line)} on the open market${shares}.`,
  };
}
