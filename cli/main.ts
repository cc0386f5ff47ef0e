// The command line: `form4-lens summary [--json | --csv] FILE...`, `form4-lens activity` and
// `form4-lens trades`. Parses the arguments and hands the files to summarise(), activity() or
// trades(); bin/form4-lens.mjs
// calls main() from the built dist/cli.mjs.

import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { activity, NO_FILES, toActivityWindowOption } from './activity';
import { summarise, type OutputMode } from './summarise';
import { trades, toTradesQuery } from './trades';
import { toTerminalText } from './terminal-safe';
import { expandPaths } from './walk-paths';

export const USAGE = `Usage: form4-lens summary [--json | --csv] FILE...
       form4-lens activity [--json | --csv] [--since DATE] [--until DATE] PATH...
       form4-lens trades [--json | --csv] [--preset NAME] [--code P|S] [--role ROLE]
                         [--min-value N] [--since DATE] [--until DATE] [--late]
                         [--no-10b5-1] PATH...

summary   summarises each SEC Form 3/4/5 insider filing: ownership XML files
          (<ownershipDocument>) or EDGAR full submissions (.txt, .nc) that hold one.
activity  rolls up insider activity across the filings, per issuer: open-market
          buys and sells, buyers and sellers, cluster buys, each insider's totals.
          Each filing counts once (duplicates out, amendments replace originals).
trades    lists open-market trades across the filings, one line per filing and
          code (P or S), newest filing first, as OpenInsider's table: filing and
          trade dates, ticker, insider, role, shares, price, value, owned after,
          change in holdings (ΔOwn), flags (A amended, D derivative, M several
          rows, L late, 10b5-1 plan).

A FILE or PATH may be a folder: folders are read recursively (.xml, .txt, .nc).

Options:
  --json          summary: one JSON object per file (NDJSON); a file that cannot
                  be read gives {"file": ..., "error": {"message": ...}}
                  activity: one JSON object per issuer (NDJSON)
  --csv           every row of every file as CSV, one header line (activity: the
                  rows in the window, led by the filing date)
                  trades: one JSON object per line (NDJSON)
  --since DATE    activity: leave out rows dated before DATE (YYYY-MM-DD)
                  trades: leave out filings filed before DATE
  --until DATE    activity: leave out rows dated after DATE (YYYY-MM-DD)
                  trades: leave out filings filed after DATE
  --preset NAME   trades: purchases ($25,000 or more), officer-purchases,
                  ceo-cfo-purchases, sales ($100,000 or more), clusters (3 or
                  more insiders of one issuer buying within 30 days)
  --code P|S      trades: purchases or sales only
  --role ROLE     trades: ceo, cfo, officer, director or 10% (several: ceo,cfo)
  --min-value N   trades: lines of at least N dollars
  --late          trades: late filings only
  --no-10b5-1     trades: leave out filings under a Rule 10b5-1 plan
  -h, --help      show this help

Exit status: 0 when every file was read, 1 when some file could not be, 2 on a usage error.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
  preset: { type: 'string' },
  code: { type: 'string' },
  role: { type: 'string' },
  'min-value': { type: 'string' },
  late: { type: 'boolean' },
  'no-10b5-1': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Writes, and waits for the stream to drain when its buffer is full: memory stays flat however much is written. */
function writerTo(stream: NodeJS.WriteStream) {
  return async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
}

const stdout = writerTo(process.stdout);
const stderr = writerTo(process.stderr);

function usageError(message: string): number {
  void stderr(toTerminalText(`form4-lens: ${message}\n\n${USAGE}`));
  return 2;
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  // `form4-lens summary ... | head` closes the pipe early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await stdout(USAGE);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command === undefined) return usageError('name a command: summary, activity or trades.');
  if (command !== 'summary' && command !== 'activity' && command !== 'trades') {
    return usageError(`unknown command "${command}"; the commands are summary, activity and trades.`);
  }
  if (paths.length === 0) return usageError(`name at least one file or folder to ${command === 'summary' ? 'summarise' : command === 'activity' ? 'roll up' : 'list the trades of'}.`);
  const tradesOnly = (['preset', 'code', 'role', 'min-value', 'late', 'no-10b5-1'] as const).find((name) => values[name] !== undefined);
  if (command !== 'trades' && tradesOnly !== undefined) return usageError(`--${tradesOnly} is an option of trades.`);
  if (values.json && values.csv) return usageError('choose one of --json and --csv.');
  const mode: OutputMode = values.json ? 'json' : values.csv ? 'csv' : 'text';
  const output = { stdout, stderr };
  if (command === 'summary') {
    if (values.since !== undefined || values.until !== undefined) return usageError('--since and --until are options of activity.');
    const files = await expandPaths(paths);
    if (files.length === 0) {
      await stderr(`form4-lens: ${NO_FILES}\n`);
      return 1;
    }
    return summarise(files, mode, output);
  }
  if (command === 'trades') {
    const query = toTradesQuery(values);
    // The terminal's width; else $COLUMNS, else 120 (a file, a pipe).
    return typeof query === 'string' ? usageError(query) : trades(paths, mode, query, output, process.stdout.columns || Number(process.env.COLUMNS) || 120);
  }
  const window = toActivityWindowOption(values.since, values.until);
  return typeof window === 'string' ? usageError(window) : activity(paths, mode, window, output);
}
