// Entity references in a filing's text, decoded in one linear pass: the five XML entities and
// numeric character references (`&#233;` é, `&#x202E;`). fast-xml-parser left numeric
// references as filed ("caf&#233;") and silently dropped some (`&#27;`); decoding every
// reference here, once, also means "&amp;#233;" stays the text "&#233;" (no double decoding).
// Control characters a reference produces are removed later, where text is read (xml-values).

const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point XML allows as a character; anything else reads as U+FFFD (the replacement character). */
function toCharacter(codePoint: number): string {
  const allowed =
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  // Control characters (C0 other than tab, newline, CR) are not XML characters either, but are
  // decoded so the reader's clean-up removes them the same way as filed ones.
  return allowed || (codePoint > 0 && codePoint < 0x20) ? String.fromCodePoint(codePoint) : '\uFFFD';
}

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    return toCharacter(hex !== undefined ? parseInt(hex, 16) : Number(decimal));
  });
}

/** The decoder in the shape fast-xml-parser's `entityDecoder` option takes: no declared entities, ever. */
export const xmlEntityDecoder = {
  decode: decodeXmlEntities,
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};
