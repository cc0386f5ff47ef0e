// A filing page's "history" (docs/design.md section 9 b), kept out of the filing-page script so
// that script stays small and its figures are never delayed: this one runs once the page is
// idle, waits for the overlay to show a filing (and its empty history slot), asks the
// background for the history of the filing this tab shows, and renders into the slot. It never
// fetches, and it takes nothing from the page: which insider and issuer, the background knows
// from its own parse (lib/messages/history-slot.ts).

import { Fragment, h, render } from 'preact';
import historyCss from '@/components/activity/history.css?inline';
import { matchPatterns, parseFilingPath } from '@/lib/sec/sec-urls';
import { InsiderHistory, type HistoryState } from '@/components/activity/insider-history';
import { HISTORY_SLOT_SELECTOR, OVERLAY_HOST_TAG } from '@/lib/messages/history-slot';
import type { PortMessage } from '@/lib/messages/background-protocol';
import { ACTIVITY_PORT } from '@/lib/messages/message-names';
import { useFollow } from '../shared/use-follow';

/** The history with the star that follows its insider (the background keeps the watchlist). */
function FollowedHistory({ state, insider, accession }: { state: HistoryState; insider: { cik: string; name: string | null } | null; accession: string | null }) {
  const follow = useFollow('insider', insider?.cik, insider?.name);
  return h(InsiderHistory, { state, follow, accession, locale: navigator.language });
}

function findSlot(): HTMLElement | null {
  return document.querySelector(OVERLAY_HOST_TAG)?.shadowRoot?.querySelector<HTMLElement>(HISTORY_SLOT_SELECTOR) ?? null;
}

function watchHistory(slot: HTMLElement): void {
  // Only to mark "this filing" in the list; the background decides what the list holds.
  const accession = parseFilingPath(location.href)?.accession ?? null;
  let state: HistoryState = { status: 'loading' };
  let insider: { cik: string; name: string | null } | null = null;
  // The overlay redraws its slot when it is collapsed and opened again: follow it.
  let target = slot;
  const draw = () => {
    const current = findSlot();
    if (current && current !== target) target = current;
    if (target.isConnected) render(h(Fragment, null, h('style', null, historyCss), h(FollowedHistory, { state, insider, accession })), target);
  };
  const port = browser.runtime.connect({ name: ACTIVITY_PORT });
  port.onMessage.addListener((message: PortMessage) => {
    if (message.type === 'history') {
      state = { status: 'ready', points: message.points, unreadable: message.unreadable.length, total: message.total, splits: message.splits, signals: message.signals };
      insider = message.insider;
    }
    else if (message.type === 'error') state = { status: 'error', message: message.message };
    else if (message.type === 'queue' && message.state.status === 'paused') state = { status: 'error', message: message.state.message };
    else return;
    draw();
  });
  port.postMessage({ type: 'history' });
  draw();
  const root = document.querySelector(OVERLAY_HOST_TAG)?.shadowRoot;
  if (root) new MutationObserver(() => findSlot() !== target && findSlot() && draw()).observe(root, { childList: true, subtree: true });
}

export default defineContentScript({
  ...matchPatterns,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    // The overlay shows its figures first; a filing page that shows none (an XBRL file) ends the wait.
    let tries = 0;
    const look = () => {
      const slot = findSlot();
      if (slot) return watchHistory(slot);
      if ((tries += 1) < 120) setTimeout(look, 250);
    };
    try {
      look();
    } catch (error) {
      console.debug('Form 4 Lens:', error);
    }
  },
});
