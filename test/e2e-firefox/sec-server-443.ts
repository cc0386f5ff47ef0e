// The www.sec.gov stand-in (test/e2e/sec-server.ts) reachable on 127.0.0.1:443, for Firefox.
// Firefox has no equivalent of Chromium's `--host-resolver-rules=MAP host ip:PORT`: the pref
// `network.dns.forceResolve` maps every host name to an IP address but keeps the URL's port,
// so https://www.sec.gov/... connects to 127.0.0.1:443 (engineering.md, "End-to-end tests in a
// real browser"). startSecServer always listens on a free port, so this forwards raw TCP from
// 443 to it: TLS passes through untouched (the certificate and SNI are the server's own) and
// `requests` still lists every request. Binding 443 needs root (CI runs as root) or
// CAP_NET_BIND_SERVICE.

import { createServer, connect, type Server, type Socket } from 'node:net';
import { startSecServer, type Routes, type SecServer } from '../e2e/sec-server';

export const HTTPS_PORT = 443;

export async function startSecServerOn443(routes: Routes): Promise<SecServer> {
  const inner = await startSecServer(routes);
  const sockets = new Set<Socket>();
  const forwarder = createServer((client) => {
    const upstream = connect(inner.port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  try {
    await listen(forwarder);
  } catch (error) {
    await inner.close();
    throw error;
  }
  return {
    port: HTTPS_PORT,
    url: inner.url,
    requests: inner.requests,
    sentBytes: inner.sentBytes,
    log: inner.log,
    get latencyMs() {
      return inner.latencyMs;
    },
    set latencyMs(value: number) {
      inner.latencyMs = value;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => forwarder.close(() => resolve()));
      await inner.close();
    },
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EACCES'
          ? 'binding a port below 1024 needs root (CI runs as root) or CAP_NET_BIND_SERVICE for node'
          : error.code === 'EADDRINUSE'
            ? 'another process (another Firefox e2e run?) is listening there; see `ss -ltnp | grep :443`'
            : String(error);
      reject(
        new Error(
          `Firefox e2e: the www.sec.gov stand-in must listen on 127.0.0.1:${HTTPS_PORT} (Firefox's ` +
            `network.dns.forceResolve maps the host, not the port) and could not: ${why}.`,
        ),
      );
    });
    server.listen(HTTPS_PORT, '127.0.0.1', () => resolve());
  });
}
