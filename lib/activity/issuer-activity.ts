// The activity at one issuer over the counted filings of a window (docs/design.md section 9): the
// issuer's open-market totals, buyers and sellers, the share of sales under 10b5-1 plans,
// routine codes kept apart, cluster buys, and one line per insider.

import type { CodeTotals } from '../figures/figures';
import { findClusterBuys, type ClusterInsider, type Purchase } from './cluster-buys';
import { CodeTotalsSum } from './code-totals-sum';
import { ExactSum, MONEY_DECIMALS, SHARE_DECIMALS } from './exact-sum';
import type { FilingEntry } from './filing-entry';
import { HoldingsOverTime } from './holdings-over-time';
import { OpenMarketSum, type OpenMarketActivity } from './open-market-sum';
import { toNetPurchaseRatio, type InsiderSignals } from './signals';
import { toSplitAdjustedEntry } from './split-adjusted-entry';
import { findSplits, splitFactor, type Split } from './splits';
import { findRepeatedBlocks } from './blocks';
import { compareByDate } from './entry-order';
import { RepeatedBlockSum, type RepeatedBlocks } from './repeated-block-sum';

export interface InsiderActivity {
  /** The sorted set of reporting-owner CIKs (without leading zeros) that names this insider. */
  key: string;
  /** CIKs as filed, from the latest filing. */
  ciks: string[];
  names: (string | null)[];
  /** Role from the latest filing; several owners' roles joined with "; ". */
  relationship: string;
  filings: number;
  from: string | null;
  to: string | null;
  openMarket: OpenMarketActivity;
  tenB5OneSoldValue: number;
  /** Table I by code, all codes. */
  byCode: Record<string, CodeTotals>;
  /** Table I shares after the latest filing (lines merged across filings); null if unknown or mixed securities. */
  holdingsAfter: number | null;
  /** Table I shares acquired minus disposed over the window's filings, and as a percentage of the holdings before them. */
  holdingsChange: { shares: number; percent: number | null };
  /** Routine or opportunistic, first buy (docs/design.md section 10); null when the roll-up was given no history. */
  signals: InsiderSignals | null;
}

export interface ClusterBuyer extends ClusterInsider {
  ciks: string[];
  names: (string | null)[];
}

export interface IssuerClusterBuy {
  from: string;
  to: string;
  insiders: ClusterBuyer[];
  shares: number;
  value: number;
  unpricedShares: number;
}

export interface IssuerActivity {
  /** Stock splits found in the filings; every share figure is in the shares of the window's end (docs/design.md section 10). */
  splits: Split[];
  /** Open-market shares as filed, when splits make them differ from the adjusted ones. */
  asFiled: { boughtShares: number; soldShares: number } | null;
  /** Trades reported by related owners in separate filings, counted once in these totals (docs/design.md section 10). */
  repeatedBlocks: RepeatedBlocks | null;
  /** (bought - sold) / (bought + sold) in dollars over the window; null without priced trades (docs/design.md section 10). */
  netPurchaseRatio: number | null;
  /** As filed in the latest filing. */
  issuer: { cik: string; name: string | null; tradingSymbol: string | null };
  /** The issuer's CIK without leading zeros. */
  key: string;
  filings: number;
  from: string | null;
  to: string | null;
  openMarket: OpenMarketActivity;
  /** Insiders with open-market purchases (P) and sales (S) in the window. */
  buyers: number;
  sellers: number;
  tenB5OneSoldValue: number;
  /** tenB5OneSoldValue / soldValue, 0 to 1; null when nothing was sold for a price. */
  tenB5OneShare: number | null;
  /** Table I codes other than P and S: grants, tax withholding, exercises, gifts ... */
  routineByCode: Record<string, CodeTotals>;
  derivativeByCode: Record<string, CodeTotals>;
  /** P or S rows whose A/D disagrees with the code: left out of every total. */
  inconsistentRows: number;
  clusters: IssuerClusterBuy[];
  /** Sorted by absolute net dollars, then absolute net shares. */
  insiders: InsiderActivity[];
}

function minDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a > b ? a : b;
}

class InsiderSum {
  filings = 0;
  from: string | null = null;
  to: string | null = null;
  latest!: FilingEntry;
  readonly openMarket = new OpenMarketSum();
  readonly tenB5One = new ExactSum();
  readonly byCode = new CodeTotalsSum();
  readonly holdings = new HoldingsOverTime();
  readonly change = new ExactSum();

  constructor(readonly key: string) {}

  add(entry: FilingEntry): void {
    this.filings += 1;
    this.from = minDate(this.from, entry.firstDate);
    this.to = maxDate(this.to, entry.lastDate);
    this.latest = entry;
    this.openMarket.add(entry);
    this.tenB5One.add(entry.tenB5OneSoldValue);
    this.byCode.add(entry.byCode);
    this.holdings.add(entry.holdings);
    this.change.add(entry.netShares);
  }

  result(signals: InsiderSignals | null): InsiderActivity {
    const holdingsAfter = this.holdings.total();
    const change = this.change.value(SHARE_DECIMALS);
    const before = holdingsAfter === null ? null : holdingsAfter - change;
    return {
      key: this.key,
      ciks: this.latest.owners.map((owner) => owner.cik),
      names: this.latest.owners.map((owner) => owner.name),
      relationship: [...new Set(this.latest.owners.map((owner) => owner.relationship))].join('; '),
      filings: this.filings,
      from: this.from,
      to: this.to,
      openMarket: this.openMarket.result(),
      tenB5OneSoldValue: this.tenB5One.value(MONEY_DECIMALS),
      byCode: this.byCode.result(),
      holdingsAfter,
      holdingsChange: {
        shares: change,
        percent: before !== null && before > 0 ? Number(((change / before) * 100).toFixed(2)) : null,
      },
      signals,
    };
  }
}

function byAbsoluteNet(a: InsiderActivity, b: InsiderActivity): number {
  return (
    Math.abs(b.openMarket.netValue) - Math.abs(a.openMarket.netValue) ||
    Math.abs(b.openMarket.netShares) - Math.abs(a.openMarket.netShares) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** The issuer's entries in the shares of the latest one, and the splits between (docs/design.md section 10). */
function toSplitAdjusted(entries: readonly FilingEntry[]): { entries: FilingEntry[]; splits: Split[] } {
  const splits = findSplits(entries);
  return { entries: splits.length === 0 ? [...entries] : entries.map((entry) => toSplitAdjustedEntry(entry, splitFactor(entry, splits))), splits };
}

/** The activity at one issuer; `entries` are its counted filings (duplicates and amended originals already out). */
export function summariseIssuer(filed: FilingEntry[], signalsOf?: (insiderKey: string) => InsiderSignals): IssuerActivity {
  const { entries, splits } = toSplitAdjusted(filed);
  const asFiled = new OpenMarketSum();
  if (splits.length > 0) for (const entry of filed) asFiled.add(entry);
  const sorted = entries.sort(compareByDate);
  const repeated = findRepeatedBlocks([...filed].sort(compareByDate));
  const openMarket = new OpenMarketSum();
  const tenB5One = new ExactSum();
  const routine = new CodeTotalsSum();
  const derivative = new CodeTotalsSum();
  const insiders = new Map<string, InsiderSum>();
  const purchases: Purchase[] = [];
  let inconsistentRows = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const entry of sorted) {
    openMarket.add(entry);
    tenB5One.add(entry.tenB5OneSoldValue);
    routine.add(entry.byCode, ['P', 'S']);
    derivative.add(entry.derivativeByCode);
    inconsistentRows += entry.inconsistentRows;
    from = minDate(from, entry.firstDate);
    to = maxDate(to, entry.lastDate);
    let insider = insiders.get(entry.insiderKey);
    if (!insider) insiders.set(entry.insiderKey, (insider = new InsiderSum(entry.insiderKey)));
    insider.add(entry);
    for (const day of entry.purchases) purchases.push({ ...day, insiderKey: entry.insiderKey });
  }
  const blocks = new RepeatedBlockSum();
  for (const { row, first, repeated: again } of repeated) {
    asFiled.remove(row);
    const adjusted = { ...row, shares: new ExactSum().add(row.shares * splitFactor(again, splits)).value(SHARE_DECIMALS) };
    openMarket.remove(adjusted);
    blocks.add(adjusted, first, again);
    // The same purchase twice would make one buyer look like two in a cluster.
    if (row.code === 'P') {
      const day = purchases.find((purchase) => purchase.insiderKey === again.insiderKey && purchase.date === row.key.slice(0, 10));
      if (day) {
        day.shares = new ExactSum().add(day.shares).add(-adjusted.shares).value(SHARE_DECIMALS);
        if (row.value === null) day.unpricedShares = new ExactSum().add(day.unpricedShares).add(-adjusted.shares).value(SHARE_DECIMALS);
        else day.value = new ExactSum().add(day.value).add(-row.value).value(MONEY_DECIMALS);
      }
    }
  }
  const insiderList = [...insiders.values()].map((insider) => insider.result(signalsOf?.(insider.key) ?? null));
  const insiderByKey = new Map(insiderList.map((insider) => [insider.key, insider]));
  const totals = openMarket.result();
  const underPlan = tenB5One.value(MONEY_DECIMALS);
  const latest = sorted.at(-1);
  const filedTotals = asFiled.result();
  return {
    splits,
    asFiled:
      splits.length > 0 && (filedTotals.boughtShares !== totals.boughtShares || filedTotals.soldShares !== totals.soldShares)
        ? { boughtShares: filedTotals.boughtShares, soldShares: filedTotals.soldShares }
        : null,
    netPurchaseRatio: toNetPurchaseRatio(totals.boughtValue, totals.soldValue),
    issuer: latest ? { ...latest.issuer } : { cik: '', name: null, tradingSymbol: null },
    key: latest?.issuerKey ?? '',
    filings: sorted.length,
    from,
    to,
    openMarket: totals,
    buyers: insiderList.filter((insider) => insider.openMarket.boughtRows > 0).length,
    sellers: insiderList.filter((insider) => insider.openMarket.soldRows > 0).length,
    tenB5OneSoldValue: underPlan,
    tenB5OneShare: totals.soldValue > 0 ? Number((underPlan / totals.soldValue).toFixed(4)) : null,
    routineByCode: routine.result(),
    derivativeByCode: derivative.result(),
    inconsistentRows,
    repeatedBlocks: blocks.result(),
    clusters: findClusterBuys(purchases.filter((purchase) => purchase.shares > 0)).map((cluster) => ({
      ...cluster,
      insiders: cluster.insiders.map((buyer) => ({
        ...buyer,
        ciks: insiderByKey.get(buyer.insiderKey)?.ciks ?? [],
        names: insiderByKey.get(buyer.insiderKey)?.names ?? [],
      })),
    })),
    insiders: insiderList.sort(byAbsoluteNet),
  };
}
