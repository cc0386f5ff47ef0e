// The command line: `form4-lens summary [--json | --csv] FILE...`. Parses the arguments and
// hands the files to summarise(); bin/form4-lens.mjs calls main() from the built dist/cli.mjs.

import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { summarise, type OutputMode } from './summarise';
import { toTerminalText } from './terminal-safe';

export const USAGE = `Usage: form4-lens summary [--json | --csv] FILE...

Summarises SEC Form 3/4/5 insider filings: ownership XML files (<ownershipDocument>)
or EDGAR full submissions (.txt) that hold one.

Options:
  --json      one JSON object per file (NDJSON); a file that cannot be read
              gives {"file": ..., "error": {"message": ...}}
  --csv       every row of every file as CSV, one header line
  -h, --help  show this help

Exit status: 0 when every file was read, 1 when some file could not be, 2 on a usage error.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
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
  const [command, ...files] = positionals;
  if (command === undefined) return usageError('name a command: summary.');
  if (command !== 'summary') return usageError(`unknown command "${command}"; the command is summary.`);
  if (files.length === 0) return usageError('name at least one file to summarise.');
  if (values.json && values.csv) return usageError('choose one of --json and --csv.');
  const mode: OutputMode = values.json ? 'json' : values.csv ? 'csv' : 'text';
  return summarise(files, mode, { stdout, stderr });
}
