// The extension's activity page (activity.html?cik=...[&until=YYYY-MM-DD]), opened from the
// popup's company box: the same activity view as on a company page, in a tab of its own.

import { render } from 'preact';
import { ActivityView } from '@/components/activity/activity-view';
import { useActivity, today } from '../shared/use-activity';
import { csvName } from '../company.content/activity-app';
import { downloadCsv } from '../shared/csv-actions';
import { loadSettings } from '../shared/stored-settings';
import '@/components/overlay.css';
import '@/components/activity/activity.css';

const params = new URLSearchParams(location.search);
const cik = /^\d{1,10}$/.test(params.get('cik') ?? '') ? params.get('cik')!.padStart(10, '0') : null;
const until = /^\d{4}-\d{2}-\d{2}$/.test(params.get('until') ?? '') ? params.get('until')! : today();

function ActivityPage({ csvDelimiter }: { csvDelimiter: ',' | ';' | '\t' }) {
  const { model, setMonths, csv } = useActivity({ cik, ticker: null, until });
  if (model.company?.name) document.title = `${model.company.name}: insider activity - Form 4 Lens`;
  return (
    <main aria-label="Form 4 Lens insider activity">
      <ActivityView
        model={model}
        onMonthsChange={setMonths}
        onCopyCsv={async () => {
          const { text, rows } = csv({ delimiter: csvDelimiter });
          await navigator.clipboard.writeText(text);
          return `Copied ${rows} row${rows === 1 ? '' : 's'} as CSV.`;
        }}
        onDownloadCsv={() => downloadCsv(document, csv({ delimiter: csvDelimiter }).text, csvName(model.company?.ticker ?? null, cik, model.from, model.until))}
        onOpen={(url) => window.open(url, '_blank', 'noopener')}
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
