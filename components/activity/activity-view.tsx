// The insider activity of one company over a window (docs/design.md section 9): the window
// choice, progress while filings arrive, the verdict and totals, cluster buys, the timeline,
// the insiders, the filings that could not be read, and CSV of every row. Shared by the panel
// on company pages and the extension's activity page; props in, markup out.

import type { ComponentChildren } from 'preact';
import type { IssuerActivity } from '../../lib/activity';
import { formatShares } from '../../lib/wording/format';
import { todayIso } from '../../lib/activity/window';
import { ActivityTimeline } from './activity-timeline';
import { Money } from './money';
import { InsidersTable } from './insiders-table';
import { CompanyTrades } from './company-trades';
import { UnreadableList } from './unreadable-list';
import { CsvButtons } from '../csv-buttons';
import { ReadProgress } from '../read-progress';
import { FollowButton, type FollowState } from '../follow-button';
import { describeIncomplete, toVerdict } from '../../lib/wording/verdict';
import { describeAsFiled, describeRepeatedBlocks, describeSplitAdjustment, formatNetPurchaseRatio, SIGNAL_DEFINITIONS } from '../../lib/wording/across-time';
import { WINDOW_MONTHS, type ActivityViewModel, type WindowMonths } from '../../lib/messages/activity-view';

export interface ActivityViewProps {
  model: ActivityViewModel;
  onMonthsChange: (months: WindowMonths) => void;
  /** Ends the window on the day picked (YYYY-MM-DD); without it the window's end is fixed. */
  onUntilChange?: (until: string) => void;
  /** Copies the CSV; resolves with the confirmation or rejects with the reason. */
  onCopyCsv: () => Promise<string>;
  onDownloadCsv: () => void | Promise<void>;
  onOpen?: (url: string) => void;
  /** The star that follows the company (docs/design.md section 11, "Watchlist"), once its name is known. */
  follow?: FollowState;
  locale?: string;
}

/** Forms 3, 4 and 5 have been filed as XML since mid-2003: a window ending earlier has nothing to read. */
const FIRST_XML_FILINGS = '2003-06-30';

function Totals({ issuer, locale }: { issuer: IssuerActivity; locale?: string }) {
  const market = issuer.openMarket;
  const item = (label: string, testId: string, value: number, text: ComponentChildren, className = '') => (
    <div class={`total ${className}`} data-testid={testId} data-value={String(value)}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
  const money = (value: number, shares: number, signed = false) => (
    <>
      <Money value={value} locale={locale} signed={signed} /> ({formatShares(shares, locale, signed)} sh)
    </>
  );
  return (
    <dl class="totals" data-testid="totals">
      {item('Bought', 'bought-value', market.boughtValue, money(market.boughtValue, market.boughtShares), 'buy')}
      {item('Sold', 'sold-value', market.soldValue, money(market.soldValue, market.soldShares), 'sell')}
      {item('Net', 'net-value', market.netValue, money(market.netValue, market.netShares, true), market.netValue > 0 ? 'buy' : market.netValue < 0 ? 'sell' : '')}
      {item('Filings', 'filings', issuer.filings, String(issuer.filings))}
      {item('Buyers / sellers', 'buyers', issuer.buyers, `${issuer.buyers} / ${issuer.sellers}`)}
      <div class="total" data-testid="net-purchase-ratio" data-value={String(issuer.netPurchaseRatio)} title={SIGNAL_DEFINITIONS.netPurchaseRatio}>
        <dt>Net purchase ratio</dt>
        <dd>{formatNetPurchaseRatio(issuer.netPurchaseRatio)}</dd>
      </div>
      {market.unpricedRows > 0 &&
        item('Without a price', 'unpriced', market.unpricedShares, `${formatShares(market.unpricedShares, locale)} sh in ${market.unpricedRows} rows, not in the dollars`)}
    </dl>
  );
}

/** What makes the totals differ from a sum as filed: splits, blocks counted once (docs/design.md section 10). */
function AcrossTime({ issuer, locale }: { issuer: IssuerActivity; locale?: string }) {
  const lines = [describeSplitAdjustment(issuer.splits, issuer.to), describeAsFiled(issuer.asFiled, locale), describeRepeatedBlocks(issuer.repeatedBlocks, locale)];
  const shown = lines.filter((line) => line !== null);
  if (shown.length === 0) return null;
  return (
    <p class="adjusted" data-testid="adjusted">
      {shown.join(' ')}
    </p>
  );
}

function Clusters({ issuer, locale }: { issuer: IssuerActivity; locale?: string }) {
  if (issuer.clusters.length === 0) return <p class="muted" data-testid="clusters">No cluster buys (3 or more insiders buying within 30 days).</p>;
  return (
    <div class="clusters" data-testid="clusters">
      <h3>Cluster buys</h3>
      <ul>
        {issuer.clusters.map((cluster) => (
          <li key={cluster.from}>
            <strong>
              {cluster.insiders.length} insiders bought <Money value={cluster.value} locale={locale} />
            </strong>{' '}
            from {cluster.from} to {cluster.to}:{' '}
            {cluster.insiders.map((buyer) => buyer.names.filter(Boolean).join(' & ') || buyer.ciks.join(' & ')).join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ActivityView({ model, onMonthsChange, onUntilChange, onCopyCsv, onDownloadCsv, onOpen, follow, locale }: ActivityViewProps) {
  const { progress, issuer } = model;
  const loading = progress.total === null || progress.read < progress.total;
  const incomplete = loading ? null : describeIncomplete(progress.total ?? 0, model.unreadable.length, model.gaps);
  const partial = loading || incomplete !== null;
  // Before the list is in there is nothing yet to be partial about.
  const badge = partial && progress.total !== null;
  const title = model.company ? `${model.company.name ?? `CIK ${model.company.cik}`}${model.company.ticker ? ` (${model.company.ticker})` : ''}` : null;
  return (
    <div class="activity" data-testid="activity">
      <h2>
        Insider activity{title !== null && (
          <>
            : <bdi>{title}</bdi>
            {follow && (
              <>
                {' '}
                <FollowButton {...follow} />
              </>
            )}
          </>
        )}
      </h2>
      <div class="window-row" role="group" aria-label="Window">
        <span class="muted">Window:</span>{' '}
        {WINDOW_MONTHS.map((months) => (
          <button
            key={months}
            type="button"
            class="window-choice"
            name={`window-${months}`}
            aria-pressed={model.months === months ? 'true' : 'false'}
            onClick={() => onMonthsChange(months)}
          >
            {months} months
          </button>
        ))}{' '}
        {onUntilChange && (
          <label class="until">
            <span class="muted">until</span>{' '}
            <input
              type="date"
              name="until"
              // Not controlled: a re-render while filings arrive must not undo a year half typed.
              defaultValue={model.until}
              min={FIRST_XML_FILINGS}
              max={todayIso()}
              // A date typed in full, or picked; an empty field, or a year still being typed (0002), changes nothing.
              onChange={(event) => {
                const day = event.currentTarget.value;
                if (day >= FIRST_XML_FILINGS) onUntilChange(day);
              }}
            />
          </label>
        )}{' '}
        <span class="muted" data-testid="window">
          {model.from} to {model.until}
        </span>
      </div>
      <ReadProgress read={progress.read} total={progress.total} listing="Reading the company's list of filings..." problem={model.problem} />
      <p class={`verdict${partial ? ' partial' : ''}`} data-testid="verdict">
        {badge ? <span class="badge badge-warn">partial</span> : null}
        {badge ? ' ' : ''}
        {[incomplete, toVerdict(issuer, locale)].filter((part) => part !== null).join(' ')}
      </p>
      {issuer && (
        <>
          <Totals issuer={issuer} locale={locale} />
          <AcrossTime issuer={issuer} locale={locale} />
          {issuer.tenB5OneShare !== null && (
            <p class="muted" data-testid="plans">
              {Math.round(issuer.tenB5OneShare * 100)}% of sold dollars under Rule 10b5-1 plans.
            </p>
          )}
          <Clusters issuer={issuer} locale={locale} />
        </>
      )}
      <ActivityTimeline trades={model.trades} from={model.from} until={model.until} locale={locale} onOpen={onOpen} />
      <CompanyTrades lines={model.lines} locale={locale} />
      {issuer && <InsidersTable insiders={issuer.insiders} locale={locale} />}
      {model.notes.length + model.gaps.length > 0 && (
        <ul class="notes">
          {[...model.gaps, ...model.notes].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <UnreadableList filings={model.unreadable} />
      <CsvButtons onCopy={onCopyCsv} onDownload={onDownloadCsv} disabled={!issuer} />
    </div>
  );
}
