// What a filing's badge says on EDGAR's latest filings (docs/design.md section 11): a few
// characters to scan ("P +$1.0M CEO"), and one sentence with the exact dollars for its title
// and accessible name. The direction is in the words and the sign, never in colour alone.

import { formatCompactMoney, formatMoney } from '../wording/format';
import type { FilingBadge } from './filing-badge';

export type BadgeTone = 'buy' | 'sell' | 'none';

export interface BadgeText {
  /** "P", "S", "P S", or what the filing is without them ("Form 3", "no P/S"). */
  codes: string;
  /** Net dollars, compact and signed ("+$1.0M"); null without priced open-market rows. */
  net: string | null;
  role: string | null;
  /** Short flags, in a fixed order. */
  flags: string[];
  tone: BadgeTone;
  /** The whole badge in words, exact dollars included. */
  label: string;
}

const FLAG_WORDS: [keyof FilingBadge['flags'], string, string][] = [
  ['plan10b5_1', '10b5-1', 'traded under a Rule 10b5-1 plan'],
  ['late', 'late', 'filed late'],
  ['amended', 'amended', 'an amendment'],
  ['private', 'private', 'a private or offering trade left out of the net'],
];

function sides(badge: FilingBadge): string {
  const bought = badge.codes.includes('P');
  const sold = badge.codes.includes('S');
  if (bought && sold) return 'open-market purchase and sale';
  if (bought) return 'open-market purchase';
  if (sold) return 'open-market sale';
  return badge.form.startsWith('3') ? 'initial statement of holdings, no trades' : 'no open-market purchase or sale';
}

function dollars(badge: FilingBadge, locale?: string): string | null {
  const priced = badge.boughtValue !== 0 || badge.soldValue !== 0;
  if (!priced) return null;
  const parts: string[] = [];
  if (badge.codes.includes('P') && badge.codes.includes('S')) {
    parts.push(`bought ${formatMoney(badge.boughtValue, locale)}`, `sold ${formatMoney(badge.soldValue, locale)}`);
  }
  const net = badge.netValue > 0 ? `net bought ${formatMoney(badge.netValue, locale)}` : badge.netValue < 0 ? `net sold ${formatMoney(-badge.netValue, locale)}` : 'buys and sells even out in dollars';
  return [...parts, net].join(', ');
}

export function toBadgeText(badge: FilingBadge, locale?: string): BadgeText {
  const codes = badge.codes.length > 0 ? badge.codes.join(' ') : badge.form.startsWith('3') ? `Form ${badge.form}` : 'no P/S';
  const priced = badge.boughtValue !== 0 || badge.soldValue !== 0;
  const net = priced ? formatCompactMoney(badge.netValue, locale, true) : null;
  const tone: BadgeTone = badge.codes.length === 0 ? 'none' : badge.netValue > 0 || (!priced && badge.codes[0] === 'P' && badge.codes.length === 1) ? 'buy' : badge.netValue < 0 || (!priced && badge.codes[0] === 'S') ? 'sell' : 'none';
  const flags = FLAG_WORDS.filter(([key]) => badge.flags[key]);
  const who = [badge.owner, badge.relationship ? `(${badge.relationship})` : null].filter(Boolean).join(' ');
  const label = [
    `Form ${badge.form}${badge.issuer ? ` at ${badge.issuer}` : ''}: ${sides(badge)}`,
    dollars(badge, locale),
    who || null,
    ...flags.map(([, , words]) => words),
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join('; ');
  return { codes, net, role: badge.role, flags: flags.map(([, short]) => short), tone, label: `${label}.` };
}
