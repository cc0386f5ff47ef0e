// fast-xml-parser builds every document twice: an ordered tree (one `{ name: children }` per
// element, attributes under ":@"), then, unless asked for that tree (`preserveOrder`), a
// plain-object copy made by a general converter that keeps a path matcher, strips attribute
// prefixes and asks `isArray` for every element (a fifth of the parse). This is the same
// conversion for the options lib/filing/parse-ownership.ts sets, and nothing else: no attribute prefix,
// text under "#text", an element with text only becomes its text, an empty one '', an element
// seen twice or named in `repeated` becomes an array. test/ordered-tree.test.ts checks that the
// result equals fast-xml-parser's own on the corpus. The ordered tree itself now mostly comes
// from the single pass of lib/xml/xml-tree.ts, in the same shape.

const TEXT = '#text';
const ATTRIBUTES = ':@';

/** One entry of an ordered tree: `{ [name]: children }`, `{ '#text': text }`, maybe with `':@': attributes`. */
export type OrderedNode = Record<string, unknown>;

function nameOf(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ATTRIBUTES) return key;
  return undefined;
}

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false;
  return true;
}

/** The single key of `record` is "#text". */
function isTextOnly(record: Record<string, unknown>): boolean {
  let keys = 0;
  for (const key in record) {
    if (key !== TEXT || ++keys > 1) return false;
  }
  return keys === 1;
}

/** The plain-object form of an ordered tree's children, as fast-xml-parser's converter gives it. */
export function toPlainObject(nodes: OrderedNode[], repeated: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let text: unknown;
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === undefined) continue;
    const content = node[name];
    if (name === TEXT) {
      text = text === undefined ? content : `${text as string}${content as string}`;
      continue;
    }
    if (!content) continue;
    let value: unknown = toPlainObject(content as OrderedNode[], repeated);
    const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
    if (attributes) {
      for (const key in attributes) (value as Record<string, unknown>)[key] = attributes[key];
    } else if (isTextOnly(value as Record<string, unknown>)) {
      value = (value as Record<string, unknown>)[TEXT];
    } else if (isEmpty(value as Record<string, unknown>)) {
      value = '';
    }
    const existing = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : undefined;
    if (existing !== undefined) {
      if (Array.isArray(existing)) existing.push(value);
      else out[name] = [existing, value];
    } else {
      out[name] = repeated.has(name) ? [value] : value;
    }
  }
  if (typeof text === 'string') {
    if (text.length > 0) out[TEXT] = text;
  } else if (text !== undefined) {
    out[TEXT] = text;
  }
  return out;
}
