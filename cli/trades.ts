// `form4-lens trades`: the market-wide trades table (docs/design.md section 11) over every filing
// named or found in the folders named: one line per filing and open-market code, a preset and
// filters, newest filing first. Files are parsed on every core; only their lines are kept. A
// filing read twice (the same accession or the same content in two files) gives its lines once.

import { isIsoDate } from '../lib/activity';
import {
  byFilingDateThenValue,
  PRESETS,
  ROLES,
  selectTrades,
  toTradeCsvHeader,
  toTradeCsvLine,
  toTradeJson,
  type Preset,
  type Role,
  type TradeCode,
  type TradeFilter,
  type TradeLine,
} from '../lib/market';
import { NO_FILES } from './activity';
import { runTasks } from './parse-pool';
import type { Output } from './summarise';
import { toErrorLine, toTerminalJson, toTerminalText } from './terminal-safe';
import { toTradesText } from './trades-text';
import { walkPaths } from './walk-paths';

export type TradesMode = 'text' | 'json' | 'csv';

export interface TradesOptions {
  preset?: string;
  code?: string;
  role?: string;
  'min-value'?: string;
  since?: string;
  until?: string;
  late?: boolean;
  'no-10b5-1'?: boolean;
}

/** The preset and filter the options ask for, or what is wrong with them (one sentence for the usage error). */
export function toTradesQuery(options: TradesOptions): { preset: Preset | null; filter: TradeFilter } | string {
  const filter: TradeFilter = {};
  if (options.preset !== undefined && !(PRESETS as readonly string[]).includes(options.preset)) {
    return `--preset takes one of ${PRESETS.join(', ')}; got "${options.preset}".`;
  }
  if (options.code !== undefined) {
    const codes = options.code.toUpperCase().split(',');
    if (!codes.every((code) => code === 'P' || code === 'S')) return `--code takes P, S or P,S; got "${options.code}".`;
    filter.codes = codes as TradeCode[];
  }
  if (options.role !== undefined) {
    const roles = options.role.toLowerCase().split(',');
    if (!roles.every((role) => (ROLES as readonly string[]).includes(role))) return `--role takes ${ROLES.join(', ')} (or several, with commas); got "${options.role}".`;
    filter.roles = roles as Role[];
  }
  if (options['min-value'] !== undefined) {
    const value = Number(options['min-value']);
    if (!/^\d{1,15}(\.\d{1,2})?$/.test(options['min-value']) || !Number.isFinite(value)) return `--min-value takes dollars as a plain number, such as 25000; got "${options['min-value']}".`;
    filter.minValue = value;
  }
  for (const [name, date] of [['--since', options.since], ['--until', options.until]] as const) {
    if (date !== undefined && !isIsoDate(date)) return `${name} takes a filing date as YYYY-MM-DD, such as 2022-11-30; got "${date}".`;
  }
  if (options.since !== undefined && options.until !== undefined && options.since > options.until) {
    return `--since ${options.since} is after --until ${options.until}; no filing could be in between.`;
  }
  if (options.since !== undefined) filter.since = options.since;
  if (options.until !== undefined) filter.until = options.until;
  if (options.late) filter.lateOnly = true;
  if (options['no-10b5-1']) filter.without10b5One = true;
  return { preset: (options.preset as Preset | undefined) ?? null, filter };
}

/** Writes the trades table; resolves to the exit status: 1 if any file failed, else 0. */
export async function trades(paths: string[], mode: TradesMode, query: { preset: Preset | null; filter: TradeFilter }, out: Output, width = 120): Promise<number> {
  // Each filing's lines under its content identity and its accession: a filing read twice (a
  // full submission and its bare XML) is one; the copy that knows its filing date is kept.
  const filings = new Map<string, TradeLine[]>();
  const byAccession = new Map<string, string>();
  let failures = 0;
  let files = 0;
  for await (const result of runTasks(walkPaths(paths), (file) => ({ file, mode: 'trades', window: { from: null, until: null } }))) {
    files += 1;
    if (!result.ok) {
      failures += 1;
      await out.stderr(toErrorLine(result.file, result.error.message));
    } else if ('trades' in result && result.trades.length > 0) {
      const accession = result.trades[0]!.accession;
      const key = (accession !== null ? byAccession.get(accession) : undefined) ?? result.fingerprint;
      const before = filings.get(key);
      if (before === undefined || (before[0]!.filingDate === null && result.trades[0]!.filingDate !== null)) filings.set(key, result.trades);
      if (accession !== null) byAccession.set(accession, key);
    }
  }
  if (files === 0) {
    await out.stderr(`form4-lens: ${NO_FILES}\n`);
    return 1;
  }
  const lines = [...filings.values()].flat();
  const shown = selectTrades(lines, query.preset, query.filter).sort(byFilingDateThenValue);
  if (mode === 'json') {
    for (const line of shown) await out.stdout(`${toTerminalJson(toTradeJson(line))}\n`);
  } else if (mode === 'csv') {
    await out.stdout(toTradeCsvHeader());
    for (const line of shown) await out.stdout(toTradeCsvLine(line));
  } else if (shown.length === 0) {
    await out.stdout('No trades match.\n');
  } else {
    await out.stdout(toTerminalText(`${toTradesText(shown, width).join('\n')}\n`));
    const signed = shown.some((line) => line.filingDate === null) ? ' Filed "s": signed that day; the file does not say when it was filed.' : '';
    await out.stdout(`${shown.length} line${shown.length === 1 ? '' : 's'} of ${lines.length} open-market lines in ${files} file${files === 1 ? '' : 's'}.${signed}\n`);
  }
  return failures > 0 ? 1 : 0;
}
