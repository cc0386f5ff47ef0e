// What bench/trades-day.bench.mjs needs from the TypeScript test harness (loaded with Vite's
// runnerImport, as bench/overlay-harness.ts is): the https stand-in for www.sec.gov, Chromium with
// the built extension, and a simulated day: `count` Form 4 filings made from the corpus (each
// corpus filing with a known issuer, cycled, under a made-up accession of filer 9999999999 in its
// issuer's folder), listed in a daily form index in EDGAR's shape and served at their full
// submissions' addresses (the corpus XML stands in for the submission).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusLines } from '../test/market-facts';
import type { Routes } from '../test/e2e/sec-server';

export { launchWithExtension } from '../test/e2e/browser';
export { startSecServer } from '../test/e2e/sec-server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DAY = '2022-08-09';
export const DAILY_INDEX = '/Archives/edgar/daily-index/2022/QTR3/form.20220809.idx';

export function simulatedDay(count: number): { routes: Routes; lines: number } {
  const byFile = new Map(corpusLines().filter((line) => line.issuerCik !== null).map((line) => [line.file, line]));
  const sources = [...byFile.values()];
  const texts = new Map(sources.map((line) => [line.file, readFileSync(join(ROOT, line.file), 'utf8')]));
  const routes: Record<string, Routes[string]> = {};
  const rows: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const source = sources[i % sources.length]!;
    const cik = String(Number(source.issuerCik));
    const accession = `9999999999-22-${String(i).padStart(6, '0')}`;
    routes[`/Archives/edgar/data/${cik}/${accession}.txt`] = { body: texts.get(source.file)!, type: 'text/plain' };
    rows.push(`${'4'.padEnd(12)}${'Simulated filer'.padEnd(62)}${cik.padEnd(12)}${'20220809'.padEnd(12)}edgar/data/${cik}/${accession}.txt`);
  }
  const index = `Description:           Daily Index of EDGAR Dissemination Feed by Form Type\nLast Data Received:    August 9, 2022\n \nForm Type   Company Name                                                  CIK         Date Filed  File Name\n${'-'.repeat(140)}\n${rows.join('\n')}\n`;
  routes[DAILY_INDEX] = { body: index, type: 'text/plain' };
  return { routes, lines: count };
}
