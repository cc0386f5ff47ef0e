// `form4-lens summary`: each file read and reported on its own, in the order given, so one
// unreadable or malformed file is reported and never stops the others. Output is written as it
// is made (a CSV line at a time), never gathered into one string that could outgrow memory.

import { computeFigures } from '../lib/figures/figures';
import { toCsvLines } from '../lib/csv/csv';
import type { Filing, ParseError } from '../lib/filing/model';
import { readFiling } from './read-file';
import { toErrorJson, toSummaryJson } from './summary-json';
import { toSummaryText } from './summary-text';
import { displayPath } from './walk-paths';
import { toErrorLine, toTerminalJson, toTerminalName, toTerminalText } from './terminal-safe';

export type OutputMode = 'text' | 'json' | 'csv';

export interface Output {
  /** Resolves once the text is written or buffered (so a slow reader slows us, not our memory). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void | Promise<void>;
}

/** The output for one filing, piece by piece; `first` says whether it is the first filing written. */
function* format(file: string, filing: Filing, warnings: string[], mode: OutputMode, first: boolean): Generator<string> {
  switch (mode) {
    case 'csv':
      // One header for the whole output: the first filing's. Cells are cleaned by lib/csv.
      yield* toCsvLines(filing, { header: first, sourceUrl: displayPath(file) });
      return;
    case 'json':
      yield `${toTerminalJson({ ...toSummaryJson(displayPath(file), filing, computeFigures(filing.document, { filingDate: filing.filingDate })), warnings })}\n`;
      return;
    case 'text':
      yield toTerminalText(`${first ? '' : '\n'}${toSummaryText(toTerminalName(file), filing, computeFigures(filing.document, { filingDate: filing.filingDate }))}\n`);
  }
}

function describeInternalError(error: unknown): ParseError {
  // A bug in lib/ must cost one file, not the run: it is reported like a parse failure.
  return { message: `Internal error while summarising the filing: ${String(error)}.` };
}

async function reportFailure(file: string, error: ParseError, mode: OutputMode, out: Output): Promise<void> {
  if (mode === 'json') await out.stdout(`${toTerminalJson(toErrorJson(displayPath(file), error))}\n`);
  else await out.stderr(toErrorLine(file, error.message));
}

/** Writes the summary of every file; resolves to the exit status: 1 if any file failed, else 0. */
export async function summarise(files: string[], mode: OutputMode, out: Output): Promise<number> {
  let failures = 0;
  let written = 0;
  for (const file of files) {
    let read;
    try {
      read = readFiling(file);
    } catch (error) {
      read = { ok: false as const, error: describeInternalError(error) };
    }
    if (!read.ok) {
      failures += 1;
      await reportFailure(file, read.error, mode, out);
      continue;
    }
    // Warnings go to stderr (in JSON they are part of the line): one line each.
    if (mode !== 'json') {
      for (const warning of read.warnings) await out.stderr(toErrorLine(file, `warning: ${warning}`));
    }
    let started = false;
    try {
      for (const piece of format(file, read.filing, read.warnings, mode, written === 0)) {
        await out.stdout(piece);
        started = true;
      }
      written += 1;
    } catch (error) {
      failures += 1;
      // Part of this file's output may be out already; the message says which file broke.
      await reportFailure(file, describeInternalError(error), mode, out);
      if (started) written += 1;
    }
  }
  return failures > 0 ? 1 : 0;
}
