// EDGAR's company_tickers.json (https://www.sec.gov/files/company_tickers.json) to a list of
// companies for the popup's search box (docs/design.md section 9; the search is company-search.ts).
// The file is an object of rows keyed "0", "1", ...: { cik_str: 789019, ticker: "MSFT", title: "MICROSOFT CORP" }.

import * as z from 'zod/mini';
import { describeIssue, jsonFailure, parseJsonText, type JsonResult } from './read-json';
import { toShownText, toTenDigitCik } from './submissions-json';

export interface Company {
  /** Ten digits. */
  cik: string;
  ticker: string;
  name: string;
}

const SOURCE = 'EDGAR company tickers JSON';

const tickersSchema = z.record(
  z.string(),
  z.object({ cik_str: z.union([z.number(), z.string()]), ticker: z.string(), title: z.string() }),
);

export function parseCompanyTickers(input: string | unknown): JsonResult<Company[]> {
  const json = typeof input === 'string' ? parseJsonText(SOURCE, input) : { ok: true as const, value: input };
  if (!json.ok) return json;
  if (Array.isArray(json.value)) return jsonFailure(SOURCE, 'the top level should be an object of rows keyed "0", "1", ..., found a list');
  const parsed = tickersSchema.safeParse(json.value);
  if (!parsed.success) return jsonFailure(SOURCE, describeIssue(parsed.error.issues, json.value));
  const companies: Company[] = [];
  for (const [key, row] of Object.entries(parsed.data)) {
    const cik = toTenDigitCik(row.cik_str);
    if (cik === null) return jsonFailure(SOURCE, `${key}.cik_str is "${String(row.cik_str).slice(0, 20)}", not a CIK of up to 10 digits`);
    companies.push({ cik, ticker: toShownText(row.ticker).toUpperCase(), name: toShownText(row.title) });
  }
  return { ok: true, value: companies };
}
