// What comes before the root element of an XML text: declarations, comments, DOCTYPEs. Read
// in one pass (each character looked at a bounded number of times): 5 MB of `<!DOCTYPE a>`
// once took half a minute because every DOCTYPE searched the rest of the text for "[".

export interface Prolog {
  /** The root element's local name, or null when no element follows the prolog. */
  root: string | null;
  /**
   * A DOCTYPE carries an internal subset (`<!DOCTYPE x [ ... ]>`): entity and other DTD
   * declarations, which ownership documents never have. The caller refuses the document.
   */
  internalSubset: boolean;
  /** How many DOCTYPEs precede the root; XML allows one at most. */
  doctypes: number;
  /** Where the root element's start tag begins (after the prolog), or -1 with no root. */
  rootAt: number;
}

const START_TAG = /^<([A-Za-z_][\w.:-]{0,200})/;
const DOCTYPE = /^<!DOCTYPE/i;

/** The position after `token` found from `from`, or -1. */
function after(xml: string, token: string, from: number): number {
  const index = xml.indexOf(token, from);
  return index === -1 ? -1 : index + token.length;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function readProlog(xml: string): Prolog {
  let position = 0;
  let doctypes = 0;
  for (;;) {
    while (position < xml.length && isSpace(xml.charCodeAt(position))) position += 1;
    let end = -1;
    if (xml.startsWith('<?', position)) end = after(xml, '?>', position);
    else if (xml.startsWith('<!--', position)) end = after(xml, '-->', position);
    else if (DOCTYPE.test(xml.slice(position, position + 9))) {
      end = after(xml, '>', position);
      doctypes += 1;
      // "[" before the DOCTYPE's first ">" opens an internal subset; looking only that far
      // keeps the whole scan linear.
      if (xml.slice(position, end === -1 ? undefined : end).includes('[')) return { root: null, internalSubset: true, doctypes, rootAt: -1 };
    }
    if (end <= 0) break;
    position = end;
  }
  const name = START_TAG.exec(xml.slice(position, position + 300))?.[1];
  const colon = name === undefined ? -1 : name.lastIndexOf(':');
  return { root: name === undefined ? null : name.slice(colon + 1), internalSubset: false, doctypes, rootAt: name === undefined ? -1 : position };
}

/** The local name of the root element, skipping declarations, comments and a DOCTYPE. */
export function findRootName(xml: string): string | null {
  return readProlog(xml).root;
}
