// The trades view (docs/design.md section 11): a day's insider trades across the market, as
// OpenInsider lists them. The day to read, progress while its filings arrive (results partial
// until every one is read), the presets and filters, the table, and CSV of the rows shown.
// Props in, markup out: entrypoints/trades/ wires it to the background.

import { useMemo, useState } from 'preact/hooks';
import { selectTrades, type Preset, type TradeFilter, type TradeLine } from '../../lib/market';
import { TradesControls } from './trades-controls';
import { TradesTable, type TradesFollow } from './trades-table';
import { CsvButtons } from '../csv-buttons';
import { ReadProgress } from '../read-progress';

export interface TradesProgress {
  /** Filings read or found unreadable, of those listed for the day; total null until the list is in. */
  read: number;
  total: number | null;
  unreadable: number;
}

export interface TradesViewProps {
  date: string;
  /** The latest day that may be picked (today on EDGAR's calendar). */
  today: string;
  onDateChange: (date: string) => void;
  source: 'feed' | 'index' | null;
  progress: TradesProgress;
  lines: TradeLine[];
  preset: Preset | null;
  onPresetChange: (preset: Preset | null) => void;
  problem: string | null;
  gaps: string[];
  /** Copies the rows shown as CSV; resolves with the confirmation or rejects with the reason. */
  onCopyCsv: (lines: TradeLine[]) => Promise<string>;
  onDownloadCsv: (lines: TradeLine[]) => void;
  /** A star on each row follows its company, once the watchlist is known. */
  follow?: TradesFollow;
  locale?: string;
}

export function TradesView(props: TradesViewProps) {
  const { progress } = props;
  const [filter, setFilter] = useState<TradeFilter>({});
  const shown = useMemo(() => selectTrades(props.lines, props.preset, filter), [props.lines, props.preset, filter]);
  const loading = progress.total === null || progress.read < progress.total;
  const partial = loading || progress.unreadable > 0 || props.gaps.length > 0;
  return (
    <div class="activity trades-view" data-testid="trades-view">
      <h2>Insider trades</h2>
      <div class="window-row">
        <label class="until">
          <span class="muted">Day</span>{' '}
          <input type="date" name="day" defaultValue={props.date} max={props.today} min="2003-06-30" onChange={(event) => event.currentTarget.value && props.onDateChange(event.currentTarget.value)} />
        </label>{' '}
        <span class="muted" data-testid="day-source">
          {props.source === 'feed' ? "from EDGAR's latest filings" : props.source === 'index' ? "from EDGAR's daily index" : ''}
        </span>
      </div>
      <ReadProgress read={progress.read} total={progress.total} unreadable={progress.unreadable} listing="Reading the day's list of filings..." problem={props.problem} />
      {props.gaps.length > 0 && (
        <ul class="notes">
          {props.gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      )}
      <TradesControls preset={props.preset} onPresetChange={props.onPresetChange} filter={filter} onFilterChange={setFilter} />
      <p class="verdict" data-testid="trades-count">
        {partial && progress.total !== null ? <span class="badge badge-warn">partial</span> : null}
        {partial && progress.total !== null ? ' ' : ''}
        {shown.length} of {props.lines.length} open-market trade{props.lines.length === 1 ? '' : 's'} shown
      </p>
      {shown.length > 0 ? <TradesTable lines={shown} locale={props.locale} follow={props.follow} /> : <p class="muted">No trades match.</p>}
      <CsvButtons onCopy={() => props.onCopyCsv(shown)} onDownload={() => props.onDownloadCsv(shown)} disabled={shown.length === 0} />
    </div>
  );
}
