// What the overlay shows for a filing: read by the extension's background, which fetches the
// XML when it is a file on sec.gov, parses it and computes the figures
// (lib/read-filing-request.ts: the parser stays out of this script), with its accession
// completed from the page. Never rejects: a failure ends in a message too.

import type { Figures } from '@/lib/figures';
import type { Filing, ParseError } from '@/lib/model';
import {
  READ_FILING,
  READ_FILING_AT,
  WAKE_FOR_FILING,
  type ReadFilingAnswer,
  type ReadFilingAtRequest,
  type ReadFilingRequest,
} from '@/lib/read-filing-message';
import { isSubmission } from '@/lib/extract-ownership-xml';
import { parseFilingPath } from '@/lib/sec-urls';
import { describeSize, MAX_REQUEST_CHARS, tooLargeXml } from '@/lib/xml-size';

export type ShownFiling =
  | { status: 'ready'; filing: Filing; figures: Figures; rawXmlUrl: string | null }
  | { status: 'error'; error: ParseError; rawXmlUrl: string | null };

const NO_ANSWER = "Form 4 Lens's background did not answer the request to read this filing; reload the page, or restart the browser if it persists.";

/** Why the text is not sent at all (too large to be read), else null: the parser's own words for an XML document. */
function tooLargeToSend(text: string): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!isSubmission(body)) return tooLargeXml(body);
  return body.length > MAX_REQUEST_CHARS
    ? `This submission is larger than the ${describeSize(MAX_REQUEST_CHARS)} any ownership filing needs; it was not read.`
    : null;
}

async function askBackground(request: ReadFilingRequest | ReadFilingAtRequest): Promise<ReadFilingAnswer | null> {
  try {
    return ((await browser.runtime.sendMessage(request)) as ReadFilingAnswer | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Starts the background if the browser let it sleep, while the page loads (before its filing is found). */
export function wakeBackground(): void {
  browser.runtime.sendMessage({ type: WAKE_FOR_FILING }).catch(() => {});
}

/** `rawXmlUrl`: where the text came from, for the overlay's link (null for text read from the page). */
function toShownFiling(answer: ReadFilingAnswer | null, rawXmlUrl: string | null, pageUrl: string): ShownFiling {
  if (answer === null) return { status: 'error', error: { message: NO_ANSWER }, rawXmlUrl };
  if (answer.status === 'failed' || answer.status === 'unfetched') return { status: 'error', error: answer.error, rawXmlUrl: null };
  if (answer.status === 'refused') return { status: 'error', error: answer.error, rawXmlUrl };
  // A full submission names its accession; elsewhere the URL holds it.
  const filing = { ...answer.filing, accession: answer.filing.accession ?? parseFilingPath(pageUrl)?.accession ?? null };
  return { status: 'ready', filing, figures: answer.figures, rawXmlUrl };
}

/**
 * The filing whose raw XML is at `url` on sec.gov, fetched and read by the background.
 * `pageFilingDate`: what the page itself states (an index page), else null.
 */
export async function readFilingAt(url: string, pageUrl: string, pageFilingDate: string | null): Promise<ShownFiling> {
  return toShownFiling(await askBackground({ type: READ_FILING_AT, url, filingDate: pageFilingDate }), url, pageUrl);
}

/** A filing whose text is in the page itself (raw XML, full submission), read by the background. */
export async function readFilingText(text: string, pageUrl: string): Promise<ShownFiling> {
  const tooLarge = tooLargeToSend(text);
  if (tooLarge !== null) return { status: 'error', error: { message: tooLarge }, rawXmlUrl: null };
  return toShownFiling(await askBackground({ type: READ_FILING, text }), null, pageUrl);
}
