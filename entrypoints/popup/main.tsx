// The toolbar popup: the summary of the active tab's filing, or where the extension works.

import { render } from 'preact';
import { computeFigures } from '@/lib/figures';
import { GET_REPORT, type PageReport } from '@/lib/page-report';
import { PopupView } from '@/components/popup-view';
import '@/components/overlay.css';
import './popup.css';

async function askActiveTab(): Promise<PageReport | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    return ((await browser.tabs.sendMessage(tab.id, { type: GET_REPORT })) as PageReport | undefined) ?? null;
  } catch {
    // No content script in this tab: it is not a filing page on sec.gov.
    return null;
  }
}

const app = document.getElementById('app')!;
askActiveTab().then((report) => {
  const figures = report?.status === 'ready' ? computeFigures(report.filing.document, { filingDate: report.filing.filingDate }) : null;
  render(
    <PopupView
      report={report}
      figures={figures}
      locale={navigator.language}
      onOpenOptions={() => browser.runtime.openOptionsPage()}
    />,
    app,
  );
});
