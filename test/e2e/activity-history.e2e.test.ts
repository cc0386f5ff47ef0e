// A filing page's history (docs/design.md section 9 b) in Chromium with the built extension: on a
// Tesla Form 4 of Elon Musk, his other Forms 3/4/5 at Tesla, from Tesla's real submissions JSON
// intersected with an owner's list made from Tesla's real entries.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ActivityRollup, toInsiderHistory } from '../../lib/activity';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { screenshot } from './browser';
import { newWatchedPage, PageWatch } from './page-watch';
import { useSecAndExtension } from './sec-and-extension';
import { ownerSubmissionsJson, pathOf, teslaCorpus, teslaCorpusOf, teslaRefs, teslaRoutes } from './tesla-edgar';

const MUSK = '0001494730';
const PAGE = teslaCorpus.find(({ ref }) => ref.accession === '0000899243-22-035394')!.ref;
// A Tesla filing the corpus lacks, in Musk's list: it answers 404 and is counted as unreadable.
const MISSING = teslaRefs.find((ref) => !teslaCorpus.some((held) => held.ref.accession === ref.accession) && ref.form === '4')!;

function expectedHistory() {
  const rollup = new ActivityRollup();
  for (const { ref, file } of teslaCorpusOf(MUSK)) {
    const parsed = parseOwnership(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    rollup.add({ ...parsed.filing, accession: ref.accession, filingDate: parsed.filing.filingDate ?? ref.filingDate }, ref.xmlUrl);
  }
  return toInsiderHistory(rollup.summarise().counted, '1494730');
}

// A page of its own at a filing-like address (another filer's folder), whose script plants an
// overlay with a history slot naming Tesla and Elon Musk: before, the history script read the
// CIKs from the slot and the background sent 49 requests for Tesla's filings on the page's say.
const HOSTILE_PAGE = '/Archives/edgar/data/1/000000000000000001/page.xml';
const HOSTILE_HTML = `<!DOCTYPE html><html><head><title>SEC FORM 4</title></head><body><p>A page.</p><script>
  const host = document.createElement('form4-lens-overlay');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<div data-history-slot data-issuer-cik="1318605" data-owner-ciks="1494730" data-accession=""></div>';
  document.body.prepend(host);
</script></body></html>`;

describe("a filing page's history", { timeout: 120_000 }, () => {
  const env = useSecAndExtension(() =>
    teslaRoutes({
      [`//data.sec.gov/submissions/CIK${MUSK}.json`]: { type: 'application/json', body: ownerSubmissionsJson(MUSK, 'Musk Elon', [MISSING]) },
      [HOSTILE_PAGE]: { type: 'text/html', body: HOSTILE_HTML },
    }),
  );
  const watch = new PageWatch();

  it("lists the insider's filings at the issuer, with nets, holdings and links, after the overlay's figures", async () => {
    const page = await newWatchedPage(env.browser.context, watch);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url(pathOf(PAGE.xmlUrl)));
    await page.locator('[data-testid=net-open-market]').waitFor({ timeout: 10_000 });
    const history = page.locator('[data-testid=history]');
    await history.locator('[data-testid=history-count]').waitFor({ timeout: 45_000 });
    const expected = expectedHistory();
    expect(expected.length).toBeGreaterThan(40);
    await expect(history.locator('[data-testid=history-count]').innerText()).resolves.toBe(`${expected.length} filings on EDGAR; 1 could not be read.`);
    const items = history.locator('li');
    expect(await items.count()).toBe(expected.length);
    // Newest first; the page's own filing is marked.
    const newest = expected.at(-1)!;
    await expect(items.first().locator('a').getAttribute('href')).resolves.toBe(newest.source);
    await expect(history.locator('li[aria-current=true]').innerText()).resolves.toContain('(this filing)');
    expect(await history.locator('svg polyline').count()).toBe(1);
    // The star follows the insider: the background keeps the watchlist and answers with it.
    const star = history.locator('button.follow');
    await expect(star.getAttribute('aria-label')).resolves.toBe('Follow Musk Elon');
    await star.click();
    await history.locator('button.follow[aria-pressed=true]').waitFor({ timeout: 5_000 });
    await expect(star.getAttribute('aria-label')).resolves.toBe('Stop following Musk Elon');
    // Both lists from data.sec.gov; the filing page's own XML was read by the page only (the
    // history counts the background's parse of it), the others by the queue.
    const json = env.server.log.filter((entry) => entry.host === 'data.sec.gov').map((entry) => entry.target).sort();
    expect(json).toEqual(['/submissions/CIK0001318605.json', `/submissions/CIK${MUSK}.json`]);
    expect(env.server.log.filter((entry) => entry.target === pathOf(PAGE.xmlUrl)), 'requests for the page\'s own XML').toHaveLength(1);
    for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await history.locator('h3').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
        await screenshot(page, `activity/history-${width}x${height}-${scheme}`, { fullPage: false });
      }
    }
    await page.close();
  });

  it('is never asked for by a page: a planted slot naming Tesla and Musk makes no request', async () => {
    const before = env.server.log.length;
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(HOSTILE_PAGE));
    // The history script runs at document_idle and looks for a slot for up to 30 s; 6 s is
    // twenty of its looks, and the 49 requests of before began within the first second.
    await page.waitForTimeout(6_000);
    const asked = env.server.log.slice(before).map((entry) => `${entry.host} ${entry.target}`).filter((line) => !line.endsWith('/favicon.ico'));
    expect(asked).toEqual([`www.sec.gov ${HOSTILE_PAGE}`]);
    await page.close();
  });

  it('comes from the cache on a reload, and keeps its place when the overlay is collapsed and opened', async () => {
    const before = env.server.log.length;
    const page = await newWatchedPage(env.browser.context, watch);
    await page.goto(env.server.url(pathOf(PAGE.xmlUrl)));
    const count = page.locator('[data-testid=history-count]');
    await count.waitFor({ timeout: 15_000 });
    expect(env.server.log.slice(before).filter((entry) => entry.host === 'data.sec.gov' || entry.target !== pathOf(PAGE.xmlUrl)).map((e) => e.target).filter((t) => t !== '/favicon.ico')).toEqual([]);
    await page.locator('[data-testid=overlay] button[aria-label="Collapse Form 4 Lens"]').click();
    await page.locator('button.launcher').click();
    await count.waitFor({ timeout: 5_000 });
    await page.close();
  });
});
