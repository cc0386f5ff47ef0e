// How fast `form4-lens activity` and `form4-lens trades` read a year's worth of filings, and what the roll-up costs:
//   1. the corpus (test/corpus xml + submissions) copied to BENCH_ACTIVITY_FILES files
//      (default 50,000) in a scratch folder, each XML copy under a name carrying its own
//      accession so every copy is a distinct filing to the roll-up (the submissions carry
//      theirs, so their copies are duplicates); then `activity --json` and `trades --json` on the
//      folder with one worker thread and with one per core: filings per second and peak memory
//      (the process's maximum resident set, worker threads included);
//   2. BENCH_ROLLUP_FILINGS filings (default 10,000, the corpus cycled, each with its own
//      accession) parsed and rolled up in this thread: the roll-up's time (entry with figures,
//      add, summarise) as a ratio of the parse time.
// Run: npm run bench, or after `npm run build:cli`: node bench/activity.bench.mjs

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.mjs');
const LIB = join(ROOT, 'dist/lib.mjs');
const FILES = Number(process.env.BENCH_ACTIVITY_FILES ?? 50_000);
const ROLLUP_FILINGS = Number(process.env.BENCH_ROLLUP_FILINGS ?? 10_000);
const PER_FOLDER = 1000;

if (!existsSync(CLI) || !existsSync(LIB)) {
  console.error('activity.bench: dist/cli.mjs is missing; run `npm run build:cli` (or `npm run bench`, which builds it).');
  process.exit(2);
}

const corpus = ['xml', 'submissions'].flatMap((folder) => {
  const dir = join(ROOT, 'test/corpus', folder);
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
});

/** A made-up accession for copy `index`: 18 digits, unlike any real one (filer 9999999999). */
const fakeAccession = (index) => `9999999999${String(index).padStart(8, '0')}`;

function copyCorpus(folder, count) {
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const { name, text } = corpus[index % corpus.length];
    const dir = join(folder, `part-${Math.floor(index / PER_FOLDER)}`);
    if (index % PER_FOLDER === 0) mkdirSync(dir, { recursive: true });
    const extension = name.slice(name.lastIndexOf('.'));
    writeFileSync(join(dir, `${fakeAccession(index)}_copy${extension}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

// The CLI in a child process that reports its time and peak memory when done; its output
// (one line per issuer) comes back through a pipe, as a user's would. The runner is a file, not
// `node -e`: worker threads inherit `--input-type`, which Node refuses for a worker file, and the
// CLI would read every file in its main thread.
const RUNNER = `
const { main } = await import(${JSON.stringify(new URL('../dist/cli.mjs', import.meta.url).href)});
const start = performance.now();
const code = await main(process.argv.slice(2));
const seconds = (performance.now() - start) / 1000;
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
// CPU time of the whole process, worker threads included: cores busy = CPU seconds / wall seconds.
const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
process.stderr.write(JSON.stringify({ code, seconds, cpuSeconds, maxRssKb: maxRSS }) + '\\n');
`;

function runCli(runner, command, folder, workers) {
  const child = spawnSync(process.execPath, [runner, command, '--json', folder], {
    env: { ...process.env, FORM4_LENS_WORKERS: String(workers) },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const lastLine = child.stderr.toString().trim().split('\n').at(-1) ?? '{}';
  return { ...JSON.parse(lastLine), lines: child.stdout.toString().trim().split('\n').filter(Boolean).length };
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg()[0].toFixed(2)}`);
const scratch = mkdtempSync(join(os.tmpdir(), 'form4-lens-bench-'));
try {
  const runner = join(scratch, 'runner.mjs');
  writeFileSync(runner, RUNNER);
  const bytes = copyCorpus(join(scratch, 'filings'), FILES);
  console.log(`activity: the corpus (${corpus.length} files) copied to ${FILES.toLocaleString('en-US')} files, ${(bytes / 1024 / 1024).toFixed(0)} MB`);
  console.log('                                   filings/s   wall time   cores busy   peak memory (RSS)   output lines');
  // activity: one line per issuer; trades: one per open-market line (copies of one filing's content count once).
  for (const command of ['activity', 'trades']) {
    for (const [label, workers] of [
      ['1 worker thread', 1],
      [`${os.availableParallelism()} worker threads`, os.availableParallelism()],
    ]) {
      const run = runCli(runner, command, join(scratch, 'filings'), workers);
      console.log(
        `${`${command}, ${label}`.padEnd(35)}${String(Math.round(FILES / run.seconds)).padStart(9)}${`${run.seconds.toFixed(1)} s`.padStart(12)}` +
          `${(run.cpuSeconds / run.seconds).toFixed(2).padStart(13)}` +
          `${`${(run.maxRssKb / 1024).toFixed(0)} MB`.padStart(20)}${String(run.lines).padStart(15)}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. The roll-up's cost against the parse, in this thread.
const { parseOwnership, ActivityRollup } = await import(new URL('../dist/lib.mjs', import.meta.url).href);
const rollup = new ActivityRollup();
let parseMs = 0;
let rollupMs = 0;
let parsed = 0;
for (let index = 0; index < ROLLUP_FILINGS; index += 1) {
  const { text } = corpus[index % corpus.length];
  let start = performance.now();
  const result = parseOwnership(text);
  parseMs += performance.now() - start;
  if (!result.ok) continue;
  parsed += 1;
  const accession = fakeAccession(index).replace(/^(\d{10})(\d{2})(\d{6})$/, '$1-$2-$3');
  start = performance.now();
  rollup.add({ ...result.filing, accession });
  rollupMs += performance.now() - start;
}
let start = performance.now();
const report = rollup.summarise();
const summariseMs = performance.now() - start;
rollupMs += summariseMs;
console.log('');
console.log(
  `roll-up of ${parsed.toLocaleString('en-US')} filings (${report.counted.length.toLocaleString('en-US')} counted, ${report.issuers.length} issuers): ` +
    `parse ${(parseMs / 1000).toFixed(2)} s, roll-up ${(rollupMs / 1000).toFixed(2)} s (of which summarise ${summariseMs.toFixed(0)} ms); ` +
    `roll-up / parse = ${(rollupMs / parseMs).toFixed(2)}`,
);
