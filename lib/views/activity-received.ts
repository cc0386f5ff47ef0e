// What the background has read for an activity view, as plain data (docs/design.md section 9):
// `receive` folds each step of the reading in (the company's list, a filing, an unreadable
// one), and the view and the CSV of the window are made from it and the lib roll-up.
// lib/views/activity-session.ts keeps one per view; the view's page receives only the result.

import type { CsvOptions } from '../csv/csv';
import { toActivityCsvHeader, toActivityCsvRows } from '../activity/activity-csv';
import type { Filing } from '../filing/model';
import type { FilingRef, PortMessage } from '../messages/background-protocol';
import type { ActivityReport } from '../activity/activity-rollup';
import type { IssuerActivity } from '../activity/issuer-activity';
import { toSplitAdjustedEntry } from '../activity/split-adjusted-entry';
import { splitFactor } from '../activity/splits';
import { toCikKey } from '../activity/filing-identity';
import type { ActivityView, TimelineTrade, UnreadableFiling } from '../messages/activity-view';
import type { ActivityWindow } from '../activity/window';
import { toFilingIndexUrl } from '../sec/sec-urls';

/** A reason longer than this is cut: the background's sentences are far shorter. */
const MAX_REASON = 300;

export interface Received {
  company: { cik: string; name: string | null; ticker: string | null } | null;
  refs: FilingRef[] | null;
  /** What the list of filings leaves out, one sentence each. */
  gaps: string[];
  /** Added to in place (a copy per filing would make n filings cost n²): each state starts with its own, from nothingReceived(). */
  filings: Map<string, { ref: FilingRef; filing: Filing }>;
  unreadable: UnreadableFiling[];
  problem: string | null;
}

/** A view's state before any message, with a map of filings of its own. */
export function nothingReceived(): Received {
  return { company: null, refs: null, gaps: [], filings: new Map(), unreadable: [], problem: null };
}

/** The state after one more message from the background. */
export function receive(state: Received, message: PortMessage): Received {
  switch (message.type) {
    case 'company':
      return {
        ...state,
        company: { cik: message.cik, name: message.name, ticker: message.tickers[0] ?? null },
        refs: message.refs,
        gaps: message.gaps,
        // Filings of an earlier, wider window stay: the roll-up keeps only the rows in the window.
        unreadable: [],
        problem: null,
      };
    case 'filing':
      state.filings.set(message.ref.accession, { ref: message.ref, filing: message.filing });
      return state;
    case 'unreadable':
      if (state.unreadable.some((one) => one.accession === message.ref.accession)) return state;
      return { ...state, unreadable: [...state.unreadable, toUnreadable(message.ref, message.message)] };
    case 'error':
      return { ...state, problem: message.message };
    default:
      return state;
  }
}

/**
 * What the unreadable list says of a filing. The background's sentence names the address it
 * asked for; the list links it instead, so the sentence says "this filing" and stays short.
 */
export function toUnreadable(ref: FilingRef, message: string): UnreadableFiling {
  const reason = message.split(ref.xmlUrl).join('this filing').slice(0, MAX_REASON);
  return { accession: ref.accession, form: ref.form, filingDate: ref.filingDate, url: ref.xmlUrl, indexUrl: toFilingIndexUrl(ref.xmlUrl), reason };
}

/**
 * Every open-market trade of the company's counted filings, oldest first, for the timeline; in
 * the shares of the window's end, as the totals are (docs/design.md section 10, "Splits").
 */
function toTimelineTrades(report: ActivityReport, issuer: IssuerActivity | null): TimelineTrade[] {
  const trades: TimelineTrade[] = [];
  if (issuer === null) return trades;
  for (const filed of report.counted) {
    if (filed.issuerKey !== issuer.key) continue;
    const entry = toSplitAdjustedEntry(filed, splitFactor(filed, issuer.splits));
    const insider = entry.owners.map((owner) => owner.name ?? `CIK ${owner.cik}`).join(' & ');
    (entry.trades ?? []).forEach((trade, index) => {
      if (trade.date === null) return;
      trades.push({ id: `${entry.id}#${index}`, date: trade.date, code: trade.code, shares: trade.shares, price: trade.price, value: trade.value, tenB5One: trade.tenB5One, insider, insiderKey: entry.insiderKey, accession: entry.accession, url: entry.source });
    });
  }
  return trades.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface ViewInput {
  report: ActivityReport;
  received: Received;
  period: ActivityWindow;
  /** The company the view is about (ten digits), once known. */
  cik: string | null;
}

/** The view of the window but its trade lines (lib/views/activity-session.ts adds them). */
export function toActivityView({ report, received, period, cik }: ViewInput): Omit<ActivityView, 'lines'> {
  // Only the view's own company: filings about another issuer (an owner's page lists them) are
  // never shown in its place.
  const issuerKey = cik === null ? null : toCikKey(cik);
  const issuer = report.issuers.find((one) => one.key === issuerKey) ?? null;
  const refs = received.refs;
  const unread = new Set(received.unreadable.map((one) => one.accession));
  return {
    company: received.company,
    from: period.from ?? '',
    until: period.until ?? '',
    progress: { read: refs === null ? 0 : refs.filter((ref) => received.filings.has(ref.accession) || unread.has(ref.accession)).length, total: refs?.length ?? null },
    issuer,
    trades: toTimelineTrades(report, issuer),
    unreadable: received.unreadable,
    gaps: received.gaps,
    notes: report.notes,
    problem: received.problem,
  };
}

/** The CSV of every row in the window of every filing counted about the company `cik` (header included). */
export function toActivityCsv(report: ActivityReport, received: Received, period: ActivityWindow, cik: string | null, options: CsvOptions): { text: string; rows: number } {
  const parts = [toActivityCsvHeader(options.delimiter)];
  const issuerKey = cik === null ? null : toCikKey(cik);
  const splits = report.issuers.find((one) => one.key === issuerKey)?.splits ?? [];
  let rows = 0;
  for (const entry of report.counted) {
    if (entry.issuerKey !== issuerKey) continue;
    const kept = entry.accession === null ? undefined : received.filings.get(entry.accession);
    if (!kept) continue;
    const lines = toActivityCsvRows(kept.filing, period, { ...options, sourceUrl: kept.ref.xmlUrl }, splitFactor(entry, splits));
    rows += lines.split('\r\n').length - 1;
    parts.push(lines);
  }
  return { text: parts.join(''), rows };
}
