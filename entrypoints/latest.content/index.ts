// Runs on EDGAR's latest filings (docs/design.md section 11): a small badge beside every link to
// a Form 3, 4 or 5 filing index, once the background has read that filing. Keyed on the links'
// addresses, never on the page's layout (a row's first cell, when it names a form, only spares
// a read of a filing that cannot be an ownership filing). Only links on screen are asked for, in
// page order (newest first); a link that scrolls away before its turn is withdrawn. Nothing
// here may throw into the page: every callback is guarded, and the badges live in shadow roots.

import { toBadgeText } from '@/lib/market/badge-text';
import type { FilingBadge } from '@/lib/market/filing-badge';
import type { BadgeMessage, BadgeRequest } from '@/lib/messages/background-protocol';
import { BADGES_PORT } from '@/lib/messages/message-names';
import { toListedForm } from '@/lib/sec/latest-filings-page';
import { isLatestFilingsPage, latestFilingsMatchPatterns, pageKind, parseFilingPath, type FilingPath } from '@/lib/sec/sec-urls';
import { BADGE_CSS } from './badge-css';

/** As many links as the background reads for one page (lib/messages/background-protocol.ts). */
const MAX_LINKS = 400;
const HOST_TAG = 'form4-lens-badge';
const XHTML = 'http://www.w3.org/1999/xhtml';

interface Listed {
  link: HTMLAnchorElement;
  filing: FilingPath;
  key: string;
  /** The row named an ownership form: a filing that cannot be read is then worth saying so. */
  named: boolean;
}

function guard<A extends unknown[]>(work: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      work(...args);
    } catch (error) {
      // A bug of ours must never surface in the page.
      console.debug('Form 4 Lens:', error);
    }
  };
}

/** The page's links to filing indexes, in page order, each with its filing. */
function findLinks(doc: Document): Listed[] {
  const listed: Listed[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (listed.length >= MAX_LINKS) break;
    const href = link.href;
    if (pageKind(href) !== 'index') continue;
    const filing = parseFilingPath(href);
    if (!filing) continue;
    const form = toListedForm((link.closest('tr') as HTMLTableRowElement | null)?.cells[0]?.textContent);
    if (form === 'other') continue;
    listed.push({ link, filing, key: `${filing.cik}/${filing.accession}`, named: form === 'ownership' });
  }
  return listed;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = doc.createElementNS(XHTML, tag) as HTMLElementTagNameMap[K];
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** The badge beside `link`: its own element after the link, drawn in a shadow root. */
function drawBadge({ link, key }: Listed, content: (doc: Document) => HTMLElement): void {
  const doc = link.ownerDocument;
  let host = link.nextElementSibling;
  if (host?.localName !== HOST_TAG || !host.shadowRoot) {
    host = doc.createElementNS(XHTML, HOST_TAG);
    host.setAttribute('style', 'all: initial; display: inline; white-space: nowrap;');
    // Which filing, for a reader's tools and the tests: "{folder CIK}/{accession}".
    host.setAttribute('data-filing', key);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = element(doc, 'style', '');
    style.textContent = BADGE_CSS;
    shadow.append(style);
    link.after(host);
  }
  const shadow = host.shadowRoot!;
  shadow.querySelector('.badge')?.remove();
  shadow.append(content(doc));
}

function badgeElement(badge: FilingBadge, locale: string): (doc: Document) => HTMLElement {
  return (doc) => {
    const text = toBadgeText(badge, locale);
    const root = element(doc, 'span', `badge ${text.tone}`);
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', text.label);
    root.title = text.label;
    root.append(element(doc, 'b', 'codes', text.codes));
    if (text.net !== null) root.append(element(doc, 'span', 'net', text.net));
    if (text.role !== null) root.append(element(doc, 'span', 'role', text.role));
    for (const flag of text.flags) root.append(element(doc, 'span', 'flag', flag));
    return root;
  };
}

function unreadableElement(message: string): (doc: Document) => HTMLElement {
  return (doc) => {
    const root = element(doc, 'span', 'badge none unreadable', '?');
    const label = `Form 4 Lens could not read this filing: ${message}`;
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', label);
    root.title = label;
    return root;
  };
}

function run(): void {
  if (!isLatestFilingsPage(location.href)) return;
  const listed = findLinks(document);
  if (listed.length === 0) return;
  const byKey = new Map<string, Listed[]>();
  for (const one of listed) byKey.set(one.key, [...(byKey.get(one.key) ?? []), one]);
  const order = new Map(listed.map((one, index) => [one.link, index]));
  const locale = navigator.language;

  const answered = new Set<string>();
  /** Links on screen now, by key (a filing may have two links: issuer and owner). */
  const onScreen = new Map<string, Set<HTMLAnchorElement>>();
  let port: Browser.runtime.Port | null = null;
  let shown: Listed[] = [];
  let hidden: Listed[] = [];
  let flushing = false;

  const onMessage = guard((message: BadgeMessage) => {
    if (message.type === 'queue') return;
    const key = `${message.cik}/${message.accession}`;
    const links = byKey.get(key);
    if (!links) return;
    answered.add(key);
    for (const one of links) {
      observer.unobserve(one.link);
      if (message.type === 'badge') drawBadge(one, badgeElement(message.badge, locale));
      else if (one.named) drawBadge(one, unreadableElement(message.message));
    }
  });

  const connect = (): Browser.runtime.Port => {
    const opened = browser.runtime.connect({ name: BADGES_PORT });
    opened.onMessage.addListener(onMessage);
    opened.onDisconnect.addListener(() => {
      // The background restarted or the extension was reloaded: ask again on the next change.
      if (port === opened) port = null;
    });
    return opened;
  };

  const send = (request: BadgeRequest) => {
    port ??= connect();
    port.postMessage(request);
  };

  const flush = guard(() => {
    flushing = false;
    const toFiling = (one: Listed) => one.filing;
    const byOrder = (a: Listed, b: Listed) => (order.get(a.link) ?? 0) - (order.get(b.link) ?? 0);
    const hide = hidden.filter((one) => !answered.has(one.key) && !onScreen.has(one.key));
    const show = shown.filter((one) => !answered.has(one.key)).sort(byOrder);
    shown = [];
    hidden = [];
    if (hide.length > 0 && port) send({ type: 'hide', filings: hide.map(toFiling) });
    if (show.length > 0) {
      // After a lost connection the new port knows nothing: everything still on screen goes again.
      const fresh = port === null ? listed.filter((one) => onScreen.has(one.key) && !answered.has(one.key)) : show;
      send({ type: 'show', filings: [...new Map(fresh.map((one) => [one.key, one])).values()].map(toFiling) });
    }
  });

  const byLink = new Map(listed.map((one) => [one.link, one]));
  const observer = new IntersectionObserver(
    guard((entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        const one = byLink.get(entry.target as HTMLAnchorElement);
        if (!one) continue;
        const links = onScreen.get(one.key) ?? new Set();
        if (entry.isIntersecting) {
          links.add(one.link);
          onScreen.set(one.key, links);
          shown.push(one);
        } else if (links.delete(one.link) && links.size === 0) {
          onScreen.delete(one.key);
          hidden.push(one);
        }
      }
      if (!flushing) {
        flushing = true;
        // Links that come on screen together go in one message, in page order.
        setTimeout(flush, 0);
      }
    }),
  );
  for (const one of listed) observer.observe(one.link);
}

export default defineContentScript({
  ...latestFilingsMatchPatterns,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    guard(run)();
  },
});
