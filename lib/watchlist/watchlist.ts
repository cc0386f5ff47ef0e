// The reader's watchlist (docs/design.md section 11, "Watchlist"): the companies and insiders
// followed, each by CIK with the name it was followed under, and the rule a followed filing must
// meet to notify. Stored in extension storage and read back through zod, so a missing, old or
// tampered value yields an empty watchlist or drops the bad entries, never an error.

import * as z from 'zod/mini';

export const WATCHLIST_KEY = 'form4-lens:watchlist';

export type FollowKind = 'company' | 'insider';
/** purchases: any open-market purchase; large-sales: open-market sales over $1,000,000. */
export type WatchRule = 'purchases' | 'large-sales';
export const WATCH_RULES: readonly WatchRule[] = ['purchases', 'large-sales'];
export const DEFAULT_RULE: WatchRule = 'purchases';

export interface Followed {
  /** Ten digits, as EDGAR writes it in the feed (0001318605). */
  cik: string;
  name: string;
}

export interface Watchlist {
  companies: Followed[];
  insiders: Followed[];
  rule: WatchRule;
}

/** More than any reader follows; a cap so a hostile value cannot make every check slow. */
export const MAX_FOLLOWED = 500;
const MAX_NAME = 200;

export const followedSchema = z.object({
  cik: z.string().check(z.regex(/^\d{1,10}$/)),
  name: z.string().check(z.maxLength(1_000)),
});

export const EMPTY_WATCHLIST: Watchlist = { companies: [], insiders: [], rule: DEFAULT_RULE };

/** A CIK of up to 10 digits as ten digits, or null. */
export function toCik(value: string): string | null {
  const digits = value.trim();
  return /^\d{1,10}$/.test(digits) ? digits.padStart(10, '0') : null;
}

/** A name to keep and show: control characters out, spaces folded, at most 200 characters. */
function toName(name: string, cik: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return shown || `CIK ${cik}`;
}

function toFollowedList(raw: unknown): Followed[] {
  if (!Array.isArray(raw)) return [];
  const kept = new Map<string, Followed>();
  for (const item of raw.slice(0, MAX_FOLLOWED * 2)) {
    const parsed = followedSchema.safeParse(item);
    if (!parsed.success) continue;
    const cik = toCik(parsed.data.cik)!;
    if (!kept.has(cik)) kept.set(cik, { cik, name: toName(parsed.data.name, cik) });
  }
  return [...kept.values()].slice(0, MAX_FOLLOWED);
}

/** The watchlist from whatever storage holds: entries that are not a CIK and a name are dropped, each CIK kept once. */
export function toWatchlist(raw: unknown): Watchlist {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return EMPTY_WATCHLIST;
  const value = raw as Record<string, unknown>;
  return {
    companies: toFollowedList(value.companies),
    insiders: toFollowedList(value.insiders),
    rule: WATCH_RULES.includes(value.rule as WatchRule) ? (value.rule as WatchRule) : DEFAULT_RULE,
  };
}

const listOf = (kind: FollowKind): 'companies' | 'insiders' => (kind === 'company' ? 'companies' : 'insiders');

export function isFollowed(list: Watchlist, kind: FollowKind, cik: string): boolean {
  const tenDigits = toCik(cik);
  return tenDigits !== null && list[listOf(kind)].some((one) => one.cik === tenDigits);
}

/** Follows (at the end of its list) or stops following; the list unchanged when the CIK is not one, or the list is full. */
export function toFollowing(list: Watchlist, kind: FollowKind, party: { cik: string; name: string | null }, follow: boolean): Watchlist {
  const cik = toCik(party.cik);
  if (cik === null) return list;
  const key = listOf(kind);
  const others = list[key].filter((one) => one.cik !== cik);
  if (!follow) return others.length === list[key].length ? list : { ...list, [key]: others };
  if (others.length < list[key].length) return list;
  if (list[key].length >= MAX_FOLLOWED) return list;
  return { ...list, [key]: [...list[key], { cik, name: toName(party.name ?? '', cik) }] };
}

export function isWatching(list: Watchlist): boolean {
  return list.companies.length + list.insiders.length > 0;
}
