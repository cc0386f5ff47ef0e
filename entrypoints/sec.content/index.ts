// Runs on sec.gov filing pages only (the match patterns and globs of lib/sec/sec-urls.ts): finds
// the ownership XML behind the page, shows the overlay, explains the SEC's own table, and
// answers the toolbar popup. Nothing it does may throw into the page.
// It starts at document_start: on an SEC rendering the XML request, the storage reads, the
// parse and the figures run while the page loads (./early-reads.ts); every page kind then
// waits for the DOM to confirm the filing and mounts the overlay at DOMContentLoaded.

import type { PageReport } from '@/lib/messages/page-report';
import { GET_REPORT } from '@/lib/messages/page-report';
import { toFootnoteTexts } from '@/lib/filing/rows';
import { matchPatterns, pageKind } from '@/lib/sec/sec-urls';
import { enhanceSecTables } from './enhance-sec-table';
import { readStoredState, startEarlyFiling } from './early-reads';
import { mountOverlay } from './overlay-app';
import { fetchFiling, locateFiling } from './fetch-filing-xml';
import { toShownFiling, wakeBackground, type ShownFiling } from './shown-filing';

/** Resolves once the DOM is parsed: at once when it already is, else in DOMContentLoaded. */
function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

async function run(report: (next: PageReport) => void): Promise<void> {
  const url = location.href;
  const kind = pageKind(url);
  if (!kind) return;
  // Every filing page kind has the background parse its filing (./shown-filing.ts).
  wakeBackground();
  const early = kind === 'rendering' ? startEarlyFiling(url) : null;
  const stored = early ? readStoredState() : null;
  await domReady(document);

  const where = locateFiling(kind, document, url);
  if (where.kind === 'not-ownership') return;
  let shown: Promise<ShownFiling>;
  if (early && where.kind === 'fetch' && where.url === early.rawXmlUrl) {
    shown = early.shown;
  } else {
    // The request goes out first; the stored settings and panel state are read meanwhile.
    const source = where.kind === 'fetch' ? fetchFiling(where.url) : Promise.resolve(where);
    const pageFilingDate = where.kind === 'fetch' ? (where.filingDate ?? null) : null;
    shown = source.then((read) => toShownFiling(read, url, pageFilingDate));
  }
  let settled: ShownFiling | null = null;
  void shown.then((result) => (settled = result));
  const overlay = await mountOverlay(document, stored ?? readStoredState(), url);
  // Figures read before the overlay could mount go straight on screen (no "reading" panel
  // drawn and replaced); otherwise the panel shows that it is reading.
  if (settled === null) {
    report({ status: 'loading' });
    overlay.show({ status: 'loading' }, null);
  }
  const result = await shown;
  if (result.status === 'error') {
    overlay.show({ status: 'error', error: result.error }, result.rawXmlUrl);
    report({ status: 'error', error: result.error, sourceUrl: url });
    return;
  }
  overlay.show({ status: 'ready', filing: result.filing, figures: result.figures }, result.rawXmlUrl);
  report({ status: 'ready', filing: result.filing, sourceUrl: url });
  if (kind === 'rendering' && overlay.settings.pageHovers) {
    enhanceSecTables(document, toFootnoteTexts(result.filing.document));
  }
}

export default defineContentScript({
  ...matchPatterns,
  runAt: 'document_start',
  // WXT would otherwise post { type: 'wxt:content-script-started', ... } to the page: the page
  // must not learn that the extension is there, nor anything about it (docs/design.md section 7).
  noScriptStartedPostMessage: true,
  main() {
    let latest: PageReport | null = null;
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: unknown } | null)?.type !== GET_REPORT) return;
      sendResponse(latest);
    });
    run((next) => {
      latest = next;
    }).catch((error: unknown) => {
      // A bug of ours must never surface in the page: keep it to the extension's own log.
      console.debug('Form 4 Lens:', error);
    });
  },
});
