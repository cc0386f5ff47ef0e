// Tesla on EDGAR for the activity tests: the real submissions JSON (data.sec.gov) and company
// tickers (www.sec.gov), and the 62 corpus filings it lists at their real paths; every other
// filing it lists answers 404, as a filing missing from sec.gov would.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSubmissions, type OwnershipFilingRef } from '../../lib/edgar/submissions-json';
import { parseOwnership } from '../../lib/filing/parse-ownership';
import { corpusPath } from '../corpus-path';
import type { Routes } from './sec-server';

const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/edgar-api/${name}`, import.meta.url));

export const TESLA_CIK = '0001318605';
export const TESLA_JSON_PATH = `/submissions/CIK${TESLA_CIK}.json`;
export const TESLA_COMPANY_PAGE = '/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=4&dateb=20221130&owner=include&count=40';
export const TESLA_UNTIL = '2022-11-30';

export const teslaRefs: OwnershipFilingRef[] = (() => {
  const parsed = parseSubmissions(readFileSync(fixturePath(`CIK${TESLA_CIK}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.filings;
})();

/** Accession (no dashes) -> corpus file, for the Tesla filings the corpus holds. */
const corpusFiles = new Map(
  readdirSync(corpusPath('xml')).flatMap((name) => {
    const digits = /^datamule-python__(\d{18})_/.exec(name)?.[1];
    return digits ? [[digits, corpusPath(`xml/${name}`)] as const] : [];
  }),
);

/** The listed filings the corpus holds, with their corpus file. */
export const teslaCorpus = teslaRefs.flatMap((ref) => {
  const file = corpusFiles.get(ref.accession.replace(/-/g, ''));
  return file ? [{ ref, file }] : [];
});

export function pathOf(url: string): string {
  return new URL(url).pathname;
}

/** `delayMs` slows every filing's answer (not the 404s). */
export function teslaRoutes(extra: Routes = {}, delayMs = 0): Routes {
  const routes: Record<string, Routes[string]> = {
    [`//data.sec.gov${TESLA_JSON_PATH}`]: { file: fixturePath(`CIK${TESLA_CIK}.json`), type: 'application/json' },
    '/files/company_tickers.json': { file: fixturePath('company_tickers.json'), type: 'application/json' },
    '/cgi-bin/browse-edgar': {
      type: 'text/html',
      body: '<!DOCTYPE html><html lang="en"><head><title>EDGAR Search Results</title></head><body><h1>Tesla, Inc. CIK#: 0001318605</h1><p>Filings as EDGAR lists them.</p></body></html>',
    },
  };
  for (const { ref, file } of teslaCorpus) routes[`//www.sec.gov${pathOf(ref.xmlUrl)}`] = { file, type: 'text/xml', delayMs };
  return { ...routes, ...extra };
}

/** The most requests that arrived within any `spanMs`, and the most open at once. */
export function requestRates(log: { start: number; end: number | null }[], spanMs = 1000): { perSecond: number; atOnce: number } {
  const starts = log.map((entry) => entry.start).sort((a, b) => a - b);
  let perSecond = 0;
  for (let i = 0, j = 0; i < starts.length; i += 1) {
    while (starts[i]! - starts[j]! >= spanMs) j += 1;
    perSecond = Math.max(perSecond, i - j + 1);
  }
  const events = log.flatMap((entry) => [
    [entry.start, 1] as const,
    [entry.end ?? Number.POSITIVE_INFINITY, -1] as const,
  ]);
  // An answer that ends as the next request starts is not two at once.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let atOnce = 0;
  for (const [, change] of events) {
    open += change;
    atOnce = Math.max(atOnce, open);
  }
  return { perSecond, atOnce };
}

/** The corpus filings of Tesla that name `ownerCik` among their reporting owners. */
export function teslaCorpusOf(ownerCik: string) {
  return teslaCorpus.filter(({ file }) => {
    const parsed = parseOwnership(readFileSync(file, 'utf8'));
    return parsed.ok && parsed.filing.document.reportingOwners.some((owner) => owner.cik.replace(/^0+/, '') === ownerCik.replace(/^0+/, ''));
  });
}

/**
 * An owner's submissions JSON as data.sec.gov would give it, made from Tesla's real entries:
 * the owner's corpus filings, `extra` entries Tesla lists (to be found missing), and one
 * filing about another issuer (which the intersection must leave out).
 */
export function ownerSubmissionsJson(ownerCik: string, name: string, extra: OwnershipFilingRef[] = []): string {
  const refs = [...teslaCorpusOf(ownerCik).map(({ ref }) => ref), ...extra];
  const elsewhere = { accession: '0000000000-22-000001', filingDate: '2022-06-01', reportDate: '2022-05-31', form: '4', primaryDocument: 'xslF345X03/doc4.xml' };
  return submissionsJson(ownerCik, name, [...refs, elsewhere]);
}

/** An entry of a submissions JSON, as EDGAR lists it. */
export interface ListedFiling {
  accession: string;
  filingDate: string;
  reportDate: string | null;
  form: string;
  primaryDocument: string;
}

/** A submissions JSON as data.sec.gov would give it: `filings` in its parallel arrays, `files` naming older pages. */
export function submissionsJson(cik: string, name: string, filings: ListedFiling[], files: { name: string; filingFrom?: string; filingTo?: string }[] = []): string {
  return JSON.stringify({
    cik: cik.replace(/^0+/, ''),
    name,
    tickers: [],
    filings: {
      recent: {
        accessionNumber: filings.map((ref) => ref.accession),
        filingDate: filings.map((ref) => ref.filingDate),
        reportDate: filings.map((ref) => ref.reportDate ?? ''),
        form: filings.map((ref) => ref.form),
        primaryDocument: filings.map((ref) => ref.primaryDocument),
      },
      files,
    },
  });
}
