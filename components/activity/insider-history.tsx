// A filing page's "history" (docs/design.md section 9 b): this insider's Forms 3/4/5 at this
// issuer, newest first, each with its open-market net and the holdings after it, a line of the
// holdings over time, and a link to each filing. Props in, markup out.

import type { HistoryPoint, InsiderSignals, Split } from '../../lib/activity';
import { describeSignals, describeSplitAdjustment } from '../../lib/wording/across-time';
import { formatShares } from '../../lib/wording/format';
import { Money } from './money';
import { FollowButton, type FollowState } from '../follow-button';

export type HistoryState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; points: HistoryPoint[]; unreadable: number; total: number; splits: Split[]; signals: InsiderSignals | null };

export interface InsiderHistoryProps {
  state: HistoryState;
  /** The star that follows this insider (docs/design.md section 11, "Watchlist"), once the background has named them. */
  follow?: FollowState;
  /** The filing on the page, marked in the list. */
  accession: string | null;
  locale?: string;
}

function Net({ point, locale }: { point: HistoryPoint; locale?: string }) {
  if (point.netValue !== 0) return <>net <Money value={point.netValue} locale={locale} signed /></>;
  if (point.netShares !== 0) return <>net {formatShares(point.netShares, locale, true)} sh</>;
  return <>no open-market trade</>;
}

/** The holdings after each filing as a line, oldest on the left; nothing with fewer than two known points. */
function HoldingsLine({ points }: { points: HistoryPoint[] }) {
  const known = points.filter((point) => point.holdingsAfter !== null && point.date !== null);
  if (known.length < 2) return null;
  const values = known.map((point) => point.holdingsAfter!);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const coords = known.map((point, i) => `${(i / (known.length - 1)) * 296 + 2},${36 - ((point.holdingsAfter! - low) / span) * 32}`).join(' ');
  return (
    <svg viewBox="0 0 300 40" preserveAspectRatio="none" role="img" aria-label={`Holdings after each filing, from ${formatShares(values[0]!)} to ${formatShares(values.at(-1)!)} shares`}>
      <polyline points={coords} />
    </svg>
  );
}

/** "Signals: opportunistic, first buy", each with its definition on hover and focus. */
function Signals({ signals }: { signals: InsiderSignals | null }) {
  const words = describeSignals(signals);
  if (words.length === 0) return null;
  return (
    <p class="signals" data-testid="history-signals">
      Signals:{' '}
      {words.map((word) => (
        <span key={word.label} class="signal" title={word.title} aria-label={word.title} tabIndex={0}>
          {word.label}
        </span>
      ))}
    </p>
  );
}

export function InsiderHistory({ state, follow, accession, locale }: InsiderHistoryProps) {
  return (
    <section class="history" aria-label="This insider's history at this issuer" data-testid="history">
      <h3>
        This insider's filings at this issuer{follow && ' '}
        {follow && <FollowButton {...follow} />}
      </h3>
      {state.status === 'loading' && (
        <p class="muted" role="status">
          Reading this insider's other filings from EDGAR...
        </p>
      )}
      {state.status === 'error' && <p class="error">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          <p class="muted" data-testid="history-count">
            {state.points.length} filing{state.points.length === 1 ? '' : 's'} on EDGAR
            {state.unreadable > 0 ? `; ${state.unreadable} could not be read` : ''}.
          </p>
          <p class={state.splits.length > 0 ? 'adjusted' : 'muted'} data-testid="history-splits">
            {describeSplitAdjustment(state.splits, state.points.at(-1)?.date ?? null) ?? 'No stock split found in these filings: holdings as filed.'}
          </p>
          <Signals signals={state.signals} />
          <HoldingsLine points={state.points} />
          <ol reversed>
            {[...state.points].reverse().map((point) => (
              <li key={point.id} class={point.accession === accession ? 'cited' : undefined} aria-current={point.accession === accession ? 'true' : undefined}>
                {point.source ? (
                  <a href={point.source} target="_blank" rel="noopener noreferrer">
                    {point.date ?? point.filingDate ?? '?'} Form {point.documentType}
                  </a>
                ) : (
                  `${point.date ?? '?'} Form ${point.documentType}`
                )}
                : <Net point={point} locale={locale} />
                {point.holdingsAfter !== null && `; holds ${formatShares(point.holdingsAfter, locale)} after`}
                {point.accession === accession && ' (this filing)'}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
