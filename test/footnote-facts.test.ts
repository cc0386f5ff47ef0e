import { describe, expect, it } from 'vitest';
import { findPriceRanges, findTenB5OneMentions, SCANNED_CHARS, toIsoDateFromProse } from '../lib/figures/footnote-facts';

describe('toIsoDateFromProse', () => {
  it.each([
    ['September 16, 2021', '2021-09-16'],
    ['SEPTEMBER  14, 2021', '2021-09-14'],
    ['Sept. 1, 2023', '2023-09-01'],
    ['2/7/2025', '2025-02-07'],
    ['2024-05-15', '2024-05-15'],
    ['February 30, 2024', null],
    ['Smarch 3, 2024', null],
    ['soon', null],
  ])('%j -> %j', (text, expected) => {
    expect(toIsoDateFromProse(text)).toBe(expected);
  });
});

describe('findTenB5OneMentions', () => {
  // Footnote texts as filed in the corpus (datamule-python example data).
  const footnotes = [
    { id: 'F1', text: 'The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on September 16, 2021.' },
    { id: 'F2', text: 'The price reported is a weighted average price.' },
    { id: 'F3', text: 'THE TRANSACTIONS REPORTED ON THIS FORM 4 WERE AUTOMATICALLY EFFECTED PURSUANT TO A RULE 10B5-1 TRADING PLAN PREVIOUSLY ADOPTED ON SEPTEMBER  14, 2021.' },
    { id: 'F4', text: 'THIS RULE 10B5-1 TRADING PLAN WAS COMPLETED ON DECEMBER 28, 2021.' },
  ];

  it('finds every footnote that mentions a plan and the adoption dates, not other dates', () => {
    expect(findTenB5OneMentions(footnotes, null)).toEqual({
      footnoteIds: ['F1', 'F3', 'F4'],
      inRemarks: false,
      adoptionDates: ['2021-09-14', '2021-09-16'],
    });
  });

  it('reads remarks too', () => {
    const remarks = 'Shares sold under a pre-arranged program adopted on December 13, 2024 pursuant to Rule 10b5-1.';
    expect(findTenB5OneMentions([], remarks)).toEqual({ footnoteIds: [], inRemarks: true, adoptionDates: ['2024-12-13'] });
  });

  it('finds nothing in a filing without a plan', () => {
    expect(findTenB5OneMentions([footnotes[1]!], 'Exhibit 24: power of attorney')).toEqual({ footnoteIds: [], inRemarks: false, adoptionDates: [] });
  });
});

describe('findPriceRanges', () => {
  it.each([
    ['This transaction was executed in multiple trades at prices ranging from $201.68 to $201.70; the price reported above reflects the weighted average sale price.', { low: 201.68, high: 201.7 }],
    ['The shares were sold in multiple transactions at prices ranging from $1,156.00 to $1,156.99, inclusive.', { low: 1156, high: 1156.99 }],
    ['Sales prices ranged from $41.02 - $41.88.', { low: 41.02, high: 41.88 }],
  ])('%j', (text, range) => {
    expect(findPriceRanges([{ id: 'F9', text }])).toEqual([{ footnoteId: 'F9', ...range }]);
  });

  it('ignores footnotes that give a price but no range', () => {
    expect(findPriceRanges([{ id: 'F1', text: 'The exercise price is $12.00 per share, vesting from 2020 to 2024.' }])).toEqual([]);
  });
});

describe('only the first 4,000 characters of a text are scanned for facts (docs/design.md section 7)', () => {
  const plan = 'Sold under a Rule 10b5-1 trading plan adopted on September 16, 2021; prices ranging from $41.02 to $41.88.';

  it('finds the facts at the start of a long footnote', () => {
    const text = `${plan} ${'x'.repeat(100_000)}`;
    expect(findTenB5OneMentions([{ id: 'F1', text }], null)).toEqual({ footnoteIds: ['F1'], inRemarks: false, adoptionDates: ['2021-09-16'] });
    expect(findPriceRanges([{ id: 'F1', text }])).toEqual([{ footnoteId: 'F1', low: 41.02, high: 41.88 }]);
  });

  it('does not look past them', () => {
    const text = `${'x'.repeat(SCANNED_CHARS)} ${plan}`;
    expect(findTenB5OneMentions([{ id: 'F1', text }], text)).toEqual({ footnoteIds: [], inRemarks: false, adoptionDates: [] });
    expect(findPriceRanges([{ id: 'F1', text }])).toEqual([]);
  });
});
