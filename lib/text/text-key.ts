// Filed titles and natures as keys for telling lines apart: "Common  Stock " and "common stock"
// are the same security.

/** Runs of white space, or any white space but a single space: what normalise has to rewrite. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/** Trimmed, white space folded to single spaces, lower case; '' for null. */
export function normalise(text: string | null): string {
  const trimmed = (text ?? '').trim();
  // Most titles ("Common Stock") need no rewriting: skip the replace and its new string.
  return (IRREGULAR_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}
