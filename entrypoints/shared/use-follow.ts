// Following from a view: the background holds the watchlist (entrypoints/background/watchlist.ts)
// and answers every request with the list as stored, so a star always shows what is kept.
// Kept tiny: the company-page script carries it, close to its size budget (test/budgets).

import { useEffect, useState } from 'preact/hooks';
import { MESSAGE } from '@/lib/messages/message-names';
import type { FollowKind, Watchlist } from '@/lib/watchlist/watchlist';
import type { FollowState } from '@/components/follow-button';

export type WatchlistAsk = { action: 'get' } | { action: 'follow'; kind: FollowKind; cik: string; name: string | null; follow: boolean } | { action: 'rule'; rule: Watchlist['rule'] };

/** The watchlist as the background last answered (undefined until it has, or when it could not), and a way to ask. */
export function useWatchlist(): [Watchlist | undefined, (request: WatchlistAsk) => void] {
  const [list, setList] = useState<Watchlist>();
  const ask = (request: WatchlistAsk) => void browser.runtime.sendMessage({ type: MESSAGE.watchlist, ...request }).then(setList, () => {});
  useEffect(() => ask({ action: 'get' }), []);
  return [list, ask];
}

/** The star's state for one company or insider (`cik` in ten digits, as EDGAR's JSON gives it); undefined until the background has answered. */
export function useFollow(kind: FollowKind, cik: string | undefined, name: string | null | undefined): FollowState | undefined {
  const [list, ask] = useWatchlist();
  if (!list || !cik || !name) return undefined;
  const followed = list[kind === 'company' ? 'companies' : 'insiders'].some((one) => one.cik === cik);
  return { followed, name, onToggle: () => ask({ action: 'follow', kind, cik, name, follow: !followed }) };
}
