// Runs on sec.gov filing pages only (the match patterns and globs of lib/sec-urls): finds
// the ownership XML behind the page, shows the overlay, explains the SEC's own table, and
// answers the toolbar popup. Nothing it does may throw into the page.

import { computeFigures } from '@/lib/figures';
import type { ParseError } from '@/lib/model';
import { GET_REPORT, type PageReport } from '@/lib/page-report';
import { parseOwnership } from '@/lib/parse-ownership';
import { toFootnoteTexts } from '@/lib/rows';
import { matchPatterns, pageKind, parseFilingPath } from '@/lib/sec-urls';
import { DEFAULT_SETTINGS, SETTINGS_KEY, toSettings, type Settings } from '@/lib/settings';
import { enhanceSecTables } from './enhance-sec-table';
import { mountOverlay } from './overlay-app';
import { fetchFiling, locateFiling } from './read-filing';

async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return toSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

async function run(report: (next: PageReport) => void): Promise<void> {
  const url = location.href;
  const kind = pageKind(url);
  if (!kind) return;
  const where = locateFiling(kind, document, url);
  if (where.kind === 'not-ownership') return;

  // The request goes out first; the stored settings and panel state are read meanwhile.
  const sourcePromise = where.kind === 'fetch' ? fetchFiling(where.url) : Promise.resolve(where);
  const overlay = await mountOverlay(document, loadSettings(), url);
  const fail = (error: ParseError, rawXmlUrl: string | null) => {
    overlay.show({ status: 'error', error }, rawXmlUrl);
    report({ status: 'error', error, sourceUrl: url });
  };
  report({ status: 'loading' });
  overlay.show({ status: 'loading' }, null);
  try {
    const source = await sourcePromise;
    if (source.kind === 'failed') return fail({ message: source.message, details: source.details }, null);
    const parsed = parseOwnership(source.text);
    if (!parsed.ok) return fail(parsed.error, source.rawXmlUrl);
    // A full submission names its accession and filing date; elsewhere the URL holds the
    // accession and an index page prints the filing date (for the figures and the CSV).
    const filing = {
      ...parsed.filing,
      accession: parsed.filing.accession ?? parseFilingPath(url)?.accession ?? null,
      filingDate: parsed.filing.filingDate ?? (where.kind === 'fetch' ? (where.filingDate ?? null) : null),
    };
    overlay.show({ status: 'ready', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }) }, source.rawXmlUrl);
    report({ status: 'ready', filing, sourceUrl: url });
    if (kind === 'rendering' && overlay.settings.pageHovers) {
      enhanceSecTables(document, toFootnoteTexts(filing.document));
    }
  } catch (error) {
    // Never leave a panel stuck on "reading": a bug of ours ends in a message too.
    fail({ message: 'Form 4 Lens failed on this filing because of an error of its own; please report it.', details: String(error) }, null);
  }
}

export default defineContentScript({
  ...matchPatterns,
  runAt: 'document_end',
  // WXT would otherwise post { type: 'wxt:content-script-started', ... } to the page: the page
  // must not learn that the extension is there, nor anything about it (product.md section 7).
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
