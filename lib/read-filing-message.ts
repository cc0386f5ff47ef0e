// The filing-page content script asks the extension's background to read a filing and compute
// its figures (lib/read-filing-request.ts answers): the parser, fast-xml-parser and zod then
// stay out of the script injected into every filing page (issue 11: 49 KB gzipped with them,
// 35 KB without). Where the filing is a file on sec.gov (a rendering's raw XML, an index
// page's link) the background fetches it too: its request, the parse and the figures run off
// the page's main thread while the page loads, and only the answer reaches the page.
// Types and the message names only: the content script imports this.

import type { Figures } from './figures';
import type { Filing, ParseError } from './model';

export const READ_FILING = 'form4-lens:read-filing';

/**
 * Sent as soon as a filing page that must find its filing in the DOM (index, raw XML,
 * submission) starts loading: Chrome lets an idle extension service worker sleep, and starting
 * it costs about 50 ms; woken by this message, it starts while the page loads instead of after.
 * A rendering sends READ_FILING_AT at once instead, which wakes it too. Answered with true.
 */
export const WAKE_FOR_FILING = 'form4-lens:wake-for-filing';

/** Read the ownership XML at a URL: www.sec.gov, in a filing's own folder (lib/sec-urls.ts `raw-xml`). */
export const READ_FILING_AT = 'form4-lens:read-filing-at';

export interface ReadFilingAtRequest {
  type: typeof READ_FILING_AT;
  url: string;
  /** The filing date the page itself states (an index page), used when the XML states none. */
  filingDate?: string | null;
}

export interface ReadFilingRequest {
  type: typeof READ_FILING;
  /** The ownership XML or full submission, within MAX_XML_BYTES (lib/xml-size.ts). */
  text: string;
  /** The filing date the page itself states (an index page), used when the text states none. */
  filingDate?: string | null;
}

export type ReadFilingAnswer =
  | { status: 'read'; filing: Filing; figures: Figures }
  /** The file could not be fetched: one sentence that says why and what to do. */
  | { status: 'unfetched'; error: ParseError }
  /** The text is not a readable ownership filing: the parser's one-sentence reason. */
  | { status: 'refused'; error: ParseError }
  /** A bug of ours stopped the reading. */
  | { status: 'failed'; error: ParseError };
