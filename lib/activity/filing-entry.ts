// What the roll-up keeps of one filing: its identity and the figures of the rows dated in the
// window, computed by lib/figures/figures.ts on those rows (so a filing wholly in the window gives
// exactly its own figures), and nothing of the parsed document itself. An entry is plain
// data (strings, numbers, arrays), so it can cross a worker boundary and be stored as JSON.

import { add, multiply, subtract, toDecimal, toRoundedNumber, ZERO } from '../figures/decimal';
import { computeFigures, type CodeTotals, type TradeTotals } from '../figures/figures';
import { findTenB5OneMentions } from '../figures/footnote-facts';
import type { DocumentType, Filing, OwnershipDocument, Row } from '../filing/model';
import { citedFootnoteIds } from '../filing/rows';
import { describeRelationship } from '../filing/relationship';
import { transactionValue } from '../figures/row-value';
import { ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import { normaliseAccession, toAmendmentKey, toCikKey, toFingerprint, toInsiderKey, toRowShape } from './filing-identity';
import { toBlockFacts, type BlockFacts } from './blocks';
import { findStatedSplits, type StatedSplit } from './splits';
import { isInWindow, rowDate, type ActivityWindow } from './window';

export interface EntryOwner {
  /** As filed in the XML (leading zeros kept). */
  cik: string;
  name: string | null;
  /** "Director, Officer (CEO)", as the form's box 5 reads. */
  relationship: string;
}

/** One side of the open market in one filing. */
export interface EntryTrades {
  rows: number;
  shares: number;
  /** Dollars of the rows that give a price. */
  value: number;
  pricedShares: number;
  /** Rows with no price: their shares count, their dollars cannot. */
  unpricedRows: number;
}

/** The open-market purchases (P, acquired) of one filing on one day: what cluster buys are made of. */
export interface PurchaseDay {
  date: string;
  shares: number;
  value: number;
  unpricedShares: number;
}

/**
 * A table I line after the filing (lib/figures/holdings-after.ts), as much of it as the insider's
 * holdings after their latest filing need. Table II lines are in their own units and never
 * added to table I, so the roll-up keeps none. Whole lines, both tables with every field, were
 * three quarters of an entry's JSON.
 */
export interface EntryHolding {
  /** The line's name, the same in every filing of the position (lib/figures/holding-lines.ts). */
  line: string;
  securityTitle: string | null;
  directOrIndirect: 'D' | 'I' | null;
  natureOfOwnership: string | null;
  sharesOwnedAfter: number | null;
  /**
   * What the line held before the filing's first row on it (that row's amount after, minus what
   * it acquired or plus what it disposed); the amount held for a line of holdings only. What a
   * split is seen by: the line's amount after the previous filing, times a whole ratio.
   */
  before: number | null;
}

/** One open-market row (P acquired or S disposed), for a timeline; kept only on request. */
export interface OpenMarketTrade {
  date: string | null;
  code: 'P' | 'S';
  shares: number;
  price: number | null;
  value: number | null;
  /** Under a Rule 10b5-1 plan (the checkbox, or a footnote the row cites, or the remarks). */
  tenB5One: boolean;
}

export interface FilingEntry {
  /** The accession when known, else `content:` and the fingerprint. */
  id: string;
  accession: string | null;
  filingDate: string | null;
  /** Content identity (lib/activity/filing-identity.ts), for duplicates without an accession. */
  fingerprint: string;
  /** Issuer, owners, period and form without /A: what an amendment and its original share. */
  amendmentKey: string;
  /** The shape of the rows (filing-identity.ts toRowShape): which original an amendment corrects. */
  rowShape: string;
  /** Where it was read from (a path, a URL), for reports and the CSV. */
  source: string | null;
  documentType: DocumentType;
  periodOfReport: string | null;
  /** An amendment's `dateOfOriginalSubmission`: tells which of several originals it amends. */
  originalDate: string | null;
  issuer: { cik: string; name: string | null; tradingSymbol: string | null };
  /** toCikKey of the issuer: what issuers are grouped by. */
  issuerKey: string;
  owners: EntryOwner[];
  /** The sorted set of the owners' CIKs: what insiders are grouped by. */
  insiderKey: string;
  /** First and last date of the rows in the window; the period of report for a filing without rows. */
  firstDate: string | null;
  lastDate: string | null;
  bought: EntryTrades;
  sold: EntryTrades;
  /** Dollars of `sold` under a Rule 10b5-1 plan. */
  tenB5OneSoldValue: number;
  /** P rows disposed, S rows acquired: shown in the filing, left out of every total. */
  inconsistentRows: number;
  /** Table I by code (A, F, M, G ..., and P and S), in shares. */
  byCode: Record<string, CodeTotals>;
  /** Table II by code, in its own units. */
  derivativeByCode: Record<string, CodeTotals>;
  /** Table I: all acquired minus all disposed. */
  netShares: number;
  holdings: EntryHolding[];
  purchases: PurchaseDay[];
  trades?: OpenMarketTrade[];
  /** Stock splits the filing's footnotes or remarks state (lib/activity/splits.ts); left out when none. */
  statedSplits?: StatedSplit[];
  /** Its open-market rows in the window and what tells its owners' relations (lib/activity/blocks.ts); null without such rows. */
  blocks: BlockFacts | null;
}

export interface EntryOptions {
  window?: ActivityWindow;
  source?: string | null;
  /** Keep every open-market row (for a timeline); off by default to keep entries small. */
  keepTrades?: boolean;
}

function isOpenMarketRow(row: Row): row is Row & { code: 'P' | 'S' } {
  return (
    row.table === 'nonDerivative' &&
    ((row.code === 'P' && row.acquiredDisposed.value === 'A') || (row.code === 'S' && row.acquiredDisposed.value === 'D'))
  );
}

function toEntryTrades(totals: TradeTotals, rows: Row[], code: string): EntryTrades {
  const unpricedRows = rows.filter((row) => isOpenMarketRow(row) && row.code === code && row.pricePerShare.value === null).length;
  return { rows: totals.rows, shares: totals.shares, value: totals.value, pricedShares: totals.pricedShares, unpricedRows };
}

function toPurchaseDays(rows: Row[], document: OwnershipDocument): PurchaseDay[] {
  const byDate = new Map<string, { shares: ExactSum; value: ExactSum; unpriced: ExactSum }>();
  for (const row of rows) {
    if (!isOpenMarketRow(row) || row.code !== 'P') continue;
    const date = rowDate(row, document);
    if (date === null) continue;
    let day = byDate.get(date);
    if (!day) byDate.set(date, (day = { shares: new ExactSum(), value: new ExactSum(), unpriced: new ExactSum() }));
    const shares = row.shares.value ?? 0;
    day.shares.add(shares);
    const value = transactionValue(row);
    if (value === null) day.unpriced.add(shares);
    else day.value.add(value);
  }
  return [...byDate].map(([date, day]) => ({
    date,
    shares: day.shares.value(SHARE_DECIMALS),
    value: day.value.value(MONEY_DECIMALS),
    unpricedShares: day.unpriced.value(SHARE_DECIMALS),
  }));
}

/**
 * Which rows a Rule 10b5-1 plan covers: all of them when the checkbox or the remarks say so,
 * else those citing a footnote that does.
 */
function toTenB5OneTest(document: OwnershipDocument): (row: Row) => boolean {
  if (document.aff10b5One === true) return () => true;
  const mentions = findTenB5OneMentions(document.footnotes, document.remarks);
  if (mentions.inRemarks) return () => true;
  if (mentions.footnoteIds.length === 0) return () => false;
  const planFootnotes = new Set(mentions.footnoteIds);
  return (row) => citedFootnoteIds(row).some((id) => planFootnotes.has(id));
}

function toTrades(rows: Row[], document: OwnershipDocument, coveredByPlan: (row: Row) => boolean): OpenMarketTrade[] {
  return rows.filter(isOpenMarketRow).map((row) => ({
    date: rowDate(row, document),
    code: row.code,
    shares: row.shares.value ?? 0,
    price: row.pricePerShare.value,
    value: transactionValue(row),
    tenB5One: coveredByPlan(row),
  }));
}

/** Per table I line with transactions: its amount before the first of them. */
function toLinesBefore(document: OwnershipDocument, lineIds: readonly string[]): Map<string, number | null> {
  const before = new Map<string, number | null>();
  document.transactions.forEach((row, index) => {
    const line = lineIds[index]!;
    if (row.table !== 'nonDerivative' || before.has(line)) return;
    const { shares, sharesOwnedAfter: after } = row;
    if (shares.value === null || after.value === null || row.acquiredDisposed.value === null) return void before.set(line, null);
    const moved = toDecimal(shares.value, shares.text);
    const held = toDecimal(after.value, after.text);
    before.set(line, toRoundedNumber(row.acquiredDisposed.value === 'A' ? subtract(held, moved) : add(held, moved), SHARE_DECIMALS));
  });
  return before;
}

function firstAndLast(dates: (string | null)[], fallback: string | null): [string | null, string | null] {
  let first: string | null = null;
  let last: string | null = null;
  for (const date of dates) {
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return first === null ? [fallback, fallback] : [first, last];
}

/**
 * The entry of a filing for a window; null when none of it falls in the window (no
 * transaction dated in it, and for a filing of holdings only, a period outside it).
 */
export function toFilingEntry(filing: Filing, options: EntryOptions = {}): FilingEntry | null {
  const { document } = filing;
  const window = options.window ?? { from: null, until: null };
  const transactions = document.transactions.filter((row) => isInWindow(rowDate(row, document), window));
  const isWhole = transactions.length === document.transactions.length;
  if (transactions.length === 0 && !(document.transactions.length === 0 && isInWindow(document.periodOfReport, window))) {
    return null;
  }
  // The figures of the rows in the window, by the same function as a single filing's.
  const inWindow = isWhole ? document : { ...document, transactions };
  const figures = computeFigures(inWindow);
  const linesBefore = toLinesBefore(inWindow, figures.holdingLineIds);
  const coveredByPlan = toTenB5OneTest(document);
  // Summed exactly and rounded once, as figures.ts does, so a filing sold wholly under a plan
  // gives its own sold value to the cent.
  let soldUnderPlan = ZERO;
  for (const row of transactions) {
    if (!isOpenMarketRow(row) || row.code !== 'S' || row.pricePerShare.value === null || !coveredByPlan(row)) continue;
    const shares = row.shares.value === null ? ZERO : toDecimal(row.shares.value, row.shares.text);
    soldUnderPlan = add(soldUnderPlan, multiply(shares, toDecimal(row.pricePerShare.value, row.pricePerShare.text)));
  }
  const accession = normaliseAccession(filing.accession);
  const fingerprint = toFingerprint(document);
  const [firstDate, lastDate] = firstAndLast(
    transactions.map((row) => rowDate(row, document)),
    document.periodOfReport,
  );
  const entry: FilingEntry = {
    id: accession ?? `content:${fingerprint}`,
    accession,
    filingDate: filing.filingDate,
    fingerprint,
    amendmentKey: toAmendmentKey(document),
    rowShape: toRowShape(document),
    source: options.source ?? null,
    documentType: document.documentType,
    periodOfReport: document.periodOfReport,
    originalDate: document.documentType.endsWith('/A') ? document.dateOfOriginalSubmission : null,
    issuer: { ...document.issuer },
    issuerKey: toCikKey(document.issuer.cik),
    owners: document.reportingOwners.map((owner) => ({
      cik: owner.cik,
      name: owner.name,
      relationship: describeRelationship(owner),
    })),
    insiderKey: toInsiderKey(document),
    firstDate,
    lastDate,
    bought: toEntryTrades(figures.openMarket.bought, transactions, 'P'),
    sold: toEntryTrades(figures.openMarket.sold, transactions, 'S'),
    tenB5OneSoldValue: toRoundedNumber(soldUnderPlan, MONEY_DECIMALS),
    inconsistentRows: figures.flags.inconsistentDirectionRows.length,
    byCode: figures.byCode,
    derivativeByCode: figures.derivativeByCode,
    netShares: figures.netShares,
    holdings: figures.holdingsAfter.equityLines.map((line) => ({
      line: line.key,
      securityTitle: line.securityTitle,
      directOrIndirect: line.directOrIndirect,
      natureOfOwnership: line.natureOfOwnership,
      sharesOwnedAfter: line.sharesOwnedAfter,
      before: linesBefore.has(line.key) ? linesBefore.get(line.key)! : line.sharesOwnedAfter,
    })),
    purchases: toPurchaseDays(transactions, document),
    blocks: toBlockFacts(filing, window),
  };
  const statedSplits = [...document.footnotes.map((footnote) => footnote.text), document.remarks ?? ''].flatMap(findStatedSplits);
  if (statedSplits.length > 0) entry.statedSplits = statedSplits;
  if (options.keepTrades) entry.trades = toTrades(transactions, document, coveredByPlan);
  return entry;
}
