import type { Figures } from '../lib/figures';
import type { OwnershipDocument } from '../lib/model';
import { FilingHeader } from './filing-header';
import { HeadlineFigures } from './headline-figures';
import { HoldingsAfterList } from './holdings-after';

interface FilingSummaryProps {
  document: OwnershipDocument;
  figures: Figures;
  locale?: string;
}

/** Who, what and how much: shared by the overlay and the toolbar popup. */
export function FilingSummary({ document, figures, locale }: FilingSummaryProps) {
  return (
    <>
      <FilingHeader document={document} flags={figures.flags} />
      <HeadlineFigures figures={figures} locale={locale} />
      <HoldingsAfterList holdings={figures.holdingsAfter} locale={locale} />
    </>
  );
}
