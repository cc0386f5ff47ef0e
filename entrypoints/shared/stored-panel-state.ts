// The panels' remembered state (collapsed or not, where the reader dragged it) in extension
// storage, for the filing overlay and the company pages' activity panel alike, each under its
// own key.

import { useState } from 'preact/hooks';
import { toPanelState, type PanelState } from '@/lib/settings/panel-state';

/** The state stored under `key`; the default state when there is none or storage cannot be read. */
export async function loadPanelState(key: string): Promise<PanelState> {
  const stored = await browser.storage.local.get(key).catch(() => ({}));
  return toPanelState((stored as Record<string, unknown>)[key]);
}

/** The panel's state, starting from `initial`; every change is stored under `key` too. */
export function useStoredPanelState(key: string, initial: PanelState): [PanelState, (next: PanelState) => void] {
  const [panel, setPanel] = useState(initial);
  const update = (next: PanelState) => {
    setPanel(next);
    browser.storage.local.set({ [key]: next }).catch(() => {});
  };
  return [panel, update];
}

/** Forgets where the reader dragged the panel stored under `key`: it opens in its corner again. */
export async function resetPanelPosition(key: string): Promise<void> {
  const state = await loadPanelState(key);
  await browser.storage.local.set({ [key]: { ...state, position: null } });
}
