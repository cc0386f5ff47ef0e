// One CSV cell made safe (docs/design.md section 6): no control or bidi characters, no text a
// spreadsheet would run as a formula, cut to a size proportionate to the filing, RFC 4180 quoted.

import { stripControlAndBidi } from '../text/control-characters';

/** About 1,000 characters of a footnote's text per cell (docs/design.md section 6). */
export const MAX_FOOTNOTE_CHARS = 1000;
/** Any one cell: a few footnotes' worth. Every cell is bounded, so the CSV grows with the rows, not with their product. */
export const MAX_CELL_CHARS = 4000;

const PLAIN_NUMBER = /^-?\d{1,64}([.,]\d{1,64})?$/;
// Whatever a cell may start with to hide a formula from a naive check: format characters (zero-
// width spaces, U+2061 ...), spaces and line or paragraph separators, however many.
const HIDING = /^[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]*/u;
// = + - @ tab CR, and their full-width and small forms (spreadsheets read ＝ and ﹦ as =).
const FORMULA_SIGN = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;
const NEEDS_QUOTES = /["\r\n]/;

/** The first `max` characters (never half a surrogate pair) and a note that the text goes on. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}... [cut; ${text.length - end} more characters in the filing]`;
}

/** Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula; a quote makes it text. */
export function neutraliseFormula(cell: string): string {
  const shown = cell.slice(HIDING.exec(cell)![0].length);
  return FORMULA_SIGN.test(shown) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Only quoting: the delimiter, quotes and line breaks. */
export function quoteCell(cell: string, delimiter: string): string {
  const safe = neutraliseFormula(cell);
  return safe.includes(delimiter) || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell from filing text: cut, cleaned of control and bidi characters, neutralised, quoted. */
export function toCsvCell(text: string, delimiter: string): string {
  return quoteCell(stripControlAndBidi(cutText(text, MAX_CELL_CHARS)), delimiter);
}
