// Properties of the roll-up over real filings: whatever the order, however many copies (with
// or without their accession), the totals are the exact sum of the distinct filings' own
// figures (lib/figures/figures.ts), and a summary taken half-way then continued agrees with one taken
// at the end.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivityRollup } from '../../lib/activity';
import { computeFigures } from '../../lib/figures/figures';
import type { Filing } from '../../lib/filing/model';
import { corpusFilesOfIssuer, parseCorpus } from './helpers';

// Tesla's corpus filings: Musk's sales, Forms 3, 4 and 5 of several insiders over ten years.
const TESLA = corpusFilesOfIssuer('0001318605').map((file) => parseCorpus(file));

const cents = (value: number) => Math.round(value * 100);
const micro = (value: number) => Math.round(value * 1e6);

function expectedTotals(filings: Filing[]) {
  let [boughtShares, boughtValue, soldShares, soldValue] = [0, 0, 0, 0];
  for (const filing of filings) {
    const { bought, sold } = computeFigures(filing.document).openMarket;
    boughtShares += micro(bought.shares);
    boughtValue += cents(bought.value);
    soldShares += micro(sold.shares);
    soldValue += cents(sold.value);
  }
  return { filings: filings.length, boughtShares, boughtValue, soldShares, soldValue };
}

function actualTotals(rollup: ActivityRollup) {
  const issuer = rollup.summarise().issuers[0];
  if (!issuer) return { filings: 0, boughtShares: 0, boughtValue: 0, soldShares: 0, soldValue: 0 };
  const { openMarket } = issuer;
  // Shares as filed: across Tesla's splits (5-for-1 in 2020, 3-for-1 in 2022) the totals are in
  // the latest filing's shares, and asFiled keeps the filings' own (tested in splits.test.ts).
  return {
    filings: issuer.filings,
    boughtShares: micro(issuer.asFiled?.boughtShares ?? openMarket.boughtShares),
    boughtValue: cents(openMarket.boughtValue),
    soldShares: micro(issuer.asFiled?.soldShares ?? openMarket.soldShares),
    soldValue: cents(openMarket.soldValue),
  };
}

// Which filings, each fed 1 to 3 times (a copy without its accession, as a saved file would
// be), in a shuffled order.
const feeds = fc
  .uniqueArray(fc.integer({ min: 0, max: TESLA.length - 1 }), { minLength: 1, maxLength: 25 })
  .chain((chosen) =>
    fc
      .tuple(...chosen.map((index) => fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }).map((copies) => ({ index, copies }))))
      .chain((items) => fc.shuffledSubarray(items.flatMap(({ index, copies }) => copies.map((keepAccession) => ({ index, keepAccession }))), {
        minLength: items.reduce((count, { copies }) => count + copies.length, 0),
      }))
      .map((fed) => ({ chosen, fed })),
  );

describe('roll-up properties on Tesla’s filings', () => {
  it('sums the distinct filings’ own figures whatever the order and the copies', () => {
    expect(TESLA.length).toBeGreaterThan(70);
    fc.assert(
      fc.property(feeds, ({ chosen, fed }) => {
        const rollup = new ActivityRollup();
        const halfway = Math.floor(fed.length / 2);
        fed.forEach(({ index, keepAccession }, position) => {
          const filing = TESLA[index]!;
          rollup.add(keepAccession ? filing : { ...filing, accession: null });
          // Summaries taken along the way change nothing.
          if (position === halfway) rollup.summarise();
        });
        expect(actualTotals(rollup)).toEqual(expectedTotals(chosen.map((index) => TESLA[index]!)));
        expect(rollup.size).toBe(chosen.length);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});
