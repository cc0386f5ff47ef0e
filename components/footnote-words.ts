// How the overlay names footnotes: "F3" is printed "(3)" on the SEC's form, so it reads "3".

/** "F3" -> "3". */
export function footnoteNumber(id: string): string {
  return id.replace(/^F/i, '');
}

/** "footnote 3", "footnotes 2, 3". */
export function footnoteWords(ids: string[]): string {
  return `${ids.length > 1 ? 'footnotes' : 'footnote'} ${ids.map(footnoteNumber).join(', ')}`;
}
