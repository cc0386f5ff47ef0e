// EDGAR data for the views, each piece from the lasting cache when it is there and through
// the one queue when it is not: a company's submissions JSON (kept an hour, older pages
// included when a window reaches back past the latest 1,000 filings), a filing's XML parsed
// (kept for good: filings never change; a failure kept an hour, so a reload asks nothing).

import { parseOwnership, MAX_XML_BYTES } from '@/lib/filing/parse-ownership';
import { parseSubmissions, parseSubmissionsPage, submissionsUrl, type OwnershipFilingRef, type Submissions } from '@/lib/edgar/submissions-json';
import { parseCompanyTickers, type Company } from '@/lib/edgar/company-tickers-json';
import type { Filing } from '@/lib/filing/model';
import { namesFiler } from '@/lib/filing/filer';
import type { LastingCache } from './lasting-cache';
import { MAX_JSON_BYTES } from './fetch-sec';
import type { FetchOutcome, RequestQueue } from '@/lib/sec/request-queue';
import type { SecFailureKind } from '@/lib/sec/sec-response';
import type { FilingRef } from '@/lib/messages/background-protocol';
import { toSubmissionUrl, type FilingPath } from '@/lib/sec/sec-urls';

export const HOUR_MS = 60 * 60_000;
/**
 * A full submission holds the ownership XML (at most MAX_XML_BYTES, checked once extracted)
 * and whatever else was filed with it (a power of attorney, an exhibit): twice the XML's cap.
 */
export const MAX_SUBMISSION_BYTES = 2 * MAX_XML_BYTES;
// company_tickers.json is about 0.7 MB: its own cap.
const MAX_TICKERS_BYTES = 8 * 1024 * 1024;
export const TICKERS_URL = 'https://www.sec.gov/files/company_tickers.json';
// The submissions JSON goes before any filing: every filing waits on it.
const FIRST = '~';

/** A failure says which kind when the request itself failed (cancelled, rate-limited ...), as the queue reported it. */
export type Read<T> = { ok: true; value: T; cached: boolean } | { ok: false; message: string; kind?: SecFailureKind };

export class FilingSource {
  constructor(
    private readonly queue: RequestQueue,
    private readonly cache: LastingCache,
  ) {}

  /**
   * A JSON from the cache, else through the queue. A failure that asking again would repeat (too
   * large, missing, not the JSON it should be) is kept for the hour too: a lookup in a broken
   * tickers file must not download it again on every keystroke.
   */
  private async cachedJson<T>(key: string, url: string, owner: string, maxBytes: number, read: (text: string) => { ok: true; value: T } | { ok: false; error: { message: string } }): Promise<Read<T>> {
    const kept = await this.cache.get<T>(key).catch(() => undefined);
    if (kept !== undefined) return { ok: true, value: kept, cached: true };
    const failedBefore = await this.cache.get<string>(`failed:${key}`).catch(() => undefined);
    if (failedBefore !== undefined) return { ok: false, message: failedBefore };
    const outcome: FetchOutcome = await this.queue.request(url, { owner, priority: FIRST, maxBytes });
    const lasting = (message: string) => this.cache.put(`failed:${key}`, message, HOUR_MS).catch(() => {});
    if (!outcome.ok) {
      if (outcome.kind === 'too-large' || outcome.kind === 'not-found' || outcome.kind === 'redirected') await lasting(outcome.message);
      return { ok: false, message: outcome.message };
    }
    const parsed = read(outcome.text);
    if (!parsed.ok) {
      await lasting(parsed.error.message);
      return { ok: false, message: parsed.error.message };
    }
    await this.cache.put(key, parsed.value, HOUR_MS).catch(() => {});
    return { ok: true, value: parsed.value, cached: false };
  }

  submissions(cik: string, owner: string): Promise<Read<Submissions>> {
    const url = submissionsUrl(cik);
    if (url === null) return Promise.resolve({ ok: false, message: `"${cik}" is not a CIK of up to 10 digits.` });
    return this.cachedJson(`json:${url}`, url, owner, MAX_JSON_BYTES, parseSubmissions);
  }

  /**
   * The company's Forms 3/4/5 filed from `from` on: the latest list, and older pages when it does
   * not reach back that far. Only each page's filings from `from` on are kept, so a page read is
   * dropped once filtered. A page that cannot be read leaves a gap the view must say, not an
   * empty window (`gaps`: one sentence each).
   */
  async filingsSince(company: Submissions, from: string, owner: string): Promise<{ refs: OwnershipFilingRef[]; gaps: string[] }> {
    const refs = company.filings.filter((ref) => ref.filingDate >= from);
    const gaps: string[] = [];
    const oldest = company.filings.at(-1)?.filingDate;
    if (oldest === undefined || oldest <= from) return { refs, gaps };
    for (const page of company.olderPages) {
      if (page.filingTo !== null && page.filingTo < from) continue;
      const older = await this.cachedJson(`json:${page.url}`, page.url, owner, MAX_JSON_BYTES, (text) => parseSubmissionsPage(text, company.cik));
      if (!older.ok) {
        gaps.push(`EDGAR's older list of filings (${page.name}) could not be read, so filings before ${oldest} may be missing: ${older.message}`);
        continue;
      }
      for (const ref of older.value) if (ref.filingDate >= from) refs.push(ref);
    }
    return { refs, gaps };
  }

  companies(owner: string): Promise<Read<Company[]>> {
    return this.cachedJson(`json:${TICKERS_URL}`, TICKERS_URL, owner, MAX_TICKERS_BYTES, parseCompanyTickers);
  }

  /**
   * A filing parsed, with its accession and filing date from EDGAR's list. Kept by the URL it
   * was read from, and only when the XML names the company whose folder holds it (its issuer or
   * one of its owners, docs/design.md section 1): a list that names another company's accession
   * cannot make that company's filing show, here or on a later visit.
   */
  async filing(ref: FilingRef, owner: string): Promise<Read<Filing>> {
    const key = `filing:${ref.xmlUrl}`;
    const kept = await this.cache.get<Read<Filing>>(key).catch(() => undefined);
    if (kept !== undefined) return kept.ok ? { ...kept, cached: true } : kept;
    const outcome = await this.queue.request(ref.xmlUrl, { owner, priority: `${ref.filingDate}|${ref.accession}`, maxBytes: MAX_XML_BYTES });
    if (!outcome.ok) {
      if (outcome.kind === 'not-found') await this.cache.put(key, { ok: false, message: outcome.message }, HOUR_MS).catch(() => {});
      return { ok: false, message: outcome.message, kind: outcome.kind };
    }
    const parsed = parseOwnership(outcome.text);
    if (!parsed.ok) {
      const failure: Read<Filing> = { ok: false, message: parsed.error.message };
      // The same bytes give the same error: kept a day (a newer parser may read it later).
      await this.cache.put(key, failure, 24 * HOUR_MS).catch(() => {});
      return failure;
    }
    const folderCik = /\/Archives\/edgar\/data\/(\d{1,10})\//.exec(ref.xmlUrl)?.[1] ?? '';
    if (!namesFiler(parsed.filing.document, folderCik)) {
      return { ok: false, message: `This filing names neither the company nor an insider whose folder (CIK ${folderCik}) holds it, so it was not counted.` };
    }
    const filing: Filing = { ...parsed.filing, accession: ref.accession, filingDate: parsed.filing.filingDate ?? ref.filingDate };
    await this.cache.put(key, { ok: true, value: filing, cached: false }).catch(() => {});
    return { ok: true, value: filing, cached: false };
  }

  /**
   * A filing read by its folder and accession alone, with one request: its full submission
   * (the SGML wrapper holds the XML, the accession and the filing date). Kept for good by
   * accession, so the copy filed under the issuer and the one under an owner cost one read; kept
   * and answered only when its header names the accession asked for and its XML names the
   * company whose folder the link points into (lib/filing/filer.ts).
   */
  async submission(path: FilingPath, owner: string, priority: string): Promise<Read<Filing>> {
    const url = toSubmissionUrl(path);
    if (url === null) return { ok: false, message: `"${path.cik}/${path.accession}" is not a CIK and an accession number EDGAR would write.` };
    const key = `submission:${path.accession}`;
    const failedKey = `failed:${url}`;
    let read: Read<Filing> | undefined = await this.cache.get<Read<Filing>>(key).catch(() => undefined);
    if (read !== undefined) read = { ...read, cached: true } as Read<Filing>;
    read ??= await this.cache.get<Read<Filing>>(failedKey).catch(() => undefined);
    if (read === undefined) {
      const outcome = await this.queue.request(url, { owner, priority, maxBytes: MAX_SUBMISSION_BYTES });
      if (!outcome.ok) {
        const failure = { ok: false as const, message: outcome.message, kind: outcome.kind };
        if (outcome.kind === 'not-found') await this.cache.put(failedKey, failure, HOUR_MS).catch(() => {});
        return failure;
      }
      const parsed = parseOwnership(outcome.text);
      if (!parsed.ok) {
        const failure: Read<Filing> = { ok: false, message: parsed.error.message };
        // The same bytes give the same error: kept a day (a newer parser may read it later).
        await this.cache.put(failedKey, failure, 24 * HOUR_MS).catch(() => {});
        return failure;
      }
      if (parsed.filing.accession !== null && parsed.filing.accession !== path.accession) {
        return { ok: false, message: `EDGAR answered for accession ${path.accession} with the submission of ${parsed.filing.accession}, so it was not shown.` };
      }
      // Kept by the accession its header names; whose folder may show it is asked on every answer.
      const filing: Filing = { ...parsed.filing, accession: path.accession };
      await this.cache.put(key, { ok: true, value: filing, cached: false }).catch(() => {});
      read = { ok: true, value: filing, cached: false };
    }
    if (read.ok && !namesFiler(read.value.document, path.cik)) return notTheFolders(path.cik);
    return read;
  }
}

function notTheFolders(folderCik: string): Read<Filing> {
  return { ok: false, message: `This filing names neither the company nor an insider whose folder (CIK ${folderCik}) holds it, so it was not shown.` };
}
