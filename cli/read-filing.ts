// One file in, one outcome out: read as UTF-8 and parsed, or the reason it could not be.
// Never throws, so one bad file never stops the others.

import { readFile } from 'node:fs/promises';
import type { Filing, ParseError } from '../lib/model';
import { parseOwnership } from '../lib/parse-ownership';

export type FileOutcome =
  | { file: string; ok: true; filing: Filing }
  | { file: string; ok: false; error: ParseError };

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'Could not read the file: no such file; check the path.';
    case 'EISDIR':
      return 'Could not read the file: it is a directory; name the XML or .txt files in it.';
    case 'EACCES':
      return 'Could not read the file: permission denied.';
    default:
      return `Could not read the file: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

export async function readFiling(file: string): Promise<FileOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { file, ok: false, error: { message: describeReadError(error) } };
  }
  const result = parseOwnership(text);
  return result.ok ? { file, ok: true, filing: result.filing } : { file, ok: false, error: result.error };
}
