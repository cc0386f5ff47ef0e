// The toolbar popup: the summary of the active tab's filing, or where the extension works.

import { render } from 'preact';
import { computeFigures } from '@/lib/figures/figures';
import { GET_REPORT, type PageReport } from '@/lib/messages/page-report';
import { PopupView } from '@/components/popup-view';
import { CompanySearch } from '@/components/activity/company-search';
import { MESSAGE } from '@/lib/messages/message-names';
import { askBackground } from '../shared/ask-background';
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
const searchApp = app.parentElement!.appendChild(document.createElement('div'));
searchApp.className = 'root';

async function findCompanies(query: string) {
  const answer = await askBackground({ type: MESSAGE.findCompanies, query, limit: 8 });
  if (!answer) throw new Error('Form 4 Lens could not reach its background; close and reopen the popup.');
  if (!answer.ok) throw new Error(answer.message);
  return answer.companies;
}

// The company box works from any tab: it opens the activity page in a new one.
render(
  <CompanySearch
    find={findCompanies}
    onOpen={(company) => {
      browser.tabs.create({ url: browser.runtime.getURL(`/activity.html?cik=${company.cik}`) }).then(() => window.close(), () => {});
    }}
  />,
  searchApp,
);
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
