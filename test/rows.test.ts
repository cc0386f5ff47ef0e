import { describe, expect, it } from 'vitest';
import type { Field, Row } from '../lib/filing/model';
import { transactionValue } from '../lib/figures/row-value';

const empty: Field<number> = { text: null, value: null, footnoteIds: [] };
const number = (text: string): Field<number> => ({ text, value: Number(text), footnoteIds: [] });

function row(shares: Field<number>, price: Field<number>, totalValue: Field<number> = empty): Row {
  return { shares, pricePerShare: price, totalValue } as Row;
}

describe('transactionValue', () => {
  it.each([
    // 3 x 0.335 = 1.005 exactly: half a cent rounds up (in binary floating point it is 1.00499...).
    ['3', '0.335', 1.01],
    ['17500', '201.69', 3_529_575],
    ['275.634', '18.14', 5_000.0],
    ['400', '2598.325', 1_039_330],
  ])('%s shares x $%s = %s', (shares, price, value) => {
    expect(transactionValue(row(number(shares), number(price)))).toBe(value);
  });

  it('takes the total value a derivative row reports', () => {
    expect(transactionValue(row(empty, empty, number('250000')))).toBe(250_000);
  });

  it('is unknown without shares or a price', () => {
    expect(transactionValue(row(number('100'), empty))).toBeNull();
    expect(transactionValue(row(empty, number('3.17')))).toBeNull();
  });
});
