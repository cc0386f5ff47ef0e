// A day's reading in the trades view, with the built extension in Chromium: BENCH_DAY_FILINGS
// Form 4s (default 2,000, a busy day) listed in a daily index and answered at once by the local
// stand-in for www.sec.gov (bench/trades-day-harness.ts). Reports
//   - the time from the day's list being in to "Read N of N filings", against the queue's own pace
//     (N / 5 requests a second): the parse must never be what limits a day;
//   - the main thread's long tasks while rows arrive (PerformanceObserver 'longtask', from the
//     page's first script): how many went over 50 ms and the longest.
// Needs `npm run build` and /usr/bin/chromium. Run: npm run bench, or node bench/trades-day.bench.mjs.

import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILINGS = Number(process.env.BENCH_DAY_FILINGS ?? 2_000);
const RATE = 5;
// The queue starts one request every 250 ms, not 200 (lib/sec/request-queue.ts: the slack that
// keeps any second at sec.gov to 5 arrivals when they bunch): its own ceiling is 4 a second.
const QUEUE_RATE = 4;

if (!existsSync(`${ROOT}.output/chrome-mv3/manifest.json`)) {
  console.error('trades-day.bench: .output/chrome-mv3 is missing; run `npm run build` first.');
  process.exit(2);
}

const { module: h } = await runnerImport(`${ROOT}bench/trades-day-harness.ts`, { configFile: false, logLevel: 'warn', root: ROOT });
const day = h.simulatedDay(FILINGS);
const server = await h.startSecServer(day.routes);
const browser = await h.launchWithExtension({ port: server.port });
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => {
    const tasks = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`chrome-extension://${browser.extensionId}/trades.html?date=${h.DAY}`);
  // The day's list is in: from here on rows arrive, at the queue's pace.
  await page.locator('[data-testid=progress]').waitFor({ timeout: 60_000 });
  const start = performance.now();
  const listedAt = await page.evaluate(() => performance.now());
  await page
    .locator('[data-testid=progress]', { hasText: new RegExp(`^Read ${FILINGS} of ${FILINGS} filings`) })
    .waitFor({ timeout: ((FILINGS / RATE) * 2 + 60) * 1000 });
  const seconds = (performance.now() - start) / 1000;
  // Every filing must have been read, or the figures below would time 404s, not rows.
  const progress = await page.locator('[data-testid=progress]').innerText();
  const shown = await page.locator('[data-testid=trades-count]').innerText();
  if (/could not be/.test(progress)) {
    console.error(`trades-day.bench: not every filing was read (${progress}); the simulated day is wrong.`);
    process.exitCode = 1;
  }
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start >= listedAt).map((task) => task.duration);
  const pace = FILINGS / RATE;
  const queuePace = FILINGS / QUEUE_RATE;
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg()[0].toFixed(2)}`);
  console.log(`trades view, a simulated day of ${FILINGS.toLocaleString('en-US')} Form 4s answered at once:`);
  console.log(`  read in ${seconds.toFixed(1)} s: ${(seconds / pace).toFixed(3)}x the ${pace.toFixed(0)} s of ${RATE} requests a second (goal: within 1.1x), ${(seconds / queuePace).toFixed(3)}x the queue's own ${queuePace.toFixed(0)} s at one start every 250 ms`);
  console.log(`  ${shown}`);
  console.log(`  main-thread tasks over 50 ms while rows arrived: ${tasks.length}${tasks.length ? `, the longest ${Math.max(...tasks).toFixed(0)} ms` : ''} (goal: none)`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
