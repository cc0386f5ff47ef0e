// One activity view's state where the filings are (the background, docs/architecture.md
// "Activity views"): what the background has read for the view so far, folded in message by
// message, and on demand the roll-up's view of the window and its CSV. The view's own script
// receives only the finished view, so the company page carries no roll-up.

import { ActivityRollup, type ActivityReport } from '../activity/activity-rollup';
import { toCikKey } from '../activity/filing-identity';
import type { ActivityWindow } from '../activity/window';
import type { CsvOptions } from '../csv/csv';
import { computeFigures } from '../figures/figures';
import { toTradeLines, type TradeLine } from '../market/trade-lines';
import type { PortMessage } from '../messages/background-protocol';
import { nothingReceived, receive, toActivityCsv, toActivityView, type Received } from './activity-received';
import type { ActivityView } from '../messages/activity-view';

export class ActivitySession {
  private received: Received = nothingReceived();
  private period: ActivityWindow = { from: null, until: null };
  private cik: string | null = null;
  /** The last roll-up, until a message or a new window makes it stale. */
  private report: ActivityReport | null = null;
  /** Each filing's trade lines, made once when it arrives (a view redraws many times while filings arrive). */
  private readonly lines = new Map<string, TradeLine[]>();

  /** A new window (or company): the list of filings is asked for again; filings already read stay. */
  watch(cik: string, period: ActivityWindow): void {
    if (cik !== this.cik) {
      this.received = nothingReceived();
      this.lines.clear();
    }
    this.cik = cik;
    this.period = period;
    this.received = { ...this.received, refs: null, unreadable: [], problem: null };
    this.report = null;
  }

  receive(message: PortMessage): void {
    if (message.type === 'filing' && !this.lines.has(message.ref.accession)) {
      const { filing, ref } = message;
      this.lines.set(ref.accession, toTradeLines(filing, computeFigures(filing.document, { filingDate: filing.filingDate ?? ref.filingDate }), ref.xmlUrl));
    }
    this.received = receive(this.received, message);
    this.report = null;
  }

  private rollup(): ActivityReport {
    if (this.report) return this.report;
    const rollup = new ActivityRollup({ window: this.period, keepTrades: true });
    for (const { ref, filing } of this.received.filings.values()) rollup.add(filing, ref.xmlUrl);
    this.report = rollup.summarise();
    return this.report;
  }

  /** What the view draws: the roll-up of the window, and the trade lines of the filings it counts. */
  view(): ActivityView {
    const report = this.rollup();
    return { ...toActivityView({ report, received: this.received, period: this.period, cik: this.cik }), lines: this.tradeLines(report) };
  }

  /**
   * The company's lines in the window, newest filing first: one per filing and code, as the
   * filing reports it (not split-adjusted, as the market's trades table), for the filings the
   * totals count (an amendment in place of its original). A line is in the window when one of its trades is.
   */
  private tradeLines(report: ActivityReport): TradeLine[] {
    const issuerKey = this.cik === null ? null : toCikKey(this.cik);
    const { from, until } = this.period;
    const inWindow = (date: string) => (from === null || date >= from) && (until === null || date <= until);
    const lines: TradeLine[] = [];
    for (let i = report.counted.length - 1; i >= 0; i -= 1) {
      const entry = report.counted[i]!;
      if (entry.issuerKey !== issuerKey || entry.accession === null) continue;
      for (const line of this.lines.get(entry.accession) ?? []) if (line.tradeDates.some(inWindow)) lines.push(line);
    }
    return lines;
  }

  csv(options: CsvOptions): { text: string; rows: number } {
    return toActivityCsv(this.rollup(), this.received, this.period, this.cik, options);
  }
}
