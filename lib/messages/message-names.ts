// The name of every message and port between the extension's parts, in one place and with one
// prefix, so that a sender and its receiver cannot drift apart. Names only (no code): the
// filing-page script imports this and must stay small.

export const MESSAGE = {
  /** Filing page -> background: parse this text and compute its figures (parse-filing.ts). */
  parseFiling: 'form4-lens:read-filing',
  /** Filing page -> background, at document_start: start now, a filing is coming. */
  wakeForFiling: 'form4-lens:wake-for-filing',
  /** Popup -> filing page: what does this tab show (page-report.ts). */
  getReport: 'form4-lens:get-report',
  /** Views -> background: the watchlist, or follow, stop following, set the rule (lib/watchlist/watch-request.ts). */
  watchlist: 'form4-lens:watchlist',
  /** Options page -> background: the lasting cache's size. */
  cacheStats: 'form4-lens:cache-stats',
  /** Options page -> background: empty the lasting cache. */
  cacheClear: 'form4-lens:cache-clear',
  /** Popup, company page -> background: companies matching a ticker or a name. */
  findCompanies: 'form4-lens:find-companies',
  /** Filing page -> background: sec.gov answered the page's own request with its rate limit. */
  rateLimited: 'form4-lens:rate-limited',
} as const;

/** Where the queue's pause is kept (extension storage), read by the background and by filing pages. */
export const QUEUE_PAUSE_KEY = 'form4-lens:queue-pause';

/** The port an activity view or a filing's history holds open while it needs the background. */
export const ACTIVITY_PORT = 'form4-lens:activity';

/** The port EDGAR's latest-filings page holds open while it shows badges: the filings on screen go up, their badges come down. */
export const BADGES_PORT = 'form4-lens:badges';

/** The port the trades view holds open while it reads a day's filings. */
export const TRADES_PORT = 'form4-lens:trades';
