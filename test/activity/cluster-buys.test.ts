// Cluster buys: 3 or more different insiders with P rows within 30 days. The sets are built
// from three real purchases of the corpus by clusterSetTexts (test/activity/helpers.ts), moved to
// one issuer (Affirm Holdings, CIK 0001820953, Rabois's issuer) and to the dates each test gives;
// owners, shares and prices are as filed:
//   Rabois Keith (0001539865): P 75,000 at $49.00 = $3,675,000.00 (filed 2021-01-13)
//   Musk Elon (0001494730): P 102,880 at $243.0 in the issuer's registered offering (filed
//     2019-05-02; the footnote saying so is no longer cited here); its price is REMOVED here, to stand for a purchase whose dollars are unknown
//     (a real unpriced P of the corpus, Thiel's CMMB 2021-03-16, is a private placement "directly
//     with the Issuer", which is not an open-market purchase and so never makes a cluster)
//   Mithril II LP with its GP, UGP and THIEL PETER (four owners, one insider): P 1,997,000 at
//     $17.00 = $33,949,000.00 (filed 2021-08-10, beside a C row that is not a purchase; the
//     footnote dating the IPO's closing is no longer cited here)

import { describe, expect, it } from 'vitest';
import { ActivityRollup, findClusterBuys } from '../../lib/activity';
import { clusterSetTexts, parseText } from './helpers';

function clustersOf(dates: [string, string, string]) {
  const rollup = new ActivityRollup();
  for (const { text } of clusterSetTexts(dates)) rollup.add(parseText(text));
  const [issuer] = rollup.summarise().issuers;
  return issuer!;
}

describe('cluster buys', () => {
  it('finds three insiders buying within 30 days, with their dates and dollars', () => {
    const issuer = clustersOf(['2021-01-13', '2021-01-20', '2021-02-10']);
    expect(issuer.buyers).toBe(3);
    expect(issuer.clusters).toHaveLength(1);
    const [cluster] = issuer.clusters;
    expect([cluster!.from, cluster!.to]).toEqual(['2021-01-13', '2021-02-10']);
    // 75,000 + 102,880 + 1,997,000 = 2,174,880 shares; dollars of the priced ones:
    // 3,675,000 + 33,949,000 = $37,624,000; Musk's 102,880 have no price here.
    expect([cluster!.shares, cluster!.value, cluster!.unpricedShares]).toEqual([2_174_880, 37_624_000, 102_880]);
    expect(cluster!.insiders.map(({ names, dates, shares, value }) => [names[0], dates, shares, value])).toEqual([
      ['Rabois Keith', ['2021-01-13'], 75_000, 3_675_000],
      ['Musk Elon', ['2021-01-20'], 102_880, 0],
      ['MITHRIL II LP', ['2021-02-10'], 1_997_000, 33_949_000],
    ]);
    expect(cluster!.insiders[2]!.ciks).toEqual(['0001669609', '0001878232', '0001878230', '0001211060']);
    // The unpriced purchase counts in shares and never in dollars, and the totals say so.
    expect(issuer.openMarket).toMatchObject({
      boughtShares: 2_174_880,
      boughtValue: 37_624_000,
      unpricedRows: 1,
      unpricedShares: 102_880,
      // 37,624,000 / (75,000 + 1,997,000) = 18.1583...
      boughtAveragePrice: 18.1583,
    });
  });

  it('counts 30 days from the first purchase to the last as within', () => {
    expect(clustersOf(['2021-01-13', '2021-01-20', '2021-02-12']).clusters).toHaveLength(1);
  });

  it('finds none when the third insider buys 31 days after the others', () => {
    // Jan 13 to Feb 20 is 38 days, Jan 20 to Feb 20 is 31: never three insiders within 30 days.
    const issuer = clustersOf(['2021-01-13', '2021-01-20', '2021-02-20']);
    expect(issuer.buyers).toBe(3);
    expect(issuer.clusters).toEqual([]);
  });

  it('needs three different insiders, not three purchases', () => {
    const purchase = (date: string, insiderKey: string) => ({ date, insiderKey, shares: 100, value: 1000, unpricedShares: 0 });
    expect(findClusterBuys([purchase('2021-01-01', 'a'), purchase('2021-01-02', 'a'), purchase('2021-01-03', 'b')])).toEqual([]);
    // Two separate clusters, months apart.
    const found = findClusterBuys([
      purchase('2021-06-01', 'a'),
      purchase('2021-06-05', 'b'),
      purchase('2021-06-09', 'c'),
      purchase('2021-01-01', 'a'),
      purchase('2021-01-02', 'b'),
      purchase('2021-01-31', 'c'),
      purchase('2021-03-15', 'd'),
    ]);
    expect(found.map(({ from, to, insiders }) => [from, to, insiders.length])).toEqual([
      ['2021-01-01', '2021-01-31', 3],
      ['2021-06-01', '2021-06-09', 3],
    ]);
  });
});
