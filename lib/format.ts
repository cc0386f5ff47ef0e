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

/** $3,529,575 or $3,529,575.50: cents only when there are any. */
export function formatMoney(value: number, locale?: string, signed = false): string {
  const cents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  return format(value, locale, {
    style: 'currency',
    currency: 'USD',
    signDisplay: signed ? 'exceptZero' : 'auto',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  });
}

/** Prices keep the filer's precision up to 4 decimals ($201.69, $23.8257). */
export function formatPrice(value: number, locale?: string): string {
  return format(value, locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
