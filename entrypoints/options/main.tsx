// The options page: reads and writes the reader's settings in extension storage.

import { render } from 'preact';
import { SETTINGS_KEY, toSettings, type Settings } from '@/lib/settings/settings';
import { PANEL_STATE_KEY, toPanelState } from '@/lib/settings/panel-state';
import { OptionsForm } from '@/components/options-form';
import { CacheSettings } from '@/components/activity/cache-settings';
import '@/components/overlay.css';
import '../popup/popup.css';

const app = document.getElementById('app')!;
const cacheApp = app.parentElement!.appendChild(document.createElement('div'));
cacheApp.className = 'root options';

type Stats = { entries: number; bytes: number };

/** The lasting cache's size, and its clear button (the background owns the cache). */
async function showCache(message: string | null = null): Promise<void> {
  let stats: Stats | null = null;
  try {
    stats = (await browser.runtime.sendMessage({ type: 'form4lens:cache-stats' })) as Stats;
  } catch (error) {
    message = `The size of the cache could not be read (${String(error)}).`;
  }
  render(
    <CacheSettings
      stats={stats}
      message={message}
      onClear={() => {
        browser.runtime.sendMessage({ type: 'form4lens:cache-clear' }).then(
          () => showCache('Cleared: filings will be read from sec.gov again.'),
          (error: unknown) => showCache(`The cache could not be cleared (${String(error)}).`),
        );
      }}
    />,
    cacheApp,
  );
}

async function start() {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}));
  const show = (settings: Settings, saved: boolean) =>
    render(
      <OptionsForm
        settings={settings}
        saved={saved}
        onResetPosition={async () => {
          const stored = await browser.storage.local.get(PANEL_STATE_KEY).catch(() => ({}));
          const state = toPanelState((stored as Record<string, unknown>)[PANEL_STATE_KEY]);
          await browser.storage.local.set({ [PANEL_STATE_KEY]: { ...state, position: null } });
          show(settings, true);
        }}
        onChange={(next) => {
          browser.storage.sync.set({ [SETTINGS_KEY]: next }).then(() => show(next, true));
        }}
      />,
      app,
    );
  show(toSettings((stored as Record<string, unknown>)[SETTINGS_KEY]), false);
}

start();
showCache();
