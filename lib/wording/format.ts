// Numbers for the reader's locale. Figures come rounded from lib/figures; these only format.
// A signed figure (+122,728 / -71,731) says its direction, so colour is never the only cue.

const cache = new Map<string, Intl.NumberFormat>();

function format(value: number, locale: string | undefined, options: Intl.NumberFormatOptions): string {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    cache.set(key, formatter);
  }
  return formatter.format(value);
}

/** 122728 -> "122,728" (en-US), "122.728" (de-DE); fractional shares keep up to 4 decimals. */
export function formatShares(value: number, locale?: string, signed = false): string {
  return format(value, locale, { maximumFractionDigits: 4, signDisplay: signed ? 'exceptZero' : 'auto' });
}

/** Money is always to the cent: $3,529,575.00, so amounts in one column line up. */
export function formatMoney(value: number, locale?: string, signed = false): string {
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    signDisplay: signed ? 'exceptZero' : 'auto',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** Prices keep the filer's precision up to 4 decimals ($201.69, $23.8257). */
export function formatPrice(value: number, locale?: string): string {
  return format(value, locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/**
 * Money where a reader scans (docs/design.md section 9): compact, with one decimal, and two when
 * one would leave fewer than three significant figures ($25.9B, $843.2M, $61.2K, $1.01B, $7.05M,
 * $1.2M): a day of $1,012,345,678 does not read "$1.0B".
 */
export function formatCompactMoney(value: number, locale?: string, signed = false): string {
  const magnitude = Math.abs(value);
  // Digits before the point once compacted (1,012,345,678 is 1.01B: one).
  const whole = magnitude >= 1000 ? (Math.floor(Math.log10(magnitude)) % 3) + 1 : 0;
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: whole > 0 ? 1 : 0,
    maximumFractionDigits: whole === 1 ? 2 : 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}

/** $10K, $100M: a chart scale's powers of ten, compact and without decimals. */
export function formatCompactWhole(value: number, locale?: string): string {
  return format(value, locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 0 });
}

// A column of prices reads at one precision (docs/design.md section 4, "Numbers": "a column's prices
// share one number of decimals (2 to 4, the most the column needs)"): $201.6900 beside
// $1,139.4870 rather than $201.69 beside $1,139.487.
const MIN_PRICE_DECIMALS = 2;
const MAX_PRICE_DECIMALS = 4;

function decimalsNeeded(price: string | number): number {
  const text = typeof price === 'number' ? String(price) : price.trim();
  // Exponent notation only arises for tiny or huge numbers: they need the maximum.
  if (/e/i.test(text)) return MAX_PRICE_DECIMALS;
  const fraction = /\.(\d{1,40})/.exec(text)?.[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/**
 * The number of decimals a column of prices shares: the most any price needs (trailing zeros as
 * filed do not count: "3.1700" needs 2), at least 2, at most 4. Absent prices are skipped.
 */
export function toPriceDecimals(prices: readonly (string | number | null | undefined)[]): number {
  let decimals = MIN_PRICE_DECIMALS;
  for (const price of prices) {
    if (price === null || price === undefined) continue;
    decimals = Math.max(decimals, Math.min(MAX_PRICE_DECIMALS, decimalsNeeded(price)));
  }
  return decimals;
}

/** A price with exactly `decimals` decimals (from toPriceDecimals): $201.6900, $6.24. */
export function formatPriceFixed(value: number, decimals: number, locale?: string): string {
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/**
 * A row's amount in its unit: shares as formatShares does, dollars (a convertible note's value)
 * to the cent with $ and, when signed, its direction: "+$30,430,000.00", "-$30,430,000.00".
 */
export function formatAmount(value: number, unit: 'shares' | 'dollars', locale?: string, signed = false): string {
  return unit === 'dollars' ? formatMoney(value, locale, signed) : formatShares(value, locale, signed);
}

/**
 * A change in holdings as a percentage with one decimal: -0.373116 -> "-37.3%"; always signed.
 * A change too small to show in one decimal is "-<0.1%", never "0.0%" (a 58,101-share sale
 * out of 167 million is a sale).
 */
export function formatChangePercent(fraction: number, locale?: string): string {
  if (fraction !== 0 && Math.abs(fraction) < 0.0005) {
    return `${fraction < 0 ? '-' : '+'}<${format(0.001, locale, { style: 'percent', minimumFractionDigits: 1 })}`;
  }
  return format(fraction, locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}
