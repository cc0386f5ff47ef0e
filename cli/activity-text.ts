// `activity` for a person at a terminal: per issuer, the open-market totals (the headline),
// buyers and sellers, 10b5-1 share, routine codes kept apart, cluster buys, then the insiders
// by absolute net dollars.

import type { CodeTotals } from '../lib/figures/figures';
import type { InsiderActivity, IssuerActivity, IssuerClusterBuy, OpenMarketActivity } from '../lib/activity';
import { stripControlCharacters } from '../lib/text/control-characters';
import { dollars, price, shares, signedDollars, signedShares } from './en-us-numbers';
import { describeCode } from '../lib/filing/transaction-codes';
import { describeAsFiled, describeRepeatedBlocks, describeSignals, describeSplitAdjustment, formatNetPurchaseRatio } from '../lib/wording/across-time';

const EN = 'en-US';

// Text from a filing never moves the terminal's cursor or colours: C0 and C1 controls out.
const clean = (text: string | null) => stripControlCharacters(text ?? '');

function describeSide(verb: string, count: number, totalShares: number, value: number, average: number | null): string {
  if (count === 0) return `${verb} nothing`;
  const at = average === null ? 'no price given' : `average ${price(average)}`;
  return `${verb} ${shares(totalShares)} shares for ${dollars(value)} (${at})`;
}

function describeOpenMarket(openMarket: OpenMarketActivity): string[] {
  const { boughtRows, boughtShares, boughtValue, boughtAveragePrice, soldRows, soldShares, soldValue, soldAveragePrice } =
    openMarket;
  if (boughtRows + soldRows === 0) return ['No open-market trades.'];
  const unpriced =
    openMarket.unpricedRows > 0
      ? [
          `  ${shares(openMarket.unpricedShares)} shares in ${openMarket.unpricedRows} ` +
            `row${openMarket.unpricedRows === 1 ? '' : 's'} with no price: ` +
            'counted in shares, not in dollars',
        ]
      : [];
  return [
    'Open market:',
    `  ${describeSide('Bought', boughtRows, boughtShares, boughtValue, boughtAveragePrice)}`,
    `  ${describeSide('Sold', soldRows, soldShares, soldValue, soldAveragePrice)}`,
    `  Net ${signedShares(openMarket.netShares)} shares, ${signedDollars(openMarket.netValue)}`,
    ...unpriced,
  ];
}

function describeByCode(byCode: Record<string, CodeTotals>): string {
  return Object.entries(byCode)
    .map(([code, totals]) => {
      // "Exercise (exempt)" -> "exercise, exempt": one pair of brackets per code.
      const name = describeCode(code).label.toLowerCase().replace(/\s*\(([^()]*)\)$/, ', $1');
      const label = code === '' ? '(no code)' : `${code} (${name})`;
      const amounts = [
        ...(totals.acquired !== 0 ? [signedShares(totals.acquired)] : []),
        ...(totals.disposed !== 0 ? [signedShares(-totals.disposed)] : []),
      ];
      return `${label} ${amounts.length > 0 ? amounts.join(' ') : '0'}`;
    })
    .join('; ');
}

function describeInsider(insider: InsiderActivity): string {
  const who = insider.names.map((name, index) => `${clean(name) || '(name not given)'} (CIK ${clean(insider.ciks[index] ?? '')})`);
  const role = insider.relationship ? `, ${clean(insider.relationship)}` : '';
  const { openMarket } = insider;
  const trades =
    openMarket.boughtRows + openMarket.soldRows === 0
      ? 'no open-market trades'
      : [
          ...(openMarket.boughtRows > 0 ? [`bought ${shares(openMarket.boughtShares)} for ${dollars(openMarket.boughtValue)}`] : []),
          ...(openMarket.soldRows > 0 ? [`sold ${shares(openMarket.soldShares)} for ${dollars(openMarket.soldValue)}`] : []),
          `net ${signedDollars(openMarket.netValue)}`,
        ].join(', ');
  const change = insider.holdingsChange;
  const percent = change.percent === null ? '' : `, ${change.percent > 0 ? '+' : ''}${change.percent}%`;
  const holds =
    insider.holdingsAfter === null
      ? ''
      : `; holds ${shares(insider.holdingsAfter)} after (${signedShares(change.shares)}${percent})`;
  const filings = `${insider.filings} filing${insider.filings === 1 ? '' : 's'}`;
  const signals = describeSignals(insider.signals).map((signal) => signal.label);
  return `  ${who.join(' + ')}${role}: ${filings}; ${trades}${holds}${signals.length > 0 ? ` [${signals.join(', ')}]` : ''}`;
}

function describeCluster(cluster: IssuerClusterBuy): string {
  const buyers = cluster.insiders.map((buyer) => clean(buyer.names[0] ?? buyer.ciks[0] ?? '')).join(', ');
  const amounts = `${shares(cluster.shares)} shares, ${dollars(cluster.value)}`;
  return `  ${cluster.from} to ${cluster.to}: ${cluster.insiders.length} insiders, ${amounts} (${buyers})`;
}

export function toActivityText(activity: IssuerActivity): string {
  const { issuer } = activity;
  const ticker = issuer.tradingSymbol ? `${clean(issuer.tradingSymbol)}, ` : '';
  const period = activity.from === null ? '' : `, ${activity.from} to ${activity.to}`;
  const routine = describeByCode(activity.routineByCode);
  const plan =
    activity.tenB5OneShare === null
      ? ''
      : `; ${Math.round(activity.tenB5OneShare * 100)}% of sold dollars under Rule 10b5-1 plans`;
  const clusters =
    activity.clusters.length === 0
      ? ['Cluster buys: none']
      : ['Cluster buys (3 or more insiders buying within 30 days):', ...activity.clusters.map(describeCluster)];
  const acrossTime = [
    describeSplitAdjustment(activity.splits, activity.to),
    describeAsFiled(activity.asFiled, EN),
    describeRepeatedBlocks(activity.repeatedBlocks, EN),
  ].filter((line) => line !== null);
  return [
    `${clean(issuer.name) || '(name not given)'} (${ticker}CIK ${clean(issuer.cik)})`,
    `${activity.filings} filing${activity.filings === 1 ? '' : 's'}${period}`,
    ...describeOpenMarket(activity.openMarket),
    ...acrossTime.map((line) => `  ${line}`),
    `Net purchase ratio (purchases - sales) / (purchases + sales) in dollars: ${formatNetPurchaseRatio(activity.netPurchaseRatio)}`,
    `Buyers ${activity.buyers}, sellers ${activity.sellers}${plan}`,
    routine ? `Other transactions (not open market): ${routine}` : 'Other transactions (not open market): none',
    ...clusters,
    'Insiders, by absolute net dollars (signals in brackets: routine, opportunistic, unclassified, first buy; see docs/design.md section 10):',
    ...activity.insiders.map(describeInsider),
  ].join('\n');
}
