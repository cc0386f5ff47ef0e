// The reader's settings from extension storage, for the filing pages' and the company pages'
// scripts alike.

import { DEFAULT_SETTINGS, SETTINGS_KEY, toSettings, type Settings } from '@/lib/settings/settings';

/** The reader's settings; the defaults when storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return toSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the reader's settings (the options page). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}
