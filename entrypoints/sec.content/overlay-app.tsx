// The overlay with its remembered state (collapsed, position) and its actions wired to the
// browser: clipboard, download, extension storage.

import { render } from 'preact';
import { toCsv } from '@/lib/csv/csv';
import type { Settings } from '@/lib/settings/settings';
import { Overlay, type OverlayContent } from '@/components/overlay';
import { PANEL_STATE_KEY, toOpeningState, type PanelState } from '@/lib/settings/panel-state';
import type { StoredState } from './early-reads';
import { OVERLAY_HOST_TAG } from '@/lib/messages/history-slot';
import overlayCss from '@/components/overlay.css?inline';
import { createShadowHost } from '../shared/shadow-host';
import { acceptTrustedEventsOnly } from '../shared/trusted-events-only';
import { downloadName } from '@/lib/csv/download-name';
import { copyCsv, downloadCsv } from '../shared/csv-actions';
import { useStoredPanelState } from '../shared/stored-panel-state';

interface AppProps {
  content: OverlayContent;
  initial: PanelState;
  settings: Settings;
  pageUrl: string;
  rawXmlUrl: string | null;
  doc: Document;
}

function OverlayApp({ content, initial, settings, pageUrl, rawXmlUrl, doc }: AppProps) {
  const [panel, update] = useStoredPanelState(PANEL_STATE_KEY, initial);
  /** The CSV, or an error that says why it could not be made (never blamed on the browser). */
  const csv = () => {
    if (content.status !== 'ready') return '';
    try {
      return toCsv(content.filing, { delimiter: settings.csvDelimiter, sourceUrl: pageUrl });
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
      // Async, so a CSV that cannot be made rejects like a refused copy, and the notice says why.
      onCopyCsv={async () => copyCsv(csv(), rowCount)}
      onDownloadCsv={() => {
        if (content.status === 'ready') downloadCsv(doc, csv(), downloadName(content.filing));
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
  const initial = toOpeningState(stored, settings.openOverlay);
  const { container, remove } = createShadowHost(doc, OVERLAY_HOST_TAG, overlayCss);
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
