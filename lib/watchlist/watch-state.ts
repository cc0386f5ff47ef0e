// What the background remembers between checks (docs/design.md section 11, "Watchlist"): when it
// last asked EDGAR's feed, so that it asks at most every 10 minutes however often it is woken,
// and the accessions already read for the watchlist, so that a filing notifies once. Kept apart
// from the reader's watchlist: only the background writes it.

export const WATCH_STATE_KEY = 'form4-lens:watch-state';
/** At most one request for the feed every 10 minutes (the alarm's period too). */
export const CHECK_EVERY_MINUTES = 10;
/** The feed's first page lists at most 100 filings: far more than a day of the followed ones. */
export const MAX_SEEN = 2_000;

export interface WatchState {
  /** When the feed was last asked for (ms since 1970), or null. */
  checkedAt: number | null;
  /** Accessions read for the watchlist, oldest first. */
  seen: string[];
}

const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;

export function toWatchState(raw: unknown): WatchState {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const checkedAt = typeof value.checkedAt === 'number' && Number.isFinite(value.checkedAt) && value.checkedAt > 0 ? value.checkedAt : null;
  const seen = Array.isArray(value.seen) ? [...new Set(value.seen.slice(-MAX_SEEN).filter((one): one is string => typeof one === 'string' && ACCESSION.test(one)))] : [];
  return { checkedAt, seen };
}

/**
 * Whether the feed may be asked for at `now`: never asked, 10 minutes gone, or a clock that went
 * back (a stored time in the future would otherwise stop every check).
 */
export function isCheckDue(state: WatchState, now: number): boolean {
  if (state.checkedAt === null || state.checkedAt > now) return true;
  return now - state.checkedAt >= CHECK_EVERY_MINUTES * 60_000;
}

/** The accessions added at the end, each once, the oldest dropped past MAX_SEEN. */
export function withSeen(state: WatchState, accessions: readonly string[]): WatchState {
  const seen = [...state.seen.filter((one) => !accessions.includes(one)), ...new Set(accessions)];
  return { ...state, seen: seen.slice(-MAX_SEEN) };
}
