import type { HoldingLine, HoldingsAfter } from '../lib/figures/figures';
import { formatAmount, formatPrice, formatShares } from '../lib/wording/format';
import { footnoteWords } from '../lib/wording/footnotes';

/**
 * "directly", "indirectly (By Trust, footnote 4)", "indirectly (footnote 3)" when the nature only
 * points at a footnote: two trusts of one filing differ only by their footnotes.
 */
function ownership(line: HoldingLine): string {
  const notes = line.natureFootnoteIds.length > 0 ? footnoteWords(line.natureFootnoteIds) : null;
  const nature = line.natureOnlyInFootnotes ? notes : [line.natureOfOwnership, notes].filter(Boolean).join(', ') || null;
  // Joint filers' direct lines differ only by the footnote saying whose they are (Unity 2021-09-14).
  if (line.directOrIndirect === 'D') return notes ? `directly (${notes})` : 'directly';
  if (line.directOrIndirect === 'I') return nature ? `indirectly (${nature})` : 'indirectly';
  return nature ?? '';
}

function amount(line: HoldingLine, locale?: string): string {
  return line.amountAfter !== null ? formatAmount(line.amountAfter, line.unit, locale) : 'amount not stated';
}

/** A table II line in its own units, with what it converts into: "18,509,696 Class B Common Stock directly, on 18,509,696 Class A Common Stock". */
function DerivativeLine({ line, locale }: { line: HoldingLine; locale?: string }) {
  const covers = line.underlyingSharesAfter ?? (line.amountAfter === null ? line.underlyingShares : null);
  const terms = [
    line.conversionOrExercisePrice !== null && line.conversionOrExercisePrice > 0 ? `at ${formatPrice(line.conversionOrExercisePrice, locale)}` : '',
    line.expirationDate ? `expires ${line.expirationDate}` : '',
  ].filter(Boolean);
  return (
    <li>
      <strong>{line.amountAfter !== null ? amount(line, locale) : covers !== null ? formatShares(covers, locale) : 'amount not stated'}</strong>{' '}
      <bdi>{line.securityTitle ?? 'derivative securities'}</bdi> {ownership(line)}
      {covers !== null && line.underlyingTitle && line.amountAfter !== null && (
        <span class="muted">
          , on {formatShares(covers, locale)} <bdi>{line.underlyingTitle}</bdi>
        </span>
      )}
      {covers !== null && line.underlyingTitle && line.amountAfter === null && (
        <span class="muted">
          {' '}
          (<bdi>{line.underlyingTitle}</bdi> they cover)
        </span>
      )}
      {terms.length > 0 && <span class="muted"> · {terms.join(' · ')}</span>}
    </li>
  );
}

const OMITTED: Record<NonNullable<HoldingsAfter['totalOmitted']>, string> = {
  differentSecurities: 'Lines are in different securities, so they are not added up.',
  severalOwners: 'Several reporting owners: each line may belong to a different one, so they are not added up.',
};

interface HoldingsProps {
  holdings: HoldingsAfter;
  /** "Held afterwards" (Forms 4 and 5) or "Holds" (a Form 3's statement of holdings). */
  title: string;
  locale?: string;
}

/**
 * What the owner holds after the filing, line by line: table I in shares, table II apart in its
 * own units (options, units, Class B stock, notes in dollars). A total only where adding is honest.
 */
export function HoldingsAfterList({ holdings, title, locale }: HoldingsProps) {
  const { equityLines, derivativeLines } = holdings;
  if (equityLines.length === 0 && derivativeLines.length === 0) return null;
  // Table II lines the filing's own transactions took to 0 (MongoDB's 2017 Form 4: 11 series of
  // preferred stock converted at the IPO) are one collapsed row, not 11 lines before the Class B
  // that is still held. A lone one stays a line.
  const emptiedAll = derivativeLines.filter((line) => line.rowKind === 'transaction' && line.amountAfter === 0);
  const emptied = emptiedAll.length > 1 ? emptiedAll : [];
  const held = emptied.length > 0 ? derivativeLines.filter((line) => !emptied.includes(line)) : derivativeLines;
  return (
    <section class="holdings" aria-label={title} data-testid="holdings-after">
      <h3>{title}</h3>
      {equityLines.length > 0 && (
        <ul aria-label="Shares and other non-derivative securities">
          {equityLines.map((line, index) => (
            <li key={index}>
              <strong>{amount(line, locale)}</strong> <bdi>{line.securityTitle ?? 'shares'}</bdi> {ownership(line)}
            </li>
          ))}
        </ul>
      )}
      {equityLines.length > 1 &&
        (holdings.total !== null ? (
          <p>
            Total: <strong>{formatShares(holdings.total, locale)}</strong>
          </p>
        ) : (
          holdings.totalOmitted && <p class="muted">{OMITTED[holdings.totalOmitted]}</p>
        ))}
      {derivativeLines.length > 0 && (
        <>
          <h4>Options, units and other derivatives (table II, in their own units)</h4>
          <ul aria-label="Derivative securities" data-testid="holdings-derivative">
            {held.map((line, index) => (
              <DerivativeLine key={index} line={line} locale={locale} />
            ))}
          </ul>
          {emptied.length > 0 && (
            <details class="emptied" data-testid="holdings-emptied">
              <summary>
                {held.length > 0 ? 'and ' : ''}
                {emptied.length} line{emptied.length === 1 ? '' : 's'} now at 0
              </summary>
              <ul aria-label="Derivative securities now at 0">
                {emptied.map((line, index) => (
                  <DerivativeLine key={index} line={line} locale={locale} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
