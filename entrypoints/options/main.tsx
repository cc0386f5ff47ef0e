// The options page: reads and writes the reader's settings in extension storage.

import { render } from 'preact';
import type { Settings } from '@/lib/settings/settings';
import { PANEL_STATE_KEY } from '@/lib/settings/panel-state';
import type { CacheStats } from '@/lib/messages/background-protocol';
import { MESSAGE } from '@/lib/messages/message-names';
import { askBackground } from '../shared/ask-background';
import { loadSettings, saveSettings } from '../shared/stored-settings';
import { resetPanelPosition } from '../shared/stored-panel-state';
import { OptionsForm } from '@/components/options-form';
import { CacheSettings } from '@/components/activity/cache-settings';
import { WatchlistSettings } from '@/components/watchlist-settings';
import { useWatchlist } from '../shared/use-follow';
import '@/components/overlay.css';
import '../popup/popup.css';

const app = document.getElementById('app')!;
const cacheApp = app.parentElement!.appendChild(document.createElement('div'));
cacheApp.className = 'root options';
const watchApp = app.parentElement!.insertBefore(document.createElement('div'), cacheApp);
watchApp.className = 'root options';

/** What is followed and the rule; every change goes through the background, which keeps the list. */
function Watch() {
  const [list, ask] = useWatchlist();
  return (
    <WatchlistSettings
      list={list ?? null}
      onUnfollow={(kind, one) => ask({ action: 'follow', kind, cik: one.cik, name: one.name, follow: false })}
      onRuleChange={(rule) => ask({ action: 'rule', rule })}
    />
  );
}

/** The lasting cache's size, and its clear button (the background owns the cache). */
async function showCache(message: string | null = null): Promise<void> {
  let stats: CacheStats | null = null;
  try {
    stats = (await askBackground({ type: MESSAGE.cacheStats })) ?? null;
  } catch (error) {
    message = `The size of the cache could not be read (${String(error)}).`;
  }
  render(
    <CacheSettings
      stats={stats}
      message={message}
      onClear={() => {
        askBackground({ type: MESSAGE.cacheClear }).then(
          () => showCache('Cleared: filings will be read from sec.gov again.'),
          (error: unknown) => showCache(`The cache could not be cleared (${String(error)}).`),
        );
      }}
    />,
    cacheApp,
  );
}

async function start() {
  const show = (settings: Settings, saved: boolean) =>
    render(
      <OptionsForm
        settings={settings}
        saved={saved}
        onResetPosition={async () => {
          await resetPanelPosition(PANEL_STATE_KEY);
          show(settings, true);
        }}
        onChange={(next) => {
          saveSettings(next).then(() => show(next, true));
        }}
      />,
      app,
    );
  show(await loadSettings(), false);
}

start();
render(<Watch />, watchApp);
showCache();
