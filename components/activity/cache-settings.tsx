// The options page's view of the lasting cache (docs/design.md section 8): how much it holds and
// a button that empties it. Props in, markup out.

import { describeSize } from '../../lib/text/sizes';

export interface CacheSettingsProps {
  /** Null while the background has not answered. */
  stats: { entries: number; bytes: number } | null;
  onClear: () => void;
  /** One sentence after a clear, or why the size could not be read. */
  message: string | null;
}

export function CacheSettings({ stats, onClear, message }: CacheSettingsProps) {
  return (
    <fieldset class="cache-settings" data-testid="cache-settings">
      <legend>Filings kept in this browser</legend>
      <p data-testid="cache-size">
        {stats === null
          ? 'Reading the size of the cache...'
          : `${stats.entries} item${stats.entries === 1 ? '' : 's'} (filings and EDGAR lists), about ${describeSize(stats.bytes)}; at most 50 MB, the least recently used go first.`}
      </p>
      <button type="button" name="clear-cache" onClick={onClear}>
        Clear the cache
      </button>
      <p role="status">{message ?? ''}</p>
    </fieldset>
  );
}
