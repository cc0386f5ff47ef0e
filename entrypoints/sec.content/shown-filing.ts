// A filing's source turned into what the overlay shows: parsed and its figures computed by the
// extension's background (lib/messages/parse-filing-answer.ts: the parser stays out of this script),
// with its accession completed from the page. Never rejects: a failure ends in a message too.

import type { Figures } from '@/lib/figures/figures';
import type { Filing, ParseError } from '@/lib/filing/model';
import { READ_FILING, WAKE_FOR_FILING, type ReadFilingAnswer, type ReadFilingRequest } from '@/lib/messages/parse-filing';
import { isSubmission } from '@/lib/filing/extract-ownership-xml';
import { parseFilingPath } from '@/lib/sec/sec-urls';
import { MAX_REQUEST_CHARS, tooLargeXml } from '@/lib/xml/xml-size';
import { describeSize } from '@/lib/text/sizes';
import type { FilingText } from './fetch-filing-xml';

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

async function askBackground(request: ReadFilingRequest): Promise<ReadFilingAnswer | null> {
  try {
    return ((await browser.runtime.sendMessage(request)) as ReadFilingAnswer | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Starts the background if the browser let it sleep, while the page and its XML load. */
export function wakeBackground(): void {
  browser.runtime.sendMessage({ type: WAKE_FOR_FILING }).catch(() => {});
}

/** `pageFilingDate`: what the page itself states (an index page), else null. */
export async function toShownFiling(source: FilingText, pageUrl: string, pageFilingDate: string | null): Promise<ShownFiling> {
  if (source.kind === 'failed') return { status: 'error', error: { message: source.message, details: source.details }, rawXmlUrl: null };
  const tooLarge = tooLargeToSend(source.text);
  if (tooLarge !== null) return { status: 'error', error: { message: tooLarge }, rawXmlUrl: source.rawXmlUrl };
  const answer = await askBackground({ type: READ_FILING, text: source.text, filingDate: pageFilingDate });
  if (answer === null) return { status: 'error', error: { message: NO_ANSWER }, rawXmlUrl: source.rawXmlUrl };
  if (answer.status === 'failed') return { status: 'error', error: answer.error, rawXmlUrl: null };
  if (answer.status === 'refused') return { status: 'error', error: answer.error, rawXmlUrl: source.rawXmlUrl };
  // A full submission names its accession; elsewhere the URL holds it.
  const filing = { ...answer.filing, accession: answer.filing.accession ?? parseFilingPath(pageUrl)?.accession ?? null };
  return { status: 'ready', filing, figures: answer.figures, rawXmlUrl: source.rawXmlUrl };
}
