// How long lib/ takes per filing, against fast-xml-parser alone on the same XML:
//   (a) parseOwnership (extract, validate, parse, zod schema) then computeFigures;
//   (b) new XMLParser().parse(xml) with fast-xml-parser's defaults, the floor any parser
//       built on it pays;
//   (c) the npm peer sec-edgar-toolkit (a dev dependency): new OwnershipFormParser(xml).parseAll(),
//       which builds its own fast-xml-parser tree and its rows, validates nothing and computes
//       no figures (it is timed from node_modules as published, with its console.info muted).
// (a) and (b) come from dist/lib.mjs (bench/lib-entry.ts, built by cli/vite.config.ts), so they
// run the same bundled code the CLI runs. Every file of test/corpus/xml and
// test/corpus/submissions is read once into memory; after a warm-up, each round times
// (a), (b) and (c) on every file, interleaved, the one that goes first rotating each round, the files in a new
// order each round. A file's time is its median over the rounds; the figures below are
// over files. Run: npm run bench (BENCH_ROUNDS=n to change the number of rounds).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { hostileInputs } from './hostile-inputs.mjs';

const LIB = new URL('../dist/lib.mjs', import.meta.url);
const CORPUS = new URL('../test/corpus/', import.meta.url);
const FOLDERS = ['xml', 'submissions'];
const WARM_UP_PASSES = 5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

if (!existsSync(LIB)) {
  console.error('parse.bench: dist/lib.mjs is missing; run `npm run build` (or `npm run bench`, which builds it).');
  process.exit(2);
}
const { parseOwnership, computeFigures, toCsv, XMLParser } = await import(LIB.href);

/** The peer, or null (and a note in the output) when it is not installed or does not load. */
function loadPeer() {
  try {
    const { OwnershipFormParser } = createRequire(import.meta.url)('sec-edgar-toolkit');
    return typeof OwnershipFormParser === 'function' ? OwnershipFormParser : null;
  } catch (error) {
    console.log(`sec-edgar-toolkit not timed: ${String(error).split('\n')[0]}`);
    return null;
  }
}
const OwnershipFormParser = loadPeer();
// It logs "Initialized parser for Form 4" on every document, and warns of dates it cannot
// read ("2021-09-30-05:00"); the bench itself prints with console.log only.
console.info = () => {};
console.warn = () => {};

/** What (b) parses: the <XML> block of a full submission, as lib/ does, or the file itself. */
function xmlOf(text) {
  for (const match of text.matchAll(/<XML>([\s\S]*?)<\/XML>/gi)) {
    if (match[1].includes('<ownershipDocument')) return match[1].trimStart();
  }
  return text;
}

const files = FOLDERS.flatMap((folder) => {
  const dir = new URL(`${folder}/`, CORPUS);
  return readdirSync(dir)
    .filter((name) => statSync(new URL(name, dir)).isFile())
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      return { name: `${folder}/${name}`, text, xml: xmlOf(text), bytes: Buffer.byteLength(text), a: [], b: [], c: [] };
    });
});

const bare = new XMLParser();
let sink = 0; // keeps results alive so the work cannot be optimised away

function runA(file) {
  const result = parseOwnership(file.text);
  if (result.ok) sink += computeFigures(result.filing.document).netShares === 0 ? 0 : 1;
  return result.ok;
}

function runB(file) {
  try {
    sink += Object.keys(bare.parse(file.xml)).length;
  } catch {
    sink -= 1;
  }
}

function runC(file) {
  try {
    sink += new OwnershipFormParser(file.xml).parseAll().nonDerivativeTransactions.length;
  } catch {
    sink -= 1;
  }
}

function timed(fn, file) {
  const start = performance.now();
  fn(file);
  return performance.now() - start;
}

const failures = files.filter((file) => !runA(file)).map((file) => file.name);
// Once, before the warm-up: a forced full GC between rounds would instead slow the files
// that follow it several-fold (measured: 2-4x on the first files of a round).
globalThis.gc?.();
for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) {
  for (const file of files) {
    runA(file);
    runB(file);
    if (OwnershipFormParser) runC(file);
  }
}

const roundTotals = [];
/** The files in a different order each round (seeded, so runs compare), so no file always follows the same one. */
function shuffled(items, seed) {
  const out = [...items];
  let state = seed + 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const runners = [
  { key: 'a', run: runA },
  { key: 'b', run: runB },
  ...(OwnershipFormParser ? [{ key: 'c', run: runC }] : []),
];
for (let round = 0; round < ROUNDS; round += 1) {
  const totals = { a: 0, b: 0, c: 0 };
  // Each runner goes first in turn, so none always runs on a cache the other warmed.
  const order = runners.map((_, i) => runners[(i + round) % runners.length]);
  for (const file of shuffled(files, round)) {
    for (const { key, run } of order) {
      const ms = timed(run, file);
      file[key].push(ms);
      totals[key] += ms;
    }
  }
  roundTotals.push(totals);
}

function quantile(values, q) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const median = (values) => quantile(values, 0.5);
const ms = (value) => `${value.toFixed(3)} ms`;

for (const file of files) {
  file.medianA = median(file.a);
  file.medianB = median(file.b);
  file.medianC = OwnershipFormParser ? median(file.c) : NaN;
}
const perFileA = files.map((file) => file.medianA);
const perFileB = files.map((file) => file.medianB);
const perFileC = files.map((file) => file.medianC);
const sum = (values) => values.reduce((total, value) => total + value, 0);
const totalBytes = sum(files.map((file) => file.bytes));

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, gc before warm-up: ${typeof globalThis.gc === 'function'}`);
console.log(
  `corpus: ${files.length} files (${FOLDERS.join(' + ')}), ${(totalBytes / 1024 / 1024).toFixed(2)} MB, ` +
    `${failures.length} not read by parseOwnership${failures.length ? ` (${failures.join(', ')})` : ''}`,
);
console.log(`${WARM_UP_PASSES} warm-up passes, ${ROUNDS} timed rounds; per-file time = median over rounds`);
console.log('');
console.log('                                 median/file   p99/file    mean/file   total/round (median)');
const line = (label, perFile, totals) =>
  console.log(
    `${label.padEnd(33)}${ms(median(perFile)).padStart(11)}${ms(quantile(perFile, 0.99)).padStart(11)}` +
      `${ms(sum(perFile) / perFile.length).padStart(11)}${ms(median(totals)).padStart(14)}`,
  );
line('(a) parseOwnership+computeFigures', perFileA, roundTotals.map((round) => round.a));
line('(b) bare XMLParser().parse', perFileB, roundTotals.map((round) => round.b));
if (OwnershipFormParser) line('(c) sec-edgar-toolkit parseAll', perFileC, roundTotals.map((round) => round.c));
console.log('');
console.log(`ratio (a)/(b) of medians: ${(median(perFileA) / median(perFileB)).toFixed(2)} (goal: at most 1.15)`);
console.log(`ratio (a)/(b) of totals:  ${(sum(perFileA) / sum(perFileB)).toFixed(2)}`);
if (OwnershipFormParser) {
  console.log(`ratio (a)/(c) of medians: ${(median(perFileA) / median(perFileC)).toFixed(2)} (below 1: faster than the peer)`);
  console.log(`ratio (a)/(c) of totals:  ${(sum(perFileA) / sum(perFileC)).toFixed(2)}`);
}
console.log('');
console.log('slowest 3 files for (a):');
for (const file of [...files].sort((x, y) => y.medianA - x.medianA).slice(0, 3)) {
  console.log(
    `  ${ms(file.medianA).padStart(10)} (b ${ms(file.medianB)}, ${(file.bytes / 1024).toFixed(1)} KB)  ${file.name}`,
  );
}

// The hostile set (bench/hostile-inputs.mjs): parse + figures + CSV, best of 3 runs each, against the corpus median.
const HOSTILE_RUNS = 3;
function runHostile(text) {
  const result = parseOwnership(text);
  if (!result.ok) return { outcome: `refused: ${result.error.message.slice(0, 60)}`, csvBytes: 0 };
  sink += computeFigures(result.filing.document).netShares === 0 ? 0 : 1;
  const csv = toCsv(result.filing);
  return { outcome: `read, ${result.filing.document.transactions.length} rows`, csvBytes: csv.length };
}
console.log('');
console.log(`hostile set: parseOwnership + computeFigures + toCsv, best of ${HOSTILE_RUNS} runs`);
let worst = { ms: 0, name: '' };
for (const [name, text] of hostileInputs()) {
  let best = Infinity;
  let outcome;
  for (let run = 0; run < HOSTILE_RUNS; run += 1) {
    const start = performance.now();
    outcome = runHostile(text);
    best = Math.min(best, performance.now() - start);
  }
  if (best > worst.ms) worst = { ms: best, name };
  const csv = outcome.csvBytes ? `, CSV ${(outcome.csvBytes / 1024).toFixed(0)} KB` : '';
  console.log(`  ${ms(best).padStart(12)}  ${(text.length / 1024).toFixed(0).padStart(6)} KB in  ${name} (${outcome.outcome}${csv})`);
}
console.log(
  `worst hostile case: ${ms(worst.ms)} (${worst.name}); corpus median ${ms(median(perFileA))}, ` +
    `p99 ${ms(quantile(perFileA, 0.99))}`,
);
if (sink === 0.5) console.log(''); // never true; reads sink
