// `form4-lens summary`: each file read and reported on its own, in the order given, so one
// unreadable or malformed file is reported and never stops the others.

import { computeFigures } from '../lib/figures';
import { toCsv } from '../lib/csv';
import type { Filing, ParseError } from '../lib/model';
import { readFiling } from './read-filing';
import { toErrorJson, toSummaryJson } from './summary-json';
import { toSummaryText } from './summary-text';

export type OutputMode = 'text' | 'json' | 'csv';

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The output for one filing; `first` says whether it is the first filing written. */
function format(file: string, filing: Filing, mode: OutputMode, first: boolean): string {
  switch (mode) {
    case 'csv':
      // One header for the whole output: the first filing's.
      return toCsv(filing, { header: first, sourceUrl: file });
    case 'json':
      return `${JSON.stringify(toSummaryJson(file, filing, computeFigures(filing.document, { filingDate: filing.filingDate })))}\n`;
    case 'text':
      return `${first ? '' : '\n'}${toSummaryText(file, filing, computeFigures(filing.document, { filingDate: filing.filingDate }))}\n`;
  }
}

type Outcome = { ok: true; text: string } | { ok: false; error: ParseError };

async function summariseFile(file: string, mode: OutputMode, first: boolean): Promise<Outcome> {
  try {
    const read = await readFiling(file);
    return read.ok ? { ok: true, text: format(file, read.filing, mode, first) } : read;
  } catch (error) {
    // A bug in lib/ must cost one file, not the run: it is reported like a parse failure.
    return { ok: false, error: { message: `Internal error while summarising the filing: ${String(error)}.` } };
  }
}

/** Writes the summary of every file; resolves to the exit status: 1 if any file failed, else 0. */
export async function summarise(files: string[], mode: OutputMode, out: Output): Promise<number> {
  let failures = 0;
  let written = 0;
  for (const file of files) {
    const outcome = await summariseFile(file, mode, written === 0);
    if (outcome.ok) {
      out.stdout(outcome.text);
      written += 1;
    } else {
      failures += 1;
      if (mode === 'json') out.stdout(`${JSON.stringify(toErrorJson(file, outcome.error))}\n`);
      else out.stderr(`form4-lens: ${file}: ${outcome.error.message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
