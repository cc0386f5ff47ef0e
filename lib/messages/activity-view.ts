// What the activity views show, as plain data: made in the background from the filings it reads
// and the lib roll-up (lib/views/activity-session.ts), sent over the view's port, and handed to
// the components as props.

import type { IssuerActivity } from '../activity';
import type { TradeLine } from '../market/trade-lines';

export const WINDOW_MONTHS = [3, 6, 12, 24] as const;
export type WindowMonths = (typeof WINDOW_MONTHS)[number];

/** One open-market row, as the timeline marks it. */
export interface TimelineTrade {
  id: string;
  date: string;
  code: 'P' | 'S';
  shares: number;
  price: number | null;
  value: number | null;
  tenB5One: boolean;
  /** The owners' names as the filing gives them ("Musk Elon"; joint filers joined by " & "). */
  insider: string;
  /** The sorted set of the owners' CIKs (lib/activity FilingEntry.insiderKey): what a day's mark groups by. */
  insiderKey: string;
  accession: string | null;
  /** The filing's XML on sec.gov, linked from the chart's detail. */
  url: string | null;
}

/** A listed filing that could not be read: what EDGAR's list says of it, and why. */
export interface UnreadableFiling {
  accession: string;
  form: string;
  filingDate: string;
  /** The filing's XML, as listed. */
  url: string;
  /** The filing's index page on sec.gov, which names its owner; null when the XML's address is not a filing's. */
  indexUrl: string | null;
  /** Why, in one sentence, without the address (the link carries it). */
  reason: string;
}

/** What the background sends an activity view (lib/views/activity-session.ts). */
export interface ActivityView {
  company: { cik: string; name: string | null; ticker: string | null } | null;
  from: string;
  until: string;
  /** Filings read (or found unreadable) of those listed in the window; total null until the list is in. */
  progress: { read: number; total: number | null };
  /** Null until a filing of the issuer is read. */
  issuer: IssuerActivity | null;
  trades: TimelineTrade[];
  /** The company's trades table: a line per filing and open-market code, newest filing first, as filed. */
  lines: TradeLine[];
  unreadable: UnreadableFiling[];
  /** What the list of filings leaves out (an older page unreadable, filings past the cap): the figures are partial. */
  gaps: string[];
  notes: string[];
  /** One sentence: the rate-limit stop, a failed list; null when all is well. */
  problem: string | null;
}

/** What the components draw: the background's view and the reader's choice of window. */
export interface ActivityViewModel extends ActivityView {
  months: WindowMonths;
}
