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

/**
 * Prices keep the filer's precision up to 4 decimals ($201.69, $23.8257); a column passes the
 * decimals its prices need (priceDecimals) so every price in it has the same number.
 */
export function formatPrice(value: number, locale?: string, decimals?: number): string {
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: decimals ?? 2,
    maximumFractionDigits: decimals ?? 4,
  });
}

/** The decimals (2 to 4) the most precise of these prices needs: "2598.325" and "3.1700" need 3. */
export function priceDecimals(prices: Iterable<number | null>): number {
  let decimals = 2;
  for (const price of prices) {
    if (price === null) continue;
    while (decimals < 4 && Math.abs(Number(price.toFixed(decimals)) - price) > 1e-9) decimals += 1;
  }
  return decimals;
}

/** $7.0M, -$1.2K: for the collapsed panel's one line, where the full figure does not fit. */
export function formatCompactMoney(value: number, locale?: string, signed = false): string {
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: Math.abs(value) >= 1000 ? 1 : 0,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
}
