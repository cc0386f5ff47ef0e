// A price stated in a footnote's words (docs/design.md section 4, "Reading right"). The refusals are real corpus footnotes,
// verbatim; the accepted phrasings are docs/design.md's ("at a price of $12.25", "weighted average
// price of $41.50"): no filing of the corpus states a P/S price only in words.

import { describe, expect, it } from 'vitest';
import { findStatedPrice } from '../lib/figures/footnote-price';

describe('findStatedPrice', () => {
  it.each([
    ['The shares were sold at a price of $12.25 per share.', 12.25],
    ['Represents a weighted average price of $41.50; the sales ranged from $41.02 to $41.88, inclusive.', 41.5],
    ['The purchase price per share of $1,139.487 was paid in cash.', 1139.487],
    ['The shares were purchased at $8.00 per share in the offering.', 8],
    ['The shares were priced at $3.', 3],
    // The same price twice is one price.
    ['Sold at a price of $12.25 per share; the price of $12.25 was set by the plan.', 12.25],
  ])('reads %j as %d', (text, price) => {
    expect(findStatedPrice(text)).toBe(price);
  });

  it.each([
    // CMMB 2021-03-16 F3: one ADS and a tenth of a warrant per unit, not a price per share.
    'Reported securities purchased in the private placement transaction as one ADS and one-tenth of one warrant (each whole warrant exercisable to purchase one ADS) for a combined price of $17.3509 per unit.',
    // TSLA 2018-11-09 F1: an aggregate, not a price per share.
    'As previously contemplated, on November 9, 2018, Elon Musk purchased 56,915 shares of common stock (for an aggregate purchase price of $19,999,931) from Tesla in a private placement.',
    // GOOG 2022-04-13 F3: a range only.
    'The price reported in Column 4 is a weighted average price. The shares were sold in multiple transactions at prices ranging from $2,558.69 to $2,559.69, inclusive.',
    // JOBY 2021-08-10 F5: an exercise price.
    "Represents Private Placement Warrants acquired from the Issuer in connection with the Issuer's initial public offering. Each warrant is exercisable for one share of common stock at an exercise price of $11.50 per share, subject to certain adjustments.",
    // A warrant's own price (2025 JS Trust F4).
    'On July 29, 2025, the JS Trust acquired a warrant to purchase 3,139,533 Common Shares at an exercise price of $1.25 per share. The purchase price for the warrant was $0.1875 per Common Share',
    // A par value (21 securities of the corpus).
    'Each share of the Issuer\'s Class B common stock, par value $0.00001 per share ("Class B Common Stock"), is convertible',
    // JOBY F2: a price threshold, not a price paid.
    'subject to vesting in tranches of 20% if the volume weighted average price of the  equals or exceeds $12.00, $18.00, $24.00',
    // Two different prices: which row is which cannot be told.
    '1,000 shares were sold at a price of $12.25 and 500 shares at a price of $12.50.',
  ])('refuses %j', (text) => {
    expect(findStatedPrice(text)).toBeNull();
  });

  it('reads only the first 4,000 characters', () => {
    expect(findStatedPrice(`${'x'.repeat(4_000)} at a price of $12.25`)).toBeNull();
    expect(findStatedPrice(`${'x'.repeat(3_970)} at a price of $12.25`)).toBe(12.25);
    // Its time on hostile text is in test/linear-time.test.ts.
  });
});
