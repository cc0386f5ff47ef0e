import { toReadFilingListener } from '@/lib/read-filing-request';

// MV3 needs a service worker for the extension to have one; it also gives tests the extension id.
// It parses filings and computes their figures for the filing-page content script.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(toReadFilingListener(browser.runtime.id));
});
