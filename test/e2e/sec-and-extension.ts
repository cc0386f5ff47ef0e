// For one describe block: the https stand-in for www.sec.gov with its routes and Chromium with
// the built extension, started before the block's tests and closed after them. Tests read
// `env.server` and `env.browser` (set once the block starts).

import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startSecServer, type Routes, type SecServer } from './sec-server';

export interface SecAndExtension {
  server: SecServer;
  browser: ExtensionBrowser;
}

export function useSecAndExtension(routes: () => Routes): SecAndExtension {
  const env = {} as SecAndExtension;
  beforeAll(async () => {
    env.server = await startSecServer(routes());
    env.browser = await launchWithExtension({ port: env.server.port });
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
