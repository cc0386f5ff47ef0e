// `form4-lens activity`: insider activity across every filing named or found in the folders
// named (docs/design.md section 9). Files are parsed on every core and rolled up one by one; only
// the roll-up's small entries stay in memory. --csv reads the counted filings a second time
// to write their rows, so no row is held either.

import { ActivityRollup, isIsoDate, type ActivityWindow } from '../lib/activity';
import { toActivityCsvHeader } from '../lib/activity/activity-csv';
import { splitFactor } from '../lib/activity/splits';
import { toActivityJson } from './activity-json';
import { toActivityText } from './activity-text';
import { runTasks } from './parse-pool';
import type { Output } from './summarise';
import { toErrorLine, toTerminalJson, toTerminalText } from './terminal-safe';
import { walkPaths } from './walk-paths';

export type ActivityMode = 'text' | 'json' | 'csv';

export const NO_FILES = 'no .xml, .txt or .nc files in the folders given; name the filings or the folders that hold them.';

/** The window of --since and --until, or what is wrong with them (one sentence for the usage error). */
export function toActivityWindowOption(since: string | undefined, until: string | undefined): ActivityWindow | string {
  for (const [name, date] of [['--since', since], ['--until', until]] as const) {
    if (date !== undefined && !isIsoDate(date)) return `${name} takes a date as YYYY-MM-DD, such as 2021-11-30; got "${date}".`;
  }
  if (since !== undefined && until !== undefined && since > until) {
    return `--since ${since} is after --until ${until}; nothing could be in that window.`;
  }
  return { from: since ?? null, until: until ?? null };
}

async function* fromList(files: string[]): AsyncGenerator<string> {
  yield* files;
}

/** Writes the activity of every issuer; resolves to the exit status: 1 if any file failed, else 0. */
export async function activity(paths: string[], mode: ActivityMode, window: ActivityWindow, out: Output): Promise<number> {
  const rollup = new ActivityRollup({ window });
  let failures = 0;
  let files = 0;
  for await (const result of runTasks(walkPaths(paths), (file) => ({ file, mode: 'entry', window }))) {
    files += 1;
    if (!result.ok) {
      failures += 1;
      await out.stderr(toErrorLine(result.file, result.error.message));
    } else if ('entry' in result) {
      rollup.addTradeDays(result.tradeDays);
      if (result.entry !== null) rollup.addEntry(result.entry);
    }
  }
  if (files === 0) {
    await out.stderr(`form4-lens: ${NO_FILES}\n`);
    return 1;
  }
  const report = rollup.summarise();
  for (const note of report.notes) await out.stderr(toTerminalText(`form4-lens: ${note}\n`));

  if (mode === 'csv') {
    await out.stdout(toActivityCsvHeader());
    const counted = new Map(report.counted.filter((entry) => entry.source !== null).map((entry) => [entry.source!, entry]));
    const splitsOf = new Map(report.issuers.map((issuer) => [issuer.key, issuer.splits]));
    const toTask = (file: string) => {
      const entry = counted.get(file)!;
      const { accession, filingDate } = entry;
      return { file, mode: 'csv' as const, window, accession, filingDate, splitFactor: splitFactor(entry, splitsOf.get(entry.issuerKey) ?? []) };
    };
    for await (const result of runTasks(fromList([...counted.keys()]), toTask)) {
      // Awaited: a slow reader holds the roll-up back instead of the output piling up in memory.
      if (result.ok && 'csv' in result) await out.stdout(result.csv);
      else if (!result.ok) {
        failures += 1;
        await out.stderr(toErrorLine(result.file, result.error.message));
      }
    }
  } else {
    for (const [index, issuer] of report.issuers.entries()) {
      if (mode === 'json') await out.stdout(`${toTerminalJson(toActivityJson(issuer))}\n`);
      else await out.stdout(toTerminalText(`${index === 0 ? '' : '\n'}${toActivityText(issuer)}\n`));
    }
    if (mode === 'text' && report.issuers.length === 0) await out.stdout('No filings in the window.\n');
  }
  return failures > 0 ? 1 : 0;
}
