// The options page's watchlist (docs/design.md section 11, "Watchlist"): what is followed, each
// with a button that stops following it, the rule a followed filing must meet to notify, and
// why the extension asks for `alarms` and `notifications`. Props in, markup out.

import type { FollowKind, Followed, Watchlist, WatchRule } from '../lib/watchlist/watchlist';
import { RULE_LABELS } from '../lib/watchlist/watch-rule';
import { WATCH_RULES } from '../lib/watchlist/watchlist';

export interface WatchlistSettingsProps {
  /** Null while the background has not answered. */
  list: Watchlist | null;
  onUnfollow: (kind: FollowKind, one: Followed) => void;
  onRuleChange: (rule: WatchRule) => void;
}

function FollowedList({ kind, items, onUnfollow }: { kind: FollowKind; items: Followed[]; onUnfollow: WatchlistSettingsProps['onUnfollow'] }) {
  const heading = kind === 'company' ? 'Companies' : 'Insiders';
  return (
    <div class="followed" data-testid={`followed-${kind === 'company' ? 'companies' : 'insiders'}`}>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul>
          {items.map((one) => (
            <li key={one.cik}>
              <bdi>{one.name}</bdi> <span class="muted">(CIK {one.cik})</span>{' '}
              <button type="button" aria-label={`Stop following ${one.name}`} onClick={() => onUnfollow(kind, one)}>
                Stop following
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function WatchlistSettings({ list, onUnfollow, onRuleChange }: WatchlistSettingsProps) {
  return (
    <fieldset class="watchlist-settings" data-testid="watchlist-settings">
      <legend>Watchlist</legend>
      {list === null ? (
        <p>Reading the watchlist...</p>
      ) : (
        <>
          <p class="muted">Follow a company with the star on its insider activity panel, or in the trades view beside its ticker.</p>
          <FollowedList kind="company" items={list.companies} onUnfollow={onUnfollow} />
          <FollowedList kind="insider" items={list.insiders} onUnfollow={onUnfollow} />
          <fieldset>
            <legend>Notify me of a followed filing with</legend>
            {WATCH_RULES.map((rule) => (
              <label key={rule}>
                <input type="radio" name="watchRule" value={rule} checked={list.rule === rule} onChange={() => onRuleChange(rule)} /> {RULE_LABELS[rule]}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <p data-testid="watchlist-permissions">
        Why Form 4 Lens asks for <code>alarms</code> and <code>notifications</code>: only for the watchlist. While you follow something,
        an alarm wakes the extension at most every 10 minutes to read the first page of EDGAR's latest filings (one request to
        sec.gov) and the filings in it by the companies and insiders you follow; a notification tells you of each that meets your rule.
        Follow nothing and it asks sec.gov for nothing.
      </p>
    </fieldset>
  );
}
