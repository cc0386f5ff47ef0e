import type { Filing } from '../filing/model';
import { toIsoDate } from '../xml/xml-values';

/** Letters and digits joined by single dashes, at most 40 characters: safe in a file name on every OS. */
function slug(text: string): string {
  return text
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * "AAPL_LEVINSON-ARTHUR-D_2019-08-12_form4.csv": issuer, owner and date, safe on every OS.
 * Everything taken from the filing goes through slug() or is an ISO date: a period filed as
 * "../../x" or a CIK with slashes never reaches the file name as filed.
 */
export function downloadName(filing: Filing): string {
  const { issuer, reportingOwners, periodOfReport, documentType } = filing.document;
  const owner = reportingOwners[0];
  const parts = [
    slug(issuer.tradingSymbol ?? '') || slug(issuer.name ?? '') || slug(issuer.cik) || 'issuer',
    slug(owner?.name ?? '') || slug(owner?.cik ?? '') || 'owner',
    toIsoDate(periodOfReport) ?? 'undated',
    `form${slug(documentType)}`,
  ];
  return `${parts.join('_')}.csv`;
}

/** "insider-activity-TSLA-2021-12-01-to-2022-11-30.csv": the company (ticker, else CIK) and the window. */
export function activityCsvName(ticker: string | null, cik: string | null, from: string, until: string): string {
  const who = slug(ticker ?? '') || (cik ? `CIK${slug(cik)}` : 'company');
  return `insider-activity-${who}-${slug(from) || 'start'}-to-${slug(until) || 'end'}.csv`;
}
