// The watchlist in the background (docs/design.md section 11, "Watchlist"): the views' requests
// to follow, stop following and choose the rule (only this writes the watchlist), and the check
// an alarm runs every 10 minutes. A check asks only while something is followed, reads page 0
// of EDGAR's latest-filings feed (one request, through the one queue), reads only the followed
// filings it lists (through FilingSource, so each is fetched once, ever), and shows one
// notification for each that meets the reader's rule. A click opens the filing's index page.

import { computeFigures } from '@/lib/figures/figures';
import { toTradeLines } from '@/lib/market';
import { currentFeedUrl, readCurrentFeed, MAX_FEED_BYTES } from '@/lib/sec/current-feed';
import { parseFilingPath } from '@/lib/sec/sec-urls';
import type { RequestQueue } from '@/lib/sec/request-queue';
import {
  applyWatchRequest,
  CHECK_EVERY_MINUTES,
  isCheckDue,
  isWatching,
  toFollowedFilings,
  toRuleLine,
  toWatchlist,
  toWatchNotification,
  toWatchRequest,
  toWatchState,
  WATCH_STATE_KEY,
  WATCHLIST_KEY,
  withSeen,
  type Watchlist,
} from '@/lib/watchlist';
import type { FilingSource } from './filing-source';

export const WATCH_ALARM = 'form4-lens:watchlist-check';
const OWNER = 'watchlist';
// The extension's lens, 48 px: Chrome's basic notification needs an image.
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAw0lEQVR42u3YWxJAMAwF0OzCbqzL7uPXDCXN8yIZn8SZlqpLy7pBHdSgBjUIGcSDygaxuMJBrKooEBvKGcRO5QOavYfRpASpx9UKMj4QisspTqNrMgfyWj81IN/1V95NCrJ/pL4F8p2vqZ6UMzzytg1q0D9B9a99r9Rv/LjCbT8QN2hwW9iITX4USP0bZJ0y3x9F61sWzSoOG4Sm1DhGck52YPV4fkGkd2+qyRhvTGWh58hUmcJemopjYTjQ2QQRnB9BO0IA10bx3Ik7AAAAAElFTkSuQmCC';


async function stored(key: string): Promise<unknown> {
  const values = (await browser.storage.local.get(key)) as Record<string, unknown>;
  return values[key];
}

export function startWatchlist(source: FilingSource, queue: RequestQueue, isOwn: (sender: Browser.runtime.MessageSender) => boolean): void {
  // Writes one after another: two views following at once must not undo each other.
  let writes: Promise<unknown> = Promise.resolve();
  const change = (request: NonNullable<ReturnType<typeof toWatchRequest>>): Promise<Watchlist> => {
    const next = writes.then(async () => {
      const before = toWatchlist(await stored(WATCHLIST_KEY).catch(() => undefined));
      const after = applyWatchRequest(before, request);
      if (after !== before) await browser.storage.local.set({ [WATCHLIST_KEY]: after });
      return after;
    });
    writes = next.catch(() => {});
    return next;
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = toWatchRequest(message);
    if (!request || !isOwn(sender)) return;
    change(request).then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WATCH_ALARM) return;
    check(source, queue)
      .catch((error: unknown) => console.debug('Form 4 Lens: the watchlist check failed', error))
      .finally(() => void keepAlarm());
  });

  browser.notifications.onClicked.addListener((id) => {
    // The notification's id is the filing's index page: opened only when it is one on www.sec.gov.
    if (parseFilingPath(id) !== null && id.startsWith('https://www.sec.gov/')) void browser.tabs.create({ url: id });
    void browser.notifications.clear(id);
  });

  void keepAlarm();
}

/** The alarm every 10 minutes, made once: remaking it at each start of the worker would put it off for ever. */
async function keepAlarm(): Promise<void> {
  const alarm = await browser.alarms.get(WATCH_ALARM);
  if (alarm?.periodInMinutes === CHECK_EVERY_MINUTES) return;
  await browser.alarms.create(WATCH_ALARM, { delayInMinutes: CHECK_EVERY_MINUTES, periodInMinutes: CHECK_EVERY_MINUTES });
}

/** One check: nothing at all while nothing is followed or the last check is under 10 minutes old. */
export async function check(source: FilingSource, queue: RequestQueue, now = Date.now()): Promise<void> {
  const list = toWatchlist(await stored(WATCHLIST_KEY));
  if (!isWatching(list)) return;
  let state = toWatchState(await stored(WATCH_STATE_KEY));
  if (!isCheckDue(state, now)) return;
  state = { ...state, checkedAt: now };
  await browser.storage.local.set({ [WATCH_STATE_KEY]: state });

  const outcome = await queue.request(currentFeedUrl(0), { owner: OWNER, priority: '~', maxBytes: MAX_FEED_BYTES });
  if (!outcome.ok) return;
  const feed = readCurrentFeed(outcome.text);
  if (!feed.ok) return;
  const read: string[] = [];
  for (const { filing } of toFollowedFilings(feed.filings, list, state.seen)) {
    // One request: the full submission, kept by accession (shared with the badges and the trades view).
    const folder = parseFilingPath(filing.indexUrl)?.cik ?? '';
    const parsed = await source.submission({ cik: folder, accession: filing.accession }, OWNER, `${filing.filingDate ?? ''}|${filing.accession}`);
    // A filing that could not be read now (the network, a pause) is tried again at the next check.
    if (!parsed.ok) continue;
    read.push(filing.accession);
    const filed = { ...parsed.value, filingDate: parsed.value.filingDate ?? filing.filingDate };
    const figures = computeFigures(filed.document, { filingDate: filed.filingDate });
    const line = toRuleLine(toTradeLines(filed, figures, filing.indexUrl), list.rule);
    if (line === null) continue;
    const { title, message } = toWatchNotification(line);
    await browser.notifications.create(filing.indexUrl, { type: 'basic', iconUrl: ICON, title, message }).catch(() => {});
  }
  const latest = toWatchState(await stored(WATCH_STATE_KEY));
  await browser.storage.local.set({ [WATCH_STATE_KEY]: withSeen({ ...latest, checkedAt: now }, read) });
}
