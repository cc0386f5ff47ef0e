// One file in, one outcome out: checked for kind and size before anything is read, read with
// a byte cap, decoded in its own encoding and parsed, or the reason it could not be.
// Never throws, so one bad file never stops the others.

import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { decodeFilingBytes } from '../lib/decode-filing-bytes';
import type { Filing, ParseError } from '../lib/model';
import { MAX_XML_BYTES, parseOwnership } from '../lib/parse-ownership';

export type FileOutcome =
  | { file: string; ok: true; filing: Filing; warnings: string[] }
  | { file: string; ok: false; error: ParseError };

/** A full submission wraps the XML with its header and other documents: room for those, and a bound all the same. */
export const MAX_FILE_BYTES = 4 * MAX_XML_BYTES;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

class Refused extends Error {}

function describeReadError(error: unknown): string {
  if (error instanceof Refused) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'Could not read the file: no such file; check the path.';
    case 'EISDIR':
      return 'Could not read the file: it is a directory; name the XML or .txt files in it.';
    case 'EACCES':
      return 'Could not read the file: permission denied.';
    case 'ENXIO':
      return 'Could not read the file: it is a socket, not a regular file; save the filing to a file first.';
    default:
      return `Could not read the file: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

/** What a path that is not a regular file is, in words. */
function describeKind(stats: Awaited<ReturnType<FileHandle['stat']>>): string {
  if (stats.isDirectory()) return 'Could not read the file: it is a directory; name the XML or .txt files in it.';
  if (stats.isFIFO()) return 'Could not read the file: it is a named pipe, not a regular file; save the filing to a file first.';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'Could not read the file: it is a device, not a regular file.';
  return 'Could not read the file: it is not a regular file.';
}

/** At most MAX_FILE_BYTES of a regular file; a file that is not one, or bigger, is refused before reading. */
async function readCapped(file: string): Promise<Uint8Array> {
  // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Refused(describeKind(stats));
    const tooBig = (size: number) =>
      new Refused(`Could not read the file: it is ${megabytes(size)}, more than the ${megabytes(MAX_FILE_BYTES)} any Form 3/4/5 filing needs.`);
    if (stats.size > MAX_FILE_BYTES) throw tooBig(stats.size);
    // Read in chunks up to one byte past the cap: the file may have grown since stat.
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, MAX_FILE_BYTES + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_FILE_BYTES) throw tooBig(length);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

export async function readFiling(file: string): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(file);
  } catch (error) {
    return { file, ok: false, error: { message: describeReadError(error) } };
  }
  const decoded = decodeFilingBytes(bytes);
  const result = parseOwnership(decoded.text);
  if (!result.ok) return { file, ok: false, error: result.error };
  const warnings = [...(decoded.warning ? [decoded.warning] : []), ...(result.filing.warnings ?? [])];
  return { file, ok: true, filing: result.filing, warnings };
}
