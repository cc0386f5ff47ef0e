// Exact decimal sums for the figures. Filed numbers are decimal text ("335.287"); summing
// their binary floating-point images can put an exact half cent on the wrong side
// (9,439 x 334.24 + 19,105 x 335.287 + 1,300 x 335.932 = 9,997,261.095 must round to
// 9,997,261.10, not .09). Values are held as an integer count of 10^-scale units.

export interface Decimal {
  units: bigint;
  scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

const DECIMAL_TEXT = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i;

/**
 * The exact value of the filed decimal text ("335.287", "1,000.50", "1.5e3"), or else of the
 * number's shortest text. Only finite numbers come here (lib/xml/xml-values.ts), so exponents are
 * small enough for exact integers.
 */
export function toDecimal(value: number, text: string | null): Decimal {
  const plain = text?.replace(/[,$\s]/g, '') ?? '';
  const match = DECIMAL_TEXT.exec(plain) ?? DECIMAL_TEXT.exec(String(value));
  if (!match || (match[2] === '' && !match[3])) return ZERO;
  const fraction = match[3] ?? '';
  const scale = fraction.length - Number(match[4] ?? 0);
  let units = BigInt((match[2] || '0') + fraction);
  if (match[1] === '-') units = -units;
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

function rescale(value: Decimal, scale: number): bigint {
  if (scale === value.scale) return value.units;
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

/** Negative, zero or positive as a is less than, equal to or greater than b. */
export function compare(a: Decimal, b: Decimal): number {
  const difference = subtract(a, b).units;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Rounded half away from zero to `decimals` places, as a number. */
export function toRoundedNumber(value: Decimal, decimals: number): number {
  if (value.scale <= decimals) return Number(value.units) / 10 ** value.scale;
  const divisor = 10n ** BigInt(value.scale - decimals);
  const negative = value.units < 0n;
  const magnitude = negative ? -value.units : value.units;
  let rounded = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) rounded += 1n;
  const result = Number(negative ? -rounded : rounded) / 10 ** decimals;
  return result === 0 ? 0 : result;
}

/** The precision every figure is rounded to, once, where it is made (docs/design.md section 4). */
export const SHARE_DECIMALS = 6;
export const MONEY_DECIMALS = 2;
export const PRICE_DECIMALS = 4;
