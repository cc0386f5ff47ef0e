import { describe, expect, it } from 'vitest';
import { add, multiply, toDecimal, toRoundedNumber } from '../lib/figures/decimal';

const exact = (text: string) => toDecimal(Number(text.replace(/[,$]/g, '')), text);

describe('decimal', () => {
  it.each([
    ['106150.00', 106150],
    ['3.1700', 3.17],
    ['1,000.50', 1000.5],
    ['$12.5', 12.5],
    ['1.5e3', 1500],
    ['2E-2', 0.02],
    ['-0.125', -0.125],
    ['.5', 0.5],
  ])('reads %s as %s', (text, value) => {
    expect(toRoundedNumber(exact(text), 6)).toBe(value);
  });

  it('sums without binary noise and rounds half a cent up', () => {
    // 9,439 x 334.24 + 19,105 x 335.287 + 1,300 x 335.932 = 9,997,261.095 exactly.
    const sum = [['9439', '334.24'], ['19105', '335.287'], ['1300', '335.932']]
      .map(([shares, price]) => multiply(exact(shares!), exact(price!)))
      .reduce(add);
    expect(toRoundedNumber(sum, 2)).toBe(9_997_261.1);
    expect(toRoundedNumber(exact('-1.005'), 2)).toBe(-1.01);
    expect(toRoundedNumber(add(exact('0.1'), exact('0.2')), 6)).toBe(0.3);
  });

  it('counts what is not a number as zero', () => {
    expect(toRoundedNumber(toDecimal(0, 'abc'), 2)).toBe(0);
  });
});
