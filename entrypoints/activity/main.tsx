// The extension's activity page (activity.html?cik=...[&until=YYYY-MM-DD]), opened from the
// popup's company box: the same activity view as on a company page, in a tab of its own.

import { render } from 'preact';
import { ActivityView } from '@/components/activity/activity-view';
import { useActivity } from '../shared/use-activity';
import { useFollow } from '../shared/use-follow';
import { isIsoDate, todayIso } from '@/lib/activity/window';
import { activityCsvName } from '@/lib/csv/download-name';
import { copyCsv, downloadCsv } from '../shared/csv-actions';
import { loadSettings } from '../shared/stored-settings';
import '@/components/overlay.css';
import '@/components/activity/activity.css';
import '@/components/trades/trades.css';

const params = new URLSearchParams(location.search);
const cik = /^\d{1,10}$/.test(params.get('cik') ?? '') ? params.get('cik')!.padStart(10, '0') : null;
// A day that is not on the calendar (2022-02-31, 2022-99-99) ends the window today instead.
const until = isIsoDate(params.get('until') ?? '') ? params.get('until')! : todayIso();

function ActivityPage({ csvDelimiter }: { csvDelimiter: ',' | ';' | '\t' }) {
  const { model, setMonths, setUntil, csv } = useActivity({ cik, ticker: null, until });
  const follow = useFollow('company', model.company?.cik, model.company?.name);
  if (model.company?.name) document.title = `${model.company.name}: insider activity - Form 4 Lens`;
  return (
    <main aria-label="Form 4 Lens insider activity">
      <ActivityView
        model={model}
        onMonthsChange={setMonths}
        onUntilChange={(day) => {
          setUntil(day);
          // Kept in the address, so a reload or a bookmark opens the same window.
          if (isIsoDate(day)) {
            const url = new URL(location.href);
            url.searchParams.set('until', day);
            history.replaceState(null, '', url);
          }
        }}
        onCopyCsv={async () => {
          const { text, rows } = await csv({ delimiter: csvDelimiter });
          return copyCsv(text, rows);
        }}
        onDownloadCsv={() => csv({ delimiter: csvDelimiter }).then(({ text }) => downloadCsv(document, text, activityCsvName(model.company?.ticker ?? null, cik, model.from, model.until)))}
        onOpen={(url) => window.open(url, '_blank', 'noopener')}
        follow={follow}
        locale={navigator.language}
      />
    </main>
  );
}

const app = document.getElementById('app')!;
if (cik === null) {
  render(<p role="alert">This page needs a company: open it from the Form 4 Lens popup (activity.html?cik=0001318605).</p>, app);
} else {
  void loadSettings().then((settings) => render(<ActivityPage csvDelimiter={settings.csvDelimiter} />, app));
}
