// The capped body reader both fetchers share (lib/sec/read-capped-body.ts), on Responses built
// here: a declared length over the cap is refused with nothing read, an undeclared body is
// dropped at the first chunk past the cap, and bodies within it come back byte for byte.

import { describe, expect, it } from 'vitest';
import { readCappedBody } from '../lib/sec/read-capped-body';

/** An undeclared body of `chunks` chunks of `size` bytes, counting how many the reader pulled. */
function chunked(chunks: number, size: number) {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body), pulled: () => pulled, cancelled: () => cancelled };
}

const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

describe('readCappedBody', () => {
  it('reads a declared body as long as the cap', async () => {
    expect(text(await readCappedBody(new Response('<ownershipDocument/>', { headers: { 'content-length': '20' } }), 20))).toBe('<ownershipDocument/>');
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const source = chunked(1_000, 1024);
    const response = new Response(source.response.body, { headers: { 'content-length': String(1024 * 1024 * 1024) } });
    expect(await readCappedBody(response, 5 * 1024 * 1024)).toBe(null);
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThanOrEqual(1);
  });

  it('reads an undeclared body within the cap in full', async () => {
    const source = chunked(4, 1000);
    const bytes = await readCappedBody(source.response, 4000);
    expect(bytes?.byteLength).toBe(4000);
    expect(bytes?.every((byte) => byte === 0x61)).toBe(true);
  });

  it('drops an undeclared body at the first chunk past the cap, and stops reading it', async () => {
    // 1,000 chunks of 64 KB (64 MB) against a 5 MB cap: the 81st chunk passes it.
    const source = chunked(1_000, 64 * 1024);
    expect(await readCappedBody(source.response, 5 * 1024 * 1024)).toBe(null);
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(90);
  });

  it('gives no bytes for a response without a body', async () => {
    expect(await readCappedBody(new Response(null, { status: 204 }), 10)).toEqual(new Uint8Array());
  });
});
