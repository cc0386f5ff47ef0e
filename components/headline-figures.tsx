import type { CodeTotals, Figures, TradeTotals } from '../lib/figures';
import { formatMoney, formatPrice, formatShares } from '../lib/format';
import { describeCode } from '../lib/transaction-codes';

interface HeadlineProps {
  figures: Figures;
  locale?: string;
}

function Trades({ verb, totals, locale }: { verb: string; totals: TradeTotals; locale?: string }) {
  if (totals.rows === 0) return <span>{verb} nothing</span>;
  return (
    <span>
      {verb} {formatShares(totals.shares, locale)} shares
      {totals.averagePrice !== null && (
        <>
          {' '}for {formatMoney(totals.value, locale)} (average {formatPrice(totals.averagePrice, locale)})
        </>
      )}
    </span>
  );
}

function Activity({ code, totals, unit, locale }: { code: string; totals: CodeTotals; unit: string; locale?: string }) {
  const label = code ? describeCode(code).label : 'No code';
  const parts: string[] = [];
  if (totals.acquired) parts.push(formatShares(totals.acquired, locale, true));
  if (totals.disposed) parts.push(formatShares(-totals.disposed, locale, true));
  return (
    <li>
      <span class="activity-label">
        {label} ({code || '?'})
      </span>{' '}
      <span class="activity-amount">{parts.length ? `${parts.join(' / ')} ${unit}` : `${totals.rows} row(s)`}</span>
    </li>
  );
}

/** The answer to "what did this insider actually do?" (product.md section 4). */
export function HeadlineFigures({ figures, locale }: HeadlineProps) {
  const { openMarket } = figures;
  const net = openMarket.netShares;
  const direction = net > 0 ? 'buy' : net < 0 ? 'sell' : 'even';
  const others = Object.entries(figures.byCode).filter(([code]) => code !== 'P' && code !== 'S');
  return (
    <section class="headline" aria-label="What happened" data-testid="headline">
      {figures.hasOpenMarketTrades ? (
        <>
          <p class={`net net-${direction}`} data-testid="net-open-market">
            {direction === 'buy' ? 'Net open-market buy: ' : direction === 'sell' ? 'Net open-market sell: ' : 'Open-market buys and sells even out: '}
            <strong>{formatShares(net, locale, true)} shares</strong>
            {openMarket.netValue !== 0 && <> ({formatMoney(openMarket.netValue, locale, true)})</>}
          </p>
          <p class="trades">
            <Trades verb="Bought" totals={openMarket.bought} locale={locale} />
            {' · '}
            <Trades verb="Sold" totals={openMarket.sold} locale={locale} />
          </p>
        </>
      ) : (
        <p class="net net-none" data-testid="net-open-market">
          No open-market trades.
        </p>
      )}
      {others.length > 0 && (
        <ul class="activities" aria-label={figures.hasOpenMarketTrades ? 'Other transactions' : 'What happened instead'}>
          {others.map(([code, totals]) => (
            <Activity key={code} code={code} totals={totals} unit="shares" locale={locale} />
          ))}
        </ul>
      )}
      {Object.keys(figures.derivativeByCode).length > 0 && (
        <ul class="activities" aria-label="Derivative transactions">
          {Object.entries(figures.derivativeByCode).map(([code, totals]) => (
            <Activity key={code} code={code} totals={totals} unit="derivative units" locale={locale} />
          ))}
        </ul>
      )}
      {(figures.acquiredShares > 0 || figures.disposedShares > 0) && (
        <p class="net-change">
          Net change: <strong>{formatShares(figures.netShares, locale, true)} shares</strong>
        </p>
      )}
    </section>
  );
}
