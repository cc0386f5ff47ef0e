// Helpers over the rows of a filing shared by the figures, the CSV and the overlay.

import { multiply, toDecimal, toRoundedNumber, ZERO, type Decimal } from '../figures/decimal';
import type { Field, OwnershipDocument, ReportingOwner, Row } from './model';

/** Transactions then holdings, each table I before table II: the order of the SEC's form. */
export function allRows(document: OwnershipDocument): Row[] {
  return [...document.transactions, ...document.holdings];
}

function isField(value: unknown): value is Field<unknown> {
  return typeof value === 'object' && value !== null && 'footnoteIds' in value;
}

/** Footnote texts by id (F1 -> text), as every view of the filing looks them up. */
export function toFootnoteTexts(document: OwnershipDocument): Map<string, string> {
  return new Map(document.footnotes.map((footnote) => [footnote.id, footnote.text]));
}

/** Every footnote id the row cites, on any field, in order of first citation. */
export function citedFootnoteIds(row: Row): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const value of Object.values(row)) if (isField(value)) value.footnoteIds.forEach(add);
  row.codingFootnoteIds.forEach(add);
  return ids;
}

/** "Director, Officer (CEO), 10% Owner" as the form's box 5 reads. */
export function describeRelationship(owner: ReportingOwner): string {
  const { isDirector, isOfficer, isTenPercentOwner, isOther, officerTitle, otherText } = owner.relationship;
  const roles: string[] = [];
  if (isDirector) roles.push('Director');
  if (isOfficer) roles.push(officerTitle ? `Officer (${officerTitle})` : 'Officer');
  if (isTenPercentOwner) roles.push('10% Owner');
  if (isOther) roles.push(otherText ? `Other (${otherText})` : 'Other');
  return roles.join(', ');
}

/** Shares x price of a transaction to the cent, exactly; or the total value a derivative row reports; null if unknown. */
export function transactionValue(row: Row): number | null {
  const { shares, pricePerShare, totalValue } = row;
  if (totalValue.value !== null) return totalValue.value;
  if (shares.value === null || pricePerShare.value === null) return null;
  return toRoundedNumber(multiply(toDecimal(shares.value, shares.text), toDecimal(pricePerShare.value, pricePerShare.text)), 2);
}

/** A number field's exact value (lib/decimal), read from its text as filed; absent or unreadable counts as zero. */
export function exactValue(field: Field<number>): Decimal {
  return field.value === null ? ZERO : toDecimal(field.value, field.text);
}
