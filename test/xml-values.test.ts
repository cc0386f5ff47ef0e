import { describe, expect, it } from 'vitest';
import { toBoolean, toIsoDate, toNumber } from '../lib/xml/xml-values';

describe('toNumber', () => {
  it.each([
    ['106150.00', 106150],
    ['3.1700', 3.17],
    ['1,234.5', 1234.5],
    ['$12.50', 12.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['999999999999999', 999_999_999_999_999],
    // Not numbers, or beyond any amount a filing can mean: the text is kept, the value is null.
    ['1e308', null],
    ['-2e15', null],
    ['9'.repeat(400), null],
    ['NaN', null],
    ['Infinity', null],
    ['see footnote', null],
    ['1.2.3', null],
    ['', null],
  ])('%j -> %j', (text, value) => {
    expect(toNumber(text)).toBe(value);
  });
});

describe('toBoolean', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
    ['yes', null],
    [undefined, null],
    [{ value: '1' }, true],
  ])('%j -> %j', (raw, value) => {
    expect(toBoolean(raw)).toBe(value);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2021-09-30', '2021-09-30'],
    ['2021-09-30-05:00', '2021-09-30'],
    ['2021-09-30T00:00:00Z', '2021-09-30'],
    ['09/30/2021', null],
    [null, null],
  ])('%j -> %j', (text, value) => {
    expect(toIsoDate(text)).toBe(value);
  });
});

describe('toNumber refuses exponents no filed amount needs', () => {
  it.each(['0e9999999999', '1e-6000000', '1e1000'])('%j -> null', (text) => {
    expect(toNumber(text)).toBeNull();
  });
});
