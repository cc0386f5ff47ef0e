// What a parse worker does with one file, also run in-process when workers are unavailable:
// read and parse it (cli/read-file.ts), then hand back only what the main thread needs, a
// roll-up entry (small), the CSV lines of its rows in the window, or its lines of the trades
// table, never the parsed document.

import { toFilingEntry, toFingerprint, type ActivityWindow, type FilingEntry } from '../lib/activity';
import { toActivityCsvRows } from '../lib/activity/activity-csv';
import type { ParseError } from '../lib/filing/model';
import { toTradeDays, type TradeDays } from '../lib/activity/trade-history';
import { computeFigures } from '../lib/figures/figures';
import { toTradeLines, type TradeLine } from '../lib/market';
import { accessionFromPath } from './accession-from-path';
import { readFiling } from './read-file';
import { displayPath } from './walk-paths';

export interface ActivityTask {
  file: string;
  /** entry: the roll-up's entry (activity); csv: its rows in the window; trades: its lines of the trades table. */
  mode: 'entry' | 'csv' | 'trades';
  window: ActivityWindow;
  /** What the roll-up learnt from another copy of the same filing (CSV pass). */
  accession?: string | null;
  filingDate?: string | null;
  /** Its shares in the window end's (CSV pass; lib/activity/splits.ts). */
  splitFactor?: number;
}

export type ActivityTaskResult =
  /** The entry (null outside the window) and the open-market days every filing gives the signals. */
  | { file: string; ok: true; entry: FilingEntry | null; tradeDays: TradeDays }
  | { file: string; ok: true; csv: string }
  /** The filing's lines of the trades table, and its content identity (to count a filing read twice once). */
  | { file: string; ok: true; trades: TradeLine[]; fingerprint: string }
  | { file: string; ok: false; error: ParseError };

export function runActivityTask({ file, mode, window, accession, filingDate, splitFactor }: ActivityTask): ActivityTaskResult {
  try {
    const read = readFiling(file);
    if (!read.ok) return { file, ok: false, error: read.error };
    const filing = {
      ...read.filing,
      accession: read.filing.accession ?? accessionFromPath(displayPath(file)) ?? accession ?? null,
      filingDate: read.filing.filingDate ?? filingDate ?? null,
    };
    if (mode === 'trades') {
      const lines = toTradeLines(filing, computeFigures(filing.document, { filingDate: filing.filingDate }), displayPath(file));
      return { file, ok: true, trades: lines, fingerprint: toFingerprint(filing.document) };
    }
    if (mode === 'csv') return { file, ok: true, csv: toActivityCsvRows(filing, window, { sourceUrl: displayPath(file) }, splitFactor) };
    return { file, ok: true, entry: toFilingEntry(filing, { window, source: file }), tradeDays: toTradeDays(filing) };
  } catch (error) {
    // A bug in lib/ must cost one file, not the run: it is reported like a parse failure.
    return { file, ok: false, error: { message: `Internal error while reading the filing: ${String(error)}.` } };
  }
}
