// The background's side of lib/messages/parse-filing.ts: a request checked, the filing parsed,
// its figures computed. Pure, so it runs in Node as in the background; the listener is made
// for the extension's own id, which the background passes in.

import * as z from 'zod/mini';
import { computeFigures } from '../figures/figures';
import { parseOwnership } from '../filing/parse-ownership';
import { READ_FILING, WAKE_FOR_FILING, type ReadFilingAnswer } from './parse-filing';
import { MAX_REQUEST_CHARS } from '../xml/xml-size';
import type { Filing } from '../filing/model';

const requestSchema = z.object({
  type: z.literal(READ_FILING),
  text: z.string().check(z.maxLength(MAX_REQUEST_CHARS)),
  filingDate: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
});

/** The answer to a read-filing request; null for any other message or a malformed request. */
export function readFilingRequest(message: unknown): ReadFilingAnswer | null {
  const request = requestSchema.safeParse(message);
  if (!request.success) return null;
  try {
    const parsed = parseOwnership(request.data.text);
    if (!parsed.ok) return { status: 'refused', error: parsed.error };
    const filing = { ...parsed.filing, filingDate: parsed.filing.filingDate ?? request.data.filingDate ?? null };
    return { status: 'read', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }) };
  } catch (error) {
    return {
      status: 'failed',
      error: { message: 'Form 4 Lens failed on this filing because of an error of its own; please report it.', details: String(error) },
    };
  }
}

/** What runtime.onMessage tells a listener about the sender (the part looked at here). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * A runtime.onMessage listener that answers read-filing requests (and the wake-up before one)
 * from the extension itself
 * (its content scripts; `ownId` is runtime.id) and leaves every other message to other
 * listeners. It answers synchronously: the parse is synchronous, and a listener that returns
 * a promise is not understood by every browser we support.
 */
export function toReadFilingListener(ownId: string, onRead: (filing: Filing, sender: MessageSender) => void = () => {}) {
  return (message: unknown, sender: MessageSender, sendResponse: (answer: ReadFilingAnswer | true) => void): undefined => {
    if (sender.id !== ownId) return undefined;
    // Answered so that the sender's promise settles (Chrome rejects an unanswered message).
    if ((message as { type?: unknown } | null)?.type === WAKE_FOR_FILING) {
      sendResponse(true);
      return undefined;
    }
    const answer = readFilingRequest(message);
    if (answer === null) return undefined;
    sendResponse(answer);
    if (answer.status === 'read') onRead(answer.filing, sender);
    return undefined;
  };
}
