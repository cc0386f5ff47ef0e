// The reader's settings (the options page), stored with extension storage. Read through
// toSettings so a missing, old or tampered value always yields valid settings.

import { isRecord } from '../xml/xml-values';

export interface Settings {
  /** Open the overlay when a filing page loads, or only show its collapsed tab. */
  openOverlay: 'automatically' | 'on-click';
  /** Explanations on hover in the SEC's own tables. */
  pageHovers: boolean;
  csvDelimiter: ',' | ';' | '\t';
}

export const DEFAULT_SETTINGS: Settings = { openOverlay: 'automatically', pageHovers: true, csvDelimiter: ',' };

export const SETTINGS_KEY = 'settings';

export function toSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  return {
    openOverlay: value.openOverlay === 'on-click' ? 'on-click' : 'automatically',
    pageHovers: typeof value.pageHovers === 'boolean' ? value.pageHovers : DEFAULT_SETTINGS.pageHovers,
    csvDelimiter: value.csvDelimiter === ';' || value.csvDelimiter === '\t' ? value.csvDelimiter : ',',
  };
}
