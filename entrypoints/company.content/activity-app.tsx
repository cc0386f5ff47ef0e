// The company page's panel: the activity client, the panel's remembered state, and the CSV
// actions wired to the clipboard and a download.

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { ActivityPanel } from '@/components/activity/activity-panel';
import { toPanelState, type PanelState } from '@/lib/panel-state';
import type { Settings } from '@/lib/settings';
import { useActivity, type ActivitySubject } from './use-activity';

const PANEL_KEY = 'activityPanel';

export async function loadActivityPanelState(): Promise<PanelState> {
  const stored = await browser.storage.local.get(PANEL_KEY).catch(() => ({}));
  return toPanelState((stored as Record<string, unknown>)[PANEL_KEY]);
}

function savePanelState(state: PanelState): void {
  browser.storage.local.set({ [PANEL_KEY]: state }).catch(() => {});
}

/** A CSV file offered for download, from a page whose document may be XML or HTML. */
export function downloadText(doc: Document, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElementNS('http://www.w3.org/1999/xhtml', 'a') as HTMLAnchorElement;
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function csvName(ticker: string | null, cik: string | null, from: string, until: string): string {
  const who = (ticker ?? (cik ? `CIK${cik}` : 'company')).replace(/[^A-Za-z0-9.-]/g, '');
  return `insider-activity-${who}-${from}-to-${until}.csv`;
}

interface AppProps {
  subject: ActivitySubject;
  initial: PanelState;
  settings: Settings;
  doc: Document;
}

function ActivityApp({ subject, initial, settings, doc }: AppProps) {
  const [panel, setPanel] = useState(initial);
  const update = (next: PanelState) => {
    setPanel(next);
    savePanelState(next);
  };
  const { model, setMonths, csv } = useActivity(subject);
  return (
    <ActivityPanel
      model={model}
      onMonthsChange={setMonths}
      collapsed={panel.collapsed}
      onCollapsedChange={(collapsed) => update({ ...panel, collapsed })}
      position={panel.position}
      onPositionChange={(position) => update({ ...panel, position })}
      onCopyCsv={async () => {
        const { text, rows } = csv({ delimiter: settings.csvDelimiter });
        try {
          await navigator.clipboard.writeText(text);
        } catch (error) {
          throw new Error(`The browser did not allow copying (${String(error)}); use Download CSV instead.`);
        }
        return `Copied ${rows} row${rows === 1 ? '' : 's'} as CSV.`;
      }}
      onDownloadCsv={() => downloadText(doc, csv({ delimiter: settings.csvDelimiter }).text, csvName(model.company?.ticker ?? subject.ticker, model.company?.cik ?? subject.cik, model.from, model.until))}
      onOpen={(url) => window.open(url, '_blank', 'noopener')}
      locale={navigator.language}
    />
  );
}

export function mountActivityApp(container: HTMLElement, props: AppProps): void {
  render(<ActivityApp {...props} />, container);
}
