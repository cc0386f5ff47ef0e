import type { Figures } from '../lib/figures';
import type { OwnershipDocument } from '../lib/model';
import { FilingHeader } from './filing-header';
import { HeadlineFigures } from './headline-figures';
import { HoldingsAfterList } from './holdings-after';
import { LongText } from './long-text';

interface FilingSummaryProps {
  document: OwnershipDocument;
  figures: Figures;
  locale?: string;
}

/** Who, what and how much: shared by the overlay and the toolbar popup. */
export function FilingSummary({ document, figures, locale }: FilingSummaryProps) {
  return (
    <>
      <FilingHeader document={document} figures={figures} />
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
