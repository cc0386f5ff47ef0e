import type { HoldingsAfter } from '../lib/figures';
import { formatMoney, formatShares } from '../lib/format';

function ownership(directOrIndirect: 'D' | 'I' | null, nature: string | null): string {
  if (directOrIndirect === 'D') return 'directly';
  if (directOrIndirect === 'I') return nature ? `indirectly (${nature})` : 'indirectly';
  return nature ?? '';
}

/** What the owner holds after the filing, line by line, and the total where it adds up. */
export function HoldingsAfterList({ holdings, locale }: { holdings: HoldingsAfter; locale?: string }) {
  const equity = holdings.lines.filter((line) => line.table === 'nonDerivative');
  if (equity.length === 0) return null;
  return (
    <section class="holdings" aria-label="Held after this filing" data-testid="holdings-after">
      <h3>Held afterwards</h3>
      <ul>
        {equity.map((line, index) => (
          <li key={index}>
            <strong>
              {line.sharesOwnedAfter !== null
                ? formatShares(line.sharesOwnedAfter, locale)
                : line.valueOwnedAfter !== null
                  ? formatMoney(line.valueOwnedAfter, locale)
                  : 'not stated'}
            </strong>{' '}
            {line.securityTitle ?? 'shares'} {ownership(line.directOrIndirect, line.natureOfOwnership)}
          </li>
        ))}
      </ul>
      {equity.length > 1 &&
        (holdings.total !== null ? (
          <p>
            Total: <strong>{formatShares(holdings.total, locale)}</strong>
          </p>
        ) : (
          holdings.mixedSecurities && <p class="muted">Lines are in different securities, so they are not added up.</p>
        ))}
    </section>
  );
}
