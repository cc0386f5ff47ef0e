// The summary of one filing as one JSON object (one NDJSON line per file): the filing's
// facts with numbers as JSON numbers (null when not filed or not a number) and the figures
// of docs/design.md section 4, for scripts and spreadsheets.

import type { CodeTotals, Figures, RowPrice, TradeTotals } from '../lib/figures/figures';
import type { Filing, ParseError, Row } from '../lib/filing/model';
import { toRowAmount } from '../lib/filing/row-amount';
import { citedFootnoteIds } from '../lib/filing/rows';
import { describeRelationship } from '../lib/filing/relationship';
import { transactionValue } from '../lib/figures/row-value';

function toTransactionJson(row: Row, price: RowPrice) {
  const amount = toRowAmount(row);
  return {
    table: row.table,
    securityTitle: row.securityTitle.text,
    date: row.transactionDate.value,
    code: row.code,
    flagCodes: row.flagCodes,
    acquiredDisposed: row.acquiredDisposed.value,
    shares: row.shares.value,
    price: row.pricePerShare.value,
    value: transactionValue(row),
    sharesOwnedAfter: row.sharesOwnedAfter.value,
    directOrIndirect: row.directOrIndirect.value,
    natureOfOwnership: row.natureOfOwnership.text,
    footnoteIds: citedFootnoteIds(row),
    // Added later, so added as new keys: where the price came from, and the row's unit.
    priceUsed: price.price,
    priceSource: price.priceSource,
    priceFootnoteId: price.footnoteId,
    unit: amount.unit,
    signedAmount: amount.signedAmount,
  };
}

/** Which shares a side's dollars cover (docs/design.md section 4, "Reading right"). */
function toPricingJson(totals: TradeTotals) {
  const { pricedShares, unpricedShares, unpricedRows, unpricedPriceFootnoteIds, footnotePricedShares, footnotePriceIds } = totals;
  return { pricedShares, unpricedShares, unpricedRows, unpricedPriceFootnoteIds, footnotePricedShares, footnotePriceIds };
}

function toByCodeJson(byCode: Record<string, CodeTotals>): Record<string, { acquired: number; disposed: number }> {
  return Object.fromEntries(
    Object.entries(byCode).map(([code, { acquired, disposed }]) => [code, { acquired, disposed }]),
  );
}

export function toSummaryJson(file: string, filing: Filing, figures: Figures) {
  const { document } = filing;
  const { bought, sold, netShares, netValue } = figures.openMarket;
  return {
    file,
    accession: filing.accession,
    documentType: document.documentType,
    periodOfReport: document.periodOfReport,
    issuer: { cik: document.issuer.cik, name: document.issuer.name, tradingSymbol: document.issuer.tradingSymbol },
    reportingOwners: document.reportingOwners.map((owner) => ({
      cik: owner.cik,
      name: owner.name,
      relationship: describeRelationship(owner),
    })),
    transactions: document.transactions.map((row, index) => toTransactionJson(row, figures.rowPrices[index]!)),
    summary: {
      hasOpenMarketTrades: figures.hasOpenMarketTrades,
      openMarket: {
        boughtShares: bought.shares,
        boughtValue: bought.value,
        boughtAveragePrice: bought.averagePrice,
        soldShares: sold.shares,
        soldValue: sold.value,
        soldAveragePrice: sold.averagePrice,
        netShares,
        netValue,
      },
      byCode: toByCodeJson(figures.byCode),
      derivativeByCode: toByCodeJson(figures.derivativeByCode),
      acquiredShares: figures.acquiredShares,
      disposedShares: figures.disposedShares,
      netShares: figures.netShares,
    },
    holdingsAfter: {
      // equityLines and derivativeLines are `lines` split by table: not repeated here.
      lines: figures.holdingsAfter.lines,
      total: figures.holdingsAfter.total,
      mixedSecurities: figures.holdingsAfter.mixedSecurities,
      totalOmitted: figures.holdingsAfter.totalOmitted,
    },
    flags: figures.flags,
    // Added later, as new keys (see the README's --json table).
    filingDate: filing.filingDate,
    framing: figures.framing,
    dates: figures.dates,
    openMarketPricing: { bought: toPricingJson(bought), sold: toPricingJson(sold) },
    privateTrades: figures.privateTrades,
    exerciseAndSales: figures.exerciseAndSales,
    holdingsChange: figures.holdingsChange,
    derivativeDollarsByCode: toByCodeJson(figures.derivativeDollarsByCode),
  };
}

export function toErrorJson(file: string, error: ParseError) {
  return { file, error };
}
