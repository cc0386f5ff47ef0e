// Numbers for people, in the summary text: en-US grouping, so output is the same on every
// machine whatever its locale. Shares may be fractional (dividend reinvestment), prices
// carry up to four decimals as filed.

const SHARES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const SIGNED_SHARES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, signDisplay: 'exceptZero' });
const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const SIGNED_DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', signDisplay: 'exceptZero' });
const PRICE = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/** 122,728 or 0.5 */
export const formatShares = (value: number): string => SHARES.format(value);
/** +122,728, -71,731 or 0 */
export const formatSignedShares = (value: number): string => SIGNED_SHARES.format(value);
/** $41,020.00 */
export const formatDollars = (value: number): string => DOLLARS.format(value);
/** +$41,020.00 or -$1,000.00 */
export const formatSignedDollars = (value: number): string => SIGNED_DOLLARS.format(value);
/** $41.02 or $3.1725 */
export const formatPrice = (value: number): string => PRICE.format(value);
