// The service worker: the one request queue of the browser, the lasting cache, and the
// answers to the extension's own views (docs/design.md sections 8 and 9). Content scripts and
// extension pages ask; only this fetches beyond a filing page's own XML.

import { findCompanies } from '@/lib/edgar/company-search';
import { toReadFilingListener } from '@/lib/messages/parse-filing-answer';
import { ActivityPort } from './activity-port';
import { BadgesPort } from './badges-port';
import { fetchSecText } from './fetch-sec';
import { FilingSource } from './filing-source';
import { keepPause, readKeptPause } from '../shared/kept-pause';
import { LastingCache } from './lasting-cache';
import { TabFilings } from './tab-filings';
import { TradesPort } from './trades-port';
import { startWatchlist } from './watchlist';
import { toPageFiling } from '@/lib/messages/history-slot';
import { ACTIVITY_PORT, BADGES_PORT, isBadgesSender, isOwnSender, toBadgeRequest, toPortRequest, toRequest, toTradesRequest, TRADES_PORT, type BadgeMessage, type FindCompaniesAnswer, type PortMessage, type Request, type TradesMessage } from '@/lib/messages/background-protocol';
import { MESSAGE } from '@/lib/messages/message-names';
import { RequestQueue } from '@/lib/sec/request-queue';
import { RATE_LIMIT_MESSAGE } from '@/lib/sec/sec-response';

export default defineBackground(() => {
  // Filing pages send their XML here: the parse and the figures run in the worker, so the
  // filing-page script stays small (test/budgets/bundle.test.ts). What each tab showed is kept
  // for its history, when the page's address and the filing agree.
  const tabFilings = new TabFilings();
  browser.runtime.onMessage.addListener(
    toReadFilingListener(browser.runtime.id, (filing, sender) => {
      const tabId = sender.tab?.id;
      const shown = sender.url === undefined ? null : toPageFiling(sender.url, filing);
      if (tabId !== undefined && shown !== null) tabFilings.set(tabId, { ...shown, filing });
      else if (tabId !== undefined) tabFilings.forget(tabId);
    }),
  );
  browser.tabs?.onRemoved.addListener((tabId) => tabFilings.forget(tabId));

  const queue = new RequestQueue((url, signal, maxBytes) => fetchSecText(url, signal, maxBytes));
  queue.restorePause(readKeptPause());
  queue.onStateChange(keepPause);
  const cache = new LastingCache();
  const source = new FilingSource(queue, cache);
  const ports = new Set<Browser.runtime.Port>();
  const ownOrigin = browser.runtime.getURL('/');
  const isOwn = (sender: Browser.runtime.MessageSender | undefined) => isOwnSender(sender, browser.runtime.id, ownOrigin);
  // Follow, stop following, the rule, and the check every 10 minutes (docs/design.md section 11).
  startWatchlist(source, queue, isOwn);

  /** Posts to a view's port; a view that went away between the answer and its delivery is not an error. */
  const postTo =
    (port: Browser.runtime.Port) =>
    (message: PortMessage | TradesMessage | BadgeMessage): void => {
      try {
        port.postMessage(message);
      } catch {
        // Gone: its tab closed.
      }
    };

  // A stop for rate limiting concerns every open view, whichever request met it.
  queue.onStateChange((state) => {
    for (const port of ports) port.postMessage({ type: 'queue', state } satisfies PortMessage);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === BADGES_PORT) return connectBadges(port);
    if (port.name === TRADES_PORT) return connectTrades(port);
    if (port.name !== ACTIVITY_PORT || !isOwn(port.sender)) return port.disconnect();
    ports.add(port);
    const view = new ActivityPort(source, queue, postTo(port), () => tabFilings.get(port.sender?.tab?.id));
    port.onMessage.addListener((message: unknown) => {
      const request = toPortRequest(message);
      if (request) view.handle(request);
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      view.close();
    });
    if (queue.state.status === 'paused') port.postMessage({ type: 'queue', state: queue.state } satisfies PortMessage);
  });

  // EDGAR's latest filings: only the extension's own script on that page may ask for badges.
  const connectBadges = (port: Browser.runtime.Port) => {
    if (!isBadgesSender(port.sender, browser.runtime.id, ownOrigin)) return port.disconnect();
    const send: (message: BadgeMessage) => void = postTo(port);
    const badges = new BadgesPort(source, queue, send);
    const stopWatching = queue.onStateChange((state) => send({ type: 'queue', state }));
    port.onMessage.addListener((message: unknown) => {
      const request = toBadgeRequest(message);
      if (request) badges.handle(request);
    });
    port.onDisconnect.addListener(() => {
      stopWatching();
      badges.close();
    });
    if (queue.state.status === 'paused') send({ type: 'queue', state: queue.state });
  };

  /** The trades view: an extension page only (no page on sec.gov reads a day's filings). */
  function connectTrades(port: Browser.runtime.Port): void {
    const url = port.sender?.url ?? '';
    if (port.sender?.id !== browser.runtime.id || !url.startsWith(ownOrigin)) return port.disconnect();
    ports.add(port);
    const view = new TradesPort(source, queue, cache, postTo(port));
    port.onMessage.addListener((message: unknown) => {
      const request = toTradesRequest(message);
      if (request) view.handle(request);
    });
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      view.close();
    });
    if (queue.state.status === 'paused') port.postMessage({ type: 'queue', state: queue.state } satisfies TradesMessage);
  }

  const answer = async (request: Request): Promise<unknown> => {
    switch (request.type) {
      case MESSAGE.cacheStats:
        return cache.stats();
      case MESSAGE.cacheClear:
        await cache.clear();
        return cache.stats();
      case MESSAGE.rateLimited:
        queue.pauseFor(RATE_LIMIT_MESSAGE);
        return true;
      case MESSAGE.findCompanies: {
        const companies = await source.companies(`search-${Date.now()}`);
        const reply: FindCompaniesAnswer = companies.ok
          ? { ok: true, companies: findCompanies(companies.value, request.query, request.limit ?? 10) }
          : { ok: false, message: companies.message };
        return reply;
      }
    }
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const request = toRequest(message);
    // Not ours (the popup's question to a filing tab, another extension's): not answered here.
    if (!request || !isOwn(sender)) return;
    answer(request).then(sendResponse, (error: unknown) => sendResponse({ ok: false, message: `Form 4 Lens could not answer (${String(error).slice(0, 200)}).` }));
    return true;
  });
});
