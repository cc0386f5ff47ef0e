// What a filing page needs from storage and the network, asked for as soon as the page's URL
// allows, so that the overlay finds it ready when the DOM is, rather than starting at
// document_end, then requesting the XML, then reading storage, then parsing.
// On an SEC rendering of Forms 3/4/5 the raw XML's address follows from the URL alone: the
// request, the parse and the figures all run while the page itself is still loading. Other
// page kinds need their DOM to find the filing (index, raw XML, submission) and start later.

import { toShownFiling, type ShownFiling } from './shown-filing';
import { fetchFiling, type FilingText } from './fetch-filing-xml';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '../shared/stored-settings';
import { PANEL_STATE_KEY, type PanelState } from '@/lib/settings/panel-state';
import { loadPanelState } from '../shared/stored-panel-state';
import { isOwnershipRendering, toRawXmlUrl } from '@/lib/sec/sec-urls';

export interface StoredState {
  settings: Promise<Settings>;
  panel: Promise<PanelState>;
}

/** The reader's settings and the panel's saved state, read together. */
export function readStoredState(): StoredState {
  return { settings: loadSettings(), panel: loadPanelState(PANEL_STATE_KEY) };
}

export interface EarlyFiling {
  /** The raw XML's URL: locateFiling finds the same one once the DOM is there. */
  rawXmlUrl: string;
  source: Promise<FilingText>;
  /** The source read, parsed and its figures computed, or the source's failure. */
  shown: Promise<ShownFiling>;
}

/**
 * On a rendering by the Forms 3/4/5 stylesheets: the XML request, parse and figures, started
 * now; else null. Other renderings (Form D) wait for the page's title, as before, rather than
 * cost sec.gov a request for nothing.
 */
export function startEarlyFiling(pageUrl: string): EarlyFiling | null {
  const rawXmlUrl = isOwnershipRendering(pageUrl) ? toRawXmlUrl(pageUrl) : null;
  if (rawXmlUrl === null) return null;
  const source = fetchFiling(rawXmlUrl);
  // A rendering states no filing date of its own (an index page does): the XML's, if any.
  return { rawXmlUrl, source, shown: source.then((read) => toShownFiling(read, pageUrl, null)) };
}
