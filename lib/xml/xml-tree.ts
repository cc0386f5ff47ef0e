// The ordered tree fast-xml-parser gives for the options of lib/filing/parse-ownership.ts, built
// from the events of the well-formedness scan (lib/xml/xml-well-formed.ts), so a filing is read
// in one pass instead of being scanned and then parsed again. The shape is fast-xml-parser's:
// one `{ name: children }` per element (local name, namespace prefix removed), its attributes
// under ":@" (local names, `xmlns` ones left out, values trimmed and decoded), text trimmed and
// decoded under "#text", CDATA as filed; line ends read as "\n"; comments and the prolog left out.
// A few shapes are left to fast-xml-parser, where matching it here would take more code than they
// are worth or where it refuses the text: a processing instruction at or after the root, a name
// beyond ASCII (its idea of white space splits some), a name with two colons or a colon at an
// end, a name Object.prototype already has (it refuses some, renames others), nesting 100 deep.
// test/xml-tree.test.ts checks the tree against fast-xml-parser's on the corpus, the mutated
// cases and seeded random documents.

import type { OrderedNode } from './ordered-tree';
import { decodeXmlEntities } from './xml-entities';
import { scanXml, type XmlListener } from './xml-well-formed';

export interface XmlTree {
  wellFormed: boolean;
  /** The root element's ordered tree, or null: not well-formed, or a shape left to fast-xml-parser. */
  nodes: OrderedNode[] | null;
}

/** fast-xml-parser refuses an element opened this deep (maxNestedTags is 100): leave such depths to it. */
const MAX_DEPTH = 99;

/** Names fast-xml-parser refuses (`__proto__`, `constructor`, `prototype`) or renames (`toString` to `__toString`). */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** The name without its namespace prefix, or null when it is a shape left to fast-xml-parser. */
function toLocalName(name: string): string | null {
  let colon = -1;
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (code > 0x7f) return null;
    if (code === 0x3a) {
      if (colon !== -1 || index === 0 || index === name.length - 1) return null;
      colon = index;
    }
  }
  const local = colon === -1 ? name : name.slice(colon + 1);
  return PROTOTYPE_NAMES.has(local) ? null : local;
}

/** JavaScript's white space below 0x80, what String.prototype.trim removes there. */
function isAsciiBlank(xml: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = xml.charCodeAt(index);
    if (code !== 0x20 && (code < 0x09 || code > 0x0d)) return false;
  }
  return true;
}

const LINE_END = /\r\n?/g;

class TreeBuilder implements XmlListener {
  readonly top: OrderedNode[] = [];
  /** A shape fast-xml-parser should read instead: the events that follow are ignored. */
  leftToParser = false;
  private children: OrderedNode[] = this.top;
  private readonly parents: OrderedNode[][] = [];
  private rootSeen = false;
  private name = '';
  private attributes: Record<string, string> | null = null;
  /** The text run not yet added: one span of the text, then a string once a comment splits it. */
  private textFrom = -1;
  private textTo = -1;
  private textJoined: string | null = null;
  private readonly hasCarriageReturn: boolean;
  /**
   * Local names already worked out, by name as filed: the scan gives one string per name
   * (lib/xml/xml-well-formed.ts), and a look-up by it costs less than a walk over the name.
   */
  private readonly localNames = new Map<string, string | null>();

  constructor(private readonly xml: string) {
    this.hasCarriageReturn = xml.includes('\r');
  }

  /** The span as fast-xml-parser reads it: "\r\n" and "\r" as "\n" (it replaces them before it parses). */
  private slice(from: number, to: number): string {
    const text = this.xml.slice(from, to);
    return this.hasCarriageReturn ? text.replace(LINE_END, '\n') : text;
  }

  private localName(name: string): string | null {
    let local = this.localNames.get(name);
    if (local === undefined) {
      local = toLocalName(name);
      this.localNames.set(name, local);
    }
    return local;
  }

  startTag(name: string): void {
    if (this.leftToParser) return;
    this.flushText();
    const local = this.localName(name);
    if (local === null || this.parents.length >= MAX_DEPTH) {
      this.leftToParser = true;
      return;
    }
    this.rootSeen = true;
    this.name = local;
    this.attributes = null;
  }

  attribute(name: string, valueFrom: number, valueTo: number): void {
    if (this.leftToParser) return;
    // fast-xml-parser leaves out namespace declarations: xmlns="..." and xmlns:x="...".
    if (name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 0x3a)) return;
    const local = this.localName(name);
    if (local === null) {
      this.leftToParser = true;
      return;
    }
    (this.attributes ??= {})[local] = decodeXmlEntities(this.slice(valueFrom, valueTo).trim());
  }

  startTagEnd(selfClosing: boolean): void {
    if (this.leftToParser) return;
    const children: OrderedNode[] = [];
    const node: OrderedNode = {};
    node[this.name] = children;
    if (this.attributes !== null) node[':@'] = this.attributes;
    this.children.push(node);
    if (!selfClosing) {
      this.parents.push(this.children);
      this.children = children;
    }
  }

  endTag(): void {
    if (this.leftToParser) return;
    this.flushText();
    this.children = this.parents.pop() ?? this.top;
  }

  text(from: number, to: number): void {
    if (this.leftToParser) return;
    if (this.textFrom === -1) {
      this.textFrom = from;
      this.textTo = to;
    } else {
      // Text on both sides of a comment is one run for fast-xml-parser.
      this.textJoined = (this.textJoined ?? this.slice(this.textFrom, this.textTo)) + this.slice(from, to);
    }
  }

  cdata(from: number, to: number): void {
    if (this.leftToParser) return;
    this.flushText();
    this.children.push({ '#text': this.slice(from, to) });
  }

  processingInstruction(): void {
    // Before the root: the prolog, which the tree leaves out. At or after it: fast-xml-parser reads
    // the instruction's attributes, and refuses some.
    if (this.rootSeen) this.leftToParser = true;
  }

  /** The text run, trimmed then decoded, as a "#text" node when anything is left. */
  private flushText(): void {
    if (this.textFrom === -1) return;
    let text: string | null = this.textJoined;
    if (text === null && !isAsciiBlank(this.xml, this.textFrom, this.textTo)) text = this.slice(this.textFrom, this.textTo);
    this.textFrom = -1;
    this.textJoined = null;
    if (text === null) return;
    text = text.trim();
    if (text.length > 0) this.children.push({ '#text': decodeXmlEntities(text) });
  }
}

/**
 * Whether `xml` is well-formed, and when it is, the ordered tree of its root element as
 * fast-xml-parser gives it for lib/filing/parse-ownership.ts's options (null for the shapes left to it).
 */
export function readXmlTree(xml: string): XmlTree {
  const builder = new TreeBuilder(xml);
  const wellFormed = scanXml(xml, builder);
  return { wellFormed, nodes: wellFormed && !builder.leftToParser ? builder.top : null };
}
