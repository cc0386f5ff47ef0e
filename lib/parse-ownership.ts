// Text in, typed filing out: an ownershipDocument XML file, or an EDGAR full submission
// that wraps one. Never throws on bad input: every failure is a one-sentence message.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ParseError, ParseResult } from './model';
import { extractOwnershipXml, isSubmission } from './extract-ownership-xml';
import { ownershipDocumentSchema, REPEATED_ELEMENTS } from './ownership-schema';

/** The largest ownership document in EDGAR is a few hundred KB; this leaves room and bounds the work. */
export const MAX_XML_BYTES = 5 * 1024 * 1024;

const ROOT = 'ownershipDocument';

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Values stay text: "0001105472" is a CIK, "106150.00" is shown as filed.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED_ELEMENTS.has(name),
});

function fail(message: string, details?: string): ParseResult {
  const error: ParseError = details === undefined ? { message } : { message, details };
  return { ok: false, error };
}

/** The prolog may hold a declaration, comments and a DOCTYPE; skip them to reach the root. */
const PROLOG_ITEM = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;
const START_TAG = /^\s*<([A-Za-z_][\w.:-]*)/;

export function findRootName(xml: string): string | null {
  let rest = xml;
  for (let match = PROLOG_ITEM.exec(rest); match; match = PROLOG_ITEM.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  const name = START_TAG.exec(rest)?.[1];
  return name === undefined ? null : name.replace(/^.*:/, '');
}

/** fast-xml-parser's validator says "Unclosed tag 'value'."; we say "unclosed tag <value>". */
function toReadableXmlError(message: string): string {
  const text = message
    .replace(/\s*\(opened in line \d+, col \d+\)/, '')
    .replace(/closing tag '([^']*)'/g, 'closing tag </$1>')
    .replace(/'([^']*)'/g, '<$1>')
    .replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Parse the text of an ownershipDocument XML file or of a full submission that holds one. */
export function parseOwnership(input: string): ParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('Form 4 XML: the file is empty.');

  let accession: string | null = null;
  if (isSubmission(text)) {
    const extracted = extractOwnershipXml(text);
    accession = extracted.accession;
    if (extracted.kind === 'no-xml') {
      return fail(
        'This submission holds no ownership XML: Forms 3, 4 and 5 filed before mid-2003 are plain text, so read this one as filed.',
      );
    }
    text = extracted.xml;
  }

  if (text.length > MAX_XML_BYTES) {
    return fail(
      `Form 4 XML: the document is ${describeSize(text.length)}, more than the ${describeSize(MAX_XML_BYTES)} any ownership document needs; it was not read.`,
    );
  }
  const xml = text.trimStart();

  const root = findRootName(xml);
  if (root === null) {
    return fail(`Form 4 XML: expected <${ROOT}> root, found no XML element; is this an ownership XML file?`);
  }
  if (root !== ROOT) return fail(`Form 4 XML: expected <${ROOT}> root, found <${root}>.`);

  // Ownership documents never declare entities; refusing them rules out entity-expansion
  // ("billion laughs") and external-entity attacks before any parser sees them.
  if (/<!ENTITY/i.test(xml)) {
    return fail('Form 4 XML: the document declares XML entities, which ownership documents never do; it was not read.');
  }

  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    const hint = /unclosed/i.test(msg) ? ' (the file may be cut short)' : '';
    return fail(`Form 4 XML: line ${line}: ${toReadableXmlError(msg)}${hint}.`, msg);
  }

  let tree: Record<string, unknown>;
  try {
    tree = xmlParser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    return fail('Form 4 XML: the XML could not be read.', String(error));
  }

  const parsed = ownershipDocumentSchema.safeParse(tree[ROOT]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.filter((part) => typeof part === 'string');
    const inside = where.length > 1 ? ` in <${where.at(-2)}>` : '';
    return fail(
      `Form 4 XML: ${issue.message}${inside}.`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  }
  return { ok: true, filing: { document: parsed.data, accession } };
}
