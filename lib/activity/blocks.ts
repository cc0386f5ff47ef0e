// One block, one count (docs/design.md section 10): the same open-market trade reported in
// separate filings by related owners (a fund and its general partner, a trust and its trustee,
// each filing alone) is counted once in the issuer's totals. Rows are the same block when their
// date, code, shares and price are the same and their owners are related: they share a CIK, one
// filing names an owner of the other (in its footnotes, remarks or natures of ownership), or
// they file from the same address on the same day. Each insider's own figures keep the trade.

import type { Filing, OwnershipDocument } from '../filing/model';
import { findNotOpenMarket, readTradeFootnotes } from '../figures/private-trade';
import { MONEY_DECIMALS, multiply, toDecimal, toRoundedNumber } from '../figures/decimal';
import { toCikKey } from '../filing/filer';
import { rowDate, isInWindow, type ActivityWindow } from './window';

/** One open-market row, by what makes two reports of it the same trade. */
export interface BlockRow {
  /** "2021-08-10|P|1997000|17": date, code, shares, price as parsed. */
  key: string;
  code: 'P' | 'S';
  shares: number;
  /** shares x price to the cent; null without a price. */
  value: number | null;
}

/** A row back from its key: entries keep the key alone (a filing of 30 sales keeps 30 short strings). */
export function toBlockRow(key: string): BlockRow {
  const [, code, shares, price] = key.split('|') as [string, 'P' | 'S', string, string];
  const value = price === '' ? null : toRoundedNumber(multiply(toDecimal(Number(shares), shares), toDecimal(Number(price), price)), MONEY_DECIMALS);
  return { key, code, shares: Number(shares), value };
}

/** What a filing needs to be recognised as related to another: kept only when it has open-market rows. */
export interface BlockFacts {
  /** Its open-market rows in the window, as BlockRow keys, one per line: one string for a filing of 30 sales. */
  rows: string;
  /** Names in the footnotes, remarks and natures of ownership, in words (lower case, letters and digits), at most 1,000 characters. */
  mentions: string;
  /** The owners' street and city, in words. */
  addresses: string[];
}

/** Characters of a filing's texts read for names, and of the names kept. */
const MENTIONS_LIMIT = 1_000;

/** Lower case, every run of other characters one space: "Mithril II LP (\"II LP\")" -> "mithril ii lp ii lp". */
function inWords(text: string | null): string {
  return (text ?? '').slice(0, MENTIONS_LIMIT).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function toBlockFacts({ document }: Filing, window: ActivityWindow): BlockFacts | null {
  const footnotes = readTradeFootnotes(document);
  const rows: string[] = [];
  for (const row of document.transactions) {
    const open =
      row.table === 'nonDerivative' &&
      ((row.code === 'P' && row.acquiredDisposed.value === 'A') || (row.code === 'S' && row.acquiredDisposed.value === 'D'));
    const date = rowDate(row, document);
    if (!open || date === null || !isInWindow(date, window) || row.shares.value === null || findNotOpenMarket(row, footnotes) !== null) continue;
    rows.push(`${date}|${row.code}|${row.shares.value}|${row.pricePerShare.value ?? ''}`);
  }
  if (rows.length === 0) return null;
  return { rows: rows.join('\n'), mentions: toMentions(document), addresses: document.reportingOwners.map((owner) => inWords(`${owner.address.street1 ?? ''} ${owner.address.city ?? ''}`)) };
}

// Names are written with capitals ("Mithril II GP LP", "The Elon Musk Revocable Trust"): runs of
// two or more capitalised words (or "of", "and", "&" between) are all an entry keeps of its texts.
const NAME_LIKE = /\b[A-Z][\w&'.-]{0,40}(?:[ \t]{1,3}(?:[A-Z][\w&'.-]{0,40}|of|and|&)){1,8}/g;

/** The name-like phrases of the filing's footnotes, remarks and natures, in words, each once, " | " between. */
function toMentions(document: OwnershipDocument): string {
  const texts = [...document.footnotes.map((footnote) => footnote.text), document.remarks ?? '', ...document.transactions.map((row) => row.natureOfOwnership.text ?? '')];
  const phrases = new Set<string>();
  let length = 0;
  for (const text of texts) {
    for (const [phrase] of text.slice(0, MENTIONS_LIMIT).matchAll(NAME_LIKE)) {
      const words = inWords(phrase);
      if (phrases.has(words)) continue;
      phrases.add(words);
      length += words.length + 3;
      if (length >= MENTIONS_LIMIT) return [...phrases].join(' | ');
    }
  }
  return [...phrases].join(' | ');
}

/** An owner's name as another filing would write it: as filed, and with the first word last ("musk elon" -> "elon musk"). */
function nameVariants(name: string | null): string[] {
  const words = inWords(name).split(' ').filter(Boolean);
  if (words.length < 2) return [];
  return [words.join(' '), [...words.slice(1), words[0]].join(' ')];
}

/** The few things of an entry the relation needs (lib/activity/filing-entry.ts). */
export interface BlockParty {
  owners: { cik: string; name: string | null }[];
  filingDate: string | null;
  periodOfReport: string | null;
  blocks: BlockFacts | null;
}

function names(a: BlockParty, b: BlockParty): boolean {
  const mentions = ` ${b.blocks?.mentions ?? ''} `;
  return a.owners.some((owner) => nameVariants(owner.name).some((name) => mentions.includes(` ${name} `)));
}

export function areRelated(a: BlockParty, b: BlockParty): boolean {
  const ciks = new Set(a.owners.map((owner) => toCikKey(owner.cik)));
  if (b.owners.some((owner) => ciks.has(toCikKey(owner.cik)))) return true;
  if (names(a, b) || names(b, a)) return true;
  // Filed the same day; without a filing date (a file on disk), for the same day's trades.
  const filedOn = (party: BlockParty) => party.filingDate ?? party.periodOfReport;
  const sameDay = filedOn(a) !== null && filedOn(a) === filedOn(b);
  return sameDay && (a.blocks?.addresses ?? []).some((address) => address !== '' && (b.blocks?.addresses ?? []).includes(address));
}

/** A row counted once: `repeated` is the later report of the block, left out of the issuer's totals. */
export interface RepeatedBlock<T extends BlockParty> {
  row: BlockRow;
  first: T;
  repeated: T;
}

/**
 * The repeated reports of blocks among an issuer's entries (oldest first): for each row key, the
 * entries after the first that report it and are related to an earlier one. Linear in the rows,
 * plus the pairs that share a key (a handful).
 */
export function findRepeatedBlocks<T extends BlockParty & { insiderKey: string }>(entries: readonly T[]): RepeatedBlock<T>[] {
  const byKey = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of entry.blocks?.rows.split('\n') ?? []) {
      const reports = byKey.get(key);
      if (reports) reports.push(entry);
      else byKey.set(key, [entry]);
    }
  }
  const repeated: RepeatedBlock<T>[] = [];
  for (const [key, reports] of byKey) {
    if (reports.length < 2) continue;
    const counted: T[] = [reports[0]!];
    for (const report of reports.slice(1)) {
      const first = counted.find((kept) => kept.insiderKey !== report.insiderKey && areRelated(kept, report));
      if (first) repeated.push({ row: toBlockRow(key), first, repeated: report });
      else counted.push(report);
    }
  }
  return repeated;
}
