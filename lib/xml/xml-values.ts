// Coercions from fast-xml-parser's output (strings, objects, arrays; never numbers, since
// tag values are not parsed) to the model's leaf values. They accept anything and never
// throw: a field that is present but malformed keeps its text and gets a null value.

import { stripControlCharacters } from '../text/control-characters';

const EMPTY_IDS: string[] = [];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text content of an element: a string, or the `#text` of an element with attributes. */
export function toText(raw: unknown): string | null {
  if (typeof raw === 'string') {
    // Control characters (filed, or from a reference like &#27;) never reach a view of the filing.
    const text = stripControlCharacters(raw).trim();
    return text === '' ? null : text;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return toText(raw[0]);
  if (isRecord(raw)) {
    // `<value>` inside a wrapper (booleans are sometimes filed as <x><value>1</value></x>),
    // or the text node of an element that also has attributes.
    if ('value' in raw) return toText(raw.value);
    if ('#text' in raw) return toText(raw['#text']);
  }
  return null;
}

/** `0`/`1` and `false`/`true`, as the SEC's schema allows both spellings. */
export function toBoolean(raw: unknown): boolean | null {
  const text = toText(raw);
  if (text === null) return null;
  switch (text.toLowerCase()) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      return null;
  }
}

/** Filed decimals are plain ("106150.00"); tolerate thousands separators and a dollar sign. */
// Exponents of at most three digits: a filed amount never needs more, and a longer one
// (0e9999999999) would make exact decimal arithmetic build an enormous integer.
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d{1,3})?$/i;
/** Longer than any amount a filing can hold (17 significant digits and then some). */
const MAX_NUMBER_LENGTH = 64;
/**
 * Larger than any share count, price or dollar amount a filing can mean (all the world's
 * equity is worth about 1e14 dollars). Bounding each number keeps every sum and product of
 * the figures finite.
 */
const MAX_MAGNITUDE = 1e15;

export function toNumber(text: string | null): number | null {
  if (text === null || text.length > MAX_NUMBER_LENGTH) return null;
  const plain = text.replace(/[,$\s]/g, '');
  if (!DECIMAL.test(plain)) return null;
  const value = Number(plain);
  return Math.abs(value) <= MAX_MAGNITUDE ? value : null;
}

/** `2021-09-30` from `2021-09-30`, `2021-09-30-05:00` or `2021-09-30T00:00:00Z`. */
export function toIsoDate(text: string | null): string | null {
  const match = text === null ? null : /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? match[1]! : null;
}

export function toFootnoteIds(raw: unknown): string[] {
  if (raw === undefined) return EMPTY_IDS;
  const refs = Array.isArray(raw) ? raw : [raw];
  const ids: string[] = [];
  for (const ref of refs) {
    const id = isRecord(ref) ? toText(ref.id) : null;
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The footnote ids cited directly inside an element (`<x><footnoteId id="F1"/></x>`). */
export function toCitedIds(raw: unknown): string[] {
  return isRecord(raw) ? toFootnoteIds(raw.footnoteId) : EMPTY_IDS;
}
