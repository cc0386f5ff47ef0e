// One view's conversation with the background over a port: the filings of a company in a
// window (a company page's panel, the activity page) or one insider's history at an issuer
// (a filing page). Its requests are owned by the port: a new question, or the port closing
// with its tab, cancels what is still queued for it. A company's filings are rolled up here
// (lib/views/activity-session.ts) and the view gets the finished view, at most a few times a
// second, so the company page's script carries no roll-up (docs/architecture.md).

import { ActivityRollup, findInsiderSplits, toCikKey, todayIso, toInsiderHistory } from '@/lib/activity';
import { selectWindowFilings } from '@/lib/activity/window';
import { toSharedFilings, type OwnershipFilingRef } from '@/lib/edgar/submissions-json';
import type { FilingSource } from './filing-source';
import type { FilingRef, PortMessage, PortRequest } from '@/lib/messages/background-protocol';
import type { RequestQueue } from '@/lib/sec/request-queue';
import type { TabFiling } from './tab-filings';
import { ActivitySession } from '@/lib/views/activity-session';

/**
 * Views are sent no closer together than this, nor than four times the last one took to make:
 * each is a roll-up of every filing read, and a window of 700 filings arriving from the cache
 * would otherwise be rolled up 700 times.
 */
const VIEW_EVERY_MS = 250;

/** Half a port message's 64 MiB, for the escapes JSON adds. */
const MAX_CSV_CHARS = 32 * 1024 * 1024;
const TOO_LARGE_CSV = "The CSV of this window is larger than the 32 MB Form 4 Lens can hand to the page at once; choose a shorter window.";

function toRef(ref: OwnershipFilingRef): FilingRef {
  return { accession: ref.accession, filingDate: ref.filingDate, form: ref.form, xmlUrl: ref.xmlUrl };
}

/** Newest first: the order the queue serves them in, and the order results arrive in. */
function newestFirst(a: FilingRef, b: FilingRef): number {
  return a.filingDate < b.filingDate ? 1 : a.filingDate > b.filingDate ? -1 : a.accession < b.accession ? 1 : -1;
}

let nextOwner = 0;

export class ActivityPort {
  private owner = '';
  private generation = 0;
  private viewTimer: ReturnType<typeof setTimeout> | null = null;
  private nextViewAt = 0;

  constructor(
    private readonly source: FilingSource,
    private readonly queue: RequestQueue,
    private readonly post: (message: PortMessage) => void,
    /** The filing the view's tab shows (for its history), as this background parsed it. */
    private readonly tabFiling: () => TabFiling | null = () => null,
    /** What the background has read for the view (a test may watch it). */
    private readonly session = new ActivitySession(),
  ) {}

  /** A new question replaces the previous one. */
  handle(request: PortRequest): void {
    if (request.type === 'csv') {
      const csv = this.session.csv({ delimiter: request.delimiter });
      // A port carries at most 64 MiB a message: a larger CSV is refused in a sentence, never lost unsaid.
      this.post(csv.text.length > MAX_CSV_CHARS ? { type: 'csv', id: request.id, error: TOO_LARGE_CSV } : { type: 'csv', id: request.id, ...csv });
      return;
    }
    this.close();
    this.owner = `view-${(nextOwner += 1)}`;
    const generation = ++this.generation;
    // A company's filings go to its roll-up, and the view to the page; a history goes as it is.
    const post = (message: PortMessage) => {
      if (generation !== this.generation) return;
      if (request.type === 'history') return this.post(message);
      this.session.receive(message);
      this.showSoon();
    };
    if (request.type === 'watch') {
      this.session.watch(request.cik, { from: request.from, until: request.until });
      // The new window at once, with the filings already read, before its list is in.
      this.showSoon();
    }
    const work = request.type === 'watch' ? this.watch(request, post) : this.history(post);
    work.catch((error: unknown) => post({ type: 'error', message: `Form 4 Lens failed while reading EDGAR because of an error of its own (${String(error).slice(0, 200)}); please report it.` }));
  }

  close(): void {
    this.generation += 1;
    if (this.owner) this.queue.cancelOwner(this.owner);
    if (this.viewTimer !== null) clearTimeout(this.viewTimer);
    this.viewTimer = null;
  }

  /** Sends the view once the messages of this turn are in, and no sooner than VIEW_EVERY_MS after the last. */
  private showSoon(): void {
    if (this.viewTimer !== null) return;
    this.viewTimer = setTimeout(() => {
      this.viewTimer = null;
      const started = Date.now();
      this.post({ type: 'activity', view: this.session.view() });
      this.nextViewAt = Date.now() + Math.max(VIEW_EVERY_MS, 4 * (Date.now() - started));
    }, Math.max(0, this.nextViewAt - Date.now()));
  }

  private async watch(request: Extract<PortRequest, { type: 'watch' }>, post: (message: PortMessage) => void): Promise<void> {
    const owner = this.owner;
    const company = await this.source.submissions(request.cik, owner);
    if (!company.ok) return post({ type: 'error', message: company.message });
    const listed = await this.source.filingsSince(company.value, request.from, owner);
    const selected = selectWindowFilings(listed.refs, request.from, request.until);
    const refs = selected.refs.map(toRef);
    const gaps = [...listed.gaps, ...selected.gaps];
    post({ type: 'company', cik: company.value.cik, name: company.value.name, tickers: company.value.tickers, refs, gaps });
    await Promise.all(
      refs.map(async (ref) => {
        const read = await this.source.filing(ref, owner);
        if (read.ok) post({ type: 'filing', ref, filing: read.value, cached: read.cached });
        else if (read.kind !== 'cancelled') post({ type: 'unreadable', ref, message: read.message });
      }),
    );
  }

  private async history(post: (message: PortMessage) => void): Promise<void> {
    const owner = this.owner;
    const shown = this.tabFiling();
    if (shown === null) {
      return post({ type: 'error', message: "Form 4 Lens has no filing of this page's own to show the history of; reload the page to read it again." });
    }
    const issuer = await this.source.submissions(shown.issuerCik, owner);
    if (!issuer.ok) return post({ type: 'error', message: issuer.message });
    // Every filing of the insider is in each of its owners' lists: the first owner's will do.
    const insider = await this.source.submissions(shown.ownerCiks[0]!, owner);
    if (!insider.ok) return post({ type: 'error', message: insider.message });
    const shared = toSharedFilings(issuer.value.filings, insider.value.filings).map(toRef).sort(newestFirst);
    const rollup = new ActivityRollup();
    const unreadable: { ref: FilingRef; message: string }[] = [];
    await Promise.all(
      shared.map(async (ref) => {
        // The page's own filing is already parsed: not asked for again.
        const read = ref.accession === shown.accession ? { ok: true as const, value: { ...shown.filing, accession: ref.accession, filingDate: shown.filing.filingDate ?? ref.filingDate } } : await this.source.filing(ref, owner);
        if (read.ok) rollup.add(read.value, ref.xmlUrl);
        else unreadable.push({ ref, message: read.message });
      }),
    );
    const insiderKey = [...new Set(shown.ownerCiks.map(toCikKey))].sort().join('+');
    const { counted } = rollup.summarise();
    const points = toInsiderHistory(counted, insiderKey);
    const splits = findInsiderSplits(counted, insiderKey);
    // Routine or opportunistic as of the year of the filing on the page: its three years before.
    const year = (shown.filing.document.periodOfReport ?? todayIso()).slice(0, 4);
    const signals = rollup.signals(toCikKey(shown.issuerCik), insiderKey, { from: `${year}-01-01`, until: null });
    post({ type: 'history', points, unreadable, total: shared.length, splits, signals, insider: { cik: insider.value.cik, name: insider.value.name } });
  }
}
