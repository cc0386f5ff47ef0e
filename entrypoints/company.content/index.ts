// Runs on sec.gov's company pages (docs/design.md section 9): the "Insider activity" panel for the
// company in the URL. It keys on the URL's CIK or ticker alone, never on the page's markup,
// and leaves the page untouched but for its own shadow root.

import { toOpeningState } from '@/lib/settings/panel-state';
import { companyMatchPatterns, companyPage } from '@/lib/sec/sec-urls';
import overlayCss from '@/components/overlay.css?inline';
import activityCss from '@/components/activity/activity.css?inline';
import tradesCss from '@/components/trades/trades.css?inline';
import { createShadowHost } from '../shared/shadow-host';
import { loadSettings } from '../shared/stored-settings';
import { acceptTrustedEventsOnly } from '../shared/trusted-events-only';
import { ACTIVITY_PANEL_KEY, mountActivityApp } from './activity-app';
import { loadPanelState } from '../shared/stored-panel-state';
import { todayIso } from '@/lib/activity/window';

async function run(): Promise<void> {
  const page = companyPage(location.href);
  if (!page) return;
  const [settings, stored] = await Promise.all([loadSettings(), loadPanelState(ACTIVITY_PANEL_KEY)]);
  const initial = toOpeningState(stored, settings.openOverlay);
  const { container } = createShadowHost(document, 'form4-lens-activity', `${overlayCss}\n${activityCss}\n${tradesCss}`);
  acceptTrustedEventsOnly(container);
  mountActivityApp(container, { subject: { cik: page.cik, ticker: page.ticker, until: page.dateb ?? todayIso() }, initial, settings, doc: document });
}

export default defineContentScript({
  ...companyMatchPatterns,
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  main() {
    run().catch((error: unknown) => {
      // A bug of ours must never surface in the page.
      console.debug('Form 4 Lens:', error);
    });
  },
});
