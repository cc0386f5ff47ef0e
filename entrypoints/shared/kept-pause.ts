// The queue's pause, kept in extension storage: Chrome stops an idle service worker, and a pause
// held only in memory ended with it, so the next view would ask sec.gov again within the ten
// minutes sec.gov had asked us to wait (docs/design.md section 8). Filing pages read it too:
// their one request for the XML waits out the same pause.

import { toKeptPause, type KeptPause, type QueueState } from '@/lib/sec/request-queue';
import { QUEUE_PAUSE_KEY } from '@/lib/messages/message-names';

const KEY = QUEUE_PAUSE_KEY;

/** The pause kept when the worker last paused the queue; null when none (or unreadable). */
export async function readKeptPause(): Promise<KeptPause | null> {
  const stored = (await browser.storage.local.get(KEY)) as Record<string, unknown>;
  return toKeptPause(stored[KEY]);
}

/** The pause still running at `now`, or null. */
export async function currentPause(now = Date.now()): Promise<KeptPause | null> {
  const pause = await readKeptPause().catch(() => null);
  return pause !== null && pause.until > now ? pause : null;
}

/** Keeps a pause for the worker's next start, and forgets it once the queue runs again. */
export function keepPause(state: QueueState): void {
  const written =
    state.status === 'paused' ? browser.storage.local.set({ [KEY]: { until: state.until, message: state.message } }) : browser.storage.local.remove(KEY);
  written.catch(() => {});
}
