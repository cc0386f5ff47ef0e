// The one request queue of the whole browser (docs/design.md section 8): at most `perSecond`
// requests started in any second and `inFlight` at once, the newest filings first, each
// request owned by the views that need it (a view that closes takes its queued requests with
// it), and a stop for everyone when sec.gov says we asked too much. Time and fetching are
// injected, so the rules are tested with fake timers and no network.

import { describeSecFailure, type SecOutcome } from './sec-response';

/** What one request came to, as lib/sec/sec-response.ts reads every answer from sec.gov. */
export type FetchOutcome = SecOutcome;

/** A stored value as a pause; null when it is not one. Checked by hand: the filing-page script reads it and carries no zod. */
export function toKeptPause(value: unknown): KeptPause | null {
  if (typeof value !== 'object' || value === null) return null;
  const { until, message } = value as Record<string, unknown>;
  return typeof until === 'number' && Number.isFinite(until) && typeof message === 'string' ? { until, message: message.slice(0, 1000) } : null;
}

export type Fetcher = (url: string, signal: AbortSignal, maxBytes: number) => Promise<FetchOutcome>;

export type QueueState = { status: 'running' } | { status: 'paused'; message: string; until: number };

/** What a view says of the queue: the pause and when it ends, in the reader's time; null while it runs. */
export function describePause(state: QueueState): string | null {
  return state.status === 'paused' ? `${state.message} (again at ${new Date(state.until).toLocaleTimeString()})` : null;
}

/** A pause as kept across the worker's restarts: until when (ms since the epoch), and why. */
export interface KeptPause {
  until: number;
  message: string;
}

export interface QueueOptions {
  perSecond?: number;
  inFlight?: number;
  /** How long the queue waits after the rate-limit page or a 403/429 before it tries again. */
  pauseMs?: number;
  now?: () => number;
}

export interface RequestOptions {
  /** The view that needs it: cancelOwner(owner) drops what only it needed. */
  owner: string;
  /** Larger first: a filing date (2022-11-30) or "~" for the submissions JSON before any filing. */
  priority: string;
  /** The most the answer may weigh (a filing 5 MB, a submissions JSON 4 MB). */
  maxBytes?: number;
}

interface Job {
  url: string;
  maxBytes: number;
  priority: string;
  owners: Set<string>;
  waiters: { owner: string; resolve: (outcome: FetchOutcome) => void }[];
}

const WINDOW_MS = 1000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
// Slack between starts: one every 250 ms rather than 200, so that any second at sec.gov sees
// at most 5 even when arrivals bunch by up to 250 ms. We count starts; the server counts
// arrivals, and on a loaded machine a 10 or 25 ms slack let 6 land within one second in the
// browser test (a new TLS connection, a stalled event loop).
const SLACK_MS = 50;

const CANCELLED: FetchOutcome = { ok: false, kind: 'cancelled', message: 'The request was cancelled because no open view needs it any more.' };

export class RequestQueue {
  private readonly perSecond: number;
  private readonly inFlight: number;
  private readonly pauseMs: number;
  private readonly now: () => number;
  private readonly waiting: Job[] = [];
  private readonly running = new Set<Job>();
  /** Every job waiting or running, by URL: a view of 2,000 filings asks 2,000 times, each found at once. */
  private readonly byUrl = new Map<string, Job>();
  private readonly starts: number[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pausedUntil = 0;
  private pauseMessage = '';
  /** No request starts while a kept pause is being read (restorePause). */
  private held = false;
  private readonly listeners = new Set<(state: QueueState) => void>();
  /**
   * Owners cancelled for good: a view's work may still be on its way to the queue (a filing
   * looked up in the cache first) when its tab closes, and must not be asked for after. Owner
   * names are never reused; a few bytes each.
   */
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly fetcher: Fetcher,
    options: QueueOptions = {},
  ) {
    this.perSecond = options.perSecond ?? 5;
    this.inFlight = options.inFlight ?? 2;
    this.pauseMs = options.pauseMs ?? 10 * 60_000;
    this.now = options.now ?? (() => Date.now());
  }

  get state(): QueueState {
    return this.pausedUntil > this.now() ? { status: 'paused', message: this.pauseMessage, until: this.pausedUntil } : { status: 'running' };
  }

  /** Requests waiting or running, for tests and the options page. */
  get size(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.running.size };
  }

  onStateChange(listener: (state: QueueState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Takes up a pause kept from before the worker last stopped (Chrome stops an idle one, and
   * sec.gov's limit outlives it): no request starts until `kept` settles, then none until the
   * kept pause ends, if it has not already.
   */
  restorePause(kept: Promise<KeptPause | null>): void {
    this.held = true;
    void kept
      .catch(() => null)
      .then((pause) => {
        this.held = false;
        if (pause && pause.until > this.now() && pause.until > this.pausedUntil) {
          this.pausedUntil = pause.until;
          this.pauseMessage = pause.message;
          if (this.timer !== null) clearTimeout(this.timer);
          this.timer = null;
          this.emit();
        }
        this.pump();
      });
  }

  /** The text at `url`, fetched once however many views ask for it while it waits or runs. */
  request(url: string, options: RequestOptions): Promise<FetchOutcome> {
    return new Promise((resolve) => {
      if (this.cancelled.has(options.owner)) return resolve(CANCELLED);
      const job = this.byUrl.get(url);
      if (job) {
        job.owners.add(options.owner);
        job.waiters.push({ owner: options.owner, resolve });
        if (options.priority > job.priority && !this.running.has(job)) job.priority = options.priority;
      } else {
        const added: Job = { url, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, priority: options.priority, owners: new Set([options.owner]), waiters: [{ owner: options.owner, resolve }] };
        this.waiting.push(added);
        this.byUrl.set(url, added);
      }
      this.pump();
    });
  }

  /**
   * A view closed or changed its question: what only it needed is dropped from the queue, and
   * its answers come back cancelled. A request already in flight is let finish and keeps its
   * slot until then: aborting it frees the slot at once while sec.gov still sees the request
   * open, which let a third request overlap two (seen in the slow-answer browser test).
   */
  cancelOwner(owner: string): void {
    this.cancelled.add(owner);
    for (const job of [...this.waiting, ...this.running]) {
      if (!job.owners.delete(owner)) continue;
      for (const waiter of job.waiters.filter((w) => w.owner === owner)) waiter.resolve(CANCELLED);
      job.waiters = job.waiters.filter((w) => w.owner !== owner);
      if (job.owners.size > 0) continue;
      const index = this.waiting.indexOf(job);
      if (index >= 0) {
        this.waiting.splice(index, 1);
        this.byUrl.delete(job.url);
      }
    }
    this.pump();
  }

  /**
   * What an owner asked for and is still waiting is dropped, as cancelOwner does; a request
   * already started is let finish and answered to it, since its answer is worth keeping (a
   * badge's filing scrolled off screen: docs/design.md section 11). The owner asks no more.
   */
  cancelWaiting(owner: string): void {
    this.cancelled.add(owner);
    for (const job of [...this.waiting]) {
      if (!job.owners.delete(owner)) continue;
      for (const waiter of job.waiters.filter((w) => w.owner === owner)) waiter.resolve(CANCELLED);
      job.waiters = job.waiters.filter((w) => w.owner !== owner);
      if (job.owners.size > 0) continue;
      this.waiting.splice(this.waiting.indexOf(job), 1);
      this.byUrl.delete(job.url);
    }
    this.pump();
  }

  private nextJob(): Job | undefined {
    // Newest first; among equals, first asked first served.
    let best = -1;
    for (let i = 0; i < this.waiting.length; i += 1) {
      if (best < 0 || this.waiting[i]!.priority > this.waiting[best]!.priority) best = i;
    }
    return best < 0 ? undefined : this.waiting.splice(best, 1)[0];
  }

  /** Milliseconds until another request may start (0: now). */
  private delay(): number {
    const now = this.now();
    if (this.pausedUntil > now) return this.pausedUntil - now;
    while (this.starts.length > 0 && now - this.starts[0]! >= WINDOW_MS + SLACK_MS) this.starts.shift();
    const spacing = WINDOW_MS / this.perSecond + SLACK_MS;
    const last = this.starts.at(-1);
    const bySpacing = last === undefined ? 0 : Math.max(0, last + spacing - now);
    const byWindow = this.starts.length >= this.perSecond ? this.starts[0]! + WINDOW_MS + SLACK_MS - now : 0;
    return Math.max(bySpacing, byWindow);
  }

  private pump(): void {
    if (this.timer !== null || this.held) return;
    while (this.waiting.length > 0 && this.running.size < this.inFlight) {
      const wait = this.delay();
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = null;
          if (this.pausedUntil !== 0 && this.pausedUntil <= this.now()) {
            this.pausedUntil = 0;
            this.emit();
          }
          this.pump();
        }, wait);
        return;
      }
      this.start(this.nextJob()!);
    }
  }

  private start(job: Job): void {
    this.starts.push(this.now());
    this.running.add(job);
    // Never aborted (see cancelOwner); fetchSecText adds its own time limit.
    const signal = new AbortController().signal;
    this.fetcher(job.url, signal, job.maxBytes)
      .catch((): FetchOutcome => ({ ok: false, kind: 'network', message: describeSecFailure('network', { url: job.url, what: job.url, maxBytes: job.maxBytes }) }))
      .then((outcome) => {
        this.running.delete(job);
        if (!outcome.ok && outcome.kind === 'rate-limited' && job.owners.size > 0) {
          // Asked again after the pause.
          this.waiting.push(job);
          this.pause(outcome.message);
          return;
        }
        this.byUrl.delete(job.url);
        if (!outcome.ok && outcome.kind === 'rate-limited') this.pause(outcome.message);
        else for (const waiter of job.waiters) waiter.resolve(outcome);
      })
      .finally(() => this.pump());
  }

  /** sec.gov answered another request (a filing page's own) with its rate limit: stop as if this queue had met it. */
  pauseFor(message: string): void {
    if (this.pausedUntil > this.now()) return;
    this.pause(message);
  }

  private pause(message: string): void {
    this.pausedUntil = this.now() + this.pauseMs;
    this.pauseMessage = message;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.emit();
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}
