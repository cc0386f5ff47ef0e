import type { Figures } from '../lib/figures/figures';
import type { PageReport } from '../lib/messages/page-report';
import { ErrorPanel } from './error-panel';
import { FilingSummary } from './filing-summary';

interface PopupViewProps {
  /** null: the active tab is not a filing page. */
  report: PageReport | null;
  figures: Figures | null;
  locale?: string;
  onOpenOptions: () => void;
}

/** The toolbar popup's content. */
export function PopupView({ report, figures, locale, onOpenOptions }: PopupViewProps) {
  return (
    <main class="popup" aria-label="Form 4 Lens">
      <h1 class="brand">Form 4 Lens</h1>
      {report === null && (
        <p data-testid="popup-idle">
          Open a Form 3, 4 or 5 on sec.gov (the SEC's rendering, the raw XML, the filing index or the full submission)
          and its summary appears here and on the page.
        </p>
      )}
      {report?.status === 'loading' && <p role="status">Reading the filing...</p>}
      {report?.status === 'error' && <ErrorPanel error={report.error} />}
      {report?.status === 'ready' && figures && (
        <FilingSummary document={report.filing.document} warnings={report.filing.warnings} figures={figures} locale={locale} />
      )}
      <p>
        <button type="button" class="link" onClick={onOpenOptions}>
          Options
        </button>
      </p>
    </main>
  );
}
