// Facts that filers state only in footnote prose: a Rule 10b5-1 plan and its adoption
// date, and the price range behind a weighted average price. The phrasings matched here
// are the ones in the corpus, e.g. "effected pursuant to a Rule 10b5-1 trading plan adopted
// by the reporting person on September 16, 2021" and "sold in multiple transactions at
// prices ranging from $41.02 to $41.88, inclusive".

import type { Footnote } from './model';

const TEN_B5_ONE = /10b5\s*[-\u2010-\u2015]?\s*1/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})`;
const ADOPTED_ON = new RegExp(String.raw`\badopted\b[^.;]{0,80}?\bon\s+(${DATE})`, 'gi');

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "September  14, 2021", "9/14/2021" or "2021-09-14" as 2021-09-14; null if not a date. */
export function toIsoDateFromProse(text: string): string | null {
  let year: number, month: number, day: number;
  const named = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text.trim());
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
  for (const match of text.matchAll(ADOPTED_ON)) {
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
    if (!TEN_B5_ONE.test(footnote.text)) continue;
    footnoteIds.push(footnote.id);
    texts.push(footnote.text);
  }
  const inRemarks = remarks !== null && TEN_B5_ONE.test(remarks);
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
const DOLLARS = /\$\s*([\d,]*\.?\d+)\s*(?:to|-|\u2013|\u2014|and|through)\s*\$\s*([\d,]*\.?\d+)/i;

/** Footnotes that give the range of prices behind a weighted average price. */
export function findPriceRanges(footnotes: Footnote[]): PriceRange[] {
  const ranges: PriceRange[] = [];
  for (const footnote of footnotes) {
    if (!RANGE.test(footnote.text)) continue;
    const match = DOLLARS.exec(footnote.text);
    if (!match) continue;
    const low = Number(match[1]!.replace(/,/g, ''));
    const high = Number(match[2]!.replace(/,/g, ''));
    if (Number.isFinite(low) && Number.isFinite(high)) ranges.push({ footnoteId: footnote.id, low, high });
  }
  return ranges;
}
