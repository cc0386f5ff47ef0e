// A shadow root of our own, attached to the page's root element. WXT's createShadowRootUi
// creates its host with document.createElement, which in an XML document (a raw
// ownership XML page) makes a namespace-less element that cannot have a shadow root;
// createElementNS with the XHTML namespace works in HTML and XML documents alike.

const XHTML = 'http://www.w3.org/1999/xhtml';

export interface ShadowHost {
  host: HTMLElement;
  /** The element inside the shadow root to render into. */
  container: HTMLElement;
  remove: () => void;
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElementNS(XHTML, name) as HTMLElement;
  // The host itself takes no room: everything we show is position: fixed.
  host.setAttribute('style', 'all: initial; position: static; display: contents;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElementNS(XHTML, 'style');
  style.textContent = css;
  const container = doc.createElementNS(XHTML, 'div') as HTMLElement;
  container.className = 'root';
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
