// One-shot questions to the background, typed by their name: the request is what
// lib/messages/background-protocol.ts accepts and the answer what it says the background sends.
// Undefined when the background did not answer (it was reloaded, or the message was refused).

import type { Answers, Request } from '@/lib/messages/background-protocol';

export async function askBackground<R extends Request>(request: R): Promise<Answers[R['type']] | undefined> {
  return (await browser.runtime.sendMessage(request)) as Answers[R['type']] | undefined;
}
