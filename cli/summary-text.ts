// The summary of one filing for a person at a terminal: who, what they did in the open
// market (docs/design.md section 4, the headline), what else happened by code, what they hold
// after, and the flags a reader should see.

import type { CodeTotals, Figures, HoldingLine } from '../lib/figures/figures';
import type { PriceRange } from '../lib/figures/footnote-facts';
import type { Filing, OwnershipDocument } from '../lib/filing/model';
import { codeName, describeCodeAmounts } from '../lib/wording/code-activity';
import { footnoteNumber, footnoteWords } from '../lib/wording/footnotes';
import { describeRelationship } from '../lib/filing/relationship';
import { describeExerciseAndSale, describeHoldingsBase, describeHoldingsChange, describePrivateTrade, describeTrades } from '../lib/wording/trades';
import { dollars, EN, price, shares, signedDollars, signedShares } from './en-us-numbers';

/** "Grant (A) +122,728 shares; Gift (G) +3,690 shares / -3,690 shares". */
function describeCodes(byCode: Record<string, CodeTotals>, unit: 'shares' | 'units' | 'dollars'): string {
  return Object.entries(byCode)
    .map(([code, totals]) => `${codeName(code)} ${describeCodeAmounts(totals, unit, EN)}`)
    .join('; ');
}

/** Codes whose table II rows are all in dollars count no units: they are told in dollars instead. */
function withoutDollarRows(byCode: Record<string, CodeTotals>, dollarsByCode: Record<string, CodeTotals>): Record<string, CodeTotals> {
  return Object.fromEntries(Object.entries(byCode).filter(([code, totals]) => dollarsByCode[code]?.rows !== totals.rows));
}


function describeChange(figures: Figures): string[] {
  const change = describeHoldingsChange(figures.holdingsChange, EN);
  if (change === null) return [];
  const base = figures.holdingsChange!.newPosition ? '' : ` (${describeHoldingsBase(figures.holdingsChange!, EN)})`;
  return [`  Change in holdings: ${change}${base}`];
}

function privateTradeLines(figures: Figures): string[] {
  const { bought, sold, rows } = figures.privateTrades;
  if (rows.length === 0) return [];
  const kinds = (['bought', 'sold'] as const).flatMap((side) => {
    const ofSide = rows.filter((row) => row.side === side);
    return ofSide.length > 0 ? [describePrivateTrade(side, ofSide)] : [];
  });
  const heading = rows.every((row) => row.kind === 'offering') ? 'Bought in an offering' : 'Private trades';
  const out = [`${heading}, not counted as open market: ${kinds.join(', ')}`];
  if (bought.rows > 0) out.push(`  ${describeTrades('Bought', bought, EN)}`);
  if (sold.rows > 0) out.push(`  ${describeTrades('Sold', sold, EN)}`);
  return out;
}

function openMarketLines(figures: Figures): string[] {
  // A Form 3 reports holdings only: "no open-market trades" would frame it as a Form 4.
  if (figures.framing.leadsWith === 'holdings') return privateTradeLines(figures);
  if (!figures.hasOpenMarketTrades) return ['No open-market trades.', ...privateTradeLines(figures)];
  const { bought, sold, netShares, netValue } = figures.openMarket;
  return [
    'Open market:',
    `  ${describeTrades('Bought', bought, EN)}`,
    `  ${describeTrades('Sold', sold, EN)}`,
    `  Net ${signedShares(netShares)} shares, ${signedDollars(netValue)}${
      bought.unpricedShares + sold.unpricedShares > 0 ? ' (priced shares only)' : ''
    }`,
    ...describeChange(figures),
    ...privateTradeLines(figures),
  ];
}

function exerciseAndSaleLines(figures: Figures): string[] {
  return figures.exerciseAndSales.map((pair) => `Exercise and sale: ${describeExerciseAndSale(pair, EN)}`);
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
  const footnotes = line.natureFootnoteIds.length > 0 ? footnoteWords(line.natureFootnoteIds) : '';
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
    const each = ranges.map((range) => `${price(range.low)} to ${price(range.high)} (${footnoteWords([range.footnoteId])})`);
    return `Weighted average price, range${ranges.length > 1 ? 's' : ''} ${each.join('; ')}`;
  }
  const low = Math.min(...ranges.map((range) => range.low));
  const high = Math.max(...ranges.map((range) => range.high));
  const ids = `footnotes ${footnoteNumber(ranges[0]!.footnoteId)} to ${footnoteNumber(ranges.at(-1)!.footnoteId)}`;
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
      ...(footnoteIds.length > 0 ? [footnoteWords(footnoteIds)] : []),
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
  const byCode = describeCodes(figures.byCode, 'shares');
  const derivativeByCode = describeCodes(withoutDollarRows(figures.derivativeByCode, figures.derivativeDollarsByCode), 'units');
  const flags = flagLines(document, figures);
  const isForm3 = figures.framing.leadsWith === 'holdings';
  const dollarsByCode = describeCodes(figures.derivativeDollarsByCode, 'dollars');
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
