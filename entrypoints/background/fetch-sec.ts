// One request to sec.gov for the queue: only https://www.sec.gov and https://data.sec.gov,
// without cookies, read by the one response reader (lib/sec/sec-response.ts: no redirect
// followed, the byte cap, the rate-limit answers that stop the queue, docs/design.md section 8).

import { describeSecFailure, readSecResponse, SEC_TIMEOUT_MS, toFetchFailure, type SecOutcome, type SecRequest } from '@/lib/sec/sec-response';

export const ALLOWED_ORIGINS = ['https://www.sec.gov', 'https://data.sec.gov'] as const;

/** A submissions JSON of 1,000 filings is about 0.4 MB (Tesla's); ten times that is refused. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

export function isAllowedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (ALLOWED_ORIGINS as readonly string[]).includes(parsed.origin) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Fetches `url` as text within `maxBytes`; never throws. */
export async function fetchSecText(url: string, signal: AbortSignal, maxBytes: number, fetchImpl: typeof fetch = fetch): Promise<SecOutcome> {
  const request: SecRequest = { url, what: url.slice(0, 200), maxBytes };
  if (!isAllowedUrl(url)) {
    return { ok: false, kind: 'refused', message: describeSecFailure('refused', request) };
  }
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', redirect: 'manual', signal: AbortSignal.any([signal, AbortSignal.timeout(SEC_TIMEOUT_MS)]) });
  } catch (error) {
    return toFetchFailure(error, request, signal);
  }
  return readSecResponse(response, request, signal);
}
