import type { CodeTotals, ExerciseAndSale, Figures, TradeTotals } from '../lib/figures/figures';
import { formatChangePercent, formatMoney, formatPrice, formatShares } from '../lib/wording/format';
import { describeCode } from '../lib/filing/transaction-codes';
import { footnoteWords } from './footnote-words';

interface HeadlineProps {
  figures: Figures;
  locale?: string;
}

/**
 * One side of the trading, honest about the shares its dollars cover (product.md section 4):
 * "Sold 1,500.5 shares; $6,131.13 for 500.5 of them (average $12.25); the price of 1,000 shares
 * is only in footnote 3".
 */
export function describeTrades(verb: string, totals: TradeTotals, locale?: string): string {
  if (totals.rows === 0) return `${verb} nothing`;
  const shares = `${verb} ${formatShares(totals.shares, locale)} shares`;
  const where = totals.unpricedPriceFootnoteIds.length > 0 ? `is only in ${footnoteWords(totals.unpricedPriceFootnoteIds)}` : 'is not given';
  const fromFootnote =
    totals.footnotePricedShares > 0
      ? `; the price of ${formatShares(totals.footnotePricedShares, locale)} shares is taken from ${footnoteWords(totals.footnotePriceIds)}`
      : '';
  if (totals.averagePrice === null) return `${shares}; the price ${where}, so no dollar figure`;
  const dollars = `${formatMoney(totals.value, locale)} (average ${formatPrice(totals.averagePrice, locale)})`;
  if (totals.unpricedShares === 0) return `${shares} for ${dollars}${fromFootnote}`;
  return (
    `${shares}; ${dollars} for ${formatShares(totals.pricedShares, locale)} of them; ` +
    `the price of ${formatShares(totals.unpricedShares, locale)} shares ${where}${fromFootnote}`
  );
}

/** The headline's dollars, and whether they cover only some of the shares. */
function netDollars(figures: Figures, locale?: string): string {
  const { bought, sold, netValue } = figures.openMarket;
  if (bought.averagePrice === null && sold.averagePrice === null) return '';
  const partial = bought.unpricedShares > 0 || sold.unpricedShares > 0;
  return ` (${formatMoney(netValue, locale, true)}${partial ? ' on the priced shares' : ''})`;
}

function changeInHoldings(figures: Figures, locale?: string): string {
  const change = figures.holdingsChange;
  if (!change) return '';
  if (change.newPosition) return ', a new position';
  return change.change === null ? '' : `, ${formatChangePercent(change.change, locale)} of holdings`;
}

/** "Exercised 2,154,572 options at $6.24 and sold 257,279 shares the same day (2021-11-08) for $299,717,449.38". */
export function describeExerciseAndSale(pair: ExerciseAndSale, locale?: string): string {
  const code = pair.exercises[0]?.code ?? 'M';
  const verb = code === 'C' ? 'Converted' : 'Exercised';
  const what = pair.derivativeTitle && /option/i.test(pair.derivativeTitle) ? 'options' : (pair.derivativeTitle ?? 'derivatives');
  const units = pair.exercisedUnits !== null ? `${formatShares(pair.exercisedUnits, locale)} ${what}` : what;
  const at = pair.exercisePrice !== null && pair.exercisePrice > 0 ? ` at ${formatPrice(pair.exercisePrice, locale)}` : '';
  const sold = pair.soldPricedShares > 0 ? ` for ${formatMoney(pair.soldValue, locale)}` : '';
  return `${verb} ${units}${at} and sold ${formatShares(pair.soldShares, locale)} shares the same day (${pair.date})${sold}`;
}

function Activity({ code, totals, unit, locale }: { code: string; totals: CodeTotals; unit: 'shares' | 'units' | 'dollars'; locale?: string }) {
  const label = code ? describeCode(code).label : 'No code';
  const amount = (value: number) => (unit === 'dollars' ? formatMoney(value, locale, true) : `${formatShares(value, locale, true)} ${unit}`);
  const parts: string[] = [];
  if (totals.acquired) parts.push(amount(totals.acquired));
  if (totals.disposed) parts.push(amount(-totals.disposed));
  return (
    <li>
      <span class="activity-label">
        {label} ({code || '?'})
      </span>{' '}
      <span class="activity-amount">{parts.length ? parts.join(' / ') : `${totals.rows} row(s)`}</span>
    </li>
  );
}

/** The headline of a Form 3: what the insider owns, or that they own nothing of the issuer. */
function holdingsHeadline(figures: Figures): string {
  if (figures.framing.ownsNoSecurities) return 'Owns no securities of the issuer.';
  const { equityLines, derivativeLines } = figures.holdingsAfter;
  if (equityLines.length + derivativeLines.length === 0) return 'Initial statement of holdings: no holdings are listed.';
  return 'Initial statement of holdings: what the insider owns on becoming an insider.';
}

/** The answer to "what did this insider actually do?", framed by the form (product.md section 4). */
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
            {changeInHoldings(figures, locale)}
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
        <ul class="activities" aria-label="Private trades, not open-market">
          {(['bought', 'sold'] as const).map((side) => {
            const rows = privateTrades.rows.filter((row) => row.side === side);
            if (rows.length === 0) return null;
            const ids = [...new Set(rows.map((row) => row.footnoteId))];
            return (
              <li key={side}>
                <span class="activity-label">
                  Private {side === 'bought' ? 'purchase' : 'sale'} ({footnoteWords(ids)}), not on the open market:
                </span>{' '}
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
