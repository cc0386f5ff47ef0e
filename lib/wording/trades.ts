// The sentences about one filing's trades, one wording for every view that says them: the
// overlay's headline, the popup, and `form4-lens summary` (which passes en-US). Plain data in,
// plain text out (docs/design.md section 4, "Reading right").

import type { ExerciseAndSale } from '../figures/exercise-and-sale';
import type { HoldingsChange } from '../figures/holdings-change';
import type { TradeTotals } from '../figures/trade-totals';
import { formatChangePercent, formatMoney, formatPrice, formatShares } from './format';
import { footnoteWords } from './footnotes';

/**
 * One side of the trading, honest about the shares its dollars cover: "Sold 1,500.5 shares;
 * $6,131.13 (average $12.25) for 500.5 of them; the price of 1,000 shares is only in footnote 3".
 */
export function describeTrades(verb: string, totals: TradeTotals, locale?: string): string {
  if (totals.rows === 0) return `${verb} nothing`;
  const traded = `${verb} ${formatShares(totals.shares, locale)} shares`;
  const where = totals.unpricedPriceFootnoteIds.length > 0 ? `is only in ${footnoteWords(totals.unpricedPriceFootnoteIds)}` : 'is not given';
  if (totals.averagePrice === null) return `${traded}; the price ${where}, so no dollar figure`;
  const fromFootnote =
    totals.footnotePricedShares > 0
      ? `; the price of ${formatShares(totals.footnotePricedShares, locale)} shares is taken from ${footnoteWords(totals.footnotePriceIds)}`
      : '';
  const dollars = `${formatMoney(totals.value, locale)} (average ${formatPrice(totals.averagePrice, locale)})`;
  if (totals.unpricedShares === 0) return `${traded} for ${dollars}${fromFootnote}`;
  return (
    `${traded}; ${dollars} for ${formatShares(totals.pricedShares, locale)} of them; ` +
    `the price of ${formatShares(totals.unpricedShares, locale)} shares ${where}${fromFootnote}`
  );
}

/**
 * "-37.3% of holdings", "a new position", "change in holdings n/a (...)", or null when no
 * percentage can be given (docs/design.md section 10, "ΔOwn is against the insider's position").
 */
export function describeHoldingsChange(change: HoldingsChange | null, locale?: string): string | null {
  if (change === null) return null;
  if (change.contradictory) return 'change in holdings n/a (the amounts held contradict the trades)';
  if (change.newPosition) return 'a new position';
  return change.change === null ? null : `${formatChangePercent(change.change, locale)} of holdings`;
}

/**
 * What a change in holdings is measured against, naming the lines: "42,295,359 shares held
 * before, over 3 lines: Class A Common Stock, direct; ..." or "2,154,572 shares held before, on
 * Common Stock, direct, the only line this filing reports".
 */
export function describeHoldingsBase(change: HoldingsChange, locale?: string): string {
  const shares = `${formatShares(change.sharesBefore, locale)} shares held before`;
  if (change.basis.length === 1) return `${shares}, on ${change.basis[0]}, the only line this filing reports`;
  return `${shares}, over ${change.basis.length} lines: ${change.basis.join('; ')}`;
}

/**
 * "Exercised 2,154,572 options at $6.24 and sold 257,279 shares the same day (2021-11-08) for
 * $299,717,449.38" (TSLA 2021-11-08, Musk). "Converted" when every exercise is a conversion (C).
 */
export function describeExerciseAndSale(pair: ExerciseAndSale, locale?: string): string {
  const verb = pair.exercises.length > 0 && pair.exercises.every((exercise) => exercise.code === 'C') ? 'Converted' : 'Exercised';
  const what = pair.derivativeTitle && /option/i.test(pair.derivativeTitle) ? 'options' : (pair.derivativeTitle ?? 'derivatives');
  const units = pair.exercisedUnits !== null ? `${formatShares(pair.exercisedUnits, locale)} ${what}` : what;
  const at = pair.exercisePrice !== null && pair.exercisePrice > 0 ? ` at ${formatPrice(pair.exercisePrice, locale)}` : '';
  const priced = pair.soldPricedShares < pair.soldShares ? ` (${formatShares(pair.soldPricedShares, locale)} of them priced)` : '';
  const sold = pair.soldPricedShares > 0 ? ` for ${formatMoney(pair.soldValue, locale)}${priced}` : '';
  return `${verb} ${units}${at} and sold ${formatShares(pair.soldShares, locale)} shares the same day (${pair.date})${sold}`;
}

/**
 * How P or S rows kept out of the open market read: "private purchase (footnote 1)", "private
 * sale (footnote 4)", "purchase in the issuer's public offering (footnote 1)"; both kinds joined
 * with "and".
 */
export function describePrivateTrade(side: 'bought' | 'sold', rows: readonly { kind: 'private' | 'offering'; footnoteId: string }[]): string {
  const noun = side === 'bought' ? 'purchase' : 'sale';
  const phrases = (['private', 'offering'] as const).flatMap((kind) => {
    const ids = [...new Set(rows.filter((row) => row.kind === kind).map((row) => row.footnoteId))];
    if (ids.length === 0) return [];
    return [kind === 'private' ? `private ${noun} (${footnoteWords(ids)})` : `${noun} in the issuer's public offering (${footnoteWords(ids)})`];
  });
  return phrases.join(' and ');
}
