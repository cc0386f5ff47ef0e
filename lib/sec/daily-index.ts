// EDGAR's daily form index (docs/design.md section 11), the list of one day's filings for the
// days before today:
//   https://www.sec.gov/Archives/edgar/daily-index/{YYYY}/QTR{n}/form.{YYYYMMDD}.idx
// A preamble, a header (on some days wrapped after "CIK"), a dashed rule, then one fixed-width
// row per filing and filer: form type (which may hold spaces: "SC 13G/A"), company name, CIK,
// date filed (YYYYMMDD), file name (edgar/data/{cik}/{accession}.txt). A Form 4 is listed under
// its issuer and under each reporting owner; the reader keeps Forms 3, 4, 5 and amendments,
// each once, with the index page in the issuer's folder when the issuer is listed.

import { toShownText, toTenDigitCik } from '../edgar/submissions-json';

/** A busy day's index is a few megabytes; far more is not an index. */
export const MAX_DAILY_INDEX_BYTES = 20_000_000;
/** Real rows are about 150 characters; a longer line is not a row (and is never scanned). */
const MAX_ROW_CHARS = 400;
const OWNERSHIP_FORMS = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);
// From the right: CIK, date, file name; what is left is the form type and the company name.
const ROW_END = /\s(\d{1,10}) {1,40}(\d{4})(\d{2})(\d{2}) {1,40}edgar\/data\/(\d{1,10})\/(\d{10}-\d{2}-\d{6})\.txt\s{0,10}$/;
const RULE = /^-{20,}\s*$/;

export interface IndexedFiling {
  accession: string;
  form: string;
  filingDate: string;
  /** Every filer the index lists it under, first as listed. */
  filers: { cik: string; name: string }[];
  /** The filing's index page; in the folder of its first-listed filer. */
  indexUrl: string;
}

export type DailyIndexResult = { ok: true; filings: IndexedFiling[] } | { ok: false; error: { message: string } };

/** The day's index file on www.sec.gov; null when the date is not YYYY-MM-DD. */
export function dailyIndexUrl(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const quarter = Math.floor((Number(match[2]) - 1) / 3) + 1;
  return `https://www.sec.gov/Archives/edgar/daily-index/${match[1]}/QTR${quarter}/form.${match[1]}${match[2]}${match[3]}.idx`;
}

function indexUrl(cik: string, accession: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`;
}

/** The ownership filings of one day's form index, each once, in the index's order. */
export function readDailyIndex(text: string): DailyIndexResult {
  if (text.length > MAX_DAILY_INDEX_BYTES) return { ok: false, error: { message: `The daily index is larger than ${MAX_DAILY_INDEX_BYTES / 1_000_000} MB, so it was not read.` } };
  const lines = text.split(/\r?\n/);
  const rule = lines.findIndex((line) => line.length <= MAX_ROW_CHARS && RULE.test(line));
  const header = lines.slice(0, Math.max(0, rule)).find((line) => line.startsWith('Form Type'));
  if (rule < 0 || header === undefined) {
    return { ok: false, error: { message: "This is not EDGAR's daily form index: it has no \"Form Type\" header and dashed rule before its rows." } };
  }
  // The company name starts where the header says; 12 on every index EDGAR serves.
  const nameColumn = header.indexOf('Company Name') > 0 ? header.indexOf('Company Name') : 12;
  const byAccession = new Map<string, IndexedFiling>();
  for (const line of lines.slice(rule + 1)) {
    if (line.length > MAX_ROW_CHARS) continue;
    const end = ROW_END.exec(line);
    if (!end) continue;
    const [, cik, year, month, day, folderCik, accession] = end;
    const form = line.slice(0, nameColumn).trim();
    if (!OWNERSHIP_FORMS.has(form) || cik !== folderCik) continue;
    const filer = { cik: toTenDigitCik(cik!)!, name: toShownText(line.slice(nameColumn, end.index)) };
    const known = byAccession.get(accession!);
    if (known) {
      if (!known.filers.some((one) => one.cik === filer.cik)) known.filers.push(filer);
      continue;
    }
    byAccession.set(accession!, { accession: accession!, form, filingDate: `${year}-${month}-${day}`, filers: [filer], indexUrl: indexUrl(cik!, accession!) });
  }
  return { ok: true, filings: [...byAccession.values()] };
}
