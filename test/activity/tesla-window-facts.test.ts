// The Tesla figures the activity views are checked against (test/e2e/tesla-facts.ts reads them
// from the XML, never through lib/), written out once here so that the reader itself is pinned,
// and compared with lib's roll-up of the same filings: two independent readings, one answer.
// Of the 79 filings Tesla's JSON lists for the 12 months to 2022-11-30 (filed up to 60 days
// later), the corpus holds 32; 31 have a table I row dated in the window, all of them Elon
// Musk's; none is an amendment or a private trade.

import { describe, expect, it } from 'vitest';
import { ActivityRollup, toActivityWindow } from '../../lib/activity';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { readFileSync } from 'node:fs';
import { teslaCorpus } from '../e2e/tesla-edgar';
import { teslaFacts } from '../e2e/tesla-facts';

function libRollup(months: number, until: string) {
  const rollup = new ActivityRollup({ window: toActivityWindow(months, until) });
  for (const { ref, file } of teslaCorpus) {
    const parsed = parseOwnership(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    rollup.add({ ...parsed.filing, accession: ref.accession }, ref.xmlUrl);
  }
  return rollup.summarise().issuers.find((issuer) => issuer.key === '1318605')!;
}

describe('Tesla, 12 months to 2022-11-30', () => {
  const facts = teslaFacts('2021-12-01', '2022-11-30');

  it('as read from the XML: 31 filings, no purchase, $25,922,812,116.56 of sales, one insider', () => {
    expect(facts).toMatchObject({ filings: 31, boughtValue: '0', soldValue: '25922812116.56', netValue: '-25922812116.56', insiders: 1 });
    // As filed: 24,107,743 shares before the 3-for-1 split of August 2022 and 19,500,000 after.
    expect(facts.soldShares).toBe('43607743');
  });

  it('lib/activity agrees', () => {
    const issuer = libRollup(12, '2022-11-30');
    expect({ filings: issuer.filings, bought: issuer.openMarket.boughtValue, sold: issuer.openMarket.soldValue }).toEqual({
      filings: 31,
      bought: 0,
      sold: 25_922_812_116.56,
    });
  });
});

describe('Tesla, 3 months to 2022-11-30', () => {
  it('as read from the XML: 3 filings, 19,500,000 shares sold for $3,949,087,394.72', () => {
    expect(teslaFacts('2022-09-01', '2022-11-30')).toMatchObject({ filings: 3, soldValue: '3949087394.72', soldShares: '19500000', insiders: 1 });
  });

  it('lib/activity agrees', () => {
    const issuer = libRollup(3, '2022-11-30');
    expect([issuer.filings, issuer.openMarket.soldValue, issuer.openMarket.soldShares]).toEqual([3, 3_949_087_394.72, 19_500_000]);
  });
});
