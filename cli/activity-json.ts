// `activity --json`: one line per issuer with exactly the keys docs/design.md sections 9 and 10
// list; numbers as JSON numbers, CIKs as filed in the XML. Shares are in the shares of the
// window's end (splits adjusted); asFiled keeps the filings' own where they differ.

import type { IssuerActivity, OpenMarketActivity } from '../lib/activity';

function toOpenMarketJson(openMarket: OpenMarketActivity) {
  const { boughtShares, boughtValue, soldShares, soldValue, netShares, netValue } = openMarket;
  return { boughtShares, boughtValue, soldShares, soldValue, netShares, netValue };
}

export function toActivityJson(activity: IssuerActivity) {
  return {
    issuer: activity.issuer,
    filings: activity.filings,
    from: activity.from,
    to: activity.to,
    openMarket: toOpenMarketJson(activity.openMarket),
    buyers: activity.buyers,
    sellers: activity.sellers,
    clusters: activity.clusters.map((cluster) => ({
      from: cluster.from,
      to: cluster.to,
      shares: cluster.shares,
      value: cluster.value,
      insiders: cluster.insiders.map(({ ciks, names, dates, shares, value }) => ({ ciks, names, dates, shares, value })),
    })),
    insiders: activity.insiders.map((insider) => ({
      ciks: insider.ciks,
      names: insider.names,
      relationship: insider.relationship,
      filings: insider.filings,
      openMarket: toOpenMarketJson(insider.openMarket),
      holdingsAfter: insider.holdingsAfter,
      signals: insider.signals && { routine: insider.signals.routine, firstBuy: insider.signals.firstBuy },
    })),
    splits: activity.splits.map(({ from, to, ratio, source }) => ({ from, to, ratio, source })),
    netPurchaseRatio: activity.netPurchaseRatio,
    ...(activity.asFiled ? { asFiled: activity.asFiled } : {}),
    ...(activity.repeatedBlocks ? { repeatedBlocks: activity.repeatedBlocks } : {}),
  };
}
