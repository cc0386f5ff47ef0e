// Every answer from sec.gov read one way, for both places that ask (the filing page's own
// request for its XML, and the background's queue): no redirect followed, the rate-limit
// answers told apart (they stop the queue: docs/design.md section 8), the body read within its
// byte cap, decoded as EDGAR's files are (UTF-8, else Windows-1252), and each outcome said in
// one sentence. The fetch itself stays with the caller, which alone may touch the network.

import { decodeFilingBytes } from './decode-filing-bytes';
import { readCappedBody } from './read-capped-body';
import { describeSize } from '../text/sizes';

/**
 * One timeout for every request to sec.gov, the page's and the queue's: a reader waiting on a
 * filing page should not wait longer, and a filing (tens of KB) or a submissions JSON (about
 * 0.4 MB) arrives well within it.
 */
export const SEC_TIMEOUT_MS = 20_000;

export type SecFailureKind = 'refused' | 'redirected' | 'network' | 'timeout' | 'cancelled' | 'cut-short' | 'rate-limited' | 'too-large' | 'not-found' | 'http';

export type SecOutcome =
  | { ok: true; text: string }
  | { ok: false; kind: SecFailureKind; message: string };

/** What was asked for, as the sentences name it: "the filing's XML", or a URL. */
export interface SecRequest {
  url: string;
  what: string;
  maxBytes: number;
  /** What the cap stands for, in the refusal: "any ownership document needs"; else "it may be". */
  capMeaning?: string;
}

const RATE_LIMIT_PAGE = /Request Rate Threshold Exceeded/i;

/** What sec.gov's rate-limit page means, wherever it was met (the queue's request or a filing page's). */
export const RATE_LIMIT_MESSAGE =
  'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.';
/** The rate-limit page says so near its top: no need to scan a whole 5 MB answer for it. */
const RATE_LIMIT_SCAN = 20_000;

/** The one sentence for each outcome: what failed, and what the reader can do. */
export function describeSecFailure(kind: SecFailureKind, request: SecRequest, status?: number): string {
  const { what } = request;
  switch (kind) {
    case 'refused':
      return `Form 4 Lens reads only from www.sec.gov and data.sec.gov, so ${what} was not fetched.`;
    case 'redirected':
      return `sec.gov redirected the request for ${what} elsewhere; Form 4 Lens does not follow redirects, so it was not read.`;
    case 'network':
      return `sec.gov could not be reached for ${what}; check the connection and try again.`;
    case 'timeout':
      return `sec.gov did not send ${what} within ${SEC_TIMEOUT_MS / 1000} seconds; try again.`;
    case 'cancelled':
      return `The request for ${what} was cancelled because no open view needs it any more.`;
    case 'cut-short':
      return `${capitalise(what)} stopped arriving from sec.gov before its end; check the connection and try again.`;
    case 'rate-limited':
      return status === undefined
        ? RATE_LIMIT_MESSAGE
        : `sec.gov refused a request (HTTP ${status}), so Form 4 Lens has stopped asking and will try again later.`;
    case 'too-large':
      return `${capitalise(what)} is larger than the ${describeSize(request.maxBytes)} ${request.capMeaning ?? 'it may be'}, so it was not read.`;
    case 'not-found':
      return `sec.gov has no file for ${what} (HTTP 404).`;
    case 'http':
      return `sec.gov answered HTTP ${status ?? '?'} for ${what}; try again later.`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function failure(kind: SecFailureKind, request: SecRequest, status?: number): SecOutcome {
  return { ok: false, kind, message: describeSecFailure(kind, request, status) };
}

/** A fetch that threw: cancelled by the caller, timed out, or the network. */
export function toFetchFailure(error: unknown, request: SecRequest, signal?: AbortSignal): SecOutcome {
  if (signal?.aborted) return failure('cancelled', request);
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  return failure(timedOut ? 'timeout' : 'network', request);
}

/** Reads a response from sec.gov (fetched with `redirect: 'manual'`); never throws. */
export async function readSecResponse(response: Response, request: SecRequest, signal?: AbortSignal): Promise<SecOutcome> {
  const moved = response.url !== '' && response.url !== request.url;
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || moved) {
    await response.body?.cancel().catch(() => {});
    return failure('redirected', request);
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBody(response, request.maxBytes);
  } catch {
    return failure(signal?.aborted ? 'cancelled' : 'cut-short', request);
  }
  const limited = response.status === 403 || response.status === 429;
  if (bytes === null) return limited ? failure('rate-limited', request, response.status) : failure('too-large', request);
  const { text } = decodeFilingBytes(bytes);
  // The rate-limit page (with HTTP 200 or 403) is told apart by its words, and named.
  if (RATE_LIMIT_PAGE.test(text.slice(0, RATE_LIMIT_SCAN))) return failure('rate-limited', request);
  if (limited) return failure('rate-limited', request, response.status);
  if (response.status === 404) return failure('not-found', request);
  if (!response.ok) return failure('http', request, response.status);
  return { ok: true, text };
}
