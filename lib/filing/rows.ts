// The rows of a filing and the footnotes they cite, as every view walks them.

import type { Field, OwnershipDocument, Row } from './model';

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

