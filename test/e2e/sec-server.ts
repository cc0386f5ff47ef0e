// A stand-in for https://www.sec.gov in end-to-end tests: a Node https server on 127.0.0.1 that
// answers real sec.gov paths from fixture files. Chromium reaches it through
// `--host-resolver-rules=MAP www.sec.gov 127.0.0.1:PORT` (test/e2e/browser.ts), so the page keeps
// its real https://www.sec.gov/... URL and the content script runs exactly as in production.
// It must be https: www.sec.gov is HSTS-preloaded, Chromium upgrades http:// before any request
// leaves (engineering.md, "Traps already found").
//
// Headers follow what EDGAR was recorded sending (response headers kept in public test caches):
//   filing index  -> `Content-Type: text/html` (no charset; dgunning/edgartools cassette
//                    test_filing_homepage_primary_documents.yaml, 2026, and mwaldstein/edgarWebR
//                    tests/cache, 2017), with X-Content-Type-Options: nosniff,
//                    X-Frame-Options: SAMEORIGIN, Cache-Control: no-cache
//   full .txt     -> `Content-Type: text/plain` (no charset; edgartools cassette of
//                    0000320193-22-000061.txt, 2026)
// No recording of a raw .xml or an xslF345 rendering response was found: they are served as
// `text/xml` and `text/html`, again without charset (the documents declare their own encoding:
// `<?xml ... ?>`, `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">`).
// Inline `body` strings are sent as UTF-8 and say so (`; charset=utf-8`).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ContentType = 'text/html' | 'text/xml' | 'text/plain' | 'application/json';

/** How the server answers one path. */
export type Route =
  /** A file's bytes as they are (absolute path). `charset` is appended to Content-Type when given. */
  | { file: string; type: ContentType; charset?: string; status?: number; delayMs?: number }
  /** A string, sent as UTF-8. */
  | { body: string; type: ContentType; status?: number }
  /** Never answers (the request stays open until close()): for loading-state and timeout tests. */
  | { hang: true }
  /** A redirect (302 unless told) to `location`: for tests that the extension never follows one. */
  | { redirect: string; status?: number }
  /** `bytes` of "a" sent in 64 KB chunks as the client takes them, with no Content-Length; `sentBytes` counts them. */
  | { stream: number; type: ContentType };

/**
 * Keys are request targets as the browser sends them: a path, or a path with its query
 * (`/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=4`). A request is looked up
 * with its query first, then by its path alone; anything else gets an SEC-like 404 page.
 * A key starting with `//host` (`//data.sec.gov/submissions/CIK0001318605.json`) answers only
 * requests to that host, and is looked up before the others.
 */
export type Routes = Readonly<Record<string, Route>>;

export interface SecServer {
  /** The local port; Chromium maps www.sec.gov:443 to it. */
  port: number;
  /** The public URL of a path: `url('/Archives/...')` -> `https://www.sec.gov/Archives/...`. */
  url(path: string): string;
  /**
   * Every request target (path + query) received, in order, routed or not. Chromium asks for
   * `/favicon.ico` after most page loads: filter it out when counting a page's own requests.
   */
  requests: string[];
  /** Bytes a `stream` route had written, by request target, when the client stopped reading or the body ended. */
  sentBytes: Record<string, number>;
  /** Every request with its host and when it arrived and was answered (ms since the epoch; end null while open). */
  log: RequestLogEntry[];
  /**
   * Each answer starts this long after its request (0 unless set): about the round trip to
   * sec.gov, which the local server otherwise lacks (bench/overlay.bench.mjs).
   */
  latencyMs: number;
  close(): Promise<void>;
}

export interface RequestLogEntry {
  host: string;
  target: string;
  start: number;
  end: number | null;
}

/**
 * Other hosts the browser maps to this server (browser.ts), in the certificate too: a test
 * that the extension never reads from elsewhere needs "elsewhere" to answer (engineering.md).
 */
export const OTHER_HOSTS = ['evil.example', 'data.sec.gov'] as const;

export const SEC_ORIGIN = 'https://www.sec.gov';

export async function startSecServer(routes: Routes): Promise<SecServer> {
  const requests: string[] = [];
  const sentBytes: Record<string, number> = {};
  const log: RequestLogEntry[] = [];
  const server = createServer(certificate(), (req, res) => {
    const target = req.url ?? '/';
    requests.push(target);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const entry: RequestLogEntry = { host, target, start: Date.now(), end: null };
    log.push(entry);
    res.once('close', () => (entry.end = Date.now()));
    const reply = () => answer(routes, target, req, res, sentBytes, host);
    if (secServer.latencyMs > 0) setTimeout(reply, secServer.latencyMs);
    else reply();
  });
  // A hanging request keeps its socket open; close() must not wait for it.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const secServer: SecServer = {
    port,
    url: (path) => `${SEC_ORIGIN}${path.startsWith('/') ? '' : '/'}${path}`,
    requests,
    sentBytes,
    log,
    latencyMs: 0,
    close: () => closeServer(server),
  };
  return secServer;
}

function answer(routes: Routes, target: string, req: IncomingMessage, res: ServerResponse, sentBytes: Record<string, number>, host: string): void {
  const path = target.split('?')[0] ?? target;
  const route = routes[`//${host}${target}`] ?? routes[`//${host}${path}`] ?? routes[target] ?? routes[path];
  if (route && 'hang' in route) return; // leave the response open on purpose
  if (route && 'redirect' in route) {
    res.writeHead(route.status ?? 302, { Location: route.redirect, 'Cache-Control': 'no-cache' });
    res.end();
    return;
  }
  if (route && 'stream' in route) {
    void streamBytes(res, route.stream, route.type, (sent) => (sentBytes[target] = sent));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', Buffer.from(`${req.method} not allowed\n`));
    return;
  }
  if (!route) {
    send(res, 404, 'text/html; charset=utf-8', Buffer.from(notFoundPage(target)));
    return;
  }
  if ('file' in route) {
    const contentType = route.charset ? `${route.type}; charset=${route.charset}` : route.type;
    const bytes = readFileSync(route.file);
    // A slow answer, so that requests overlap as they would over the internet.
    if (route.delayMs) setTimeout(() => send(res, route.status ?? 200, contentType, bytes), route.delayMs);
    else send(res, route.status ?? 200, contentType, bytes);
    return;
  }
  send(res, route.status ?? 200, `${route.type}; charset=utf-8`, Buffer.from(route.body, 'utf8'));
}

/** Writes `total` bytes as fast as the client reads them, reporting the count until it stops. */
async function streamBytes(res: ServerResponse, total: number, type: ContentType, report: (sent: number) => void): Promise<void> {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let closed = false;
  res.once('close', () => (closed = true));
  while (sent < total && !closed) {
    const ok = res.write(chunk);
    sent += chunk.length;
    report(sent);
    if (!ok) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
  }
  res.end();
}

function send(res: ServerResponse, status: number, contentType: string, bytes: Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': bytes.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
  });
  res.end(bytes); // Node drops the body itself for HEAD
}

// Shaped like the SEC's "Page Not Found" page (title, heading, the path asked for); the exact
// markup of sec.gov's 404 was not recorded anywhere we could find.
function notFoundPage(target: string): string {
  const path = target.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page Not Found | SEC.gov</title></head>
<body><h1>Page Not Found</h1>
<p>The requested URL ${path} was not found on this server.</p>
<p><a href="/">SEC.gov Home</a></p></body></html>
`;
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections(); // hanging and keep-alive sockets
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

let cached: { key: Buffer; cert: Buffer } | undefined;

/**
 * A throwaway self-signed certificate for www.sec.gov, made once per process. Chromium is told
 * to accept it (`ignoreHTTPSErrors`); it is never installed anywhere. The temp dir is removed
 * as soon as the PEM files are read.
 */
function certificate(): { key: Buffer; cert: Buffer } {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'sec-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.sec.gov',
        '-addext', `subjectAltName=${['www.sec.gov', ...OTHER_HOSTS].map((host) => `DNS:${host}`).join(',')}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    cached = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return cached;
  } catch (error) {
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'openssl is not installed' : String(error);
    throw new Error(
      `Test https server for www.sec.gov: could not make a self-signed certificate (${reason}). ` +
        'Run scripts/ensure-browser.sh (installs chromium and openssl).',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
