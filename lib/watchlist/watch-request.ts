// What a view may ask the background about the watchlist, checked with zod before anything is
// done (a content script runs beside a page we do not control). Every answer is the watchlist
// as stored after the change. Only the background writes the watchlist, so two views following
// at once cannot undo each other.

import * as z from 'zod/mini';
import { MESSAGE } from '../messages/message-names';
import { toFollowing, WATCH_RULES, type Watchlist } from './watchlist';

const cik = z.string().check(z.regex(/^\d{1,10}$/));

export const watchRequestSchema = z.discriminatedUnion('action', [
  z.object({ type: z.literal(MESSAGE.watchlist), action: z.literal('get') }),
  z.object({
    type: z.literal(MESSAGE.watchlist),
    action: z.literal('follow'),
    kind: z.enum(['company', 'insider']),
    cik,
    name: z.nullable(z.string().check(z.maxLength(1_000))),
    follow: z.boolean(),
  }),
  z.object({ type: z.literal(MESSAGE.watchlist), action: z.literal('rule'), rule: z.enum(WATCH_RULES as ['purchases', 'large-sales']) }),
]);
export type WatchRequest = z.infer<typeof watchRequestSchema>;

export function toWatchRequest(message: unknown): WatchRequest | null {
  const parsed = watchRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** The watchlist after the request (the same one for 'get'). */
export function applyWatchRequest(list: Watchlist, request: WatchRequest): Watchlist {
  switch (request.action) {
    case 'get':
      return list;
    case 'follow':
      return toFollowing(list, request.kind, { cik: request.cik, name: request.name }, request.follow);
    case 'rule':
      return { ...list, rule: request.rule };
  }
}
