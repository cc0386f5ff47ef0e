// The company page's panel: the activity client, the panel's remembered state, and the CSV
// actions wired to the clipboard and a download.

import { render } from 'preact';
import { ActivityPanel } from '@/components/activity/activity-panel';
import type { PanelState } from '@/lib/settings/panel-state';
import type { Settings } from '@/lib/settings/settings';
import { copyCsv, downloadCsv } from '../shared/csv-actions';
import { activityCsvName } from '@/lib/csv/download-name';
import { useStoredPanelState } from '../shared/stored-panel-state';
import { useActivity, type ActivitySubject } from '../shared/use-activity';
import { useFollow } from '../shared/use-follow';

export const ACTIVITY_PANEL_KEY = 'activityPanel';

interface AppProps {
  subject: ActivitySubject;
  initial: PanelState;
  settings: Settings;
  doc: Document;
}

function ActivityApp({ subject, initial, settings, doc }: AppProps) {
  const [panel, update] = useStoredPanelState(ACTIVITY_PANEL_KEY, initial);
  const { model, setMonths, setUntil, csv } = useActivity(subject);
  const follow = useFollow('company', model.company?.cik, model.company?.name);
  return (
    <ActivityPanel
      model={model}
      onMonthsChange={setMonths}
      onUntilChange={setUntil}
      collapsed={panel.collapsed}
      onCollapsedChange={(collapsed) => update({ ...panel, collapsed })}
      position={panel.position}
      onPositionChange={(position) => update({ ...panel, position })}
      onCopyCsv={async () => {
        const { text, rows } = await csv({ delimiter: settings.csvDelimiter });
        return copyCsv(text, rows);
      }}
      onDownloadCsv={() => csv({ delimiter: settings.csvDelimiter }).then(({ text }) => downloadCsv(doc, text, activityCsvName(model.company?.ticker ?? subject.ticker, model.company?.cik ?? subject.cik, model.from, model.until)))}
      onOpen={(url) => window.open(url, '_blank', 'noopener')}
      follow={follow}
      locale={navigator.language}
    />
  );
}

export function mountActivityApp(container: HTMLElement, props: AppProps): void {
  render(<ActivityApp {...props} />, container);
}
