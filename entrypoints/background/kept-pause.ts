// The queue's pause, kept in extension storage: Chrome stops an idle service worker, and a pause
// held only in memory ended with it, so the next view would ask sec.gov again within the ten
// minutes sec.gov had asked us to wait (docs/design.md section 8).

import * as z from 'zod/mini';
import type { KeptPause, QueueState } from '@/lib/sec/request-queue';

const KEY = 'form4-lens:queue-pause';
const keptPauseSchema = z.object({ until: z.number(), message: z.string().check(z.maxLength(1000)) });

/** The pause kept when the worker last paused the queue; null when none (or unreadable). */
export async function readKeptPause(): Promise<KeptPause | null> {
  const stored = (await browser.storage.local.get(KEY)) as Record<string, unknown>;
  const kept = keptPauseSchema.safeParse(stored[KEY]);
  return kept.success ? kept.data : null;
}

/** Keeps a pause for the worker's next start, and forgets it once the queue runs again. */
export function keepPause(state: QueueState): void {
  const written =
    state.status === 'paused' ? browser.storage.local.set({ [KEY]: { until: state.until, message: state.message } }) : browser.storage.local.remove(KEY);
  written.catch(() => {});
}
