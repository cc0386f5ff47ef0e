import { describe, expect, it } from 'vitest';
import { describeCode, isKnownCode, TRANSACTION_CODES } from '../lib/filing/transaction-codes';

describe('transaction codes', () => {
  it('has the 20 codes of Form 4 General Instruction 8, each explained', () => {
    expect(TRANSACTION_CODES.map((c) => c.code).join('')).toBe('PSVADFIMCEHOXGLWZJKU');
    for (const entry of TRANSACTION_CODES) {
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.meaning).toMatch(/^[A-Z].*\.$/);
      expect(entry.forReader).toMatch(/^[A-Z].*[.:]?$/);
    }
  });

  it.each([
    ['F', /withhold/],
    ['S', /^Sale/],
    ['p', /^Purchase/],
    ['J', /footnote/],
    ['K', /equity swap/],
    ['V', /voluntarily/],
  ])('explains %s', (code, meaning) => {
    expect(describeCode(code).meaning).toMatch(meaning);
    expect(isKnownCode(code)).toBe(true);
  });

  it('shows an unknown code as filed and says it is not an SEC code', () => {
    expect(describeCode('Q9')).toMatchObject({ code: 'Q9', meaning: "Not a code defined by the SEC's Form 4 instructions." });
    expect(isKnownCode('Q9')).toBe(false);
  });
});
