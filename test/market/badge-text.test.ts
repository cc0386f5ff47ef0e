// What a badge says (lib/market/badge-text.ts) and which listed rows are ownership filings
// (lib/sec/latest-filings-page.ts), as tables of inputs and the words expected (en-US).

import { describe, expect, it } from 'vitest';
import { toBadgeText, type FilingBadge } from '../../lib/market';
import { toListedForm } from '../../lib/sec/latest-filings-page';

const NO_FLAGS = { plan10b5_1: false, late: false, amended: false, private: false };
const base: FilingBadge = {
  accession: '0001494730-12-000005', form: '4', codes: [], netValue: 0, netShares: 0, boughtValue: 0, soldValue: 0,
  role: null, relationship: '', issuer: null, owner: null, flags: NO_FLAGS,
};

describe('toBadgeText', () => {
  it("Musk's purchase of October 2012 (test/market/filing-badge.test.ts): P, +$1.0M, CEO, the exact dollars in words", () => {
    const text = toBadgeText({ ...base, codes: ['P'], netValue: 999_993.5, netShares: 35_398, boughtValue: 999_993.5, role: 'CEO', relationship: 'Director, Officer (CEO), 10% Owner', issuer: 'TESLA MOTORS INC', owner: 'Musk Elon' }, 'en-US');
    expect(text).toEqual({
      codes: 'P', net: '+$1.0M', role: 'CEO', flags: [], tone: 'buy',
      label: 'Form 4 at TESLA MOTORS INC: open-market purchase; net bought $999,993.50; Musk Elon (Director, Officer (CEO), 10% Owner).',
    });
  });

  it("Rabois's sale under a plan: S, -$277.3K, Dir, 10b5-1", () => {
    const text = toBadgeText({ ...base, codes: ['S'], netValue: -277_259.64, soldValue: 277_259.64, role: 'Dir', relationship: 'Director', owner: 'Rabois Keith', issuer: 'Affirm Holdings, Inc.', flags: { ...NO_FLAGS, plan10b5_1: true } }, 'en-US');
    expect(text).toMatchObject({ codes: 'S', net: '-$277.3K', role: 'Dir', flags: ['10b5-1'], tone: 'sell' });
    expect(text.label).toBe('Form 4 at Affirm Holdings, Inc.: open-market sale; net sold $277,259.64; Rabois Keith (Director); traded under a Rule 10b5-1 plan.');
  });

  it('both codes: each side and the net in words', () => {
    const text = toBadgeText({ ...base, codes: ['P', 'S'], netValue: -1_500, boughtValue: 500, soldValue: 2_000 }, 'en-US');
    expect(text).toMatchObject({ codes: 'P S', net: '-$1.5K', tone: 'sell' });
    expect(text.label).toBe('Form 4: open-market purchase and sale; bought $500.00, sold $2,000.00, net sold $1,500.00.');
  });

  it('no open-market trade, a Form 3, and every flag', () => {
    expect(toBadgeText({ ...base, form: '4/A', role: 'Dir', flags: { plan10b5_1: true, late: true, amended: true, private: true } }, 'en-US')).toEqual({
      codes: 'no P/S', net: null, role: 'Dir', flags: ['10b5-1', 'late', 'amended', 'private'], tone: 'none',
      label: 'Form 4/A: no open-market purchase or sale; traded under a Rule 10b5-1 plan; filed late; an amendment; a private or offering trade left out of the net.',
    });
    expect(toBadgeText({ ...base, form: '3', role: '10%' }, 'en-US')).toMatchObject({ codes: 'Form 3', net: null, label: 'Form 3: initial statement of holdings, no trades.' });
  });
});

describe('toListedForm', () => {
  it.each([
    ['4', 'ownership'], ['4/A', 'ownership'], [' 3 ', 'ownership'], ['5/a', 'ownership'],
    ['424B2', 'other'], ['8-K', 'other'], ['SC 13G/A', 'other'], ['10-K', 'other'], ['144', 'other'], ['DEF 14A', 'other'],
    // Cells of another layout name no form: the link is read anyway.
    ['Tesla, Inc. (0001318605) (Issuer)', null], ['2022-11-08', null], ['', null], [null, null], ['[html][text]', null],
  ] as const)('%j -> %s', (cell, expected) => {
    expect(toListedForm(cell)).toBe(expected);
  });
});
