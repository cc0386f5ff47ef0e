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

const openTab = (path: `/activity.html${string}` | `/trades.html${string}`) => browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close(), () => {});

// The company box and the market's trades work from any tab: each opens its page in a new one.
render(
  <>
    <CompanySearch find={findCompanies} onOpen={(company) => openTab(`/activity.html?cik=${company.cik}`)} />
    <p class="market-link">
      <a
        href={browser.runtime.getURL('/trades.html?preset=purchases')}
        onClick={(event) => {
          event.preventDefault();
          void openTab('/trades.html?preset=purchases');
        }}
      >
        What are insiders buying today?
      </a>
    </p>
  </>,
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
