// Money where a reader scans (docs/design.md section 9, "at a glance"): compact, three figures
// or so ("$25.9B", "-$843.2M", "$61.2K"), and the amount to the cent on hover and focus and for a
// screen reader. The CSV and the filing overlay's rows keep the exact amounts.

import { formatCompactMoney, formatMoney } from '../../lib/wording/format';

export function Money({ value, locale, signed = false }: { value: number; locale?: string; signed?: boolean }) {
  const exact = formatMoney(value, locale, signed);
  const compact = formatCompactMoney(value, locale, signed);
  if (compact === exact) return <span class="money">{exact}</span>;
  return (
    <span class="money" title={exact} aria-label={exact} tabIndex={0}>
      {compact}
    </span>
  );
}
