// When two inputs are one filing (docs/design.md section 9): the same accession number; or,
// without one, the same issuer, reporting-owner CIKs, form, period and rows (date, code,
// shares, price, A/D of every row, in order), whatever their formatting or footnotes. And
// which filing an amendment replaces: same issuer, owners and period, form without the /A.

import type { OwnershipDocument, Row } from '../filing/model';
import { toCikKey } from '../filing/filer';
import { hash64 } from '../text/hash64';

/** 0000899243-21-044060 from that or from 000089924321044060; null if it is not an accession. */
export function normaliseAccession(text: string | null): string | null {
  const digits = text?.replace(/-/g, '') ?? '';
  if (!/^\d{18}$/.test(digits)) return null;
  return `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}

export { toCikKey };

/** The insider of a filing: the set of its reporting owners' CIKs, in one order. */
export function toInsiderKey(document: OwnershipDocument): string {
  return [...new Set(document.reportingOwners.map((owner) => toCikKey(owner.cik)))].sort().join('+');
}

/** 4 for 4/A: the form an amendment amends. */
export function toBaseForm(documentType: string): string {
  return documentType.replace(/\/A$/, '');
}

export function toAmendmentKey(document: OwnershipDocument): string {
  return [
    toCikKey(document.issuer.cik),
    toInsiderKey(document),
    document.periodOfReport ?? '',
    toBaseForm(document.documentType),
  ].join('|');
}

function describeRow(row: Row): string {
  // Parsed numbers, not the text as filed: 100.00 and 100 are the same amount.
  return [
    row.table === 'derivative' ? 'II' : 'I',
    row.transactionDate.value ?? '',
    row.code ?? '',
    row.shares.value ?? row.totalValue.value ?? '',
    row.pricePerShare.value ?? '',
    row.acquiredDisposed.value ?? '',
  ].join(',');
}

/**
 * The content identity of a filing. Holdings count too (by amount owned), so that two
 * Forms 3 of one owner and period that hold different amounts stay two filings.
 */
export function toFingerprint(document: OwnershipDocument): string {
  const parts = [
    toCikKey(document.issuer.cik),
    toInsiderKey(document),
    document.documentType,
    document.periodOfReport ?? '',
    ...document.transactions.map(describeRow),
    ...document.holdings.map((row) => `H${row.table === 'derivative' ? 'II' : 'I'},${row.sharesOwnedAfter.value ?? ''}`),
  ];
  return hash64(parts.join(';'));
}

/**
 * The shape of a filing's rows (count, and date, code and A/D of each): an amendment that
 * corrects an amount keeps its original's shape, which tells apart the several Forms 4 an
 * insider files for one day when a day's trades do not fit in one (30 rows at most).
 */
export function toRowShape(document: OwnershipDocument): string {
  const rows = document.transactions.map((row) =>
    [row.table === 'derivative' ? 'II' : 'I', row.transactionDate.value ?? '', row.code ?? '', row.acquiredDisposed.value ?? ''].join(','),
  );
  return hash64(`${rows.length};${rows.join(';')}`);
}
