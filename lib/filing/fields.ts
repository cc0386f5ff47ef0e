// fast-xml-parser's output for one field of a row (`<x><value>...</value><footnoteId/></x>`)
// to the model's Field: the text as filed, the value read from it, and the footnotes cited on
// it (docs/design.md section 2: footnotes attach to a field, not to a row).

import type { Field } from './model';
import { isRecord, toFootnoteIds, toIsoDate, toNumber, toText } from '../xml/xml-values';

const EMPTY_IDS: string[] = [];

function toRawField(raw: unknown): { text: string | null; footnoteIds: string[] } {
  if (isRecord(raw)) return { text: toText(raw.value), footnoteIds: toFootnoteIds(raw.footnoteId) };
  // A bare string is a value filed without its <value> wrapper.
  return { text: toText(raw), footnoteIds: EMPTY_IDS };
}

export function toTextField(raw: unknown): Field {
  const { text, footnoteIds } = toRawField(raw);
  return { text, value: text, footnoteIds };
}

export function toNumberField(raw: unknown): Field<number> {
  const { text, footnoteIds } = toRawField(raw);
  return { text, value: toNumber(text), footnoteIds };
}

export function toDateField(raw: unknown): Field {
  const { text, footnoteIds } = toRawField(raw);
  return { text, value: toIsoDate(text), footnoteIds };
}

/** A field whose value must be one of a few letters (A/D, D/I); anything else keeps its text only. */
export function toLetterField<T extends string>(raw: unknown, letters: readonly T[]): Field<T> {
  const { text, footnoteIds } = toRawField(raw);
  const upper = text?.toUpperCase() as T | undefined;
  return { text, value: upper !== undefined && letters.includes(upper) ? upper : null, footnoteIds };
}
