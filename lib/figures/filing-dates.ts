// When the filing was made and how long after the trade (docs/design.md section 4, "Dates": "where
// the page or data gives the filing date (index page, .txt header, EDGAR's JSON), show it and the
// days from the trade to the filing; otherwise the signature date"). A Form 4 is due before the
// end of the second business day after the trade (Exchange Act Section 16(a)(2)(C)); the counts
// are given, the judgement is left to the reader: a row may carry a later deemed execution date
// (Rule 16a-3(g)(2)) or be a Form 5 transaction reported early.

import { businessDaysBetween, daysBetween } from './business-days';
import { toIsoDateFromProse } from './footnote-facts';
import type { OwnershipDocument } from '../filing/model';
import { toIsoDate } from '../xml/xml-values';

export interface FilingDates {
  /** The date EDGAR accepted the filing (ISO), when the input or the caller says it. */
  filingDate: string | null;
  /** The latest owner's signature date (ISO), when given and readable. */
  signatureDate: string | null;
  /** The date the lag is counted to: filingDate, else signatureDate. */
  reportedOn: string | null;
  /** Which of the two reportedOn is; null when neither is known. */
  reportedOnSource: 'filingDate' | 'signatureDate' | null;
  /** The latest transaction date of the filing (both tables, ISO); null for a filing without transactions. */
  latestTradeDate: string | null;
  /** Calendar days from latestTradeDate to reportedOn; null when either is unknown or reportedOn is earlier (a filing error). */
  daysAfterTrade: number | null;
  /** Business days after latestTradeDate up to reportedOn (weekends and federal holidays skipped). */
  businessDaysAfterTrade: number | null;
}

function toSignatureDate(text: string | null): string | null {
  if (text === null) return null;
  return toIsoDate(text) ?? toIsoDateFromProse(text.slice(0, 40));
}

function latest(dates: (string | null)[]): string | null {
  let found: string | null = null;
  for (const date of dates) if (date !== null && (found === null || date > found)) found = date;
  return found;
}

/**
 * The dates of a filing. `filingDate` is Filing.filingDate, or what the caller knows from the
 * page (an index page's "Filing Date"); null when unknown.
 */
export function toFilingDates(document: OwnershipDocument, filingDate: string | null): FilingDates {
  const filed = filingDate === null ? null : toIsoDate(filingDate);
  const signatureDate = latest(document.signatures.map((signature) => toSignatureDate(signature.date)));
  const reportedOn = filed ?? signatureDate;
  const latestTradeDate = latest(document.transactions.map((row) => row.transactionDate.value));
  const canCount = latestTradeDate !== null && reportedOn !== null && reportedOn >= latestTradeDate;
  return {
    filingDate: filed,
    signatureDate,
    reportedOn,
    reportedOnSource: filed !== null ? 'filingDate' : signatureDate !== null ? 'signatureDate' : null,
    latestTradeDate,
    daysAfterTrade: canCount ? daysBetween(latestTradeDate, reportedOn) : null,
    businessDaysAfterTrade: canCount ? businessDaysBetween(latestTradeDate, reportedOn) : null,
  };
}
