// EDGAR's latest-filings page over a port (docs/design.md section 11): the page says which
// filing links are on screen and which left it; each filing is read once (its full submission,
// through the queue and the lasting cache), figured here, and its badge sent back as it arrives.
// Newest first is the page's order: the first link shown goes first. A link that leaves the
// screen before its request starts is dropped from the queue; one in flight is let finish.

import { computeFigures } from '@/lib/figures/figures';
import { toFilingBadge } from '@/lib/market/filing-badge';
import type { BadgeMessage, BadgeRequest } from '@/lib/messages/background-protocol';
import type { RequestQueue } from '@/lib/sec/request-queue';
import type { FilingPath } from '@/lib/sec/sec-urls';
import type { FilingSource } from './filing-source';

let nextOwner = 0;

const keyOf = (filing: FilingPath) => `${filing.cik}/${filing.accession}`;

export class BadgesPort {
  /** Links being read, by key, with the queue owner of their request. */
  private readonly reading = new Map<string, string>();
  /** Links answered (a badge or a sentence): never asked again on this page. */
  private readonly answered = new Set<string>();
  /** The read of an accession under way: a second link to the same filing waits for it, then finds it kept. */
  private readonly byAccession = new Map<string, Promise<unknown>>();
  /** Requests made so far: each later one sorts after (the page's order, newest first). */
  private asked = 0;
  private closed = false;

  constructor(
    private readonly source: FilingSource,
    private readonly queue: RequestQueue,
    private readonly post: (message: BadgeMessage) => void,
    /** Today's date: the latest filings are today's, so they sort with today's filings of other views. */
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  handle(request: BadgeRequest): void {
    if (this.closed) return;
    if (request.type === 'hide') {
      for (const filing of request.filings) {
        const owner = this.reading.get(keyOf(filing));
        if (owner !== undefined) this.queue.cancelWaiting(owner);
      }
      return;
    }
    for (const filing of request.filings) this.read(filing);
  }

  close(): void {
    this.closed = true;
    for (const owner of this.reading.values()) this.queue.cancelOwner(owner);
    this.reading.clear();
  }

  private read(filing: FilingPath): void {
    const key = keyOf(filing);
    if (this.answered.has(key) || this.reading.has(key)) return;
    const owner = `badges-${(nextOwner += 1)}`;
    this.reading.set(key, owner);
    // Larger first: the first link asked sorts highest among today's.
    const priority = `${this.today()}|~${String(999_999 - Math.min((this.asked += 1), 999_999)).padStart(6, '0')}`;
    const before = this.byAccession.get(filing.accession) ?? Promise.resolve();
    const work = before
      .then(() => this.source.submission(filing, owner, priority))
      .then((read) => {
        if (this.reading.get(key) === owner) this.reading.delete(key);
        if (this.closed) return;
        if (read.ok) {
          const figures = computeFigures(read.value.document, { filingDate: read.value.filingDate });
          this.answered.add(key);
          this.post({ type: 'badge', ...filing, badge: toFilingBadge(read.value, figures) });
        } else if (read.kind !== 'cancelled' && read.kind !== 'rate-limited') {
          this.answered.add(key);
          this.post({ type: 'unreadable', ...filing, message: read.message });
        }
      })
      .catch((error: unknown) => {
        this.reading.delete(key);
        this.post({ type: 'unreadable', ...filing, message: `Form 4 Lens failed on this filing because of an error of its own (${String(error).slice(0, 200)}); please report it.` });
      });
    this.byAccession.set(filing.accession, work);
  }
}
