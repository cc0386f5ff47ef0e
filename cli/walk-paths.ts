// The files named on the command line: a file is read as named; a directory is read
// recursively for the kinds of file a filing comes in (.xml ownership documents, .txt and .nc
// EDGAR submissions). Yields paths one at a time, so a folder of 100,000s of filings is never
// held as one list of parsed files. A path that cannot be listed is yielded as is, and reading
// it reports why (no such file, permission denied) like any unreadable file.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const FILING_FILE = /\.(xml|txt|nc)$/i;

async function* walkDirectory(directory: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    yield directory;
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    // Symbolic links to files are read; links to folders are not followed (they can loop).
    else if ((entry.isFile() || entry.isSymbolicLink()) && FILING_FILE.test(entry.name)) {
      if (entry.isFile() || (await stat(path).catch(() => null))?.isFile()) yield path;
    }
  }
}

export async function* walkPaths(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walkDirectory(path);
    else yield path;
  }
}

/** Every file walkPaths yields, as a list (for commands that read files one by one). */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const file of walkPaths(paths)) files.push(file);
  return files;
}
