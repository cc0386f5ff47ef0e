// One request to sec.gov for the queue: only https://www.sec.gov and https://data.sec.gov,
// no redirect followed, the body read as it arrives and dropped past its byte cap, and the
// SEC's rate-limit answers (its "Request Rate Threshold Exceeded" page, HTTP 403 or 429)
// told apart from other failures, because they stop the whole queue (product.md section 8).

import { decodeFilingBytes } from '@/lib/sec/decode-filing-bytes';
import { readCappedBody } from '@/lib/sec/read-capped-body';
import type { FetchOutcome } from '@/lib/sec/request-queue';

export const ALLOWED_ORIGINS = ['https://www.sec.gov', 'https://data.sec.gov'] as const;

/** A submissions JSON of 1,000 filings is about 0.4 MB (Tesla's); ten times that is refused. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;
const RATE_LIMITED = /Request Rate Threshold Exceeded/i;

export const RATE_LIMIT_MESSAGE =
  'sec.gov is limiting requests from this computer (Request Rate Threshold Exceeded), so Form 4 Lens has stopped asking and will try again later.';

export function isAllowedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (ALLOWED_ORIGINS as readonly string[]).includes(parsed.origin) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Fetches `url` as text within `maxBytes`; never throws. */
export async function fetchSecText(url: string, signal: AbortSignal, maxBytes: number, fetchImpl: typeof fetch = fetch): Promise<FetchOutcome> {
  if (!isAllowedUrl(url)) {
    return { ok: false, kind: 'refused', message: `Form 4 Lens reads only from www.sec.gov and data.sec.gov, so ${url.slice(0, 200)} was not fetched.` };
  }
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]),
    });
  } catch (error) {
    if (signal.aborted) return { ok: false, kind: 'cancelled', message: 'The request was cancelled because no open view needs it any more.' };
    return { ok: false, kind: 'network', message: `sec.gov could not be reached (${String(error).slice(0, 200)}); check the connection and try again.` };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { ok: false, kind: 'refused', message: `sec.gov redirected ${url} elsewhere; Form 4 Lens does not follow redirects, so it was not read.` };
  }
  if (response.status === 403 || response.status === 429) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, kind: 'rate-limited', message: `sec.gov refused a request (HTTP ${response.status}), so Form 4 Lens has stopped asking and will try again later.` };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBody(response, maxBytes);
  } catch (error) {
    if (signal.aborted) return { ok: false, kind: 'cancelled', message: 'The request was cancelled because no open view needs it any more.' };
    return { ok: false, kind: 'network', message: `The answer from sec.gov stopped before its end (${String(error).slice(0, 200)}); try again.` };
  }
  if (bytes === null) {
    return { ok: false, kind: 'too-large', message: `${url} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB it may be, so it was not read.` };
  }
  const { text } = decodeFilingBytes(bytes);
  // The rate-limit page comes back as HTTP 200 with HTML: its words are what tell it apart.
  if (RATE_LIMITED.test(text.slice(0, 20_000))) return { ok: false, kind: 'rate-limited', message: RATE_LIMIT_MESSAGE };
  if (response.status === 404) return { ok: false, kind: 'not-found', message: `sec.gov has no file at ${url} (HTTP 404).` };
  if (!response.ok) return { ok: false, kind: 'http', message: `sec.gov answered HTTP ${response.status} for ${url}; try again later.` };
  return { ok: true, text };
}
