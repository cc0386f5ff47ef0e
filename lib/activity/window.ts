// The period an activity view covers (docs/design.md section 9: the 12 months ending today or at
// a company page's `dateb`; choices 3, 6, 12, 24 months). A row belongs to the window by its
// transaction date, or by the filing's period of report when the row gives none.

import type { OwnershipDocument, Row } from '../filing/model';

/** Inclusive ISO dates (2021-11-30); null leaves that side open. */
export interface ActivityWindow {
  from: string | null;
  until: string | null;
}

export const WHOLE_HISTORY: ActivityWindow = { from: null, until: null };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The `months` months ending on `until` (inclusive). From the last day of a month, whole
 * calendar months: 1 month ending 2021-11-30 is November 2021. From another day, the day after
 * the same day `months` earlier: 3 months ending 2024-05-15 start 2024-02-16 (a day the
 * earlier month lacks is clamped to its last day).
 */
export function toActivityWindow(months: number, until: string): ActivityWindow {
  const end = new Date(`${until}T00:00:00Z`);
  const year = end.getUTCFullYear();
  const month = end.getUTCMonth() - months;
  const isLastDay = new Date(Date.UTC(year, end.getUTCMonth() + 1, 0)).getUTCDate() === end.getUTCDate();
  if (isLastDay) return { from: toIso(new Date(Date.UTC(year, month + 1, 1))), until };
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return { from: toIso(new Date(Date.UTC(year, month, Math.min(end.getUTCDate(), lastDayOfMonth) + 1))), until };
}

export function isInWindow(date: string | null, window: ActivityWindow): boolean {
  if (date === null) return window.from === null && window.until === null;
  return (window.from === null || date >= window.from) && (window.until === null || date <= window.until);
}

/** The date a row counts on: its transaction date, else the filing's period of report. */
export function rowDate(row: Row, document: OwnershipDocument): string | null {
  return row.transactionDate.value ?? document.periodOfReport;
}

/** Days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Today on EDGAR's calendar (New York), which says which day's filings are "today's". */
export function edgarToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The reader's today as an ISO date, in their own time zone (where a window ends by default). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A Form 4 is due two business days after the trade, a Form 5 45 days after the fiscal year:
 * filings made up to this long after a window's end may still report trades inside it.
 */
export const LATE_FILING_DAYS = 60;

/** The last filing date whose filing may still report a trade on or before `until`. */
export function lastFilingDateFor(until: string): string {
  return new Date(Date.parse(`${until}T00:00:00Z`) + LATE_FILING_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The most filings one view reads: a window of a busy issuer holds a few hundred; 2,000 take
 * about 7 minutes at 5 requests a second. A list naming more (40,000 references once meant 2.8
 * hours of requests) is read newest first up to this many, and the view says so.
 */
export const MAX_FILINGS_PER_VIEW = 2_000;

/** The filings a view reads for a window, newest first, each accession once, and what it leaves out. */
export function selectWindowFilings<T extends { accession: string; filingDate: string }>(
  listed: readonly T[],
  from: string,
  until: string,
  cap = MAX_FILINGS_PER_VIEW,
): { refs: T[]; gaps: string[] } {
  const lastFiled = lastFilingDateFor(until);
  const seen = new Set<string>();
  const inWindow: T[] = [];
  for (const ref of listed) {
    if (ref.filingDate < from || ref.filingDate > lastFiled || seen.has(ref.accession)) continue;
    seen.add(ref.accession);
    inWindow.push(ref);
  }
  inWindow.sort((a, b) => (a.filingDate < b.filingDate ? 1 : a.filingDate > b.filingDate ? -1 : a.accession < b.accession ? 1 : -1));
  if (inWindow.length <= cap) return { refs: inWindow, gaps: [] };
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    refs: inWindow.slice(0, cap),
    gaps: [`EDGAR lists ${count(inWindow.length)} filings for this window; only the newest ${count(cap)} were read, so the figures leave out the oldest.`],
  };
}
