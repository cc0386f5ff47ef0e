// How footnotes are named wherever a sentence cites one: "F3" is printed "(3)" on the SEC's
// form, so every view says "footnote 3", the CLI and the overlay alike.

/** "F3" -> "3". Other ids are kept as filed. */
export function footnoteNumber(id: string): string {
  return /^F\d{1,4}$/i.test(id) ? id.slice(1) : id;
}

/** "footnote 3", "footnotes 2, 3". */
export function footnoteWords(ids: readonly string[]): string {
  return `${ids.length > 1 ? 'footnotes' : 'footnote'} ${ids.map(footnoteNumber).join(', ')}`;
}
