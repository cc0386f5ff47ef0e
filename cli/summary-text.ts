// The summary of one filing for a person at a terminal: who, what they did in the open
// market (product.md section 4, the headline), what else happened by code, what they hold
// after, and the flags a reader should see.

import type { CodeTotals, ExerciseAndSale, Figures, HoldingLine, TradeTotals } from '../lib/figures/figures';
import type { PriceRange } from '../lib/figures/footnote-facts';
import type { Filing, OwnershipDocument } from '../lib/filing/model';
import { describePrivateTrade } from '../lib/figures/private-trade';
import { describeRelationship } from '../lib/filing/rows';
import { describeCode } from '../lib/filing/transaction-codes';
import { formatChangePercent } from '../lib/wording/format';
import { dollars, price, shares, signedDollars, signedShares } from './en-us-numbers';


/** "Tax/price paid in shares" -> "tax/price paid in shares"; "OTM exercise" stays as is. */
function toLowerLabel(label: string): string {
  const lowered = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return lowered.replace(/\s*\((.*)\)$/, ', $1');
}

/** "A (grant) +122,728", "G (gift) +10 -500", "(no code) -100". */
function describeCodeTotals(code: string, totals: CodeTotals): string {
  const name = code === '' ? '(no code)' : `${code} (${toLowerLabel(describeCode(code).label)})`;
  const amounts: string[] = [];
  if (totals.acquired !== 0) amounts.push(signedShares(totals.acquired));
  if (totals.disposed !== 0) amounts.push(signedShares(-totals.disposed));
  return `${name} ${amounts.length > 0 ? amounts.join(' ') : '0'}`;
}

/** Codes whose table II rows are all in dollars count no shares: they are told in dollars instead. */
function withoutDollarRows(byCode: Record<string, CodeTotals>, dollarsByCode: Record<string, CodeTotals>): Record<string, CodeTotals> {
  return Object.fromEntries(Object.entries(byCode).filter(([code, totals]) => dollarsByCode[code]?.rows !== totals.rows));
}

/** Table II rows measured in dollars (convertible notes): "A (grant) +$35,430,000.00". */
function describeDollarsByCode(byCode: Record<string, CodeTotals>): string {
  return Object.entries(byCode)
    .map(([code, totals]) => {
      const name = code === '' ? '(no code)' : `${code} (${toLowerLabel(describeCode(code).label)})`;
      const amounts: string[] = [];
      if (totals.acquired !== 0) amounts.push(signedDollars(totals.acquired));
      if (totals.disposed !== 0) amounts.push(signedDollars(-totals.disposed));
      return `${name} ${amounts.length > 0 ? amounts.join(' ') : '$0.00'}`;
    })
    .join('; ');
}

function describeByCode(byCode: Record<string, CodeTotals>): string {
  return Object.entries(byCode)
    .map(([code, totals]) => describeCodeTotals(code, totals))
    .join('; ');
}

/** "footnote F3", "footnotes F2, F3". */
function describeFootnotes(ids: string[]): string {
  return `footnote${ids.length > 1 ? 's' : ''} ${ids.join(', ')}`;
}

/**
 * "1,000 shares for $41,020.00 (average $41.02)"; when some shares have no price, the dollars
 * say which shares they cover and where the others' price is (product.md section 4: "Never
 * claim a dollar figure for unpriced shares").
 */
function describeTrades(verb: string, totals: TradeTotals): string {
  if (totals.rows === 0) return `${verb} nothing`;
  const traded = `${verb} ${shares(totals.shares)} shares`;
  const where = totals.unpricedPriceFootnoteIds.length > 0 ? ` is only in ${describeFootnotes(totals.unpricedPriceFootnoteIds)}` : ' is not given';
  if (totals.averagePrice === null) return `${traded}; no price given${totals.unpricedPriceFootnoteIds.length > 0 ? ` (see ${describeFootnotes(totals.unpricedPriceFootnoteIds)})` : ''}`;
  const fromFootnote =
    totals.footnotePricedShares > 0
      ? `; the price of ${shares(totals.footnotePricedShares)} shares taken from ${describeFootnotes(totals.footnotePriceIds)}`
      : '';
  if (totals.unpricedShares === 0) {
    return `${traded} for ${dollars(totals.value)} (average ${price(totals.averagePrice)}${fromFootnote})`;
  }
  return (
    `${traded}; ${dollars(totals.value)} for ${shares(totals.pricedShares)} of them ` +
    `(average ${price(totals.averagePrice)}${fromFootnote}); the price of ${shares(totals.unpricedShares)} shares${where}`
  );
}

function describeChange(figures: Figures): string[] {
  const change = figures.holdingsChange;
  if (change === null) return [];
  if (change.newPosition) return ['  Change in holdings: a new position (nothing held before)'];
  return [`  Change in holdings: ${formatChangePercent(change.change!, 'en-US')} of ${shares(change.sharesBefore)} shares held before`];
}

function privateTradeLines(figures: Figures): string[] {
  const { bought, sold, rows } = figures.privateTrades;
  if (rows.length === 0) return [];
  const kinds = [...new Set(rows.map((row) => describePrivateTrade(row.side, row.footnoteId)))];
  const out = [`Private trades, not counted as open market: ${kinds.join(', ')}`];
  if (bought.rows > 0) out.push(`  ${describeTrades('Bought', bought)}`);
  if (sold.rows > 0) out.push(`  ${describeTrades('Sold', sold)}`);
  return out;
}

function openMarketLines(figures: Figures): string[] {
  // A Form 3 reports holdings only: "no open-market trades" would frame it as a Form 4.
  if (figures.framing.leadsWith === 'holdings') return privateTradeLines(figures);
  if (!figures.hasOpenMarketTrades) return ['No open-market trades.', ...privateTradeLines(figures)];
  const { bought, sold, netShares, netValue } = figures.openMarket;
  return [
    'Open market:',
    `  ${describeTrades('Bought', bought)}`,
    `  ${describeTrades('Sold', sold)}`,
    `  Net ${signedShares(netShares)} shares, ${signedDollars(netValue)}${
      bought.unpricedShares + sold.unpricedShares > 0 ? ' (priced shares only)' : ''
    }`,
    ...describeChange(figures),
    ...privateTradeLines(figures),
  ];
}

/** "2021-11-08: exercised 2,154,572 Non-Qualifed Stock Option (right to buy) at $6.24 and sold 257,279 shares the same day for $299,717,449.38". */
function describeExerciseAndSale(pair: ExerciseAndSale): string {
  const verb = pair.exercises.every((exercise) => exercise.code === 'C') ? 'converted' : 'exercised';
  const units = pair.exercisedUnits !== null ? `${shares(pair.exercisedUnits)} ` : '';
  const what = pair.derivativeTitle ?? 'derivative securities';
  const strike = pair.exercisePrice !== null && pair.exercisePrice > 0 ? ` at ${price(pair.exercisePrice)}` : '';
  const value = pair.soldPricedShares > 0 ? ` for ${dollars(pair.soldValue)}${pair.soldPricedShares < pair.soldShares ? ` (${shares(pair.soldPricedShares)} priced)` : ''}` : '';
  return `${pair.date}: ${verb} ${units}${what}${strike} and sold ${shares(pair.soldShares)} ${pair.underlyingTitle ?? 'shares'} the same day${value}`;
}

function exerciseAndSaleLines(figures: Figures): string[] {
  return figures.exerciseAndSales.map((pair) => `Exercise and sale: ${describeExerciseAndSale(pair)}`);
}

function describeAmount(line: HoldingLine): string {
  if (line.amountAfter !== null) {
    return line.unit === 'dollars' ? `${dollars(line.amountAfter)} of` : shares(line.amountAfter);
  }
  // A Form 3's table II line gives only what it covers (column 3): the title says the rest.
  if (line.underlyingSharesAfter !== null) return '';
  return '(amount owned after not filed)';
}

function describeHoldingLine(line: HoldingLine): string {
  const form = line.directOrIndirect === 'D' ? 'direct' : line.directOrIndirect === 'I' ? 'indirect' : 'form not given';
  const footnotes = line.natureFootnoteIds.length > 0 ? describeFootnotes(line.natureFootnoteIds) : '';
  const nature = line.natureOnlyInFootnotes
    ? footnotes && ` (${footnotes})`
    : line.natureOfOwnership
      ? ` (${line.natureOfOwnership}${footnotes && `, ${footnotes}`})`
      : '';
  const covers =
    line.table === 'derivative' && line.underlyingSharesAfter !== null
      ? ` covering ${shares(line.underlyingSharesAfter)} ${line.underlyingTitle ?? 'shares'}`
      : line.table === 'derivative' && line.underlyingTitle
        ? ` (on ${line.underlyingTitle})`
        : '';
  const strike = line.table === 'derivative' && line.conversionOrExercisePrice ? ` at ${price(line.conversionOrExercisePrice)}` : '';
  const expiry = line.expirationDate ? `, expiring ${line.expirationDate}` : '';
  const amount = describeAmount(line);
  return `${amount ? `${amount} ` : ''}${line.securityTitle ?? '(security not named)'}${covers}${strike}${expiry}, ${form}${nature}`;
}

const TOTAL_OMITTED: Record<NonNullable<Figures['holdingsAfter']['totalOmitted']>, string> = {
  differentSecurities: 'lines are in different securities: not added up',
  severalOwners: 'lines of several reporting owners: not added up',
};

function holdingsLines(figures: Figures): string[] {
  const { equityLines, derivativeLines, total, totalOmitted } = figures.holdingsAfter;
  const label = figures.framing.leadsWith === 'holdings' ? 'Holdings' : 'Holdings after';
  if (equityLines.length === 0 && derivativeLines.length === 0) {
    return [figures.framing.ownsNoSecurities ? `${label}: none (owns no securities of the issuer)` : `${label}: none reported`];
  }
  if (equityLines.length === 1 && derivativeLines.length === 0) return [`${label}: ${describeHoldingLine(equityLines[0]!)}`];
  const out = [`${label}:`, ...equityLines.map((line) => `  ${describeHoldingLine(line)}`)];
  if (totalOmitted !== null && equityLines.length > 1) out.push(`  (${TOTAL_OMITTED[totalOmitted]})`);
  else if (total !== null && equityLines.length > 1) out.push(`  Total non-derivative: ${shares(total)}`);
  if (derivativeLines.length > 0) {
    out.push('  Derivative securities (table II, in their own units):', ...derivativeLines.map((line) => `    ${describeHoldingLine(line)}`));
  }
  return out;
}

function datesLine(figures: Figures): string[] {
  const { reportedOn, reportedOnSource, latestTradeDate, daysAfterTrade, businessDaysAfterTrade } = figures.dates;
  if (reportedOn === null) return [];
  const when = reportedOnSource === 'filingDate' ? `Filed ${reportedOn}` : `Signed ${reportedOn} (filing date not known)`;
  if (latestTradeDate === null || daysAfterTrade === null) return [when];
  const business = businessDaysAfterTrade !== null ? ` (${businessDaysAfterTrade} business day${businessDaysAfterTrade === 1 ? '' : 's'})` : '';
  return [`${when}, ${daysAfterTrade} day${daysAfterTrade === 1 ? '' : 's'}${business} after the latest trade (${latestTradeDate})`];
}

/** "2 transactions (2021-09-30 S, 2021-10-01 S)": which rows a flag is about. */
function describeRows(document: OwnershipDocument, indexes: number[]): string {
  const shown = indexes.slice(0, 5).map((index) => {
    const row = document.transactions[index]!;
    const direction = row.acquiredDisposed.text ? ` ${row.acquiredDisposed.text}` : '';
    return `${row.transactionDate.text ?? 'no date'} ${row.code ?? '(no code)'}${direction}`;
  });
  const more = indexes.length > shown.length ? ', ...' : '';
  return `${indexes.length} transaction${indexes.length === 1 ? '' : 's'} (${shown.join(', ')}${more})`;
}

/** Weighted-average prices and the ranges behind them; a long list (one per sale) is summed up. */
function describePriceRanges(ranges: PriceRange[]): string {
  if (ranges.length <= 3) {
    const each = ranges.map((range) => `${price(range.low)} to ${price(range.high)} (${range.footnoteId})`);
    return `Weighted average price, range${ranges.length > 1 ? 's' : ''} ${each.join('; ')}`;
  }
  const low = Math.min(...ranges.map((range) => range.low));
  const high = Math.max(...ranges.map((range) => range.high));
  const ids = `${ranges[0]!.footnoteId} to ${ranges.at(-1)!.footnoteId}`;
  return `Weighted average prices, ${ranges.length} ranges (${ids}) from ${price(low)} to ${price(high)}`;
}

function flagLines(document: OwnershipDocument, figures: Figures): string[] {
  const { flags } = figures;
  const out: string[] = [];
  if (flags.amendment) {
    const original = flags.amendment.originalDate ?? 'a date not given';
    out.push(`Amendment (${document.documentType}) of the filing of ${original}`);
  }
  if (flags.tenB5One) {
    const { checkbox, footnoteIds, inRemarks, adoptionDates } = flags.tenB5One;
    const sources = [
      ...(checkbox ? ['checkbox ticked'] : []),
      ...(footnoteIds.length > 0 ? [`footnote${footnoteIds.length > 1 ? 's' : ''} ${footnoteIds.join(', ')}`] : []),
      ...(inRemarks ? ['remarks'] : []),
    ];
    const adopted = adoptionDates.length > 0 ? `; plan adopted ${adoptionDates.join(', ')}` : '';
    out.push(`Rule 10b5-1 plan: ${sources.join(', ')}${adopted}`);
  }
  if (flags.lateRows.length > 0) out.push(`Reported late (L): ${describeRows(document, flags.lateRows)}`);
  if (flags.earlyRows.length > 0) out.push(`Reported early (E, code V): ${describeRows(document, flags.earlyRows)}`);
  if (flags.deemedExecutionRows.length > 0) {
    out.push(`Deemed execution date: ${describeRows(document, flags.deemedExecutionRows)}`);
  }
  if (flags.footnoteOnlyPriceRows.length > 0) {
    out.push(`Price given only in a footnote: ${describeRows(document, flags.footnoteOnlyPriceRows)}`);
  }
  if (flags.priceRanges.length > 0) out.push(describePriceRanges(flags.priceRanges));
  if (flags.reportingOwners > 1) {
    out.push(`Several reporting owners (${flags.reportingOwners}): one set of rows, counted once`);
  }
  if (flags.inconsistentDirectionRows.length > 0) {
    out.push(
      `Inconsistent direction (P disposed or S acquired), left out of open-market totals: ${describeRows(document, flags.inconsistentDirectionRows)}`,
    );
  }
  if (flags.exitFiler) out.push('Exit filer: no longer subject to Section 16');
  return out;
}

export function toSummaryText(file: string, filing: Filing, figures: Figures): string {
  const { document } = filing;
  const { issuer } = document;
  const period = document.periodOfReport ? `, period ${document.periodOfReport}` : '';
  const accession = filing.accession ? `, accession ${filing.accession}` : '';
  const ticker = issuer.tradingSymbol ? `${issuer.tradingSymbol}, ` : '';
  const owners = document.reportingOwners.map((owner) => {
    const role = describeRelationship(owner);
    return `Owner: ${owner.name ?? '(name not given)'} (CIK ${owner.cik})${role ? `: ${role}` : ''}`;
  });
  const byCode = describeByCode(figures.byCode);
  const derivativeByCode = describeByCode(withoutDollarRows(figures.derivativeByCode, figures.derivativeDollarsByCode));
  const flags = flagLines(document, figures);
  const isForm3 = figures.framing.leadsWith === 'holdings';
  const dollarsByCode = describeDollarsByCode(figures.derivativeDollarsByCode);
  return [
    file,
    `Form ${document.documentType}${period}${accession}`,
    ...figures.framing.sentences,
    ...datesLine(figures),
    `Issuer: ${issuer.name ?? '(name not given)'} (${ticker}CIK ${issuer.cik})`,
    ...owners,
    ...(isForm3 ? holdingsLines(figures) : []),
    ...openMarketLines(figures),
    ...(isForm3 && !byCode ? [] : [byCode ? `By code: ${byCode}` : 'No non-derivative transactions.']),
    ...(derivativeByCode ? [`Derivatives by code (own units): ${derivativeByCode}`] : []),
    ...(dollarsByCode ? [`Derivatives in dollars by code: ${dollarsByCode}`] : []),
    ...exerciseAndSaleLines(figures),
    ...(isForm3 ? [] : [`Net change: ${signedShares(figures.netShares)} shares`, ...holdingsLines(figures)]),
    ...(flags.length > 0 ? ['Flags:', ...flags.map((flag) => `  - ${flag}`)] : ['Flags: none']),
  ].join('\n');
}
