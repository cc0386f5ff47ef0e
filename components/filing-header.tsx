import type { OwnershipDocument } from '../lib/filing/model';
import type { FilingDates, Figures } from '../lib/figures/figures';
import { describeRelationship } from '../lib/filing/relationship';
import { footnoteNumber } from '../lib/wording/footnotes';

const FORM_NAMES: Record<string, string> = {
  '3': 'Form 3 (initial holdings)',
  '4': 'Form 4 (changes in ownership)',
  '5': 'Form 5 (annual statement)',
};

function formName(documentType: string): string {
  const base = documentType.replace('/A', '');
  return (FORM_NAMES[base] ?? `Form ${documentType}`) + (documentType.endsWith('/A') ? ', amended' : '');
}

/** "filed 2022-04-15, 2 days after the trade" (or signed, when the filing date is not known here). */
export function describeDates(dates: FilingDates): string {
  if (dates.reportedOn === null) return '';
  const verb = dates.reportedOnSource === 'filingDate' ? 'filed' : 'signed';
  const days = dates.daysAfterTrade;
  const lag = days === null ? '' : days === 0 ? ', the day of the trade' : `, ${days} day${days === 1 ? '' : 's'} after the trade`;
  const business =
    days !== null && dates.businessDaysAfterTrade !== null && dates.businessDaysAfterTrade !== days
      ? ` (${dates.businessDaysAfterTrade} business day${dates.businessDaysAfterTrade === 1 ? '' : 's'})`
      : '';
  return `${verb} ${dates.reportedOn}${lag}${business}`;
}

/** Issuer, owners and their roles, form and period, dates, and the badges a reader checks first. */
export function FilingHeader({ document, figures }: { document: OwnershipDocument; figures: Figures }) {
  const { issuer } = document;
  const { flags } = figures;
  const dates = describeDates(figures.dates);
  const tenB5One = flags.tenB5One;
  const tenB5OneSources = tenB5One
    ? [tenB5One.checkbox ? 'checkbox' : '', ...tenB5One.footnoteIds.map((id) => `footnote ${footnoteNumber(id)}`), tenB5One.inRemarks ? 'remarks' : '']
        .filter(Boolean)
        .join(', ')
    : '';
  return (
    <header class="filing-header">
      <h2 class="issuer">
        <bdi>{issuer.name ?? `CIK ${issuer.cik}`}</bdi>
        {issuer.tradingSymbol && <span class="ticker"> (<bdi>{issuer.tradingSymbol}</bdi>)</span>}
      </h2>
      <ul class="owners">
        {document.reportingOwners.map((owner) => (
          <li key={owner.cik}>
            <bdi class="owner-name">{owner.name ?? `CIK ${owner.cik}`}</bdi>
            {describeRelationship(owner) && <span class="owner-role"> · <bdi>{describeRelationship(owner)}</bdi></span>}
          </li>
        ))}
      </ul>
      <p class="form-line">
        {formName(document.documentType)}
        {document.periodOfReport && <> · period {document.periodOfReport}</>}
        {dates && <> · {dates}</>}
      </p>
      <p class="badges">
        {flags.amendment && (
          <span class="badge">
            Amendment{flags.amendment.originalDate ? ` of the filing of ${flags.amendment.originalDate}` : ''}
          </span>
        )}
        {tenB5One && (
          <span class="badge" title="Rule 10b5-1 trading plan: trades scheduled in advance">
            10b5-1 plan ({tenB5OneSources})
            {tenB5One.adoptionDates.length > 0 && `, adopted ${tenB5One.adoptionDates.join(', ')}`}
          </span>
        )}
        {flags.lateRows.length > 0 && <span class="badge badge-warn">Late: {flags.lateRows.length} row(s)</span>}
        {flags.earlyRows.length > 0 && <span class="badge">Reported early (V)</span>}
        {flags.reportingOwners > 1 && (
          <span class="badge">{flags.reportingOwners} joint filers: one set of rows</span>
        )}
        {flags.exitFiler && <span class="badge">No longer subject to Section 16</span>}
      </p>
    </header>
  );
}
