// What happened by transaction code, one wording for the overlay's lists and the CLI's lines:
// "Grant (A)" and "+122,728 shares", "Tax/price paid in shares (F)" and "-25,893 shares".

import type { CodeTotals } from '../figures/figures';
import { describeCode } from '../filing/transaction-codes';
import { formatMoney, formatShares } from './format';

/** "Grant (A)", "No code (?)". */
export function codeName(code: string): string {
  return code ? `${describeCode(code).label} (${code})` : 'No code (?)';
}

/** "+122,728 shares / -500 shares", "+$35,430,000.00", or "3 rows" when nothing was counted. */
export function describeCodeAmounts(totals: CodeTotals, unit: 'shares' | 'units' | 'dollars', locale?: string): string {
  const amount = (value: number) => (unit === 'dollars' ? formatMoney(value, locale, true) : `${formatShares(value, locale, true)} ${unit}`);
  const parts: string[] = [];
  if (totals.acquired) parts.push(amount(totals.acquired));
  if (totals.disposed) parts.push(amount(-totals.disposed));
  return parts.length > 0 ? parts.join(' / ') : `${totals.rows} row${totals.rows === 1 ? '' : 's'}`;
}
