// Text in, typed filing out: an ownershipDocument XML file, or an EDGAR full submission
// that wraps one. Never throws on bad input: every failure is a one-sentence message.

import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import type { ParseError, ParseResult } from './model';
import { extractOwnershipXml, isSubmission } from './extract-ownership-xml';
import { toFilingWarnings } from './filing-warnings';
import { toPlainObject, type OrderedNode } from '../xml/ordered-tree';
import { ownershipDocumentSchema, REPEATED_ELEMENTS } from './ownership-schema';
import { quoteInMessage } from '../text/quote-in-message';
import { xmlEntityDecoder } from '../xml/xml-entities';
import { readProlog } from '../xml/xml-prolog';
import { readXmlTree } from '../xml/xml-tree';
import { tooLargeXml } from '../xml/xml-size';

export { findRootName } from '../xml/xml-prolog';
export { MAX_XML_BYTES } from '../xml/xml-size';

const ROOT = 'ownershipDocument';

/**
 * fast-xml-parser's options; exported for test/ordered-tree.test.ts, which checks the conversion
 * against its own, and test/xml-tree.test.ts, which checks the single-pass tree against its parse.
 */
export const XML_PARSER_OPTIONS: X2jOptions = {
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
  // Our own decoder: the five XML entities and numeric references (&#233;), nothing declared.
  entityDecoder: xmlEntityDecoder,
  // No path strings per tag: nothing here looks at paths.
  jPath: false,
  // The ordered tree, converted by lib/xml/ordered-tree.ts for these options (REPEATED_ELEMENTS
  // always lists), skipping fast-xml-parser's general converter.
  preserveOrder: true,
};

const xmlParser = new XMLParser(XML_PARSER_OPTIONS);

function fail(message: string, details?: string): ParseResult {
  const error: ParseError = details === undefined ? { message } : { message, details };
  return { ok: false, error };
}

/**
 * fast-xml-parser's validator says "Unclosed tag 'value'." or, at the end of a file cut short,
 * "Invalid '[\"ownershipDocument\", \"issuer\"]' found." (the tags still open); we say
 * "unclosed tag <value>" and "the file ends with <issuer> still open".
 */
function toReadableXmlError(xml: string, line: number, message: string): string {
  const open = /^Invalid '\[([\s\S]*)\]' found/.exec(message);
  if (open) {
    const tags = [...open[1]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    const lastLine = xml.trimEnd().split('\n').length;
    const innermost = quoteInMessage(tags.at(-1) ?? 'ownershipDocument');
    return `line ${lastLine}: the file ends with <${innermost}> still open (the file may be cut short)`;
  }
  const text = message
    .replace(/\s{0,5}\(opened in line \d{1,9}, col \d{1,9}\)/, '')
    .replace(/closing tag '([^']*)'/g, (_, name: string) => `closing tag </${quoteInMessage(name)}>`)
    .replace(/'<?([^']*)'/g, (_, name: string) => `<${quoteInMessage(name)}>`)
    .replace(/\.$/, '');
  const hint = /unclosed/i.test(message) ? ' (the file may be cut short)' : '';
  return `line ${line}: ${text.charAt(0).toLowerCase()}${text.slice(1)}${hint}`;
}

/**
 * `<!ENTITY` anywhere, in any case. It jumps between the rare `!` (a search for `<!` stops at
 * every tag's `<`), rather than running a case-blind regex over every character.
 */
function declaresEntity(xml: string): boolean {
  for (let at = xml.indexOf('!', 1); at !== -1; at = xml.indexOf('!', at + 1)) {
    if (xml.charCodeAt(at - 1) === 0x3c && xml.slice(at + 1, at + 7).toUpperCase() === 'ENTITY') return true;
  }
  return false;
}

/**
 * Why a text that is not well-formed was refused: in the validator's words when it finds the
 * fault (it runs only here, on refusals), else in ours (the few shapes only our check refuses).
 */
function describeMalformed(xml: string): ParseResult {
  const validation = XMLValidator.validate(xml);
  if (validation === true) {
    return fail(
      'Form 4 XML: the XML is not well-formed (a tag, comment, CDATA section or declaration is out of place or unclosed); it was not read.',
    );
  }
  const { line } = validation.err;
  // A message quotes tag names from the file: keep it short whatever the file holds.
  const msg = validation.err.msg.slice(0, 2000);
  return fail(`Form 4 XML: ${toReadableXmlError(xml, line, msg)}.`, msg.replace(/\s+/g, ' '));
}

/** Parse the text of an ownershipDocument XML file or of a full submission that holds one. */
export function parseOwnership(input: string): ParseResult {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!/\S/.test(text)) return fail('Form 4 XML: the file is empty.');

  let accession: string | null = null;
  let filingDate: string | null = null;
  if (isSubmission(text)) {
    const extracted = extractOwnershipXml(text);
    ({ accession, filingDate } = extracted);
    if (extracted.kind === 'no-xml') {
      return fail(
        'This submission holds no ownership XML: Forms 3, 4 and 5 filed before mid-2003 are plain text, so read this one as filed.',
      );
    }
    text = extracted.xml;
  }

  const tooLarge = tooLargeXml(text);
  if (tooLarge !== null) return fail(tooLarge);
  const xml = text.trimStart();

  const { root, internalSubset, doctypes, rootAt } = readProlog(xml);
  // Ownership documents never declare entities; refusing them rules out entity-expansion
  // ("billion laughs") and external-entity attacks before any parser sees them.
  if (internalSubset) {
    return fail(
      'Form 4 XML: the document declares XML entities or other markup in its DOCTYPE, which ownership documents never do; it was not read.',
    );
  }
  if (doctypes > 1) {
    return fail(`Form 4 XML: the document has ${doctypes} DOCTYPE declarations where XML allows one; it was not read.`);
  }
  if (root === null) {
    return fail(`Form 4 XML: expected <${ROOT}> root, found text with no XML element.`);
  }
  if (root !== ROOT) return fail(`Form 4 XML: expected <${ROOT}> root, found <${quoteInMessage(root)}>.`);

  // An entity declared anywhere else (after the root) is refused just the same.
  if (declaresEntity(xml)) {
    return fail('Form 4 XML: the document declares XML entities, which ownership documents never do; it was not read.');
  }

  // One pass checks the text and builds its tree (lib/xml/xml-tree.ts).
  const read = readXmlTree(xml);
  if (!read.wellFormed) return describeMalformed(xml);

  let tree: Record<string, unknown>;
  try {
    // fast-xml-parser reads the rare shapes the single pass leaves to it, from the root on: the
    // prolog (declaration, comments, the one DOCTYPE, checked above) holds nothing the tree
    // needs, and its DOCTYPE reader is then never needed.
    const nodes = read.nodes ?? (xmlParser.parse(xml.slice(rootAt)) as OrderedNode[]);
    tree = toPlainObject(nodes, REPEATED_ELEMENTS);
  } catch (error) {
    const tooDeep = /nested/i.test(String(error));
    return fail(
      tooDeep
        ? 'Form 4 XML: elements are nested deeper than any ownership document nests them; it was not read.'
        : 'Form 4 XML: the XML could not be read.',
      String(error),
    );
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
  const warnings = toFilingWarnings(parsed.data);
  return { ok: true, filing: { document: parsed.data, accession, filingDate, warnings } };
}
