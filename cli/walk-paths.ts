// The files named on the command line: a file is read as named; a directory is read
// recursively for the kinds of file a filing comes in (.xml ownership documents, .txt and .nc
// EDGAR submissions). Yields paths one at a time, so a folder of 100,000s of filings is never
// held as one list of parsed files. A path that cannot be listed is yielded as is, and reading
// it reports why (no such file, permission denied) like any unreadable file.

import { readdir, stat } from 'node:fs/promises';

const FILING_FILE = /\.(xml|txt|nc)$/i;

// A name that is not UTF-8 (a Latin-1 "é" saved on Linux) cannot be written as a JavaScript
// string that the file system reads back: read as UTF-8 it became U+FFFD and "no such file".
// Such a path travels as its bytes, one character each, behind a NUL (which no path contains),
// to the worker and back; toFsPath gives the file system its bytes, displayPath the reader a name.
const RAW = '\u0000';

/** What the file system needs for a path from walkPaths. */
export function toFsPath(path: string): string | Buffer {
  return path.startsWith(RAW) ? Buffer.from(path.slice(1), 'latin1') : path;
}

/** A path from walkPaths as a reader sees it (bytes that are not UTF-8 as U+FFFD). */
export function displayPath(path: string): string {
  return path.startsWith(RAW) ? Buffer.from(path.slice(1), 'latin1').toString('utf8') : path;
}

function toPath(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : `${RAW}${bytes.toString('latin1')}`;
}

async function* walkDirectory(directory: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(toFsPath(directory), { withFileTypes: true, encoding: 'buffer' });
  } catch {
    yield directory;
    return;
  }
  const fsPath = toFsPath(directory);
  const base = typeof fsPath === 'string' ? Buffer.from(fsPath.endsWith('/') ? fsPath : `${fsPath}/`) : Buffer.concat([fsPath, Buffer.from('/')]);
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const path = toPath(Buffer.concat([base, entry.name]));
    if (entry.isDirectory()) yield* walkDirectory(path);
    // Symbolic links to files are read; links to folders are not followed (they can loop).
    else if ((entry.isFile() || entry.isSymbolicLink()) && FILING_FILE.test(entry.name.toString('latin1'))) {
      if (entry.isFile() || (await stat(toFsPath(path)).catch(() => null))?.isFile()) yield path;
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
