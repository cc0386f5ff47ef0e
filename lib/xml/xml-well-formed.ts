// A yes/no check that an XML text is well-formed, in one forward pass that jumps from one
// `<` to the next with indexOf and looks only at markup and at `&`. It refuses every text
// fast-xml-parser's XMLValidator refuses (and a few more: `</a/>`, an unclosed comment, a
// CDATA section or `<?xml` declaration out of place), at a fraction of its cost: the
// validator walks every character with string concatenation and costed a third of a parse.
// So the validator now runs only when this check says no, to word the message
// (lib/filing/parse-ownership.ts), and the rejections of the validator-first parser are kept
// (test/parse-mutations.test.ts, test/xml-well-formed.test.ts).
// The same pass can tell a listener what it reads (start and end tags, attributes, text, CDATA,
// processing instructions): lib/xml/xml-tree.ts builds the parse tree from it, so a filing is
// read once, not once to check and again to parse.

/**
 * What the scan reads, in document order, for whoever builds something from it. Spans are
 * indexes into the scanned text; an answer built from events is worth keeping only when the
 * scan says the text is well-formed (the events of a text it refuses stop anywhere).
 */
export interface XmlListener {
  /** A start tag's name as filed (`xsi:type`); its attributes follow, then `startTagEnd`. */
  startTag(name: string): void;
  /** One attribute of the start tag just reported: its name as filed and its value's span, quotes left out. */
  attribute(name: string, valueFrom: number, valueTo: number): void;
  startTagEnd(selfClosing: boolean): void;
  endTag(): void;
  /**
   * Text inside the root element between two pieces of markup, as filed (references not
   * decoded). Comments are not reported, so the text on both sides of one comes as two calls
   * in a row.
   */
  text(from: number, to: number): void;
  /** The content of a CDATA section. */
  cdata(from: number, to: number): void;
  /** A processing instruction or the XML declaration, from its `<` to after its `?>`. */
  processingInstruction(from: number, to: number): void;
}

// Names as the validator reads them (fast-xml-parser's util.isName, the XML 1.0 name
// characters of the Basic Multilingual Plane): an ASCII table, and the ranges beyond.
const NAME_START = 1;
const NAME_PART = 2;
const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const char = String.fromCharCode(code);
  if (/[:A-Za-z_]/.test(char)) ASCII[code] = NAME_START | NAME_PART;
  else if (/[-.0-9]/.test(char)) ASCII[code] = NAME_PART;
}
const WIDE_START =
  /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const WIDE_PART = /[\u00B7\u0300-\u036F\u203F-\u2040]/;

function isNameChar(code: number, start: boolean): boolean {
  if (code < 128) return (ASCII[code]! & (start ? NAME_START : NAME_PART)) !== 0;
  const char = String.fromCharCode(code);
  return WIDE_START.test(char) || (!start && WIDE_PART.test(char));
}

/** The name at `from` is `name`, no more and no less. */
function isNameAt(xml: string, from: number, name: string): boolean {
  for (let index = 0; index < name.length; index += 1) {
    if (xml.charCodeAt(from + index) !== name.charCodeAt(index)) return false;
  }
  const after = from + name.length;
  return after >= xml.length || !isNameChar(xml.charCodeAt(after), false);
}

const NAME_SLOTS = 512;

/**
 * Reads start-tag and attribute names, giving the same string each time a name recurs: a filing
 * repeats a few hundred names thousands of times, and checking the one string a small table holds
 * for the name's hash (taken while the name is read) costs less than copying the name out of the
 * text every time. A table lives for one scan, so no text outlives it through its names.
 */
class NameReader {
  /** The name `read` last found. */
  name = '';
  private readonly known: string[] = new Array<string>(NAME_SLOTS).fill('');

  /** The index after the name at `from`, the name in `this.name`; or `from` when no name starts there. */
  read(xml: string, from: number): number {
    if (from >= xml.length) return from;
    let code = xml.charCodeAt(from);
    if (!isNameChar(code, true)) return from;
    let hash = code;
    let index = from + 1;
    while (index < xml.length) {
      code = xml.charCodeAt(index);
      if (!isNameChar(code, false)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
      index += 1;
    }
    const slot = hash & (NAME_SLOTS - 1);
    const known = this.known[slot]!;
    this.name = known.length === index - from && isNameAt(xml, from, known) ? known : (this.known[slot] = xml.slice(from, index));
    return index;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function skipSpaces(xml: string, from: number): number {
  let index = from;
  while (index < xml.length && isSpace(xml.charCodeAt(index))) index += 1;
  return index;
}

function isBlank(xml: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isSpace(xml.charCodeAt(index))) return false;
  return true;
}

function isDigit(code: number, hex: boolean): boolean {
  return (code >= 0x30 && code <= 0x39) || (hex && ((code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66)));
}

function isWordChar(code: number): boolean {
  return isDigit(code, false) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * The index after the reference that starts with the `&` at `amp` (`&amp;`, `&#233;`,
 * `&#xE9;`: up to 20 word characters, as the validator allows), or -1 when it is not one.
 */
function referenceEnd(xml: string, amp: number): number {
  let index = amp + 1;
  if (xml.charCodeAt(index) === 0x23) {
    index += 1;
    const hex = xml.charCodeAt(index) === 0x78;
    if (hex) index += 1;
    while (index < xml.length && isDigit(xml.charCodeAt(index), hex)) index += 1;
    return xml.charCodeAt(index) === 0x3b ? index + 1 : -1;
  }
  const start = index;
  while (index < xml.length && index - start < 20 && isWordChar(xml.charCodeAt(index))) index += 1;
  return index > start && xml.charCodeAt(index) === 0x3b ? index + 1 : -1;
}

/**
 * The index after a start tag's attributes and its `>` (or `/>`), or -1 when they are not
 * ` name="value"` pairs with distinct names. `selfClosing` tells the caller which it was.
 */
function attributesEnd(xml: string, from: number, tag: { selfClosing: boolean }, reader: NameReader, listener: XmlListener | null): number {
  let index = from;
  // A few names in a list; a tag with many (hostile) in a set, so the check stays linear.
  let names: string[] | null = null;
  let manyNames: Set<string> | null = null;
  for (;;) {
    const code = xml.charCodeAt(index);
    if (code === 0x3e) return index + 1;
    if (code === 0x2f) {
      tag.selfClosing = true;
      return xml.charCodeAt(index + 1) === 0x3e ? index + 2 : -1;
    }
    if (!isSpace(code)) return -1;
    index = skipSpaces(xml, index);
    const next = xml.charCodeAt(index);
    if (next === 0x3e || next === 0x2f) continue;
    const end = reader.read(xml, index);
    if (end === index) return -1;
    const name = reader.name;
    if (manyNames !== null) {
      if (manyNames.has(name)) return -1;
      manyNames.add(name);
    } else {
      if (names?.includes(name)) return -1;
      (names ??= []).push(name);
      if (names.length > 8) manyNames = new Set(names);
    }
    index = skipSpaces(xml, end);
    if (xml.charCodeAt(index) !== 0x3d) return -1;
    index = skipSpaces(xml, index + 1);
    const quote = xml[index];
    if (quote !== '"' && quote !== "'") return -1;
    const close = xml.indexOf(quote, index + 1);
    if (close === -1) return -1;
    listener?.attribute(name, index + 1, close);
    index = close + 1;
  }
}

/** Where `<!...` markup at `lt` ends (comment, CDATA, DOCTYPE), or -1. */
function declarationEnd(xml: string, lt: number, insideRoot: boolean, rootSeen: boolean): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = insideRoot ? xml.indexOf(']]>', lt + 9) : -1;
    return end === -1 ? -1 : end + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt) && !rootSeen) {
    // Nested `<...>` counted as the validator counts them; a DOCTYPE with an internal subset
    // never gets here (lib/filing/parse-ownership.ts refuses it first).
    let depth = 1;
    for (let index = lt + 9; index < xml.length; index += 1) {
      const code = xml.charCodeAt(index);
      if (code === 0x3c) depth += 1;
      else if (code === 0x3e && --depth === 0) return index + 1;
    }
  }
  return -1;
}

export function isWellFormed(xml: string): boolean {
  return scanXml(xml, null);
}

/** Whether `xml` is well-formed, telling `listener` (when there is one) what it reads on the way. */
export function scanXml(xml: string, listener: XmlListener | null): boolean {
  const open: string[] = [];
  const tag = { selfClosing: false };
  const reader = new NameReader();
  let rootSeen = false;
  let position = 0;
  let nextAmp = xml.indexOf('&');
  for (;;) {
    const lt = xml.indexOf('<', position);
    const textEnd = lt === -1 ? xml.length : lt;
    if (open.length === 0) {
      // Outside the root element only white space may come between markup.
      if (!isBlank(xml, position, textEnd)) return false;
    } else {
      if (nextAmp !== -1 && nextAmp < position) nextAmp = xml.indexOf('&', position);
      while (nextAmp !== -1 && nextAmp < textEnd) {
        const end = referenceEnd(xml, nextAmp);
        if (end === -1) return false;
        nextAmp = xml.indexOf('&', end);
      }
      if (textEnd > position) listener?.text(position, textEnd);
    }
    if (lt === -1) return rootSeen && open.length === 0;

    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f) {
      // A processing instruction; the XML declaration only at the very start.
      if (lt > 0 && xml.startsWith('xml', lt + 2) && (xml[lt + 5] === ' ' || xml[lt + 5] === '?')) return false;
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return false;
      position = end + 2;
      listener?.processingInstruction(lt, position);
    } else if (next === 0x21) {
      position = declarationEnd(xml, lt, open.length > 0, rootSeen);
      if (position === -1) return false;
      if (xml.charCodeAt(lt + 2) === 0x5b) listener?.cdata(lt + 9, position - 3);
    } else if (next === 0x2f) {
      const name = open.pop();
      // Compared in place: no copy of the name for every end tag.
      if (name === undefined || !isNameAt(xml, lt + 2, name)) return false;
      const close = skipSpaces(xml, lt + 2 + name.length);
      if (xml.charCodeAt(close) !== 0x3e) return false;
      position = close + 1;
      listener?.endTag();
    } else {
      // A start tag: one root element only.
      if (rootSeen && open.length === 0) return false;
      const end = reader.read(xml, lt + 1);
      if (end === lt + 1) return false;
      const name = reader.name;
      listener?.startTag(name);
      tag.selfClosing = false;
      position = attributesEnd(xml, end, tag, reader, listener);
      if (position === -1) return false;
      rootSeen = true;
      if (!tag.selfClosing) open.push(name);
      listener?.startTagEnd(tag.selfClosing);
    }
  }
}
