// The roll-up of insider activity across filings (docs/design.md section 9), fed one filing at a
// time in any order (files as a directory walk or a worker pool yields them, filings as the
// browser's queue fetches them). It keeps a small entry per distinct filing in the window,
// never the parsed document, so memory grows with the number of distinct filings by a few
// hundred bytes each; duplicates cost nothing. summarise() is linear in the entries and can
// be called at any time (partial results while filings still arrive).

import { applyAmendments } from './amendments';
import { toFilingEntry, type FilingEntry } from './filing-entry';
import { compareByDate } from './entry-order';
import { summariseIssuer, type IssuerActivity } from './issuer-activity';
import type { Filing } from '../filing/model';
import type { InsiderSignals } from './signals';
import { toTradeDays, TradeHistory, type TradeDays } from './trade-history';
import { WHOLE_HISTORY, type ActivityWindow } from './window';

export interface RollupOptions {
  /** Rows dated outside it are left out; by default every row counts. */
  window?: ActivityWindow;
  /** Keep each open-market row in the entries (for a timeline). */
  keepTrades?: boolean;
}

export type AddOutcome =
  /** A new filing, kept. */
  | 'added'
  /** The same accession, or the same content without an accession, was already added. */
  | 'duplicate'
  /** None of its rows falls in the window. */
  | 'outside-window';

export interface ActivityReport {
  window: ActivityWindow;
  /** One per issuer, by issuer CIK. */
  issuers: IssuerActivity[];
  /** The filings counted, oldest first: what a CSV of the window holds. */
  counted: FilingEntry[];
  /** Originals (and older amendments) left out because an amendment replaces them. */
  replaced: { entry: FilingEntry; by: string }[];
  /** One sentence per thing a reader should know about the counting (ambiguous amendments). */
  notes: string[];
  stats: { added: number; duplicates: number; outsideWindow: number };
}

export interface SerialisedRollup {
  /** 3: entries keep table I holding lines only, each with its name (lib/activity/filing-entry.ts EntryHolding). */
  version: 3;
  window: ActivityWindow;
  keepTrades: boolean;
  stats: ActivityReport['stats'];
  entries: FilingEntry[];
  /** The open-market days of every filing read, for the signals (lib/activity/trade-history.ts). */
  history: TradeDays[];
}

export class ActivityRollup {
  readonly window: ActivityWindow;
  readonly keepTrades: boolean;
  private readonly entries: FilingEntry[] = [];
  private readonly byAccession = new Map<string, FilingEntry>();
  private readonly byFingerprint = new Map<string, FilingEntry[]>();
  private readonly stats = { added: 0, duplicates: 0, outsideWindow: 0 };
  private readonly history = new TradeHistory();
  /** One copy of each name, title and role however many filings repeat it. */
  private readonly strings = new Map<string, string>();

  constructor(options: RollupOptions = {}) {
    this.window = options.window ?? WHOLE_HISTORY;
    this.keepTrades = options.keepTrades ?? false;
  }

  /** Adds a parsed filing; `source` says where it was read from (a path, a URL). */
  add(filing: Filing, source: string | null = null): AddOutcome {
    // Every filing read, in the window or before it, is history for the signals.
    this.history.add(toTradeDays(filing));
    const entry = toFilingEntry(filing, { window: this.window, source, keepTrades: this.keepTrades });
    if (entry === null) {
      this.stats.outsideWindow += 1;
      return 'outside-window';
    }
    return this.addEntry(entry);
  }

  /** Adds the open-market days of a filing read elsewhere (toTradeDays in a worker), in the window or not. */
  addTradeDays(record: TradeDays): void {
    this.history.add(record);
  }

  /** Adds an entry made by toFilingEntry with this roll-up's window (in a worker, say). */
  addEntry(entry: FilingEntry): AddOutcome {
    const existing = this.findDuplicate(entry);
    if (existing) {
      this.stats.duplicates += 1;
      this.mergeDuplicate(existing, entry);
      return 'duplicate';
    }
    this.shareStrings(entry);
    this.entries.push(entry);
    if (entry.accession !== null) this.byAccession.set(entry.accession, entry);
    const sameContent = this.byFingerprint.get(entry.fingerprint);
    if (sameContent) sameContent.push(entry);
    else this.byFingerprint.set(entry.fingerprint, [entry]);
    this.stats.added += 1;
    return 'added';
  }

  private intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as T;
    this.strings.set(text, text);
    return text;
  }

  /** Each filing parses its own copies of the issuer's name, the owners' names and roles, the securities' titles: keep one. */
  private shareStrings(entry: FilingEntry): void {
    const { issuer } = entry;
    issuer.cik = this.intern(issuer.cik);
    issuer.name = this.intern(issuer.name);
    issuer.tradingSymbol = this.intern(issuer.tradingSymbol);
    entry.issuerKey = this.intern(entry.issuerKey);
    entry.insiderKey = this.intern(entry.insiderKey);
    entry.amendmentKey = this.intern(entry.amendmentKey);
    for (const owner of entry.owners) {
      owner.cik = this.intern(owner.cik);
      owner.name = this.intern(owner.name);
      owner.relationship = this.intern(owner.relationship);
    }
    for (const line of entry.holdings) {
      line.line = this.intern(line.line);
      line.securityTitle = this.intern(line.securityTitle);
      line.natureOfOwnership = this.intern(line.natureOfOwnership);
    }
    // An insider's filings name the same trust and funds, from the same address, every time.
    if (entry.blocks) {
      entry.blocks.mentions = this.intern(entry.blocks.mentions);
      entry.blocks.addresses = entry.blocks.addresses.map((address) => this.intern(address));
    }
  }

  /** An insider's signals at an issuer (docs/design.md section 10) over `window`, from every filing read. */
  signals(issuerKey: string, insiderKey: string, window: ActivityWindow = this.window): InsiderSignals {
    return this.history.signals(issuerKey, insiderKey, window);
  }

  /** The number of distinct filings kept. */
  get size(): number {
    return this.entries.length;
  }

  private findDuplicate(entry: FilingEntry): FilingEntry | undefined {
    if (entry.accession !== null) {
      const sameAccession = this.byAccession.get(entry.accession);
      if (sameAccession) return sameAccession;
    }
    // Two different accessions are two filings even with the same content (a filing made
    // twice by mistake is still two filings on EDGAR); without one, the content decides.
    return this.byFingerprint
      .get(entry.fingerprint)
      ?.find((other) => other.accession === null || entry.accession === null);
  }

  /**
   * What the second copy knows that the first did not (its accession, filing date); and the
   * smaller source of the two, so the outcome never depends on the order of arrival.
   */
  private mergeDuplicate(kept: FilingEntry, copy: FilingEntry): void {
    if (kept.accession === null && copy.accession !== null) {
      kept.accession = copy.accession;
      this.byAccession.set(copy.accession, kept);
    }
    kept.filingDate ??= copy.filingDate;
    if (copy.source !== null && (kept.source === null || copy.source < kept.source)) kept.source = copy.source;
  }

  /** The figures of every issuer so far. */
  summarise(): ActivityReport {
    const { counted, replaced, notes } = applyAmendments(this.entries);
    const byIssuer = new Map<string, FilingEntry[]>();
    for (const entry of counted) {
      const list = byIssuer.get(entry.issuerKey);
      if (list) list.push(entry);
      else byIssuer.set(entry.issuerKey, [entry]);
    }
    const issuers = [...byIssuer.keys()]
      .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => summariseIssuer(byIssuer.get(key)!, (insiderKey) => this.history.signals(key, insiderKey, this.window)));
    return {
      window: this.window,
      issuers,
      counted: counted.sort(compareByDate),
      replaced,
      notes,
      stats: { ...this.stats },
    };
  }

  toJSON(): SerialisedRollup {
    return {
      version: 3,
      window: this.window,
      keepTrades: this.keepTrades,
      stats: { ...this.stats },
      entries: this.entries,
      history: this.history.toJSON(),
    };
  }

  /** A roll-up from toJSON()'s output (as stored, say, in IndexedDB). */
  static fromJSON(data: SerialisedRollup): ActivityRollup {
    if (data?.version !== 3 || !Array.isArray(data.entries)) {
      throw new Error('Activity roll-up: expected the output of toJSON() (version 3 with entries); start a new roll-up instead.');
    }
    const rollup = new ActivityRollup({ window: data.window, keepTrades: data.keepTrades });
    for (const entry of data.entries) rollup.addEntry(entry);
    for (const record of data.history ?? []) rollup.addTradeDays(record);
    Object.assign(rollup.stats, data.stats);
    return rollup;
  }
}
