// Insider activity across filings (docs/design.md section 9): one roll-up shared by the CLI's
// `activity` command and the extension's activity views.

export { ActivityRollup, type ActivityReport, type AddOutcome, type RollupOptions, type SerialisedRollup } from './activity-rollup';
export { applyAmendments, type AmendmentOutcome } from './amendments';
export { CLUSTER_DAYS, CLUSTER_INSIDERS, findClusterBuys, type ClusterBuy, type Purchase } from './cluster-buys';
export {
  toFilingEntry,
  type EntryOptions,
  type EntryOwner,
  type EntryTrades,
  type FilingEntry,
  type OpenMarketTrade,
  type PurchaseDay,
} from './filing-entry';
export { normaliseAccession, toAmendmentKey, toCikKey, toFingerprint, toInsiderKey } from './filing-identity';
export { findInsiderSplits, toInsiderHistory, type HistoryPoint } from './insider-history';
export type { InsiderSignals } from './signals';
export type { Split } from './splits';
export { summariseIssuer, type InsiderActivity, type IssuerActivity, type IssuerClusterBuy } from './issuer-activity';
export type { OpenMarketActivity } from './open-market-sum';
export { daysBetween, isInWindow, isIsoDate, lastFilingDateFor, rowDate, todayIso, toActivityWindow, WHOLE_HISTORY, type ActivityWindow } from './window';
