// What the activity views show, as plain data: made by the view's client from the filings the
// background sends and the lib roll-up, handed to the components as props.

import type { IssuerActivity } from '../activity';

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

export interface ActivityViewModel {
  company: { cik: string; name: string | null; ticker: string | null } | null;
  months: WindowMonths;
  from: string;
  until: string;
  /** Filings read (or found unreadable) of those listed in the window; total null until the list is in. */
  progress: { read: number; total: number | null };
  /** Null until a filing of the issuer is read. */
  issuer: IssuerActivity | null;
  trades: TimelineTrade[];
  unreadable: UnreadableFiling[];
  /** What the list of filings leaves out (an older page unreadable, filings past the cap): the figures are partial. */
  gaps: string[];
  notes: string[];
  /** One sentence: the rate-limit stop, a failed list; null when all is well. */
  problem: string | null;
}
