// Cluster buys (docs/design.md section 9): 3 or more different insiders buying in the open market
// (P rows) within 30 days, the signal screeners look for. Purchases are sorted by date and
// swept with a 30-day window; every window holding 3 or more insiders marks its purchases,
// and overlapping marked windows make one cluster, reported from its first to its last buy.

import { ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import { daysBetween } from './window';

export const CLUSTER_DAYS = 30;
export const CLUSTER_INSIDERS = 3;

export interface Purchase {
  date: string;
  insiderKey: string;
  shares: number;
  value: number;
  unpricedShares: number;
}

export interface ClusterInsider {
  insiderKey: string;
  /** The days this insider bought within the cluster, in order. */
  dates: string[];
  shares: number;
  /** Dollars of the priced purchases. */
  value: number;
  unpricedShares: number;
}

export interface ClusterBuy {
  from: string;
  to: string;
  insiders: ClusterInsider[];
  shares: number;
  value: number;
  unpricedShares: number;
}

function toCluster(purchases: Purchase[]): ClusterBuy {
  const byInsider = new Map<string, { dates: Set<string>; shares: ExactSum; value: ExactSum; unpriced: ExactSum }>();
  const total = { shares: new ExactSum(), value: new ExactSum(), unpriced: new ExactSum() };
  for (const purchase of purchases) {
    let insider = byInsider.get(purchase.insiderKey);
    if (!insider) {
      insider = { dates: new Set(), shares: new ExactSum(), value: new ExactSum(), unpriced: new ExactSum() };
      byInsider.set(purchase.insiderKey, insider);
    }
    insider.dates.add(purchase.date);
    insider.shares.add(purchase.shares);
    insider.value.add(purchase.value);
    insider.unpriced.add(purchase.unpricedShares);
    total.shares.add(purchase.shares);
    total.value.add(purchase.value);
    total.unpriced.add(purchase.unpricedShares);
  }
  return {
    from: purchases[0]!.date,
    to: purchases.at(-1)!.date,
    insiders: [...byInsider].map(([insiderKey, insider]) => ({
      insiderKey,
      dates: [...insider.dates],
      shares: insider.shares.value(SHARE_DECIMALS),
      value: insider.value.value(MONEY_DECIMALS),
      unpricedShares: insider.unpriced.value(SHARE_DECIMALS),
    })),
    shares: total.shares.value(SHARE_DECIMALS),
    value: total.value.value(MONEY_DECIMALS),
    unpricedShares: total.unpriced.value(SHARE_DECIMALS),
  };
}

/** The cluster buys among `purchases` (any order), earliest first. */
export function findClusterBuys(purchases: Purchase[]): ClusterBuy[] {
  const sorted = [...purchases].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const clusters: ClusterBuy[] = [];
  const inWindow = new Map<string, number>();
  let start = 0;
  // The purchases [clusterStart, clusterEnd) marked so far and not yet reported.
  let clusterStart = -1;
  let clusterEnd = -1;
  for (let end = 0; end < sorted.length; end += 1) {
    const current = sorted[end]!;
    inWindow.set(current.insiderKey, (inWindow.get(current.insiderKey) ?? 0) + 1);
    while (daysBetween(sorted[start]!.date, current.date) > CLUSTER_DAYS) {
      const leaving = sorted[start]!.insiderKey;
      const count = inWindow.get(leaving)! - 1;
      if (count === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, count);
      start += 1;
    }
    if (inWindow.size < CLUSTER_INSIDERS) continue;
    if (clusterStart !== -1 && start >= clusterEnd) {
      clusters.push(toCluster(sorted.slice(clusterStart, clusterEnd)));
      clusterStart = -1;
    }
    if (clusterStart === -1) clusterStart = start;
    clusterEnd = end + 1;
  }
  if (clusterStart !== -1) clusters.push(toCluster(sorted.slice(clusterStart, clusterEnd)));
  return clusters;
}
