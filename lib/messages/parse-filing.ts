// The filing-page content script asks the extension's background to parse a filing and
// compute its figures (lib/messages/parse-filing-answer.ts answers): the parser, fast-xml-parser
// and zod then stay out of the script injected into every filing page (docs/architecture.md,
// "Why the background parses"). Types and message names only: the content script imports this.

import type { Figures } from '../figures/figures';
import type { Filing, ParseError } from '../filing/model';

import { MESSAGE } from './message-names';

export const READ_FILING = MESSAGE.parseFiling;

/**
 * Sent as soon as a filing page starts loading, before its XML is in: Chrome lets an idle
 * extension service worker sleep, and starting it costs about 50 ms; woken by this message,
 * it starts while the page and the XML load instead of after. Answered with true.
 */
export const WAKE_FOR_FILING = MESSAGE.wakeForFiling;

export interface ReadFilingRequest {
  type: typeof READ_FILING;
  /** The ownership XML or full submission, within MAX_XML_BYTES (lib/xml/xml-size.ts). */
  text: string;
  /** The filing date the page itself states (an index page), used when the text states none. */
  filingDate?: string | null;
}

export type ReadFilingAnswer =
  | { status: 'read'; filing: Filing; figures: Figures }
  /** The text is not a readable ownership filing: the parser's one-sentence reason. */
  | { status: 'refused'; error: ParseError }
  /** A bug of ours stopped the reading. */
  | { status: 'failed'; error: ParseError };
