import type { CodeTotals, Figures } from '../lib/figures/figures';
import { formatMoney, formatShares } from '../lib/wording/format';
import { codeName, describeCodeAmounts } from '../lib/wording/code-activity';
import { describeExerciseAndSale, describeHoldingsBase, describeHoldingsChange, describePrivateTrade, describeTrades } from '../lib/wording/trades';

interface HeadlineProps {
  figures: Figures;
  locale?: string;
}

/** The headline's dollars, and whether they cover only some of the shares. */
function netDollars(figures: Figures, locale?: string): string {
  const { bought, sold, netValue } = figures.openMarket;
  if (bought.averagePrice === null && sold.averagePrice === null) return '';
  const partial = bought.unpricedShares > 0 || sold.unpricedShares > 0;
  return ` (${formatMoney(netValue, locale, true)}${partial ? ' on the priced shares' : ''})`;
}

/** ", -37.3% of holdings", what it is measured against on hover and focus. */
function ChangeInHoldings({ figures, locale }: { figures: Figures; locale?: string }) {
  const change = describeHoldingsChange(figures.holdingsChange, locale);
  if (change === null) return null;
  const base = figures.holdingsChange!.newPosition ? undefined : describeHoldingsBase(figures.holdingsChange!, locale);
  return (
    <>
      {', '}
      <span class="holdings-change" title={base} aria-label={base ? `${change}: ${base}` : undefined} tabIndex={base ? 0 : undefined}>
        {change}
      </span>
    </>
  );
}

function Activity({ code, totals, unit, locale }: { code: string; totals: CodeTotals; unit: 'shares' | 'units' | 'dollars'; locale?: string }) {
  return (
    <li>
      <span class="activity-label">{codeName(code)}</span> <span class="activity-amount">{describeCodeAmounts(totals, unit, locale)}</span>
    </li>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The headline of a Form 3: what the insider owns, or that they own nothing of the issuer. */
function holdingsHeadline(figures: Figures): string {
  if (figures.framing.ownsNoSecurities) return 'Owns no securities of the issuer.';
  const { equityLines, derivativeLines } = figures.holdingsAfter;
  if (equityLines.length + derivativeLines.length === 0) return 'Initial statement of holdings: no holdings are listed.';
  return 'Initial statement of holdings: what the insider owns on becoming an insider.';
}

/** The answer to "what did this insider actually do?", framed by the form (docs/design.md section 4). */
export function HeadlineFigures({ figures, locale }: HeadlineProps) {
  const { openMarket, framing, privateTrades } = figures;
  const net = openMarket.netShares;
  const direction = net > 0 ? 'buy' : net < 0 ? 'sell' : 'even';
  const others = Object.entries(figures.byCode).filter(([code]) => code !== 'P' && code !== 'S');
  const derivativeDollars = figures.derivativeDollarsByCode;
  const derivativeUnits = Object.entries(figures.derivativeByCode).filter(
    ([code, totals]) => !(code in derivativeDollars && totals.acquired === 0 && totals.disposed === 0),
  );
  const frame = framing.sentences.filter((sentence) => !sentence.startsWith('Initial statement'));
  return (
    <section class="headline" aria-label="What happened" data-testid="headline">
      {frame.map((sentence) => (
        <p key={sentence} class="frame">
          {sentence}
        </p>
      ))}
      {framing.leadsWith === 'holdings' ? (
        <p class="net net-none" data-testid="net-open-market">
          {holdingsHeadline(figures)}
        </p>
      ) : figures.hasOpenMarketTrades ? (
        <>
          <p class={`net net-${direction}`} data-testid="net-open-market">
            {direction === 'buy' ? 'Net open-market buy: ' : direction === 'sell' ? 'Net open-market sell: ' : 'Open-market buys and sells even out: '}
            <strong>{formatShares(net, locale, true)} shares</strong>
            {netDollars(figures, locale)}
            <ChangeInHoldings figures={figures} locale={locale} />
          </p>
          <p class="trades">
            {describeTrades('Bought', openMarket.bought, locale)}
            {' · '}
            {describeTrades('Sold', openMarket.sold, locale)}
          </p>
        </>
      ) : (
        <p class="net net-none" data-testid="net-open-market">
          No open-market trades.
        </p>
      )}
      {privateTrades.rows.length > 0 && (
        <ul class="activities" aria-label="Private and offering trades, not open-market">
          {(['bought', 'sold'] as const).map((side) => {
            const rows = privateTrades.rows.filter((row) => row.side === side);
            if (rows.length === 0) return null;
            return (
              <li key={side}>
                <span class="activity-label">{capitalise(describePrivateTrade(side, rows))}, not on the open market:</span>{' '}
                {describeTrades(side === 'bought' ? 'bought' : 'sold', privateTrades[side], locale)}
              </li>
            );
          })}
        </ul>
      )}
      {figures.exerciseAndSales.length > 0 && (
        <ul class="activities" aria-label="Exercises and same-day sales">
          {figures.exerciseAndSales.map((pair) => (
            <li key={`${pair.date}-${pair.underlyingTitle}`}>{describeExerciseAndSale(pair, locale)}</li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul class="activities" aria-label={figures.hasOpenMarketTrades ? 'Other transactions' : 'What happened instead'}>
          {others.map(([code, totals]) => (
            <Activity key={code} code={code} totals={totals} unit="shares" locale={locale} />
          ))}
        </ul>
      )}
      {(derivativeUnits.length > 0 || Object.keys(derivativeDollars).length > 0) && (
        <ul class="activities" aria-label="Options, units and other derivatives (table II)">
          {derivativeUnits.map(([code, totals]) => (
            <Activity key={code} code={code} totals={totals} unit="units" locale={locale} />
          ))}
          {Object.entries(derivativeDollars).map(([code, totals]) => (
            <Activity key={`${code}-dollars`} code={code} totals={totals} unit="dollars" locale={locale} />
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
