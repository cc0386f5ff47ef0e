// Stock splits, found in the filings themselves (docs/design.md section 10, "Splits"): shares
// before and after a split are different units, so across a window every share figure is stated
// in the shares of the window's end.
//
// Two sources. A footnote or the remarks stating a split ("Reflects a 1-for-50 reverse stock split effected
// by the Issuer on August 16, 2024"). Or an insider's holding line whose amount jumps by a whole
// ratio between two filings with nothing on the line to explain it: Musk's trust held 155,039,144
// Tesla shares after 2022-08-09 and 465,117,432 before its first sale of 2022-11-04, three times
// as many to the share. Prices confirm it: their ratio lies nearer the split's ratio than 1
// ($872.469 on 2022-08-09 against $203.673 on 2022-11-04 is 4.28, nearer 3 than 1: the stock
// also fell), and within 25% of it when the two trades are a month or less apart.

import { compareByDate } from './entry-order';
import type { FilingEntry } from './filing-entry';

export interface Split {
  /** The last date known before the split and the first known after it (the same day when a footnote dates it). */
  from: string | null;
  to: string;
  /** New shares per old share: 3 for a 3-for-1, 0.02 for a 1-for-50 reverse split. */
  ratio: number;
  source: 'footnote' | 'holdings';
}

/** A split a footnote states: its ratio, and its date when the footnote gives one. */
export interface StatedSplit {
  ratio: number;
  date: string | null;
}

const RATIOS = [2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 50, 100];
const CANDIDATES = [...RATIOS, ...RATIOS.map((ratio) => 1 / ratio)];
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, fifty: 50,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCAN_LIMIT = 4_000;
const NUMBER = '(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty)';
// "3-for-1 stock split", "five-for-one forward split", "1-for-50 reverse stock split", "4:1 reverse stock split".
const STATED = new RegExp(`\\b${NUMBER}\\s{0,2}(?:-\\s?for\\s?-|\\s?for\\s|:)\\s{0,2}${NUMBER}\\s{1,3}(forward\\s{1,3}|reverse\\s{1,3})?(?:stock\\s{1,3})?split\\b`, 'gi');
const DATED = /\b(?:effected|effective|distributed|occurred|completed|payable)\b[^.]{0,80}?\b(january|february|march|april|may|june|july|august|september|october|november|december)\s{1,3}(\d{1,2}),\s{0,3}(\d{4})/i;

function toNumber(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}

/**
 * The splits a footnote or the remarks state, each with its date when the text gives one. Tesla's
 * 2023-03-08 option footnote states two: "a five-for-one forward split ... distributed on August
 * 28, 2020, and a three-for-one forward split ... distributed on August 24, 2022". "4:1 reverse"
 * is 1 new share per 4 old: a reverse split is never above 1.
 */
export function findStatedSplits(text: string): StatedSplit[] {
  const scanned = text.slice(0, SCAN_LIMIT);
  const splits: StatedSplit[] = [];
  for (const match of scanned.matchAll(STATED)) {
    const [first, second] = [toNumber(match[1]!), toNumber(match[2]!)];
    if (!(first > 0 && second > 0) || first === second) continue;
    const reverse = /reverse/i.test(match[3] ?? '');
    const ratio = reverse ? Math.min(first, second) / Math.max(first, second) : first / second;
    // The date that follows the split's words, before the next split's.
    const dated = DATED.exec(scanned.slice(match.index, match.index + match[0].length + 120));
    const date = dated
      ? `${dated[3]}-${String(MONTHS.indexOf(dated[1]!.toLowerCase()) + 1).padStart(2, '0')}-${dated[2]!.padStart(2, '0')}`
      : null;
    splits.push({ ratio, date });
  }
  return splits;
}

/** The candidate ratio `observed` is within `tolerance` of (relative), or null. */
function nearestRatio(observed: number, tolerance: number): number | null {
  return CANDIDATES.find((ratio) => Math.abs(observed / ratio - 1) <= tolerance) ?? null;
}

interface PricedDay {
  date: string;
  price: number;
}

/** Each filing's open-market average price on its last row date: what the prices around a split are read from. */
function pricedDays(entries: readonly FilingEntry[]): PricedDay[] {
  const days: PricedDay[] = [];
  for (const entry of entries) {
    const shares = entry.bought.pricedShares + entry.sold.pricedShares;
    if (shares > 0 && entry.lastDate !== null) days.push({ date: entry.lastDate, price: (entry.bought.value + entry.sold.value) / shares });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function daysApart(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Prices on either side of the gap move the split's way (see the top of this file). */
function pricesConfirm(days: readonly PricedDay[], from: string, to: string, ratio: number): boolean {
  const before = days.filter((day) => day.date <= from).at(-1);
  const after = days.find((day) => day.date >= to);
  if (!before || !after) return false;
  const observed = before.price / after.price;
  const distance = Math.abs(Math.log(observed / ratio));
  if (distance >= Math.abs(Math.log(observed))) return false;
  return daysApart(before.date, after.date) > 31 || distance <= Math.log(1.25);
}

/**
 * The splits at one issuer, oldest first: stated ones, and jumps of a holding line between an
 * insider's consecutive filings confirmed by prices. One per date range and ratio. Linear in
 * the entries and their lines (plus a sort).
 */
export function findSplits(entries: readonly FilingEntry[]): Split[] {
  // Filings of one day in the order they were made: the second continues the first's amounts.
  const sorted = [...entries].sort(compareByDate);
  const found = new Map<string, Split>();
  const keep = (split: Split) => {
    const key = `${split.to}|${split.ratio}`;
    if (!found.has(key)) found.set(key, split);
  };
  let previousDate: string | null = null;
  for (const entry of sorted) {
    for (const stated of entry.statedSplits ?? []) {
      if (stated.date !== null) keep({ from: stated.date, to: stated.date, ratio: stated.ratio, source: 'footnote' });
      else if (entry.firstDate !== null) keep({ from: previousDate, to: entry.firstDate, ratio: stated.ratio, source: 'footnote' });
    }
    previousDate = entry.lastDate ?? previousDate;
  }

  const days = pricedDays(sorted);
  // The line's last few amounts: a filing between may already be in the new shares (Musk's
  // Form 5 for 2022 dates gifts of August before the split with amounts after it), so the jump
  // is looked for against each, the latest first.
  const lastAmounts = new Map<string, { date: string; after: number }[]>();
  for (const entry of sorted) {
    if (entry.firstDate === null || entry.lastDate === null) continue;
    for (const line of entry.holdings) {
      const key = `${entry.insiderKey}|${line.line}`;
      const previous = lastAmounts.get(key) ?? [];
      for (const earlier of [...previous].reverse()) {
        if (earlier.after <= 0 || line.before === null || line.before <= 0 || earlier.date >= entry.firstDate) continue;
        const ratio = nearestRatio(line.before / earlier.after, 0.001);
        if (ratio === null || !pricesConfirm(days, earlier.date, entry.firstDate, ratio)) continue;
        // A footnote's date is better than the gap between two filings: the same split is kept once.
        const stated = [...found.values()].some((split) => split.ratio === ratio && split.to >= earlier.date && split.to <= entry.firstDate!);
        if (!stated) keep({ from: earlier.date, to: entry.firstDate, ratio, source: 'holdings' });
        break;
      }
      if (line.sharesOwnedAfter !== null) lastAmounts.set(key, [...previous, { date: entry.lastDate, after: line.sharesOwnedAfter }].slice(-3));
    }
  }
  // Only splits that fall after one of the filings change anything (a 2021 footnote recalls 2020's).
  const earliest = sorted.find((entry) => entry.lastDate !== null)?.lastDate ?? null;
  return [...found.values()]
    .filter((split) => earliest !== null && earliest < split.to)
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** Shares of a filing dated before the splits after it are worth `factor` of the window end's shares. */
export function splitFactor(entry: FilingEntry, splits: readonly Split[]): number {
  let factor = 1;
  const date = entry.lastDate;
  if (date === null) return factor;
  for (const split of splits) if (date < split.to && (split.from === null || date <= split.from)) factor *= split.ratio;
  return factor;
}
