/** A name or value from the filing, quoted in an error message: one line, and not a page long. */
export function quoteInMessage(text: string): string {
  const line = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}...` : line;
}
