// Helpers the extension's end-to-end tests share: what a page logged and threw (and whether
// the extension did it), what the SEC page looked like before the content script touched it,
// which requests the server saw for one page load.

import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SecServer } from './sec-server';

export interface Logged {
  kind: 'pageerror' | 'console';
  type: string;
  text: string;
  /** Script URL of the message or the error's stack. */
  where: string;
  page: string;
}

/** Everything a page logs or throws, kept for the test's closing assertion. */
export class PageWatch {
  readonly logged: Logged[] = [];

  attach(page: Page): Page {
    page.on('pageerror', (error) =>
      this.logged.push({ kind: 'pageerror', type: 'error', text: error.message, where: error.stack ?? '', page: page.url() }),
    );
    page.on('console', (message: ConsoleMessage) =>
      this.logged.push({ kind: 'console', type: message.type(), text: message.text(), where: message.location().url, page: page.url() }),
    );
    return page;
  }

  /**
   * Errors and warnings thrown or logged by the extension: a script of chrome-extension://
   * (the content script's isolated world reports its own URL), or a message naming us (the
   * content script's last-resort catch logs "Form 4 Lens: ..." at debug level). Failed
   * resource loads are the network's log, not a script's: they are left out.
   */
  fromExtension(): Logged[] {
    return this.logged.filter((entry) => {
      if (entry.kind === 'console' && /^Failed to load resource/.test(entry.text)) return false;
      const ours = /chrome-extension:\/\//.test(entry.where) || /chrome-extension:\/\//.test(entry.text) || /Form 4 Lens|form4-lens/i.test(entry.text);
      const serious = entry.kind === 'pageerror' || ['error', 'warning', 'assert'].includes(entry.type) || /Form 4 Lens/i.test(entry.text);
      return ours && serious;
    });
  }

  /** Fails the test with every extension error seen, page by page. */
  expectNoExtensionErrors(): void {
    expect(this.fromExtension().map((e) => `${e.page}: [${e.kind} ${e.type}] ${e.text} @ ${e.where}`)).toEqual([]);
  }
}

/**
 * Records, at DOMContentLoaded and in the page's own world, the text of the page (without our
 * hosts), its element count and the boxes of its tables: the page as the SEC sent it. The
 * content script runs at document_end and only changes the page after awaiting storage and a
 * fetch, so this snapshot is taken before it.
 */
export async function recordPageAtLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const snapshot = () => {
      const body = document.body;
      if (!body) return null;
      const clone = body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('form4-lens-overlay, form4-lens-hovers').forEach((host) => host.remove());
      return {
        text: clone.textContent ?? '',
        elements: clone.getElementsByTagName('*').length,
        tables: [...document.querySelectorAll('table')].map((table) => {
          const r = table.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      };
    };
    (window as unknown as { __pageSnapshot: typeof snapshot }).__pageSnapshot = snapshot;
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        (window as unknown as { __pageAtLoad: unknown }).__pageAtLoad = snapshot();
      },
      { once: true },
    );
  });
}

export interface PageSnapshot {
  text: string;
  elements: number;
  tables: number[][];
}

export async function pageAtLoad(page: Page): Promise<PageSnapshot> {
  const snapshot = await page.evaluate(() => (window as unknown as { __pageAtLoad?: PageSnapshot }).__pageAtLoad ?? null);
  if (!snapshot) throw new Error('recordPageAtLoad() was not installed before this page loaded');
  return snapshot;
}

export async function pageNow(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => (window as unknown as { __pageSnapshot: () => PageSnapshot }).__pageSnapshot());
}

/** Requests since `start` (an index into server.requests), without Chromium's own favicon fetch. */
export function requestsSince(server: SecServer, start: number): string[] {
  return server.requests.slice(start).filter((target) => target !== '/favicon.ico');
}

/**
 * Same-origin subresources a page's HTML asks for itself (stylesheets, images, scripts,
 * frames), as request targets: what the server sees from the page with no extension at all.
 */
export function ownSubresources(html: string, pageUrl: string): string[] {
  const withoutNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  const targets = new Set<string>();
  for (const match of withoutNoscript.matchAll(/<(?:img|script|link|iframe)\b[^>]*?\b(?:src|href)\s*=\s*"([^"]+)"/gi)) {
    const url = new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl);
    if (url.origin === 'https://www.sec.gov') targets.add(url.pathname + url.search);
  }
  return [...targets];
}

/** Opens a page in the context, with the watch attached and the load-time snapshot installed. */
export async function newWatchedPage(context: BrowserContext, watch: PageWatch): Promise<Page> {
  const page = watch.attach(await context.newPage());
  await recordPageAtLoad(page);
  return page;
}

export interface OpenedPage {
  page: Page;
  /** Whether the extension's content script got a world in the page (CDP execution contexts). */
  injected: () => boolean;
}

/**
 * A watched page that also records whether the content script was injected: Chrome gives a
 * content script an isolated world whose origin is chrome-extension://ID.
 */
export async function newInjectionWatchedPage(context: BrowserContext, watch: PageWatch): Promise<OpenedPage> {
  const page = await newWatchedPage(context, watch);
  let injected = false;
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.origin.startsWith('chrome-extension://')) injected = true;
  });
  await cdp.send('Runtime.enable');
  return { page, injected: () => injected };
}

/** Waits (briefly) for the content script to be injected; false when it never is. */
export async function waitForInjection(opened: OpenedPage, timeoutMs = 2_500): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!opened.injected() && Date.now() < deadline) await opened.page.waitForTimeout(50);
  return opened.injected();
}

/** The element focused inside our shadow roots (document.activeElement is only the host). */
export async function deepActiveElement(page: Page): Promise<{ label: string | null; describedBy: string | null } | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? { label: active.getAttribute('aria-label'), describedBy: active.getAttribute('aria-describedby') } : null;
  });
}

/** "One sentence": one line, ends with a full stop, no full stop followed by a new sentence inside. */
export function expectOneSentence(text: string): void {
  expect(text, 'one line').not.toMatch(/\n/);
  expect(text.trim(), 'ends with a full stop').toMatch(/\.$/);
  expect(text.trim().slice(0, -1), 'no second sentence').not.toMatch(/[.!?]\s+[A-Z]/);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
