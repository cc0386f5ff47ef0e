// What the trades table shows of the lines read (docs/design.md section 11): a preset, then the
// reader's filters, then the order. Presets are OpenInsider's screens: purchases of $25,000 or
// more, officers' purchases, CEO/CFO purchases, sales of $100,000 or more, and cluster buys
// (section 9's rule, 3 or more insiders buying within 30 days, over the issuers in the lines read).

import { findClusterBuys, toCikKey, type Purchase } from '../activity';
import type { Role, TradeCode, TradeLine } from './trade-lines';

export const PRESETS = ['purchases', 'officer-purchases', 'ceo-cfo-purchases', 'sales', 'clusters'] as const;
export type Preset = (typeof PRESETS)[number];

export interface TradeFilter {
  codes?: readonly TradeCode[];
  /** Lines where any owner has one of these roles. */
  roles?: readonly Role[];
  minValue?: number;
  /** ΔOwn at least this (a fraction: 0.1 is +10%); lines of unknown ΔOwn are left out. */
  minDeltaOwn?: number;
  lateOnly?: boolean;
  without10b5One?: boolean;
  /** Filing dates (signature dates where the filing date is unknown), ISO, both ends included. */
  since?: string;
  until?: string;
}

export const PRESET_FILTERS: Record<Preset, TradeFilter> = {
  purchases: { codes: ['P'], minValue: 25_000 },
  'officer-purchases': { codes: ['P'], roles: ['officer'] },
  'ceo-cfo-purchases': { codes: ['P'], roles: ['ceo', 'cfo'] },
  sales: { codes: ['S'], minValue: 100_000 },
  clusters: { codes: ['P'] },
};

export const PRESET_LABELS: Record<Preset, string> = {
  purchases: 'Purchases of $25,000 or more',
  'officer-purchases': "Officers' purchases",
  'ceo-cfo-purchases': 'CEO and CFO purchases',
  sales: 'Sales of $100,000 or more',
  clusters: 'Cluster buys',
};

export function matchesFilter(line: TradeLine, filter: TradeFilter): boolean {
  if (filter.codes && !filter.codes.includes(line.code)) return false;
  if (filter.roles && !filter.roles.some((role) => line.roles.includes(role))) return false;
  if (filter.minValue !== undefined && line.value < filter.minValue) return false;
  if (filter.minDeltaOwn !== undefined && (line.deltaOwn === null || line.deltaOwn < filter.minDeltaOwn)) return false;
  if (filter.lateOnly && !line.flags.late) return false;
  if (filter.without10b5One && line.flags.plan10b5_1) return false;
  const filed = filedOrSigned(line);
  if (filter.since !== undefined && (filed === null || filed < filter.since)) return false;
  if (filter.until !== undefined && (filed === null || filed > filter.until)) return false;
  return true;
}

/** The purchase lines that belong to a cluster buy at their issuer. */
function clusterLines(lines: readonly TradeLine[]): TradeLine[] {
  const byIssuer = new Map<string, TradeLine[]>();
  for (const line of lines) {
    if (line.code !== 'P' || line.tradeDate === null) continue;
    const key = toCikKey(line.issuer.cik);
    const list = byIssuer.get(key);
    if (list) list.push(line);
    else byIssuer.set(key, [line]);
  }
  const kept = new Set<TradeLine>();
  for (const purchases of byIssuer.values()) {
    const asPurchases = purchases.map((line): Purchase & { line: TradeLine } => ({
      date: line.tradeDate!,
      insiderKey: [...new Set(line.owner.ciks.map(toCikKey))].sort().join('+'),
      shares: line.shares,
      value: line.value,
      unpricedShares: 0,
      line,
    }));
    for (const cluster of findClusterBuys(asPurchases)) {
      for (const purchase of asPurchases) {
        if (purchase.date >= cluster.from && purchase.date <= cluster.to && cluster.insiders.some((one) => one.insiderKey === purchase.insiderKey)) kept.add(purchase.line);
      }
    }
  }
  return lines.filter((line) => kept.has(line));
}

/** The lines a preset and the reader's filter keep, in the order given. */
export function selectTrades(lines: readonly TradeLine[], preset: Preset | null, filter: TradeFilter = {}): TradeLine[] {
  const pool = preset === 'clusters' ? clusterLines(lines) : lines;
  const presetFilter = preset === null ? {} : PRESET_FILTERS[preset];
  return pool.filter((line) => matchesFilter(line, presetFilter) && matchesFilter(line, filter));
}

/** The day a line was filed, or signed when the file does not say when it was filed. */
export function filedOrSigned(line: TradeLine): string | null {
  return line.filingDate ?? line.signatureDate;
}

/** Newest filing first, then the largest value, then accession and code: a stable order for the same lines. */
export function byFilingDateThenValue(a: TradeLine, b: TradeLine): number {
  const date = (filedOrSigned(b) ?? '').localeCompare(filedOrSigned(a) ?? '');
  if (date !== 0) return date;
  if (a.value !== b.value) return b.value - a.value;
  return (a.accession ?? '').localeCompare(b.accession ?? '') || a.code.localeCompare(b.code);
}
