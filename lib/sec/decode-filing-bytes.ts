// The bytes of a filing as text, in the encoding they are in (docs/design.md section 7). EDGAR
// serves ASCII and UTF-8; files saved by other tools arrive as UTF-16 (with or without a
// byte-order mark) or Latin-1. Decoding Latin-1 as UTF-8 turned "Société" into "Soci\uFFFDt\uFFFD"
// silently, and UTF-16 read as UTF-8 looked like "text with no XML element".

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used: utf-8, utf-16le, utf-16be, windows-1252. */
  encoding: string;
  /** One sentence when the encoding was a guess the reader should know about; else null. */
  warning: string | null;
}

// "encoding" in an XML declaration, read from the first bytes as ASCII.
const DECLARED = /^\s{0,100}<\?xml[^>]{0,200}encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9._-]{1,40})["']/;
const LATIN = /^(?:iso-?8859-1|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii)$/i;

function decode(bytes: Uint8Array, encoding: string, skip: number): string {
  return new TextDecoder(encoding).decode(bytes.subarray(skip));
}

export function decodeFilingBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode(bytes, 'utf-8', 3), encoding: 'utf-8', warning: null };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode(bytes, 'utf-16le', 2), encoding: 'utf-16le', warning: null };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode(bytes, 'utf-16be', 2), encoding: 'utf-16be', warning: null };
  // "<" as UTF-16 without a byte-order mark (XML 1.0, appendix F).
  if (b0 === 0x3c && b1 === 0x00) return { text: decode(bytes, 'utf-16le', 0), encoding: 'utf-16le', warning: null };
  if (b0 === 0x00 && b1 === 0x3c) return { text: decode(bytes, 'utf-16be', 0), encoding: 'utf-16be', warning: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warning: null };
  } catch {
    // Not UTF-8: a reader expects the accents of a Latin-1 file, not an error, so it is read
    // as Windows-1252 (a superset of Latin-1 that browsers use for it), saying so unless declared.
    const head = String.fromCharCode(...bytes.subarray(0, 300));
    const declared = DECLARED.exec(head)?.[1];
    const warning =
      declared !== undefined && LATIN.test(declared)
        ? null
        : 'The file is not valid UTF-8; it was read as Windows-1252 (Latin-1), so check its accented letters.';
    return { text: decode(bytes, 'windows-1252', 0), encoding: 'windows-1252', warning };
  }
}
