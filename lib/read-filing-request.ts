// The background's side of lib/read-filing-message.ts: a request checked, the filing fetched
// (for a URL), parsed, its figures computed. Pure, so it runs in Node as in the background: the
// fetch is passed in, and the listener is made for the extension's own id.

import * as z from 'zod/mini';
import { computeFigures } from './figures';
import type { ParseError } from './model';
import { parseOwnership } from './parse-ownership';
import { READ_FILING, READ_FILING_AT, WAKE_FOR_FILING, type ReadFilingAnswer } from './read-filing-message';
import { pageKind } from './sec-urls';
import { describeSize, MAX_REQUEST_CHARS, MAX_XML_BYTES } from './xml-size';

const filingDate = z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))));

const requestSchema = z.object({
  type: z.literal(READ_FILING),
  text: z.string().check(z.maxLength(MAX_REQUEST_CHARS)),
  filingDate,
});

const atSchema = z.object({
  type: z.literal(READ_FILING_AT),
  url: z.string().check(z.maxLength(2000)),
  filingDate,
});

/** What fetching a file from sec.gov came to (the background's fetchSecText gives this shape). */
export type XmlFetchOutcome = { ok: true; text: string } | { ok: false; kind: string; message: string; status?: number };

/** Fetches a filing's XML within `maxBytes`, giving up with kind "cancelled" once `signal` aborts; never throws. */
export type XmlFetcher = (url: string, maxBytes: number, signal: AbortSignal) => Promise<XmlFetchOutcome>;

/** How long the reader waits for sec.gov to send a filing page's XML before being told. */
export const FILING_FETCH_TIMEOUT_MS = 15_000;

function read(text: string, pageFilingDate: string | null | undefined): ReadFilingAnswer {
  try {
    const parsed = parseOwnership(text);
    if (!parsed.ok) return { status: 'refused', error: parsed.error };
    const filing = { ...parsed.filing, filingDate: parsed.filing.filingDate ?? pageFilingDate ?? null };
    return { status: 'read', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }) };
  } catch (error) {
    return {
      status: 'failed',
      error: { message: 'Form 4 Lens failed on this filing because of an error of its own; please report it.', details: String(error) },
    };
  }
}

/** The answer to a read-filing request; null for any other message or a malformed request. */
export function readFilingRequest(message: unknown): ReadFilingAnswer | null {
  const request = requestSchema.safeParse(message);
  return request.success ? read(request.data.text, request.data.filingDate) : null;
}

/** What the reader is told when the filing's XML could not be fetched, by what went wrong. */
function unfetched(url: string, outcome: Extract<XmlFetchOutcome, { ok: false }>): ParseError {
  const details = `${url}\n${outcome.message}`;
  switch (outcome.kind) {
    case 'refused':
      return {
        message: "sec.gov redirected the request for the filing's XML elsewhere; Form 4 Lens reads a filing only from its own folder on www.sec.gov, so it was not read.",
        details,
      };
    case 'too-large':
      return { message: `The filing's XML is larger than the ${describeSize(MAX_XML_BYTES)} any ownership document needs; it was not read.`, details };
    case 'rate-limited':
      return { message: 'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded); wait a few minutes and reload.', details };
    case 'not-found':
    case 'http':
      return {
        message: `sec.gov answered ${outcome.status ?? 'with an error'} for the filing's XML; the file may have moved, so open it from the filing index.`,
        details,
      };
    case 'cancelled':
      return {
        message: `sec.gov did not send the filing's XML within ${FILING_FETCH_TIMEOUT_MS / 1000} seconds; reload the page to try again.`,
        details,
      };
    default:
      return { message: "The filing's XML could not be fetched from sec.gov; check the connection and reload the page.", details };
  }
}

/**
 * The answer to a read-filing-at request, or null for any other message. Only a filing's own
 * raw XML on www.sec.gov is fetched (lib/sec-urls.ts): the URL came from a page.
 */
export function readFilingAtRequest(message: unknown, fetchXml: XmlFetcher): Promise<ReadFilingAnswer> | null {
  const request = atSchema.safeParse(message);
  if (!request.success) return null;
  const { url } = request.data;
  if (pageKind(url) !== 'raw-xml') {
    return Promise.resolve({
      status: 'unfetched',
      error: { message: "Form 4 Lens reads a filing only from its own folder on www.sec.gov, so this address was not read.", details: url.slice(0, 300) },
    });
  }
  return fetchXml(url, MAX_XML_BYTES, AbortSignal.timeout(FILING_FETCH_TIMEOUT_MS)).then((outcome) =>
    outcome.ok ? read(outcome.text, request.data.filingDate) : { status: 'unfetched', error: unfetched(url, outcome) },
  );
}

/** What runtime.onMessage tells a listener about the sender (the part looked at here). */
export interface MessageSender {
  id?: string;
}

/**
 * A runtime.onMessage listener that answers read-filing requests (and the wake-up before one)
 * from the extension itself (its content scripts; `ownId` is runtime.id) and leaves every
 * other message to other listeners. A text is answered at once; a URL once fetched, keeping
 * the channel open by returning true (a listener that returns a promise is not understood
 * by every browser we support).
 */
export function toReadFilingListener(ownId: string, fetchXml: XmlFetcher) {
  return (message: unknown, sender: MessageSender, sendResponse: (answer: ReadFilingAnswer | true) => void): true | undefined => {
    if (sender.id !== ownId) return undefined;
    // Answered so that the sender's promise settles (Chrome rejects an unanswered message).
    if ((message as { type?: unknown } | null)?.type === WAKE_FOR_FILING) {
      sendResponse(true);
      return undefined;
    }
    const fetched = readFilingAtRequest(message, fetchXml);
    if (fetched !== null) {
      void fetched.then(sendResponse);
      return true;
    }
    const answer = readFilingRequest(message);
    if (answer !== null) sendResponse(answer);
    return undefined;
  };
}
