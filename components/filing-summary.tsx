import type { Figures } from '../lib/figures/figures';
import type { OwnershipDocument } from '../lib/filing/model';
import { FilingHeader } from './filing-header';
import { HeadlineFigures } from './headline-figures';
import { HoldingsAfterList } from './holdings-after';
import { LongText } from './long-text';

interface FilingSummaryProps {
  document: OwnershipDocument;
  /** What the filing lacks that the figures do not need (a missing owner CIK): one sentence each. */
  warnings?: string[];
  figures: Figures;
  locale?: string;
}

/** Who, what and how much: shared by the overlay and the toolbar popup. */
export function FilingSummary({ document, warnings = [], figures, locale }: FilingSummaryProps) {
  return (
    <>
      <FilingHeader document={document} figures={figures} />
      {warnings.map((warning) => (
        <p key={warning} class="warn" role="note">
          {warning}
        </p>
      ))}
      {document.remarks && (
        // Remarks often change how the rest reads ("Filing 1 of 2", a plan, a correction): first, not last.
        <p class="remarks">
          <strong>Remarks:</strong> <LongText text={document.remarks} preview={200} />
        </p>
      )}
      <HeadlineFigures figures={figures} locale={locale} />
      <HoldingsAfterList
        holdings={figures.holdingsAfter}
        title={figures.framing.leadsWith === 'holdings' ? 'Holds' : 'Held afterwards'}
        locale={locale}
      />
    </>
  );
}
