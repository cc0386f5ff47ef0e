// The overlay with its remembered state (collapsed, position) and its actions wired to the
// browser: clipboard, download, extension storage.

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { toCsv, toCsvDownload, type CsvOptions } from '@/lib/csv';
import type { Settings } from '@/lib/settings';
import { Overlay, type OverlayContent } from '@/components/overlay';
import { PANEL_STATE_KEY, type PanelState } from '@/lib/panel-state';
import type { StoredState } from './early-reads';
import overlayCss from '@/components/overlay.css?inline';
import { createShadowHost } from './shadow-host';
import { acceptTrustedEventsOnly } from './trusted-events-only';
import { downloadName } from '@/lib/download-name';

function savePanelState(state: PanelState): void {
  browser.storage.local.set({ [PANEL_STATE_KEY]: state }).catch(() => {});
}

interface AppProps {
  content: OverlayContent;
  initial: PanelState;
  settings: Settings;
  pageUrl: string;
  rawXmlUrl: string | null;
  doc: Document;
}

function OverlayApp({ content, initial, settings, pageUrl, rawXmlUrl, doc }: AppProps) {
  const [panel, setPanel] = useState(initial);
  const update = (next: PanelState) => {
    setPanel(next);
    savePanelState(next);
  };
  const csvOptions: CsvOptions = { delimiter: settings.csvDelimiter, sourceUrl: pageUrl };
  /** The CSV, or an error that says why it could not be made (never blamed on the browser). */
  const csv = (make: typeof toCsv) => {
    if (content.status !== 'ready') return '';
    try {
      return make(content.filing, csvOptions);
    } catch (error) {
      throw new Error(`The CSV of this filing could not be made (${String(error)}); please report the filing.`);
    }
  };
  const rowCount = content.status === 'ready' ? content.filing.document.transactions.length + content.filing.document.holdings.length : 0;

  return (
    <Overlay
      content={content}
      collapsed={panel.collapsed}
      onCollapsedChange={(collapsed) => update({ ...panel, collapsed })}
      position={panel.position}
      onPositionChange={(position) => update({ ...panel, position })}
      onCopyCsv={async () => {
        const text = csv(toCsv);
        try {
          await navigator.clipboard.writeText(text);
        } catch (error) {
          throw new Error(`The browser did not allow copying (${String(error)}); use Download CSV instead.`);
        }
        return `Copied ${rowCount} row${rowCount === 1 ? '' : 's'} as CSV.`;
      }}
      onDownloadCsv={() => {
        if (content.status !== 'ready') return;
        // The file starts with a byte-order mark (Excel on Windows); the clipboard copy does not.
        const url = URL.createObjectURL(new Blob([csv(toCsvDownload)], { type: 'text/csv;charset=utf-8' }));
        const link = doc.createElementNS('http://www.w3.org/1999/xhtml', 'a') as HTMLAnchorElement;
        link.href = url;
        link.download = downloadName(content.filing);
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }}
      rawXmlUrl={rawXmlUrl}
      locale={navigator.language}
    />
  );
}

export interface MountedOverlay {
  settings: Settings;
  show: (content: OverlayContent, rawXmlUrl: string | null) => void;
  remove: () => void;
}

/** Mounts the overlay once the reader's settings and the panel's saved state are read. */
export async function mountOverlay(doc: Document, storedState: StoredState, pageUrl: string): Promise<MountedOverlay> {
  const [settings, stored] = await Promise.all([storedState.settings, storedState.panel]);
  const initial = { ...stored, collapsed: settings.openOverlay === 'on-click' ? true : stored.collapsed };
  const { container, remove } = createShadowHost(doc, 'form4-lens-overlay', overlayCss);
  acceptTrustedEventsOnly(container);
  return {
    settings,
    show: (content, rawXmlUrl) =>
      render(
        <OverlayApp content={content} initial={initial} settings={settings} pageUrl={pageUrl} rawXmlUrl={rawXmlUrl} doc={doc} />,
        container,
      ),
    remove: () => {
      render(null, container);
      remove();
    },
  };
}
