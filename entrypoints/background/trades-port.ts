// The trades view's conversation with the background (docs/design.md section 11): the ownership
// filings of one day, listed from EDGAR's latest-filings feed when the day is today in New York
// (EDGAR's clock) and from the daily form index for earlier days, then each read through the one
// queue (newest first; 5 a second, 2 at once) and sent back as its lines of the trades table.
// Filings are kept for good by FilingSource, and a past day's list too: a day read once is never
// fetched again, and reopening the view resumes from the cache.

import { edgarToday } from '@/lib/activity/window';
import { computeFigures } from '@/lib/figures/figures';
import { toTradeLines } from '@/lib/market';
import { currentFeedUrl, FEED_PAGE_SIZE, MAX_FEED_BYTES, readCurrentFeed } from '@/lib/sec/current-feed';
import { dailyIndexUrl, readDailyIndex } from '@/lib/sec/daily-index';
import { parseFilingPath } from '@/lib/sec/sec-urls';
import type { DayFiling, TradesMessage, TradesRequest } from '@/lib/messages/background-protocol';
import type { RequestQueue } from '@/lib/sec/request-queue';
import type { FilingSource } from './filing-source';
import type { LastingCache } from './lasting-cache';

/** 100 entries a page, each filing listed twice or more: 60 pages cover the busiest day EDGAR lists. */
const MAX_FEED_PAGES = 60;
const MAX_INDEX_BYTES = 20_000_000;
// The list goes before any filing, as the submissions JSON does for a company.
const FIRST = '~';
const INITIAL_STATEMENT = /^3(\/A)?$/;

let nextOwner = 0;

export class TradesPort {
  private owner = '';
  private generation = 0;

  constructor(
    private readonly source: FilingSource,
    private readonly queue: RequestQueue,
    private readonly cache: LastingCache,
    private readonly post: (message: TradesMessage) => void,
    private readonly today: () => string = () => edgarToday(),
  ) {}

  /** A new day replaces the previous one. */
  handle(request: TradesRequest): void {
    this.close();
    this.owner = `trades-${(nextOwner += 1)}`;
    const generation = ++this.generation;
    const post = (message: TradesMessage) => {
      if (generation === this.generation) this.post(message);
    };
    this.day(request.date, post).catch((error: unknown) =>
      post({ type: 'error', message: `Form 4 Lens failed while reading EDGAR because of an error of its own (${String(error).slice(0, 200)}); please report it.` }),
    );
  }

  close(): void {
    this.generation += 1;
    if (this.owner) this.queue.cancelOwner(this.owner);
  }

  private async day(date: string, post: (message: TradesMessage) => void): Promise<void> {
    const today = this.today();
    if (date > today) return post({ type: 'error', message: `${date} has not come yet on EDGAR's calendar (today is ${today}); pick today or an earlier day.` });
    const listed = date === today ? await this.fromFeed(date) : await this.fromIndex(date);
    if ('message' in listed) return post({ type: 'error', message: listed.message });
    post({ type: 'day', date, source: date === today ? 'feed' : 'index', filings: listed.filings, gaps: listed.gaps });
    await Promise.all(
      listed.filings.map(async (filing) => {
        // A Form 3 states what an insider holds on becoming one and reports no transaction: it
        // has no line, and costs no request (the daily index lists them; the feed read for today does not).
        if (INITIAL_STATEMENT.test(filing.form)) return post({ type: 'lines', accession: filing.accession, lines: [] });
        // One request: the full submission, kept by accession (shared with the badges and the watchlist).
        const folder = parseFilingPath(filing.indexUrl)?.cik ?? '';
        const read = await this.source.submission({ cik: folder, accession: filing.accession }, this.owner, `${filing.filingDate}|${filing.accession}`);
        if (!read.ok) {
          if (read.kind !== 'cancelled') post({ type: 'unreadable', accession: filing.accession, message: read.message });
          return;
        }
        const filed = { ...read.value, filingDate: read.value.filingDate ?? filing.filingDate };
        const figures = computeFigures(filed.document, { filingDate: filed.filingDate });
        post({ type: 'lines', accession: filing.accession, lines: toTradeLines(filed, figures, filing.indexUrl) });
      }),
    );
  }

  /** Today's filings from the feed, page after page until the entries reach the day before. */
  private async fromFeed(date: string): Promise<{ filings: DayFiling[]; gaps: string[] } | { message: string }> {
    const filings = new Map<string, DayFiling>();
    for (let page = 0; page < MAX_FEED_PAGES; page += 1) {
      const url = currentFeedUrl(page * FEED_PAGE_SIZE);
      const outcome = await this.queue.request(url, { owner: this.owner, priority: FIRST, maxBytes: MAX_FEED_BYTES });
      if (!outcome.ok) {
        if (page === 0) return { message: outcome.message };
        return { filings: [...filings.values()], gaps: [`EDGAR's latest-filings feed could not be read past its page ${page + 1}, so today's earliest filings may be missing: ${outcome.message}`] };
      }
      const feed = readCurrentFeed(outcome.text);
      if (!feed.ok) return page === 0 ? { message: feed.error.message } : { filings: [...filings.values()], gaps: [feed.error.message] };
      for (const filing of feed.filings) {
        if (filing.filingDate !== date || filings.has(filing.accession)) continue;
        filings.set(filing.accession, { accession: filing.accession, form: filing.form, filingDate: date, acceptedAt: filing.acceptedAt, indexUrl: filing.indexUrl });
      }
      // The feed is newest first: a page that reaches the day before, or a short page, is the last.
      const entries = outcome.text.split('<entry>').length - 1;
      if (entries < FEED_PAGE_SIZE || feed.filings.some((filing) => filing.filingDate !== null && filing.filingDate < date)) return { filings: [...filings.values()], gaps: [] };
    }
    return { filings: [...filings.values()], gaps: [`EDGAR's latest-filings feed lists more than ${MAX_FEED_PAGES * 100} entries today; only the newest were read.`] };
  }

  /** An earlier day's filings from EDGAR's daily form index, kept for good once read. */
  private async fromIndex(date: string): Promise<{ filings: DayFiling[]; gaps: string[] } | { message: string }> {
    const url = dailyIndexUrl(date);
    if (url === null) return { message: `"${date}" is not a date as YYYY-MM-DD.` };
    const key = `day:${url}`;
    const kept = await this.cache.get<DayFiling[]>(key).catch(() => undefined);
    if (kept !== undefined) return { filings: kept, gaps: [] };
    const outcome = await this.queue.request(url, { owner: this.owner, priority: FIRST, maxBytes: MAX_INDEX_BYTES });
    if (!outcome.ok) {
      // EDGAR has no index for weekends and holidays, and writes a day's the next morning: 404.
      if (outcome.kind === 'not-found') return { message: `EDGAR has no daily index for ${date}: there is none for weekends and federal holidays, and a day's appears the next morning.` };
      return { message: outcome.message };
    }
    const index = readDailyIndex(outcome.text);
    if (!index.ok) return { message: index.error.message };
    // Newest first, as the feed lists them: the index lists by form type, so its order is kept within each form.
    const filings = index.filings.map((filing) => ({ accession: filing.accession, form: filing.form, filingDate: filing.filingDate, acceptedAt: null, indexUrl: filing.indexUrl }));
    await this.cache.put(key, filings).catch(() => {});
    return { filings, gaps: [] };
  }
}

