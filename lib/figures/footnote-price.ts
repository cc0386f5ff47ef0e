// A price a footnote states in plain words, for a P or S row whose price column is empty and
// cites that footnote (docs/design.md section 4, "Never claim a dollar figure for unpriced shares":
// "when a footnote states the price in plain words ("at a price of $12.25"), it may be used and
// marked as taken from the footnote").
//
// Only one unambiguous per-share price counts. Amounts that are not the trade's price are
// refused: a range ("from $41.02 to $41.88"), a par value ("par value $0.0001 per share", 21
// corpus securities), an exercise or conversion price (JOBY's F5 "exercise price of $11.50"),
// an aggregate (TSLA 2018-11-09 F1 "aggregate purchase price of $19,999,931"), a price per unit
// of several securities (CMMB 2021-03-16 F3 "combined price of $17.3509 per unit": one ADS and a
// tenth of a warrant), a closing price. Every expression is linear (bounded quantifiers) and runs
// on the first 4,000 characters of a footnote only.

import type { Row } from '../filing/model';

export type PriceSource = 'filed' | 'footnote';

export interface RowPrice {
  /** The price per share used for the row's value; null when neither the row nor a footnote gives one. */
  price: number | null;
  /** 'filed' (the price column), 'footnote' (stated in words by a footnote cited on the price), or null. */
  priceSource: PriceSource | null;
  /** The footnote the price was taken from, when priceSource is 'footnote'. */
  footnoteId: string | null;
}

const SCAN_LIMIT = 4_000;
const AMOUNT = String.raw`(\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,9}(?:\.\d{1,6})?)`;
// "price of $12.25", "weighted average price of $41.50", "price per share of $8.00", "priced at $3".
const PRICE_PHRASE = new RegExp(
  String.raw`\bpric(?:e|ed)(?:\s{1,3}per\s{1,3}share)?(?:\s{1,3}(?:of|was|is|equal\s{1,3}to|at))?\s{0,3}\$\s{0,2}${AMOUNT}`,
  'gi',
);
// "sold at $41.50 per share", "purchased ... at $12.25 per ADS".
const AT_PER_SHARE = new RegExp(String.raw`\bat\s{1,3}\$\s{0,2}${AMOUNT}\s{0,3}per\s{1,3}(?:share|ads)\b`, 'gi');
// Words just before the amount that make it some other price than the trade's.
const OTHER_PRICE = /\b(?:exercise|conversion|strike|aggregate|total|combined|closing|par|reference|threshold|offering\s+range)\b/i;
// What follows an amount that makes it part of a range, or a price of something else.
const AFTER_NOT_PER_SHARE = /^\s{0,3}(?:(?:to|-|\u2013|\u2014|and|through)\s{0,3}\$|per\s{1,3}(?:unit|warrant|note|option))/i;

function candidatesIn(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 30), start + match[0].indexOf('$'));
    const after = text.slice(start + match[0].length, start + match[0].length + 24);
    if (OTHER_PRICE.test(before) || AFTER_NOT_PER_SHARE.test(after)) continue;
    const value = Number(match[1]!.replace(/,/g, ''));
    if (Number.isFinite(value) && value > 0) found.push(value);
  }
  return found;
}

/** The one per-share price a footnote states in words; null when it states none or more than one. */
export function findStatedPrice(footnoteText: string): number | null {
  const text = footnoteText.slice(0, SCAN_LIMIT);
  const prices = new Set([...candidatesIn(text, PRICE_PHRASE), ...candidatesIn(text, AT_PER_SHARE)]);
  return prices.size === 1 ? [...prices][0]! : null;
}

/** Reads each footnote's stated price once, however many rows cite it. */
export class StatedPrices {
  private readonly found = new Map<string, number | null>();

  constructor(private readonly footnoteTexts: ReadonlyMap<string, string>) {}

  of(id: string): number | null {
    let price = this.found.get(id);
    if (price === undefined) {
      const text = this.footnoteTexts.get(id);
      price = text === undefined ? null : findStatedPrice(text);
      this.found.set(id, price);
    }
    return price;
  }
}

/**
 * The price of a transaction: as filed, or, for an open-market P or S row (table I) whose price
 * is empty, the one a footnote cited on its price states in words.
 */
export function toRowPrice(row: Row, statedPrices: StatedPrices): RowPrice {
  if (row.pricePerShare.value !== null) return { price: row.pricePerShare.value, priceSource: 'filed', footnoteId: null };
  const openMarketCode = row.code === 'P' || row.code === 'S';
  if (row.table === 'nonDerivative' && openMarketCode && row.pricePerShare.text === null) {
    for (const id of row.pricePerShare.footnoteIds) {
      const price = statedPrices.of(id);
      if (price !== null) return { price, priceSource: 'footnote', footnoteId: id };
    }
  }
  return { price: null, priceSource: null, footnoteId: null };
}
