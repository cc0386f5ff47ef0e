// The command line: `form4-lens summary [--json | --csv] FILE...` and `form4-lens activity`.
// Parses the arguments and hands the files to summarise() or activity(); bin/form4-lens.mjs
// calls main() from the built dist/cli.mjs.

import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { activity, NO_FILES, toActivityWindowOption } from './activity';
import { summarise, type OutputMode } from './summarise';
import { toTerminalText } from './terminal-safe';
import { expandPaths } from './walk-paths';

export const USAGE = `Usage: form4-lens summary [--json | --csv] FILE...
       form4-lens activity [--json | --csv] [--since DATE] [--until DATE] PATH...

summary   summarises each SEC Form 3/4/5 insider filing: ownership XML files
          (<ownershipDocument>) or EDGAR full submissions (.txt, .nc) that hold one.
activity  rolls up insider activity across the filings, per issuer: open-market
          buys and sells, buyers and sellers, cluster buys, each insider's totals.
          Each filing counts once (duplicates out, amendments replace originals).

A FILE or PATH may be a folder: folders are read recursively (.xml, .txt, .nc).

Options:
  --json          summary: one JSON object per file (NDJSON); a file that cannot
                  be read gives {"file": ..., "error": {"message": ...}}
                  activity: one JSON object per issuer (NDJSON)
  --csv           every row of every file as CSV, one header line (activity: the
                  rows in the window, led by the filing date)
  --since DATE    activity: leave out rows dated before DATE (YYYY-MM-DD)
  --until DATE    activity: leave out rows dated after DATE (YYYY-MM-DD)
  -h, --help      show this help

Exit status: 0 when every file was read, 1 when some file could not be, 2 on a usage error.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
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
  if (command === undefined) return usageError('name a command: summary or activity.');
  if (command !== 'summary' && command !== 'activity') {
    return usageError(`unknown command "${command}"; the commands are summary and activity.`);
  }
  if (paths.length === 0) return usageError(`name at least one file or folder to ${command === 'summary' ? 'summarise' : 'roll up'}.`);
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
  const window = toActivityWindowOption(values.since, values.until);
  return typeof window === 'string' ? usageError(window) : activity(paths, mode, window, output);
}
