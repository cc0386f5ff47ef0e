// The one request queue (docs/design.md section 8) under fake timers: the rate, the number in
// flight, newest first, cancellation by owner, the stop on sec.gov's rate-limit answer, and that
// stop taken up again after the worker restarts.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestQueue, type FetchOutcome } from '../../lib/sec/request-queue';

interface Call {
  url: string;
  at: number;
  finish: (outcome: FetchOutcome) => void;
  signal: AbortSignal;
}

/** A fetcher whose answers the test gives, recording when each request started. */
function fakeFetcher(autoFinishMs: number | null = 50) {
  const calls: Call[] = [];
  let open = 0;
  let maxOpen = 0;
  const fetcher = (url: string, signal: AbortSignal) =>
    new Promise<FetchOutcome>((resolve) => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      const finish = (outcome: FetchOutcome) => {
        open -= 1;
        resolve(outcome);
      };
      calls.push({ url, at: Date.now(), finish, signal });
      if (autoFinishMs !== null) setTimeout(() => finish({ ok: true, text: url }), autoFinishMs);
    });
  return { calls, fetcher, maxOpen: () => maxOpen };
}

function maxInAnySecond(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u <= t + 1000).length));
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestQueue', () => {
  it('starts at most 5 requests in any second, even 1,001 ms windows, and at most 2 at once', async () => {
    const { calls, fetcher, maxOpen } = fakeFetcher(5);
    const queue = new RequestQueue(fetcher);
    const answers = Array.from({ length: 30 }, (_, i) => queue.request(`https://www.sec.gov/f${i}`, { owner: 'a', priority: String(i).padStart(2, '0') }));
    await vi.advanceTimersByTimeAsync(20_000);
    await Promise.all(answers);
    expect(calls).toHaveLength(30);
    expect(maxInAnySecond(calls.map((c) => c.at))).toBeLessThanOrEqual(5);
    expect(maxOpen()).toBeLessThanOrEqual(2);
    // 30 requests, one every 250 ms at most (5 a second with slack), take under 7.5 seconds.
    expect(calls.at(-1)!.at - calls[0]!.at).toBeLessThan(7_500);
  });

  it('never has more than 2 in flight when answers are slow', async () => {
    const { calls, fetcher, maxOpen } = fakeFetcher(3_000);
    const queue = new RequestQueue(fetcher);
    for (let i = 0; i < 8; i += 1) void queue.request(`https://www.sec.gov/f${i}`, { owner: 'a', priority: '1' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(8);
    expect(maxOpen()).toBe(2);
  });

  it('serves the newest filings first, whatever order they were asked in', async () => {
    const { calls, fetcher } = fakeFetcher(5);
    const queue = new RequestQueue(fetcher);
    const dates = ['2021-03-01', '2022-11-30', '2020-01-01', '2022-05-05', '2022-11-29'];
    // The first two start at once; the rest wait and are ordered.
    void queue.request('https://www.sec.gov/busy1', { owner: 'a', priority: '~' });
    void queue.request('https://www.sec.gov/busy2', { owner: 'a', priority: '~' });
    for (const date of dates) void queue.request(`https://www.sec.gov/${date}`, { owner: 'a', priority: date });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls.slice(2).map((c) => c.url.slice(-10))).toEqual(['2022-11-30', '2022-11-29', '2022-05-05', '2021-03-01', '2020-01-01']);
  });

  it('asks once for a URL two views want, and answers both', async () => {
    const { calls, fetcher } = fakeFetcher(5);
    const queue = new RequestQueue(fetcher);
    const both = [queue.request('https://data.sec.gov/x', { owner: 'a', priority: '1' }), queue.request('https://data.sec.gov/x', { owner: 'b', priority: '1' })];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await Promise.all(both)).toEqual([{ ok: true, text: 'https://data.sec.gov/x' }, { ok: true, text: 'https://data.sec.gov/x' }]);
    expect(calls).toHaveLength(1);
  });

  it('drops what only a closed view needed, lets its requests in flight finish in their slots, and keeps what another view still needs', async () => {
    const { calls, fetcher } = fakeFetcher(null);
    const queue = new RequestQueue(fetcher);
    const a = Array.from({ length: 5 }, (_, i) => queue.request(`https://www.sec.gov/a${i}`, { owner: 'a', priority: '9' }));
    const shared = queue.request('https://www.sec.gov/a4', { owner: 'b', priority: '9' });
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((c) => c.url)).toEqual(['https://www.sec.gov/a0', 'https://www.sec.gov/a1']);
    queue.cancelOwner('a');
    expect((await Promise.all(a)).map((o) => (o.ok ? 'ok' : o.kind))).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    // The two in flight still hold both slots: nothing else starts until they end.
    expect(calls.some((c) => c.signal.aborted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(2);
    expect(queue.size).toEqual({ waiting: 1, running: 2 });
    for (const call of calls) call.finish({ ok: true, text: 'late' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.url)).toEqual(['https://www.sec.gov/a0', 'https://www.sec.gov/a1', 'https://www.sec.gov/a4']);
    calls[2]!.finish({ ok: true, text: 'four' });
    expect(await shared).toEqual({ ok: true, text: 'four' });
    expect(queue.size).toEqual({ waiting: 0, running: 0 });
  });

  it('drops what an owner still waits for on cancelWaiting, but answers it what is already in flight', async () => {
    const { calls, fetcher } = fakeFetcher(null);
    const queue = new RequestQueue(fetcher);
    const a = Array.from({ length: 4 }, (_, i) => queue.request(`https://www.sec.gov/w${i}`, { owner: 'a', priority: '9' }));
    const shared = queue.request('https://www.sec.gov/w3', { owner: 'b', priority: '9' });
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((c) => c.url)).toEqual(['https://www.sec.gov/w0', 'https://www.sec.gov/w1']);
    queue.cancelWaiting('a');
    for (const call of calls) call.finish({ ok: true, text: call.url.slice(-2) });
    expect((await Promise.all(a.slice(0, 3))).map((o) => (o.ok ? o.text : o.kind))).toEqual(['w0', 'w1', 'cancelled']);
    await vi.advanceTimersByTimeAsync(1_000);
    // w2 was only a's: never asked; w3 is b's too: asked, and answered to b alone.
    expect(calls.map((c) => c.url)).toEqual(['https://www.sec.gov/w0', 'https://www.sec.gov/w1', 'https://www.sec.gov/w3']);
    calls[2]!.finish({ ok: true, text: 'w3' });
    expect(await a[3]).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(await shared).toEqual({ ok: true, text: 'w3' });
    expect(await queue.request('https://www.sec.gov/w9', { owner: 'a', priority: '9' })).toMatchObject({ ok: false, kind: 'cancelled' });
  });

  it('answers cancelled, without asking, what a closed view requests after it closed', async () => {
    const { calls, fetcher } = fakeFetcher(5);
    const queue = new RequestQueue(fetcher);
    queue.cancelOwner('gone');
    expect(await queue.request('https://www.sec.gov/late', { owner: 'gone', priority: '9' })).toMatchObject({ ok: false, kind: 'cancelled' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(0);
  });

  it('stops everything on the rate-limit answer, says so, and asks again after the pause', async () => {
    const { calls, fetcher } = fakeFetcher(null);
    const queue = new RequestQueue(fetcher, { pauseMs: 60_000 });
    const states: string[] = [];
    queue.onStateChange((state) => states.push(state.status === 'paused' ? `paused: ${state.message}` : 'running'));
    const answers = Array.from({ length: 4 }, (_, i) => queue.request(`https://www.sec.gov/r${i}`, { owner: 'a', priority: String(9 - i) }));
    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toHaveLength(2);
    calls[0]!.finish({ ok: false, kind: 'rate-limited', message: 'Request Rate Threshold Exceeded.' });
    calls[1]!.finish({ ok: true, text: 'r1' });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(2);
    expect(states).toEqual(['paused: Request Rate Threshold Exceeded.']);
    expect(queue.state.status).toBe('paused');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(states).toEqual(['paused: Request Rate Threshold Exceeded.', 'running']);
    // The refused request goes again first (it is the newest), then the others.
    expect(calls.map((c) => c.url).slice(2, 3)).toEqual(['https://www.sec.gov/r0']);
    for (const call of calls.slice(2)) call.finish({ ok: true, text: call.url.slice(-2) });
    await vi.advanceTimersByTimeAsync(2_000);
    for (const call of calls.slice(4)) call.finish({ ok: true, text: call.url.slice(-2) });
    expect((await Promise.all(answers)).map((o) => (o.ok ? o.text : o.kind))).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('takes up a pause kept from before the worker stopped: nothing starts while it is read, nor until it ends', async () => {
    const { calls, fetcher } = fakeFetcher();
    const queue = new RequestQueue(fetcher);
    const states: string[] = [];
    queue.onStateChange((state) => states.push(state.status === 'paused' ? `paused until ${state.until}: ${state.message}` : 'running'));
    let read!: (pause: { until: number; message: string } | null) => void;
    queue.restorePause(new Promise((resolve) => (read = resolve)));
    const answer = queue.request('https://www.sec.gov/r0', { owner: 'a', priority: '1' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(0);
    // Kept 5 minutes ago with 10 minutes to run: 5 minutes are left.
    const until = Date.now() + 5 * 60_000;
    read({ until, message: 'Request Rate Threshold Exceeded.' });
    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1_000);
    expect(calls).toHaveLength(0);
    expect(queue.state).toEqual({ status: 'paused', until, message: 'Request Rate Threshold Exceeded.' });
    await vi.advanceTimersByTimeAsync(1_100);
    expect(calls.map((c) => c.url)).toEqual(['https://www.sec.gov/r0']);
    expect(states).toEqual([`paused until ${until}: Request Rate Threshold Exceeded.`, 'running']);
    await vi.advanceTimersByTimeAsync(100);
    await expect(answer).resolves.toEqual({ ok: true, text: 'https://www.sec.gov/r0' });
  });

  it.each([
    ['a pause that has ended', () => Promise.resolve({ until: 1_000_000 - 1, message: 'old' })],
    ['no pause kept', () => Promise.resolve(null)],
    ['storage that cannot be read', () => Promise.reject(new Error('storage unavailable'))],
  ])('runs at once after reading %s', async (_label, kept) => {
    const { calls, fetcher } = fakeFetcher();
    const queue = new RequestQueue(fetcher);
    queue.restorePause(kept());
    void queue.request('https://www.sec.gov/r0', { owner: 'a', priority: '1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(queue.state).toEqual({ status: 'running' });
  });

  it('answers a fetcher that throws with a network failure, and goes on', async () => {
    let n = 0;
    const queue = new RequestQueue(async () => {
      n += 1;
      if (n === 1) throw new TypeError('Failed to fetch');
      return { ok: true, text: 'fine' };
    });
    const first = queue.request('https://www.sec.gov/1', { owner: 'a', priority: '2' });
    const second = queue.request('https://www.sec.gov/2', { owner: 'a', priority: '1' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await first).toMatchObject({ ok: false, kind: 'network' });
    expect(await second).toEqual({ ok: true, text: 'fine' });
  });
});

describe('many requests', () => {
  it('adds a request as fast to a queue holding 8,000 as to one holding 500 (each found by URL at once)', () => {
    vi.useRealTimers();
    const url = (i: number) => `https://www.sec.gov/Archives/edgar/data/1/${String(i).padStart(18, '0')}/doc4.xml`;
    // Held by a kept pause that never settles: nothing starts, so only the queueing is timed.
    const holding = (n: number) => {
      const queue = new RequestQueue(() => new Promise<FetchOutcome>(() => {}));
      queue.restorePause(new Promise(() => {}));
      for (let i = 0; i < n; i += 1) void queue.request(url(i), { owner: 'view', priority: url(i) });
      return queue;
    };
    let next = 1_000_000;
    /** The best of 7 runs of 200 requests: half new URLs, half already queued (a second view). */
    const time = (queue: RequestQueue) => {
      let best = Infinity;
      for (let run = 0; run < 7; run += 1) {
        const start = performance.now();
        for (let i = 0; i < 100; i += 1) {
          void queue.request(url((next += 1)), { owner: 'view', priority: 'z' });
          void queue.request(url(i), { owner: 'other', priority: 'z' });
        }
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const [small, large] = [holding(500), holding(8_000)];
    time(small); // warm-up
    // A look through every job for each request (as before) makes this about 16; by URL, about 1.
    expect(time(large) / time(small)).toBeLessThan(6);
  });
});

describe('a rate limit met elsewhere', () => {
  it('pauses the queue when a filing page reports one, and not again while paused', async () => {
    const { calls, fetcher } = fakeFetcher();
    const queue = new RequestQueue(fetcher, { pauseMs: 600_000 });
    const states: string[] = [];
    queue.onStateChange((state) => states.push(state.status === 'paused' ? `paused until ${state.until}` : 'running'));
    queue.pauseFor('sec.gov is limiting requests.');
    queue.pauseFor('sec.gov is limiting requests.');
    const answer = queue.request('https://www.sec.gov/a.xml', { owner: 'view', priority: 'a' });
    await vi.advanceTimersByTimeAsync(599_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls.map((call) => call.url)).toEqual(['https://www.sec.gov/a.xml']);
    await expect(answer).resolves.toEqual({ ok: true, text: 'https://www.sec.gov/a.xml' });
    // 1,000,000 (the fake clock's start) + 600,000.
    expect(states).toEqual(['paused until 1600000', 'running']);
  });
});
