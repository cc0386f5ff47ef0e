// One file in, one outcome out: checked for kind and size before anything is read, read with
// a byte cap, decoded in its own encoding and parsed, or the reason it could not be.
// Never throws, so one bad file never stops the others.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { describeSize } from '../lib/text/sizes';
import { toFsPath } from './walk-paths';
import { decodeFilingBytes } from '../lib/sec/decode-filing-bytes';
import type { Filing, ParseError } from '../lib/filing/model';
import { MAX_XML_BYTES, parseOwnership } from '../lib/filing/parse-ownership';

export type FileOutcome =
  | { file: string; ok: true; filing: Filing; warnings: string[] }
  | { file: string; ok: false; error: ParseError };

/** A full submission wraps the XML with its header and other documents: room for those, and a bound all the same. */
export const MAX_FILE_BYTES = 4 * MAX_XML_BYTES;

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
    case 'ENAMETOOLONG':
      return 'Could not read the file: its path is longer than the system allows.';
    default:
      // The system's own message repeats the path (any length, any bytes): its code says enough.
      return `Could not read the file: ${code ? `the system answered ${code}` : String(error).slice(0, 200)}.`;
  }
}

/** What a path that is not a regular file is, in words. */
function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'Could not read the file: it is a directory; name the XML or .txt files in it.';
  if (stats.isFIFO()) return 'Could not read the file: it is a named pipe, not a regular file; save the filing to a file first.';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'Could not read the file: it is a device, not a regular file.';
  return 'Could not read the file: it is not a regular file.';
}

/**
 * At most MAX_FILE_BYTES of a regular file; a file that is not one, or bigger, is refused before
 * reading. Synchronous: it runs on a parse worker's own thread (or in the CLI's one flow), where
 * a read from the page cache takes microseconds and promise and thread-pool hops cost more.
 */
function readCapped(file: string): Uint8Array {
  // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
  const fd = openSync(toFsPath(file), constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Refused(describeKind(stats));
    const tooBig = (size: number) =>
      new Refused(`Could not read the file: it is ${describeSize(size)}, more than the ${describeSize(MAX_FILE_BYTES)} any Form 3/4/5 filing needs.`);
    if (stats.size > MAX_FILE_BYTES) throw tooBig(stats.size);
    // One buffer the file's size plus a byte, so a file that grew since stat is noticed; it is
    // then read on in chunks, up to one byte past the cap. Only the bytes read are kept, so
    // the buffer need not be zeroed first.
    const chunks: Uint8Array[] = [];
    let length = 0;
    let room = stats.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(room, MAX_FILE_BYTES + 1 - length));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_FILE_BYTES) throw tooBig(length);
      room = 64 * 1024;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

export function readFiling(file: string): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readCapped(file);
  } catch (error) {
    return { file, ok: false, error: { message: describeReadError(error) } };
  }
  const decoded = decodeFilingBytes(bytes);
  const result = parseOwnership(decoded.text);
  if (!result.ok) return { file, ok: false, error: result.error };
  const warnings = [...(decoded.warning ? [decoded.warning] : []), ...(result.filing.warnings ?? [])];
  return { file, ok: true, filing: result.filing, warnings };
}
