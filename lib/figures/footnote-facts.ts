// Facts that filers state only in footnote prose: a Rule 10b5-1 plan and its adoption
// date, and the price range behind a weighted average price. The phrasings matched here
// are the ones in the corpus, e.g. "effected pursuant to a Rule 10b5-1 trading plan adopted
// by the reporting person on September 16, 2021" and "sold in multiple transactions at
// prices ranging from $41.02 to $41.88, inclusive".

import type { Footnote } from '../filing/model';

// Every quantifier below is bounded and every text is cut to its first SCANNED_CHARS
// characters: a crafted footnote ("10b5" then 100,000 spaces, "$" then 100,000 digits) made
// the unbounded patterns backtrack for tens of seconds. Real footnotes state these facts in
// their first sentences.
export const SCANNED_CHARS = 4000;

function head(text: string): string {
  return text.length > SCANNED_CHARS ? text.slice(0, SCANNED_CHARS) : text;
}

const TEN_B5_ONE = /10b5\s{0,3}[-\u2010-\u2015]?\s{0,3}1/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(?:[A-Za-z]{3,9}\.?\s{1,5}\d{1,2},?\s{1,5}\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})`;
const ADOPTED_ON = new RegExp(String.raw`\badopted\b[^.;]{0,80}?\bon\s{1,5}(${DATE})`, 'gi');
/** Longer than any date DATE matches ("September 30, 2021" with its spaces). */
const MAX_DATE_CHARS = 40;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "September  14, 2021", "9/14/2021" or "2021-09-14" as 2021-09-14; null if not a date. */
export function toIsoDateFromProse(text: string): string | null {
  if (text.length > MAX_DATE_CHARS) return null;
  let year: number, month: number, day: number;
  const named = /^([A-Za-z]{1,12})\.?\s{1,5}(\d{1,2}),?\s{1,5}(\d{4})$/.exec(text.trim());
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (named) {
    const name = named[1]!.toLowerCase();
    month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name))) + 1;
    day = Number(named[2]);
    year = Number(named[3]);
  } else if (slashed) {
    [month, day, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return null;
  }
  return month > 0 && isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function adoptionDatesIn(text: string): string[] {
  const dates: string[] = [];
  for (const match of head(text).matchAll(ADOPTED_ON)) {
    const date = toIsoDateFromProse(match[1]!);
    if (date !== null && !dates.includes(date)) dates.push(date);
  }
  return dates;
}

export interface TenB5OneMentions {
  footnoteIds: string[];
  inRemarks: boolean;
  adoptionDates: string[];
}

export function findTenB5OneMentions(footnotes: Footnote[], remarks: string | null): TenB5OneMentions {
  const footnoteIds: string[] = [];
  const adoptionDates: string[] = [];
  const texts: string[] = [];
  for (const footnote of footnotes) {
    if (!TEN_B5_ONE.test(head(footnote.text))) continue;
    footnoteIds.push(footnote.id);
    texts.push(footnote.text);
  }
  const inRemarks = remarks !== null && TEN_B5_ONE.test(head(remarks));
  if (inRemarks) texts.push(remarks);
  for (const text of texts) {
    for (const date of adoptionDatesIn(text)) if (!adoptionDates.includes(date)) adoptionDates.push(date);
  }
  return { footnoteIds, inRemarks, adoptionDates: adoptionDates.sort() };
}

export interface PriceRange {
  footnoteId: string;
  low: number;
  high: number;
}

// "at prices ranging from $X to $Y", "price of the shares sold from $X to $Y per share".
const RANGE = /\brang(?:e|ed|ing)\b|\bprices?\b/i;
// Amounts of at most 20 digits and commas: more than any price.
const AMOUNT = String.raw`([\d,]{0,20}\.?\d{1,10})`;
const DOLLARS = new RegExp(String.raw`\$\s{0,3}${AMOUNT}\s{0,3}(?:to|-|\u2013|\u2014|and|through)\s{0,3}\$\s{0,3}${AMOUNT}`, 'i');

/** Footnotes that give the range of prices behind a weighted average price. */
export function findPriceRanges(footnotes: Footnote[]): PriceRange[] {
  const ranges: PriceRange[] = [];
  for (const footnote of footnotes) {
    const text = head(footnote.text);
    if (!RANGE.test(text)) continue;
    const match = DOLLARS.exec(text);
    if (!match) continue;
    const low = Number(match[1]!.replace(/,/g, ''));
    const high = Number(match[2]!.replace(/,/g, ''));
    if (Number.isFinite(low) && Number.isFinite(high)) ranges.push({ footnoteId: footnote.id, low, high });
  }
  return ranges;
}
