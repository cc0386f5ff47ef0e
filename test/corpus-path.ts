// Where the real-filing corpus lives: test/corpus, a copy of the project's shared corpus of
// EDGAR filings (see test/corpus/README.md). Resolved from this file's URL, not from the working
// directory, so the tests find it whatever directory vitest is started from.
// A missing corpus is an error, never a reason to skip: the helpers below throw a message that
// says where the corpus was expected.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the corpus folder (…/test/corpus), without a trailing slash. Built from
 * paths, not URLs: under happy-dom the global URL is the DOM's, which node:url refuses.
 */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), 'corpus');

export function corpusMissingMessage(): string {
  return `The real-filing corpus was not found at ${CORPUS} (expected test/corpus in the repository); the corpus tests cannot run without it.`;
}

export function corpusExists(): boolean {
  return existsSync(CORPUS) && statSync(CORPUS).isDirectory();
}

/** Absolute path of a corpus file, e.g. `corpusPath('xml/edgar_client__doc4.xml')`. */
export function corpusPath(relative: string): string {
  return `${CORPUS}/${relative}`;
}

/**
 * Absolute path of an existing corpus file; throws a clear error when the corpus or the file is
 * missing (used by other test files, e.g. csv.test.ts).
 */
export function corpusFile(relative: string): string {
  if (!corpusExists()) throw new Error(corpusMissingMessage());
  const path = corpusPath(relative);
  if (!existsSync(path)) throw new Error(`Corpus file ${relative} is missing from ${CORPUS}.`);
  return path;
}

/** The text of a corpus file (UTF-8); throws a clear error when the corpus or the file is missing. */
export function readCorpus(relative: string): string {
  return readFileSync(corpusFile(relative), 'utf8');
}

/**
 * The names of the files of a corpus folder (`xml`, `submissions`, ...), sorted, as
 * `folder/name`. Returns [] when the corpus is missing so that a test can fail on it with
 * corpusMissingMessage() instead of the whole file failing to load.
 */
export function listCorpus(folder: string): string[] {
  const dir = corpusPath(folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(`${dir}/${name}`).isFile())
    .sort()
    .map((name) => `${folder}/${name}`);
}
