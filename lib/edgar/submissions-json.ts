// EDGAR's submissions JSON (https://data.sec.gov/submissions/CIK##########.json) to the list
// of Forms 3, 4 and 5 it names, each with the URL of its raw ownership XML (docs/design.md section
// 9). `filings.recent` holds parallel arrays for the latest 1,000 filings; `filings.files`
// names older pages (CIK##########-submissions-001.json), whose top level is the same arrays.

import * as z from 'zod/mini';
import { describeIssue, jsonFailure, parseJsonText, type JsonResult } from './read-json';
import { stripControlAndBidi } from '../text/control-characters';

export const OWNERSHIP_FORMS = ['3', '3/A', '4', '4/A', '5', '5/A'] as const;
export type OwnershipForm = (typeof OWNERSHIP_FORMS)[number];

export interface OwnershipFilingRef {
  /** 0000899243-21-044262 */
  accession: string;
  filingDate: string;
  /** The period of report; null when EDGAR gives none. */
  reportDate: string | null;
  form: OwnershipForm;
  /** As EDGAR lists it: `xslF345X03/doc4.xml`, the SEC's rendering. */
  primaryDocument: string;
  /** https://www.sec.gov/Archives/edgar/data/{CIK}/{accession without dashes}/{primaryDocument without its xsl.../ folder} */
  xmlUrl: string;
}

export interface OlderPage {
  name: string;
  url: string;
  filingCount: number | null;
  filingFrom: string | null;
  filingTo: string | null;
}

export interface Submissions {
  /** Ten digits, as in the JSON's file name. */
  cik: string;
  name: string | null;
  tickers: string[];
  /** Forms 3, 4 and 5 and their amendments, in the JSON's order (newest first). */
  filings: OwnershipFilingRef[];
  /** Pages of older filings, to read with parseSubmissionsPage. */
  olderPages: OlderPage[];
}

const SOURCE = 'EDGAR submissions JSON';
const PAGE_SOURCE = 'EDGAR submissions page JSON';

const text = z.string();
const optionalText = z.optional(z.nullable(z.string()));

// The arrays the list needs; EDGAR sends more (acceptanceDateTime, size, ...), which are ignored.
const filingArrays = z.object({
  accessionNumber: z.array(text),
  filingDate: z.array(text),
  reportDate: z.optional(z.array(optionalText)),
  form: z.array(text),
  primaryDocument: z.array(text),
});

const submissionsSchema = z.object({
  cik: z.union([z.string(), z.number()]),
  name: optionalText,
  tickers: z.optional(z.array(z.nullable(z.string()))),
  filings: z.object({
    recent: filingArrays,
    files: z.optional(
      z.array(
        z.object({
          name: text,
          filingCount: z.optional(z.number()),
          filingFrom: optionalText,
          filingTo: optionalText,
        }),
      ),
    ),
  }),
});

/**
 * A name from EDGAR's JSON as it may be shown (the panel's heading, the tab's title, the popup):
 * no control or bidi characters (a U+202E would make "Tesla" read backwards), trimmed, and at
 * most 200 characters.
 */
export function toShownText(text: string): string {
  return stripControlAndBidi(text.slice(0, 1_000)).replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** 0001318605 from 1318605, "1318605" or "CIK0001318605"; null when it is not a CIK. */
export function toTenDigitCik(cik: string | number): string | null {
  const digits = String(cik).trim().replace(/^CIK/i, '');
  return /^\d{1,10}$/.test(digits) ? digits.padStart(10, '0') : null;
}

export function submissionsUrl(cik: string | number): string | null {
  const tenDigits = toTenDigitCik(cik);
  return tenDigits === null ? null : `https://data.sec.gov/submissions/CIK${tenDigits}.json`;
}

/** A document name EDGAR gives: a plain file name, in an xsl folder when it is the rendering. */
const PRIMARY_DOCUMENT = /^(?:xsl[A-Za-z0-9]{1,40}\/)?([A-Za-z0-9_.-]{1,200})$/;

/**
 * The raw XML of a filing: EDGAR's primaryDocument is the rendering (xslF345X03/doc4.xml); the
 * XML is beside its folder. Nothing from the JSON may lead a request out of the filing's own
 * folder (docs/design.md section 7): a name with any other character (`..`, `%2e`, a backslash,
 * a query) or one that would resolve elsewhere gives the filing's full submission instead
 * (`{accession}.txt`, always in the folder, holding the same XML).
 */
export function toRawXmlUrl(cik: string, accession: string, primaryDocument: string): string {
  const folder = `/Archives/edgar/data/${cik.replace(/^0+(?=\d)/, '')}/${accession.replace(/-/g, '')}/`;
  const name = PRIMARY_DOCUMENT.exec(primaryDocument)?.[1];
  const url = new URL(`${folder}${name !== undefined && name !== '.' && name !== '..' ? name : `${accession}.txt`}`, 'https://www.sec.gov');
  const inFolder = url.pathname.startsWith(folder) && url.pathname.length > folder.length && !url.pathname.slice(folder.length).includes('/');
  return inFolder ? url.href : `https://www.sec.gov${folder}${accession}.txt`;
}

function isOwnershipForm(form: string): form is OwnershipForm {
  return (OWNERSHIP_FORMS as readonly string[]).includes(form);
}

type FilingArrays = z.infer<typeof filingArrays>;

function toFilingRefs(source: string, cik: string, arrays: FilingArrays): JsonResult<OwnershipFilingRef[]> {
  const count = arrays.accessionNumber.length;
  for (const name of ['filingDate', 'form', 'primaryDocument', 'reportDate'] as const) {
    const length = arrays[name]?.length ?? count;
    if (length !== count) {
      return jsonFailure(source, `${name} lists ${length} filings but accessionNumber lists ${count}, so the filings cannot be matched up`);
    }
  }
  const refs: OwnershipFilingRef[] = [];
  for (let i = 0; i < count; i += 1) {
    const form = arrays.form[i]!.trim();
    if (!isOwnershipForm(form)) continue;
    const accession = arrays.accessionNumber[i]!.trim();
    if (!/^\d{10}-\d{2}-\d{6}$/.test(accession)) {
      return jsonFailure(source, `accessionNumber[${i}] is "${accession.slice(0, 40)}", not an accession number like 0000899243-21-044262`);
    }
    const primaryDocument = arrays.primaryDocument[i]!.trim();
    refs.push({
      accession,
      filingDate: arrays.filingDate[i]!.trim(),
      reportDate: arrays.reportDate?.[i]?.trim() || null,
      form,
      primaryDocument,
      xmlUrl: toRawXmlUrl(cik, accession, primaryDocument),
    });
  }
  return { ok: true, value: refs };
}

/**
 * The most older pages a company's list is followed to. EDGAR's busiest filers have a few dozen
 * pages of 1,000 or more filings each; a list naming more (or one page many times: a 176 KB
 * JSON named one 1.2 MB page 2,000 times) would have the extension read and keep without bound.
 */
export const MAX_OLDER_PAGES = 40;

/** The company's own older pages (CIK##########-submissions-###.json), each once, at most MAX_OLDER_PAGES. */
function toOlderPages(cik: string, files: readonly { name: string; filingCount?: number; filingFrom?: string | null; filingTo?: string | null }[]): OlderPage[] {
  const own = new RegExp(`^CIK${cik}-submissions-\\d{3}\\.json$`);
  const seen = new Set<string>();
  const pages: OlderPage[] = [];
  for (const file of files) {
    const name = file.name.trim();
    if (!own.test(name) || seen.has(name)) continue;
    seen.add(name);
    pages.push({
      name,
      url: `https://data.sec.gov/submissions/${name}`,
      filingCount: file.filingCount ?? null,
      filingFrom: file.filingFrom ?? null,
      filingTo: file.filingTo ?? null,
    });
    if (pages.length === MAX_OLDER_PAGES) break;
  }
  return pages;
}

/** A submissions JSON, as text from data.sec.gov or already parsed. */
export function parseSubmissions(input: string | unknown): JsonResult<Submissions> {
  const json = typeof input === 'string' ? parseJsonText(SOURCE, input) : { ok: true as const, value: input };
  if (!json.ok) return json;
  const parsed = submissionsSchema.safeParse(json.value);
  if (!parsed.success) return jsonFailure(SOURCE, describeIssue(parsed.error.issues, json.value));
  const data = parsed.data;
  const cik = toTenDigitCik(data.cik);
  if (cik === null) return jsonFailure(SOURCE, `cik is "${String(data.cik).slice(0, 20)}", not a CIK of up to 10 digits`);
  const filings = toFilingRefs(SOURCE, cik, data.filings.recent);
  if (!filings.ok) return filings;
  return {
    ok: true,
    value: {
      cik,
      name: data.name == null ? null : toShownText(data.name) || null,
      tickers: (data.tickers ?? []).filter((ticker): ticker is string => typeof ticker === 'string').map(toShownText),
      filings: filings.value,
      olderPages: toOlderPages(cik, data.filings.files ?? []),
    },
  };
}

/** An older page (CIK##########-submissions-001.json) of the company `cik`. */
export function parseSubmissionsPage(input: string | unknown, cik: string): JsonResult<OwnershipFilingRef[]> {
  const json = typeof input === 'string' ? parseJsonText(PAGE_SOURCE, input) : { ok: true as const, value: input };
  if (!json.ok) return json;
  const parsed = filingArrays.safeParse(json.value);
  if (!parsed.success) return jsonFailure(PAGE_SOURCE, describeIssue(parsed.error.issues, json.value));
  const tenDigits = toTenDigitCik(cik);
  if (tenDigits === null) return jsonFailure(PAGE_SOURCE, `"${cik.slice(0, 20)}" is not a CIK of up to 10 digits`);
  return toFilingRefs(PAGE_SOURCE, tenDigits, parsed.data);
}

/**
 * One insider's filings at one issuer: the issuer's list and the owner's list share the
 * accession of every filing the owner made about the issuer (section 9). In the issuer's order;
 * the XML URL is the issuer's (both folders hold the same filing).
 */
export function toSharedFilings(
  issuerFilings: readonly OwnershipFilingRef[],
  ownerFilings: readonly OwnershipFilingRef[],
): OwnershipFilingRef[] {
  const owned = new Set(ownerFilings.map((filing) => filing.accession));
  return issuerFilings.filter((filing) => owned.has(filing.accession));
}
