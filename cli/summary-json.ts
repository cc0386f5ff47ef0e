// The summary of one filing as one JSON object (one NDJSON line per file): the filing's
// facts with numbers as JSON numbers (null when not filed or not a number) and the figures
// of product.md section 4, for scripts and spreadsheets.

import type { CodeTotals, Figures } from '../lib/figures';
import type { Filing, ParseError, Row } from '../lib/model';
import { citedFootnoteIds, describeRelationship, transactionValue } from '../lib/rows';

function toTransactionJson(row: Row) {
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
  };
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
    transactions: document.transactions.map(toTransactionJson),
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
    holdingsAfter: figures.holdingsAfter,
    flags: figures.flags,
  };
}

export function toErrorJson(file: string, error: ParseError) {
  return { file, error };
}
