// What views may ask the background, checked with zod before anything is done (a content
// script runs beside a page we do not control), and what the background answers. One-shot
// questions go by runtime.sendMessage; long work (an activity window, a filing's history)
// goes over a port, so closing the view's tab disconnects it and cancels its requests.

import * as z from 'zod/mini';
import type { Company } from '../edgar/company-tickers-json';
import type { OwnershipFilingRef } from '../edgar/submissions-json';
import type { HistoryPoint, InsiderSignals, Split } from '../activity';
import type { Filing } from '../filing/model';
import type { FilingBadge } from '../market/filing-badge';
import { MESSAGE } from './message-names';
import type { QueueState } from '../sec/request-queue';
import { isLatestFilingsPage } from '../sec/sec-urls';
import type { TradeLine } from '../market/trade-lines';
import type { ActivityView } from './activity-view';

export { ACTIVITY_PORT, BADGES_PORT, TRADES_PORT } from './message-names';

const cik = z.string().check(z.regex(/^\d{1,10}$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(MESSAGE.cacheStats) }),
  z.object({ type: z.literal(MESSAGE.cacheClear) }),
  z.object({ type: z.literal(MESSAGE.rateLimited) }),
  z.object({ type: z.literal(MESSAGE.findCompanies), query: z.string().check(z.maxLength(100)), limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(50))) }),
]);
export type Request = z.infer<typeof requestSchema>;

export const portRequestSchema = z.discriminatedUnion('type', [
  /** The filings of issuer `cik` in the window, as they arrive. */
  z.object({ type: z.literal('watch'), cik, from: isoDate, until: isoDate }),
  /**
   * A filing page's history: the filings of the insider of the filing this tab shows, at its
   * issuer. Which filing that is, the background knows from its own parse (no CIK comes from the page).
   */
  z.object({ type: z.literal('history') }),
  /** The CSV of every row of the window now watched; answered with the same `id`. */
  z.object({ type: z.literal('csv'), id: z.number().check(z.int()), delimiter: z.enum([',', ';', '\t']) }),
]);
export type PortRequest = z.infer<typeof portRequestSchema>;

const accession = z.string().check(z.regex(/^\d{10}-\d{2}-\d{6}$/));
/** A link's filing: the folder it points into and the accession. */
const badgeFiling = z.object({ cik, accession });
/** More links than any latest-filings page holds (100 filings, each under issuer and owner) are not read. */
const MAX_BADGE_LINKS = 400;

export const badgeRequestSchema = z.discriminatedUnion('type', [
  /** Links now on screen, in page order (newest first): read each filing and send its badge. */
  z.object({ type: z.literal('show'), filings: z.array(badgeFiling).check(z.maxLength(MAX_BADGE_LINKS)) }),
  /** Links no longer on screen: what still waits for them is dropped (docs/design.md section 11). */
  z.object({ type: z.literal('hide'), filings: z.array(badgeFiling).check(z.maxLength(MAX_BADGE_LINKS)) }),
]);
export type BadgeRequest = z.infer<typeof badgeRequestSchema>;

export type BadgeMessage =
  | { type: 'badge'; cik: string; accession: string; badge: FilingBadge }
  | { type: 'unreadable'; cik: string; accession: string; message: string }
  | { type: 'queue'; state: QueueState };

/** The trades view's question: the ownership filings of one day (EDGAR's date), as they are read. */
export const tradesRequestSchema = z.object({ type: z.literal('day'), date: isoDate });
export type TradesRequest = z.infer<typeof tradesRequestSchema>;

export function toTradesRequest(message: unknown): TradesRequest | null {
  const parsed = tradesRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** A filing of the day as the trades view lists it before and after it is read. */
export interface DayFiling {
  accession: string;
  form: string;
  filingDate: string;
  /** When EDGAR accepted it (the feed says, for today); null from the daily index. */
  acceptedAt: string | null;
  indexUrl: string;
}

export type TradesMessage =
  /** The day's list: where it came from (today's feed, or the daily index) and what it may lack. */
  | { type: 'day'; date: string; source: 'feed' | 'index'; filings: DayFiling[]; gaps: string[] }
  /** One filing read: its lines (none when it has no open-market trade). */
  | { type: 'lines'; accession: string; lines: TradeLine[] }
  | { type: 'unreadable'; accession: string; message: string }
  | { type: 'queue'; state: QueueState }
  | { type: 'error'; message: string };

/** A filing as the views need it: its place in EDGAR and, once read, the filing itself. */
export type FilingRef = Pick<OwnershipFilingRef, 'accession' | 'filingDate' | 'form' | 'xmlUrl'>;

export type PortMessage =
  /** What an activity view draws, made in the background from the messages below (lib/views/activity-session.ts). */
  | { type: 'activity'; view: ActivityView }
  | { type: 'csv'; id: number; text: string; rows: number }
  /** A CSV the background will not send, in one sentence (too large for one message). */
  | { type: 'csv'; id: number; error: string }
  /** gaps: what the list leaves out (an older page unreadable, filings past the cap), one sentence each. */
  | { type: 'company'; cik: string; name: string | null; tickers: string[]; refs: FilingRef[]; gaps: string[] }
  | { type: 'filing'; ref: FilingRef; filing: Filing; cached: boolean }
  | { type: 'unreadable'; ref: FilingRef; message: string }
  | { type: 'queue'; state: QueueState }
  | { type: 'error'; message: string }
  | {
      type: 'history';
      points: HistoryPoint[];
      unreadable: { ref: FilingRef; message: string }[];
      total: number;
      /** Splits the points are adjusted for, and the insider's signals (docs/design.md section 10). */
      splits: Split[];
      signals: InsiderSignals;
      /** The insider as EDGAR's list names them (ten-digit CIK), for the star that follows them. */
      insider: { cik: string; name: string | null };
    };

export type FindCompaniesAnswer = { ok: true; companies: Company[] } | { ok: false; message: string };

/** What the lasting cache holds: filings and other answers kept, and their size. */
export interface CacheStats {
  entries: number;
  bytes: number;
}

/** The answer to each one-shot request, by its name. */
export interface Answers {
  [MESSAGE.cacheStats]: CacheStats;
  [MESSAGE.cacheClear]: CacheStats;
  [MESSAGE.findCompanies]: FindCompaniesAnswer;
  [MESSAGE.rateLimited]: true;
}

/** The request, or null when it is not one of ours (so it is ignored, never answered). */
export function toRequest(message: unknown): Request | null {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export function toBadgeRequest(message: unknown): BadgeRequest | null {
  const parsed = badgeRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

export function toPortRequest(message: unknown): PortRequest | null {
  const parsed = portRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only the extension's own pages and its content scripts on www.sec.gov are answered: a
 * message from another extension, or from a frame elsewhere, is ignored.
 */
export function isOwnSender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  // An extension URL's origin is "null" in some engines: compare its start instead.
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (sender.url.startsWith(base)) return true;
  try {
    return new URL(sender.url).origin === 'https://www.sec.gov';
  } catch {
    return false;
  }
}

/**
 * Who may open the badges port: the extension's own script on EDGAR's latest-filings page, and
 * nothing else (not its other pages, not a frame elsewhere on sec.gov).
 */
export function isBadgesSender(sender: SenderLike | undefined, extensionId: string, extensionOrigin: string): boolean {
  return isOwnSender(sender, extensionId, extensionOrigin) && isLatestFilingsPage(sender?.url ?? '');
}
