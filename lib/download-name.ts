import type { Filing } from './model';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** "AAPL_LEVINSON-ARTHUR-D_2019-08-12_form4.csv": issuer, owner and date, safe on every OS. */
export function downloadName(filing: Filing): string {
  const { issuer, reportingOwners, periodOfReport, documentType } = filing.document;
  const parts = [
    slug(issuer.tradingSymbol ?? issuer.name ?? issuer.cik) || issuer.cik,
    slug(reportingOwners[0]?.name ?? reportingOwners[0]?.cik ?? 'owner') || 'owner',
    periodOfReport ?? 'undated',
    `form${slug(documentType)}`,
  ];
  return `${parts.join('_')}.csv`;
}
