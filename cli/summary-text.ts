// The summary of one filing for a person at a terminal: who, what they did in the open
// market (product.md section 4, the headline), what else happened by code, what they hold
// after, and the flags a reader should see.

import type { CodeTotals, Figures, HoldingLine, TradeTotals } from '../lib/figures';
import type { PriceRange } from '../lib/footnote-facts';
import type { Filing, OwnershipDocument } from '../lib/model';
import { describeRelationship } from '../lib/rows';
import { describeCode } from '../lib/transaction-codes';
import { formatMoney, formatPrice as formatPriceIn, formatShares as formatSharesIn } from '../lib/format';

// en-US whatever the machine's locale, so the output is the same everywhere.
const EN = 'en-US';
const formatShares = (value: number) => formatSharesIn(value, EN);
const formatSignedShares = (value: number) => formatSharesIn(value, EN, true);
const formatDollars = (value: number) => formatMoney(value, EN);
const formatSignedDollars = (value: number) => formatMoney(value, EN, true);
const formatPrice = (value: number) => formatPriceIn(value, EN);

/** "Tax/price paid in shares" -> "tax/price paid in shares"; "OTM exercise" stays as is. */
function toLowerLabel(label: string): string {
  const lowered = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  return lowered.replace(/\s*\((.*)\)$/, ', $1');
}

/** "A (grant) +122,728", "G (gift) +10 -500", "(no code) -100". */
function describeCodeTotals(code: string, totals: CodeTotals): string {
  const name = code === '' ? '(no code)' : `${code} (${toLowerLabel(describeCode(code).label)})`;
  const amounts: string[] = [];
  if (totals.acquired !== 0) amounts.push(formatSignedShares(totals.acquired));
  if (totals.disposed !== 0) amounts.push(formatSignedShares(-totals.disposed));
  return `${name} ${amounts.length > 0 ? amounts.join(' ') : '0'}`;
}

function describeByCode(byCode: Record<string, CodeTotals>): string {
  return Object.entries(byCode)
    .map(([code, totals]) => describeCodeTotals(code, totals))
    .join('; ');
}

/** "1,000 shares for $41,020.00 (average $41.02)", noting shares filed without a price. */
function describeTrades(verb: string, totals: TradeTotals): string {
  if (totals.rows === 0) return `${verb} nothing`;
  const unpriced = totals.shares - totals.pricedShares;
  const average = totals.averagePrice === null ? 'no price given' : `average ${formatPrice(totals.averagePrice)}`;
  const note = totals.averagePrice !== null && unpriced > 0 ? `; no price for ${formatShares(unpriced)} shares` : '';
  return `${verb} ${formatShares(totals.shares)} shares for ${formatDollars(totals.value)} (${average}${note})`;
}

function openMarketLines(figures: Figures): string[] {
  if (!figures.hasOpenMarketTrades) return ['No open-market trades.'];
  const { bought, sold, netShares, netValue } = figures.openMarket;
  return [
    'Open market:',
    `  ${describeTrades('Bought', bought)}`,
    `  ${describeTrades('Sold', sold)}`,
    `  Net ${formatSignedShares(netShares)} shares, ${formatSignedDollars(netValue)}`,
  ];
}

function describeHoldingLine(line: HoldingLine): string {
  const amount =
    line.sharesOwnedAfter !== null
      ? formatShares(line.sharesOwnedAfter)
      : line.valueOwnedAfter !== null
        ? `${formatDollars(line.valueOwnedAfter)} worth of`
        : '(amount owned after not filed)';
  const form = line.directOrIndirect === 'D' ? 'direct' : line.directOrIndirect === 'I' ? 'indirect' : 'form not given';
  const nature = line.natureOfOwnership ? ` (${line.natureOfOwnership})` : '';
  const table = line.table === 'derivative' ? ' [derivative]' : '';
  return `${amount} ${line.securityTitle ?? '(security not named)'}, ${form}${nature}${table}`;
}

function holdingsLines(figures: Figures): string[] {
  const { lines, total, mixedSecurities } = figures.holdingsAfter;
  if (lines.length === 0) return ['Holdings after: none reported'];
  if (lines.length === 1) return [`Holdings after: ${describeHoldingLine(lines[0]!)}`];
  const out = ['Holdings after:', ...lines.map((line) => `  ${describeHoldingLine(line)}`)];
  const equityLines = lines.filter((line) => line.table === 'nonDerivative').length;
  if (mixedSecurities) out.push('  (non-derivative lines are in different securities: not added up)');
  else if (total !== null && equityLines > 1) out.push(`  Total non-derivative: ${formatShares(total)}`);
  return out;
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
    const each = ranges.map((range) => `${formatPrice(range.low)} to ${formatPrice(range.high)} (${range.footnoteId})`);
    return `Weighted average price, range${ranges.length > 1 ? 's' : ''} ${each.join('; ')}`;
  }
  const low = Math.min(...ranges.map((range) => range.low));
  const high = Math.max(...ranges.map((range) => range.high));
  const ids = `${ranges[0]!.footnoteId} to ${ranges.at(-1)!.footnoteId}`;
  return `Weighted average prices, ${ranges.length} ranges (${ids}) from ${formatPrice(low)} to ${formatPrice(high)}`;
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
  const derivativeByCode = describeByCode(figures.derivativeByCode);
  const flags = flagLines(document, figures);
  return [
    file,
    `Form ${document.documentType}${period}${accession}`,
    `Issuer: ${issuer.name ?? '(name not given)'} (${ticker}CIK ${issuer.cik})`,
    ...owners,
    ...openMarketLines(figures),
    byCode ? `By code: ${byCode}` : 'No non-derivative transactions.',
    ...(derivativeByCode ? [`Derivatives by code (own units): ${derivativeByCode}`] : []),
    `Net change: ${formatSignedShares(figures.netShares)} shares`,
    ...holdingsLines(figures),
    ...(flags.length > 0 ? ['Flags:', ...flags.map((flag) => `  - ${flag}`)] : ['Flags: none']),
  ].join('\n');
}
