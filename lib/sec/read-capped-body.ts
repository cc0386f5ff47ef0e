// A response body read within a byte cap, for both places that fetch from sec.gov (the filing
// page's own XML in the content script, the background's queue). It reads a Response it is
// given and fetches nothing itself; the fetching stays in entrypoints/.

/**
 * The body's bytes, or null once it is known to pass `maxBytes`: a declared length over the cap
 * is refused before any byte is read, and an undeclared body is read as it arrives and dropped
 * at the first chunk past the cap (a 300 MB "XML" used to be downloaded whole before being
 * refused). A declared length within the cap is read in one go: the browser holds the body to
 * that length, and one task instead of one per chunk reaches a busy page's main thread sooner
 * (measured on a loading SEC rendering: 10 to 20 ms sooner).
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = response.headers.has('content-length') ? Number(response.headers.get('content-length')) : null;
  if (declared !== null && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return new Uint8Array();
  if (declared !== null && declared <= maxBytes) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
