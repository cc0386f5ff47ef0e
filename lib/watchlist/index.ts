export { DEFAULT_RULE, EMPTY_WATCHLIST, isFollowed, isWatching, MAX_FOLLOWED, toCik, toFollowing, toWatchlist, WATCH_RULES, WATCHLIST_KEY, type FollowKind, type Followed, type Watchlist, type WatchRule } from './watchlist';
export { CHECK_EVERY_MINUTES, isCheckDue, MAX_SEEN, toWatchState, WATCH_STATE_KEY, withSeen, type WatchState } from './watch-state';
export { toFollowedFilings, type FollowedFiling } from './watch-match';
export { LARGE_SALE_DOLLARS, RULE_LABELS, toRuleLine } from './watch-rule';
export { toWatchNotification, type WatchNotification } from './watch-notification';
export { applyWatchRequest, toWatchRequest, watchRequestSchema, type WatchRequest } from './watch-request';
