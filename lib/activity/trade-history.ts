// What the signals of docs/design.md section 10 need from every filing read, in the window or
// before it: the days each insider traded on the open market at each issuer, and how far back the
// filings read reach. A day and a code are all a signal looks at (routine: the months of the
// previous three years; first buy: purchases in the previous 24 months), so a filing's record is a
// few strings, and a filing read twice adds nothing.

import type { Filing, Row } from '../filing/model';
import { findNotOpenMarket, readTradeFootnotes } from '../figures/private-trade';
import { toCikKey, toInsiderKey } from './filing-identity';
import { toInsiderSignals, type InsiderSignals } from './signals';
import { rowDate, type ActivityWindow } from './window';

/** One filing's open-market days: "2022-11-04|S". Plain data, so it can cross a worker boundary. */
export interface TradeDays {
  issuerKey: string;
  insiderKey: string;
  /** The earliest date the filing speaks of (a row's, else its period). */
  firstDate: string | null;
  days: string[];
}

function isOpenMarketRow(row: Row): row is Row & { code: 'P' | 'S' } {
  return (
    row.table === 'nonDerivative' &&
    ((row.code === 'P' && row.acquiredDisposed.value === 'A') || (row.code === 'S' && row.acquiredDisposed.value === 'D'))
  );
}

export function toTradeDays({ document }: Filing): TradeDays {
  const footnotes = readTradeFootnotes(document);
  const days = new Set<string>();
  let firstDate = document.periodOfReport;
  for (const row of document.transactions) {
    const date = rowDate(row, document);
    if (date !== null && (firstDate === null || date < firstDate)) firstDate = date;
    if (date !== null && isOpenMarketRow(row) && findNotOpenMarket(row, footnotes) === null) days.add(`${date}|${row.code}`);
  }
  return { issuerKey: toCikKey(document.issuer.cik), insiderKey: toInsiderKey(document), firstDate, days: [...days] };
}

interface IssuerHistory {
  from: string | null;
  byInsider: Map<string, Set<string>>;
}

export class TradeHistory {
  private readonly issuers = new Map<string, IssuerHistory>();

  add(record: TradeDays): void {
    let issuer = this.issuers.get(record.issuerKey);
    if (!issuer) this.issuers.set(record.issuerKey, (issuer = { from: null, byInsider: new Map() }));
    if (record.firstDate !== null && (issuer.from === null || record.firstDate < issuer.from)) issuer.from = record.firstDate;
    if (record.days.length === 0) return;
    let days = issuer.byInsider.get(record.insiderKey);
    if (!days) issuer.byInsider.set(record.insiderKey, (days = new Set()));
    for (const day of record.days) days.add(day);
  }

  /**
   * The signals of one insider at one issuer over `window`; the history reaches back to the
   * earliest date of the issuer's filings read, and no further: what was not read is unknown.
   */
  signals(issuerKey: string, insiderKey: string, window: ActivityWindow): InsiderSignals {
    const issuer = this.issuers.get(issuerKey);
    const trades = [...(issuer?.byInsider.get(insiderKey) ?? [])].map((day) => ({ date: day.slice(0, 10), code: day.slice(11) as 'P' | 'S' }));
    // With nothing read, the history covers nothing: from the window's own start at best.
    return toInsiderSignals(trades, window, issuer?.from ?? window.from ?? window.until);
  }

  toJSON(): TradeDays[] {
    return [...this.issuers].flatMap(([issuerKey, issuer]) => [
      { issuerKey, insiderKey: '', firstDate: issuer.from, days: [] },
      ...[...issuer.byInsider].map(([insiderKey, days]) => ({ issuerKey, insiderKey, firstDate: null, days: [...days] })),
    ]);
  }
}
