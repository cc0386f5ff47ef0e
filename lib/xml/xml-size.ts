// The size rule for an ownership document, alone in a module so that the filing-page content
// script can apply it before it sends a text to the background without pulling in the parser.

import { describeSize } from '../text/sizes';

/** The largest ownership document in EDGAR is a few hundred KB; this leaves room and bounds the work. */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (two units) is 4 bytes: 2 for each half.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}


/** The refusal of an XML document over MAX_XML_BYTES in UTF-8, or null when it is within. */
export function tooLargeXml(xml: string): string | null {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8: count bytes only when it could matter.
  const bytes = xml.length * 3 > MAX_XML_BYTES ? utf8Length(xml) : xml.length;
  if (bytes <= MAX_XML_BYTES) return null;
  return `Form 4 XML: the document is ${describeSize(bytes)}, more than the ${describeSize(MAX_XML_BYTES)} any ownership document needs; it was not read.`;
}

/**
 * The longest text a read-filing request carries, in characters: a full submission (its
 * ownership XML is checked against MAX_XML_BYTES once extracted) may hold more than its XML.
 */
export const MAX_REQUEST_CHARS = 4 * MAX_XML_BYTES;
